"""A multi-select picker for catalogue entries: search, tick, or create a new one inline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout

from .. import labels
from ..helper_text import make_quiet
from .check_list_model import ID_ROLE, CheckListModel
from .fields import Field, LocalizedField

translate = QCoreApplication.translate


class LinkField(Field):
    """Links to entries of catalogue ``kind``, in the order they were chosen.

    With ``with_wording`` (data categories) each link also keeps the activity's own
    wording of the entry, edited below the list for the highlighted entry.
    """

    def __init__(self, kind: str, context, with_wording: bool = False, parent=None):
        super().__init__(parent)
        self.kind = kind
        self._context = context
        self._with_wording = with_wording
        self._order: list[int] = []
        self._wordings: dict[int, dict] = {}

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Fields", "Search…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(translate("Fields", "New…"), self)
        self.new_button.setToolTip(translate("Fields", "Create a new entry and tick it"))
        self.new_button.clicked.connect(self._create)

        self.model = CheckListModel(self)
        self.model.toggled.connect(self._toggled)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setMinimumHeight(110)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMaximumHeight(170)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        make_quiet(self.summary)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addWidget(self.view)
        body.addWidget(self.summary)
        self.wording: LocalizedField | None = None
        if with_wording:
            self.wording_label = QLabel(self)
            # It names the chosen entry, which can be a long sentence: wrapped, not widening the form.
            self.wording_label.setWordWrap(True)
            self.wording = LocalizedField(parent=self)
            self.wording.setEnabled(False)
            self.wording.changed.connect(self._wording_typed)
            body.addWidget(self.wording_label)
            body.addWidget(self.wording)
            self.view.selectionModel().currentChanged.connect(self._highlighted)
            self._highlighted()
        self._set_body(body)
        self.refresh_options()
        context.catalogue.updated.connect(self._catalogue_updated)

    def _catalogue_updated(self, kind: str) -> None:
        if kind == self.kind:
            self.refresh_options()

    def refresh_options(self) -> None:
        rows = self._context.catalogue.rows(self.kind)
        entries = sorted(
            ((row.id, labels.text(row.name) or f"#{row.id}") for row in rows), key=lambda entry: entry[1].casefold()
        )
        self.model.set_entries(entries)
        self.model.set_checked(self._order)
        self._update_summary()

    def _toggled(self, entry_id: int, checked: bool) -> None:
        if checked and entry_id not in self._order:
            self._order.append(entry_id)
        elif not checked and entry_id in self._order:
            self._order.remove(entry_id)
        self._update_summary()
        self._highlighted()
        self._emit()

    def _update_summary(self) -> None:
        chosen = [self.model.label_of(entry_id) for entry_id in self._order]
        self.summary.setText(
            translate("Fields", "%1 chosen: %2").replace("%1", str(len(chosen))).replace("%2", "; ".join(chosen))
            if chosen
            else translate("Fields", "None chosen")
        )

    def _current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _highlighted(self, *_args) -> None:
        if self.wording is None:  # a picker without wordings
            return
        entry_id = self._current_id()
        if entry_id is not None and entry_id in self._order:
            self.wording.setEnabled(True)
            self.wording_label.setText(
                translate("Fields", "Wording of “%1” in this activity (optional):").replace(
                    "%1", self.model.label_of(entry_id)
                )
            )
            self.wording.load(self._wordings.get(entry_id, {}))
        else:
            self.wording.setEnabled(False)
            self.wording_label.setText(translate("Fields", "Select a ticked entry to give it its own wording here."))
            self.wording.load({})

    def _wording_typed(self) -> None:
        entry_id = self._current_id()
        if self.wording is not None and entry_id is not None and entry_id in self._order:
            self._wordings[entry_id] = self.wording.value()
            self._emit()

    def _create(self) -> None:
        entry_id = self._context.create_entry(self.kind, self.search.text().strip())
        if entry_id is None:
            return
        self.refresh_options()
        self.search.clear()
        row = self.model.row_of(entry_id)
        # The catalogue forgets its rows when the register changes, so the new entry is among them.
        assert row is not None, f"new entry {entry_id} is not in the catalogue of {self.kind}"
        self.model.setData(self.model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def value(self):
        if self._with_wording:
            return [{"id": entry_id, "wording": dict(self._wordings.get(entry_id, {}))} for entry_id in self._order]
        return list(self._order)

    def set_value(self, value) -> None:
        value = value or []
        if self._with_wording:
            self._order = [entry["id"] for entry in value]
            self._wordings = {entry["id"]: dict(entry.get("wording") or {}) for entry in value}
        else:
            self._order = list(value)
        self.model.set_checked(self._order)
        self._update_summary()
        self._highlighted()

    def set_language(self, language: str) -> None:
        if self.wording is not None:
            self.wording.set_language(language)

    def set_languages(self, languages: list[str]) -> None:
        if self.wording is not None:
            self.wording.set_languages(languages)


def entry_options(context, kind: str, describe: Callable | None = None):
    """Options for a single-entry choice (a transfer's recipient, an office's group company)."""

    def options():
        rows = context.catalogue.rows(kind)
        return sorted(
            ((row.id, (describe or (lambda r: labels.text(r.name)))(row)) for row in rows),
            key=lambda option: option[1].casefold(),
        )

    return options
