"""What the officer sees when an entry to delete is still in use: the places that use it, each
one a click away, and the way out when two entries mean the same: replace it by, or merge it
into, another entry of its kind everywhere at once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..register import kinds
from ..register.rows import Row
from ..register.usage import Use
from . import labels
from .dialog_parts import reason_and_buttons
from .kind_names import kind_name, section_name
from .searchable_combo import SearchableCombo

translate = QCoreApplication.translate

USE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Entry:
    """An entry the in-use one can be replaced by: its id, how it is shown, what finds it."""

    id: int
    label: str
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """What the officer chose: a place to open, or an entry to replace the in-use one by
    (``merge``: and to take over its texts)."""

    place: Use | None = None
    by_id: int | None = None
    merge: bool = False


def entries(kind: str, rows: list[Row], leaving_out: int) -> list[Entry]:
    """The entries of ``kind`` (its rows) that can replace entry ``leaving_out``, by label."""
    found = [_entry(kind, row) for row in rows if row.id != leaving_out]
    return sorted(found, key=lambda entry: entry.label.casefold())


def _entry(kind: str, row: Row) -> Entry:
    names = tuple(v for v in row.name.values() if v) if isinstance(row.name, dict) else ()
    if kind == kinds.TRANSFER:  # a transfer is known by where it goes, and to whom
        country = labels.country(row.values.get("country_code") or "")
        recipient = labels.text(row.name)
        label = f"{country} — {recipient}" if recipient else country
        return Entry(row.id, label, (*names, row.values.get("country_code") or ""))
    return Entry(row.id, labels.text(row.name) or f"#{row.id}", names)


def place_label(use: Use) -> str:
    if use.kind == kinds.TRANSFER and isinstance(use.name, str):  # known by its country code
        name = labels.country(use.name)
    else:
        name = labels.text(use.name)
    return f"{section_name(use.kind)}: {name}"


class InUseDialog(QDialog):
    def __init__(self, kind: str, name: str, uses: list[Use], others: list[Entry], parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.name, self.others = kind, name, others
        self.answer: Answer | None = None
        self.setWindowTitle(translate("InUseDialog", "In use"))
        # Dutch and English both have one form for 1 and another for the rest.
        sentence = (
            translate("InUseDialog", "“%1” is used in 1 place and was not deleted.")
            if len(uses) == 1
            else translate("InUseDialog", "“%1” is used in %2 places and was not deleted.").replace(
                "%2", str(len(uses))
            )
        )
        text = QLabel(sentence.replace("%1", name), self)
        text.setWordWrap(True)
        advice = QLabel(
            translate(
                "InUseDialog",
                "Double-click a place to change it there. Or, when another entry means the same, "
                "replace this one by it everywhere, or merge it into that entry.",
            ),
            self,
        )
        advice.setWordWrap(True)
        self.places = QListWidget(self)
        self.places.setObjectName("places")
        for use in uses:
            item = QListWidgetItem(place_label(use), self.places)
            item.setData(USE_ROLE, use)
        self.places.setCurrentRow(0)
        # Double-click and Enter both "activate" an item.
        self.places.itemActivated.connect(self._open)

        self.buttons = QDialogButtonBox(self)
        self.replace_button = self._button(
            translate("InUseDialog", "Replace by…"),
            "replace",
            translate("InUseDialog", "Let another %1 take its place everywhere, then delete this one").replace(
                "%1", kind_name(kind)
            ),
        )
        self.replace_button.clicked.connect(lambda: self._replace(merge=False))
        self.merge_button = self._button(
            translate("InUseDialog", "Merge into…"),
            "merge",
            translate(
                "InUseDialog", "As Replace by, and the other %1 also takes the texts it lacks and the notes of this one"
            ).replace("%1", kind_name(kind)),
        )
        self.merge_button.clicked.connect(lambda: self._replace(merge=True))
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("close")
        self.buttons.rejected.connect(self.reject)
        for button in (self.replace_button, self.merge_button):
            button.setEnabled(bool(others))

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.places, 1)
        layout.addWidget(advice)
        layout.addWidget(self.buttons)
        self.resize(520, 380)

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)  # Enter in the list opens the place, not a replacement
        return button

    def _open(self, item: QListWidgetItem) -> None:
        self.answer = Answer(place=item.data(USE_ROLE))
        self.accept()

    def _replace(self, merge: bool) -> None:
        title = (
            translate("InUseDialog", "Merge “%1” into") if merge else translate("InUseDialog", "Replace “%1” by")
        ).replace("%1", self.name)
        chosen = choose_entry(self, title, kind_name(self.kind), self.others)
        if chosen is not None:
            self.answer = Answer(by_id=chosen, merge=merge)
            self.accept()


class EntryChoice(QDialog):
    """One entry of a kind, found by typing part of its name."""

    def __init__(self, title: str, what: str, others: list[Entry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.entry = SearchableCombo(translate("InUseDialog", "Type to find a %1…").replace("%1", what), self)
        self.entry.setObjectName("entry")
        for other in others:
            self.entry.add(other.label, other.id, list(other.names))
        self.entry.clear_choice()
        self.reason, self.buttons = reason_and_buttons(self)
        self.entry.chosen.connect(self._update)
        self.entry.editTextChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title, self))
        layout.addWidget(self.entry)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self, *_args) -> None:
        chosen = self.entry.key() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)
        self.reason.setText("" if chosen else translate("InUseDialog", "Choose an entry from the list."))

    def chosen(self) -> int | None:
        return self.entry.key()


def choose_entry(parent: QWidget | None, title: str, what: str, others: list[Entry]) -> int | None:
    """The id of the entry chosen from ``others``; None when cancelled."""
    dialog = EntryChoice(title, what, others, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


def run(dialog: InUseDialog) -> None:
    """Show the dialog until the officer closes it, opens a place or chooses a replacement."""
    dialog.exec()


def ask_in_use(parent: QWidget | None, kind: str, name: str, uses: list[Use], others: list[Entry]) -> Answer | None:
    """What to do about entry ``name`` still used in ``uses``; None when the officer closes."""
    dialog = InUseDialog(kind, name, uses, others, parent)
    run(dialog)
    return dialog.answer
