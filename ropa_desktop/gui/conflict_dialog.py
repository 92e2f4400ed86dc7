"""What the officer sees when a save meets someone else's save of the same fields: per field,
theirs (who, when) and mine side by side, and the way on: keep mine, take theirs, or merge
field by field (a text: mine, theirs or a text made of both). Cancel keeps the edit in the
form, unsaved. Never the last save winning without the officer knowing (register.conflicts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..register.change_log_reading import Entry
from ..register.change_log_values import jsonable
from ..register.conflicts import Choice, chosen
from ..register.operations import Conflict
from . import history_texts
from .helper_text import make_quiet
from .history_texts import LINKS, Names
from .kind_names import kind_name

translate = QCoreApplication.translate

# The per-field choice of a merge (the combo box's data).
MINE, THEIRS, EDITED = "mine", "theirs", "edited"


def value_text(field: str, found: Any, names: Names | None = None) -> str:
    """A value in words: every language of a text, one a line; catalogue entries by name."""
    found = jsonable(found)
    kind = LINKS.get(field)
    if names is not None and kind is not None:
        found = _named(kind, found, names)
    if _texts(found) and len(found) > 1:
        return "\n".join(
            f"{code.upper()}: {part or translate('History', '(empty)')}" for code, part in sorted(found.items())
        )
    return history_texts.value_text(found)


def _named(kind: str, found: Any, names: Names) -> Any:
    def one(item_id: Any) -> Any:
        if isinstance(item_id, dict):
            item_id = item_id.get("id")
        if not isinstance(item_id, int) or isinstance(item_id, bool):
            return item_id
        return names(kind, item_id) or f"#{item_id}"

    return [one(part) for part in found] if isinstance(found, list) else one(found)


def _texts(found: Any) -> bool:
    return (
        isinstance(found, dict)
        and bool(found)
        and all(isinstance(key, str) and len(key) == 2 and isinstance(part, str) for key, part in found.items())
    )


def _editable(conflict: Conflict) -> bool:
    """A text (or a text per language) can be merged by hand; lists and choices cannot."""
    sides = (conflict.theirs, conflict.ours)
    return all(type(side) is str or side is None for side in sides) or all(
        _texts(side) or side in (None, {}) for side in sides
    )


def who_and_when(entry: Entry | None) -> str:
    if entry is None:
        return ""
    return (
        translate("Conflict", "%1, %2")
        .replace("%1", history_texts.person(entry.who, entry.who_name))
        .replace("%2", history_texts.local_time(entry))
    )


class MergedText(QWidget):
    """A text made of both, to type in: one box, or one per language of a text per language."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None):
        super().__init__(parent)
        self._per_language = _texts(conflict.ours) or _texts(conflict.theirs)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QPlainTextEdit] = {}
        if self._per_language:
            ours, theirs = conflict.ours or {}, conflict.theirs or {}
            for row, code in enumerate(sorted(ours.keys() | theirs.keys())):
                layout.addWidget(QLabel(code.upper(), self), row, 0, Qt.AlignmentFlag.AlignTop)
                self.boxes[code] = self._box(ours.get(code) or "")
                layout.addWidget(self.boxes[code], row, 1)
        else:
            self.boxes[""] = self._box(conflict.ours or "")
            layout.addWidget(self.boxes[""], 0, 0)

    def _box(self, text: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text, self)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
        return box

    def value(self) -> Any:
        if self._per_language:
            return {code: box.toPlainText() for code, box in self.boxes.items()}
        return self.boxes[""].toPlainText()


