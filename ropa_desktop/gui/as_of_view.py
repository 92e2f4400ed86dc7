"""“Show the register as it was on…”: the register at a moment (a version or a date and time),
rebuilt from the change log (register/as_of.py) in a background job and shown read-only: the
sections, their items, and the chosen item's fields named as the forms name them. Nothing
here writes: there is no editor, only text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..documents.field_names import field_name
from ..documents.register_diff import shown
from ..register import as_of, kinds, snapshots
from ..register.change_log_values import display_name
from ..register.register_diff import named
from . import dialogs, language
from .jobs import Cancelled, Job
from .kind_names import section_name
from .moment_choice import Listed, Moment, MomentChoice, listed_versions

translate = QCoreApplication.translate
# The sections as the navigation orders them.
SECTIONS = (
    kinds.ORGANISATION,
    kinds.ACTIVITY,
    kinds.DATA_CATEGORY,
    kinds.DATA_SUBJECT,
    kinds.RECIPIENT,
    kinds.TRANSFER,
    kinds.COOKIE,
    kinds.SECURITY_MEASURE,
)


class Rebuilt:
    """The register at one moment: every item's snapshot, and per section its items by name."""

    def __init__(self, moment: Moment, items: dict, interface_language: str = "en"):
        self.moment = moment
        self.items = items
        self.language = interface_language
        self.sections: dict[str, list[tuple[str, tuple]]] = {kind: [] for kind in SECTIONS}
        for item in items:
            if item[0] in self.sections:
                self.sections[item[0]].append((self.name(item), item))
        for listed in self.sections.values():
            listed.sort(key=lambda entry: entry[0].casefold())

    def name(self, item: tuple) -> str:
        """The item's name in the interface language (a transfer: its country and recipient)."""
        kind, item_id = item
        snap = self.items[item]
        if isinstance(snap.get("name"), dict) and any(snap["name"].values()):
            return shown(snap["name"], self.language)
        recipient = (kinds.RECIPIENT, snap.get("recipient_id"))
        if kind == kinds.TRANSFER and recipient in self.items:
            return f"{snap.get('country_code') or '?'} \u2014 {self.name(recipient)}"
        return display_name(kind, snap, item_id)

    def fields_html(self, item: tuple, interface_language: str) -> str:
        """The item's fields, each named and its value in words (escaped: it is the officer's text)."""
        kind, _item_id = item
        snap = self.items[item]
        keys = [key for key in snapshots.blank(kind) if key in snap]
        keys += sorted(set(snap) - set(keys) - {snapshots.VERSION})
        empty = shown(None, interface_language)
        rows = []
        for key in keys:
            found = named(key, snap.get(key), self.items)
            if isinstance(found, list) and found and all(isinstance(row, dict) for row in found):
                value = "\n".join(shown(row, interface_language, kind, key) for row in found)  # a purpose a line
            else:
                value = shown(found, interface_language, kind, key)
            cell = (
                f"<span style='color:#777'>{escape(value)}</span>"
                if value == empty
                else escape(value).replace("\n", "<br>")
            )
            rows.append(f"<tr><td><b>{escape(field_name(key, interface_language))}</b></td><td>{cell}</td></tr>")
        title = escape(self.name(item))
        return f"<h2>{title}</h2><table cellpadding='3'>{''.join(rows)}</table>"


def rebuild(register, moment: Moment, interface_language: str) -> Rebuilt:
    """The job: the register at ``moment``, from the change log alone."""
    with register.session() as session:
        return Rebuilt(moment, as_of.rebuild(session, sequence=moment.sequence(session)), interface_language)


class AsOfView(QWidget):
    def __init__(self, workspace, parent=None, versions: list[Listed] | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("as_of_view")
        self.workspace = workspace
        self.job: Job | None = None
        self.rebuilt: Rebuilt | None = None
        self.setWindowTitle(translate("AsOfView", "The register as it was"))
        versions = listed_versions(workspace.register) if versions is None else versions
        self.choice = MomentChoice(versions, self, with_now=False)
        self.choice.setObjectName("as_of_moment")
        self.show_button = QPushButton(translate("AsOfView", "Show"), self)
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.start)
        self.banner = QLabel(self)
        self.banner.setObjectName("as_of_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#as_of_banner { background: #fff4ce; color: #3b2f00; padding: 6px; "
            "border: 1px solid #e0c860; font-weight: bold; }"
        )
        self.banner.hide()
        self.sections = QListWidget(self)
        self.items = QListView(self)
        self.names = QStringListModel(self)
        self.items.setModel(self.names)
        self.items.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.items.setUniformItemSizes(True)  # thousands of activities lay out at once
        self.fields = QTextBrowser(self)
        self.fields.setOpenLinks(False)
        self.sections.currentRowChanged.connect(self._section_chosen)
        self.items.selectionModel().currentChanged.connect(lambda current, _previous: self._item_chosen(current.row()))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for part in (self.sections, self.items, self.fields):
            splitter.addWidget(part)
        splitter.setSizes([220, 320, 560])
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("AsOfView", "Show the register as it was on:"), self))
        top.addWidget(self.choice, 1)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.resize(1100, 680)

    def show_moment(self, moment: Moment) -> Job:
        self.choice.choose(moment)
        return self.start()

    def start(self) -> Job:
        if self.job is not None and self.job.running():
            return self.job
        register, moment, interface_language = self.workspace.register, self.choice.moment(), language.current()
        self.show_button.setEnabled(False)
        self.job = Job(
            self,
            translate("AsOfView", "Rebuilding the register as it was…"),
            lambda _report: rebuild(register, moment, interface_language),
        )
        self.job.done.connect(self._rebuilt)
        self.job.failed.connect(self._failed)
        return self.job.start()

    def _rebuilt(self, rebuilt: Rebuilt) -> None:
        self.show_button.setEnabled(True)
        self.rebuilt = rebuilt
        self.banner.setText(
            translate("AsOfView", "The register as it was on %1 — read-only").replace("%1", rebuilt.moment.words)
        )
        self.banner.show()
        self.sections.clear()
        for kind in SECTIONS:
            entry = QListWidgetItem(f"{section_name(kind)} ({len(rebuilt.sections[kind])})")
            entry.setData(Qt.ItemDataRole.UserRole, kind)
            self.sections.addItem(entry)
        self.sections.setCurrentRow(1)  # the processing activities

    def _section_chosen(self, row: int) -> None:
        self.fields.clear()
        if self.rebuilt is None or row < 0:
            self.names.setStringList([])
            return
        listed = self.rebuilt.sections[SECTIONS[row]]
        self.names.setStringList([name for name, _item in listed])
        if listed:
            self.items.setCurrentIndex(self.names.index(0))

    def _item_chosen(self, row: int) -> None:
        section = self.sections.currentRow()
        if self.rebuilt is None or row < 0 or section < 0:
            return
        _name, item = self.rebuilt.sections[SECTIONS[section]][row]
        self.fields.setHtml(self.rebuilt.fields_html(item, language.current()))

    def _failed(self, error) -> None:
        self.show_button.setEnabled(True)
        if not isinstance(error, Cancelled):
            dialogs.show_error(
                self,
                translate("AsOfView", "Not shown"),
                translate("AsOfView", "The register could not be rebuilt: %1").replace("%1", str(error)),
            )

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.job.stop()
        super().closeEvent(event)