class FieldRow:
    """One field in conflict: theirs, mine, and what a merge takes of it."""

    def __init__(
        self,
        dialog: ConflictDialog,
        grid: QGridLayout,
        row: int,
        conflict: Conflict,
        label: str,
        changed_by: Entry | None,
        names: Names | None,
    ):
        self.conflict = conflict
        parent = grid.parentWidget()
        name = QLabel(label, parent)
        name.setStyleSheet("font-weight: 600;")
        name.setWordWrap(True)
        grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(
            _side(parent, value_text(conflict.field, conflict.theirs, names), who_and_when(changed_by)),
            row,
            1,
            Qt.AlignmentFlag.AlignTop,
        )
        grid.addWidget(
            _side(parent, value_text(conflict.field, conflict.ours, names), ""), row, 2, Qt.AlignmentFlag.AlignTop
        )
        self.choice = QComboBox(parent)
        self.choice.setObjectName(f"merge_{conflict.field}")
        self.choice.addItem(translate("Conflict", "Mine"), MINE)
        self.choice.addItem(translate("Conflict", "Theirs"), THEIRS)
        self.choice.setToolTip(translate("Conflict", "What Merge keeps of this field"))
        grid.addWidget(self.choice, row, 3, Qt.AlignmentFlag.AlignTop)
        self.merged: MergedText | None = None
        if _editable(conflict):
            self.choice.addItem(translate("Conflict", "Edited below"), EDITED)
            self.merged = MergedText(conflict, parent)
            self.merged.setToolTip(translate("Conflict", "Type the text to keep, made of both; Merge saves it"))
            for box in self.merged.boxes.values():
                box.textChanged.connect(self._typed)
            merged_label = make_quiet(QLabel(translate("Conflict", "Made of both:"), parent))
            grid.addWidget(merged_label, row + 1, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            grid.addWidget(self.merged, row + 1, 1, 1, 3)

    def _typed(self) -> None:
        self.choice.setCurrentIndex(self.choice.findData(EDITED))

    def rows(self) -> int:
        return 2 if self.merged is not None else 1

    def value(self) -> Any:
        which = self.choice.currentData()
        if which == EDITED and self.merged is not None:
            return self.merged.value()
        return self.conflict.theirs if which == THEIRS else self.conflict.ours


def _side(parent: QWidget | None, text: str, note: str) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    shown = QLabel(text, box)
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(shown)
    if note:
        layout.addWidget(make_quiet(QLabel(note, box)))
    return box


class ConflictDialog(QDialog):
    def __init__(
        self,
        kind: str,
        name: str,
        conflicts: list[Conflict],
        changed_by: dict[str, Entry],
        label: Callable[[str], str],
        names: Names | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(translate("Conflict", "Saved by someone else meanwhile"))
        self.conflicts = conflicts
        self.choice: Choice | None = None
        intro = QLabel(
            translate(
                "Conflict",
                "Someone else saved %1 “%2” while you were editing it, and changed "
                "the same fields. Nothing of yours is saved yet. Choose what to keep:",
            )
            .replace("%1", kind_name(kind))
            .replace("%2", name),
            self,
        )
        intro.setWordWrap(True)

        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(area)
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, text in enumerate(
            (
                translate("Conflict", "Field"),
                translate("Conflict", "Theirs"),
                translate("Conflict", "Yours"),
                translate("Conflict", "Merge keeps"),
            )
        ):
            header = QLabel(text, inner)
            make_quiet(header)
            grid.addWidget(header, 0, column)
        self.rows: list[FieldRow] = []
        row = 1
        for conflict in conflicts:
            line = QFrame(inner)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(line, row, 0, 1, 4)
            found = FieldRow(
                self, grid, row + 1, conflict, label(conflict.field), changed_by.get(conflict.field), names
            )
            self.rows.append(found)
            row += 1 + found.rows()
        grid.setRowStretch(row, 1)
        area.setWidget(inner)

        buttons = QDialogButtonBox(self)
        self.keep_mine = self._button(
            buttons,
            translate("Conflict", "Keep mine"),
            Choice.KEEP_MINE,
            translate("Conflict", "Save your values over theirs for these fields; the change log keeps both"),
        )
        self.take_theirs = self._button(
            buttons,
            translate("Conflict", "Take theirs"),
            Choice.TAKE_THEIRS,
            translate("Conflict", "Keep their values for these fields and save your other changes"),
        )
        self.merge = self._button(
            buttons,
            translate("Conflict", "Merge"),
            Choice.MERGE,
            translate("Conflict", "Save, for each field, what the column “Merge keeps” says"),
        )
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setToolTip(translate("Conflict", "Save nothing; your changes stay in the form"))
        buttons.rejected.connect(self.reject)
        self.keep_mine.setDefault(False)
        self.cancel.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.resize(860, min(640, 200 + 110 * sum(r.rows() for r in self.rows)))

    def _button(self, buttons: QDialogButtonBox, text: str, choice: Choice, tip: str) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(lambda: self._chosen(choice))
        return button

    def _chosen(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def values(self) -> dict[str, Any] | None:
        """The value each field in conflict is saved with; None when the officer cancelled."""
        if self.choice is None or self.result() != QDialog.DialogCode.Accepted:
            return None
        merged = {row.conflict.field: row.value() for row in self.rows}
        return chosen(self.conflicts, self.choice, merged)


def run(dialog: ConflictDialog) -> None:
    """Show the dialog until the officer chooses (tests replace this)."""
    dialog.exec()


def ask(
    parent: QWidget | None,
    kind: str,
    name: str,
    conflicts: list[Conflict],
    changed_by: dict[str, Entry],
    names: Names | None = None,
) -> dict[str, Any] | None:
    """The values to save for the fields in conflict; None: save nothing, keep the edit."""
    dialog = ConflictDialog(
        kind, name, conflicts, changed_by, lambda field: history_texts.field_name(kind, field), names, parent
    )
    run(dialog)
    return dialog.values()
