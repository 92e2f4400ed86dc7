"""An ordered list of an item's own rows (purposes, retention rules, offices), each edited
in a small form beside the list."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .fields import Field
from .form import FieldsPanel, FieldSpec, Group

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex


class ChildRowsModel(QAbstractListModel):
    def __init__(self, title: Callable[[int, dict], str], parent=None):
        super().__init__(parent)
        self._title = title
        self.rows: list[dict] = []
        self.flagged: set[int] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "⚠ " if index.row() in self.flagged else ""
            return mark + self.title(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text the row elides
            return self.title(index.row())
        return None

    def title(self, row: int) -> str:
        """The row's title on one line (a wording of several lines too)."""
        return " ".join(self._title(row, self.rows[row]).split())

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.flagged = set()
        self.endResetModel()

    def refresh(self, row: int | None = None) -> None:
        if not self.rows:
            return
        first, last = (0, len(self.rows) - 1) if row is None else (row, row)
        self.dataChanged.emit(self.index(first), self.index(last))

    def insert(self, row: int, values: dict) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, values)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def move_down(self, row: int) -> None:
        """Swap ``row`` with the next one."""
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), row + 2)
        self.rows[row], self.rows[row + 1] = self.rows[row + 1], self.rows[row]
        self.endMoveRows()


class _ListWide(QStyledItemDelegate):
    """Each row no wider than the list, so a long title ends in … instead of being cut off."""

    def __init__(self, view: QListView):
        super().__init__(view)
        self._view = view

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), self._view.viewport().width()), hint.height())


def _arrow_button(arrow: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(arrow)
    button.setToolTip(tip)
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # as tall as the push buttons
    return button


class ChildListField(Field):
    def __init__(
        self,
        items: Sequence[FieldSpec | Group],
        context,
        blank: Callable[[], dict],
        title: Callable[[int, dict], str],
        add_text: str,
        parent=None,
    ):
        super().__init__(parent)
        self._blank = blank
        # Per row: (field within the row or "", sentence) of each problem found there.
        self._problems: dict[int, list[tuple[str, str]]] = {}
        # Per row: the fields of the row that do not apply (key -> reason), and how to word a reason.
        self._not_applying: list[dict[str, str]] = []
        self._describe_reason: Callable[[str], str] = str
        self.model = ChildRowsModel(title, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_ListWide(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows follow the list's width
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setMinimumHeight(72)
        self.view.setMaximumHeight(84)
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(translate("Fields", "Remove"), self)
        # The arrows as narrow as they are (a push button is never narrower than a word's width):
        # the row of buttons leaves the editor room in long translations.
        self.up_button = _arrow_button("↑", translate("Fields", "Move up"), self)
        self.down_button = _arrow_button("↓", translate("Fields", "Move down"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.panel = FieldsPanel(items, context, self)
        self.panel.changed.connect(self._edited)
        self.view.selectionModel().currentChanged.connect(self._selected)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The list above, the selected row's form below: titles stay readable.
        self.panel.setContentsMargins(12, 0, 0, 0)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(buttons)
        body.addWidget(self.view)
        body.addWidget(self.panel)
        self._set_body(body)
        self._selected()

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def _selected(self, *_args) -> None:
        row = self.current_row()
        self.panel.setEnabled(row is not None)
        values = self.model.rows[row] if row is not None else self._blank()
        for key, widget in self.panel.fields.items():
            widget.load(copy.deepcopy(values.get(key)))
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(row is not None)
        self._follow_row()
        self._mark_problems()

    def _edited(self) -> None:
        row = self.current_row()
        if row is None:
            return
        for key, widget in self.panel.fields.items():
            self.model.rows[row][key] = widget.value()
        self.model.refresh(row)
        self._emit()

    def add_row(self) -> None:
        row = len(self.model.rows)
        self.model.insert(row, self._blank())
        self.view.setCurrentIndex(self.model.index(row))
        self._emit()

    def remove_row(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.model.remove(row)
        self._selected()
        self._emit()

    def _move(self, step: int) -> None:
        row = self.current_row()
        if row is None:
            return
        upper = row if step > 0 else row - 1
        if upper < 0 or upper + 1 >= len(self.model.rows):
            return
        self.model.move_down(upper)
        self.view.setCurrentIndex(self.model.index(row + step))
        self._emit()

    def value(self) -> list[dict]:
        return copy.deepcopy(self.model.rows)

    def set_value(self, value) -> None:
        self.model.set_rows(copy.deepcopy(value or []))
        if self.model.rows:
            self.view.setCurrentIndex(self.model.index(0))
        self._selected()

    def set_language(self, language: str) -> None:
        for widget in self.panel.fields.values():
            widget.set_language(language)
        self.model.refresh()

    def set_languages(self, languages: list[str]) -> None:
        for widget in self.panel.fields.values():
            widget.set_languages(languages)

    def inner_fields(self) -> list[Field]:
        return list(self.panel.fields.values())

    def show_rows_not_applying(self, rows: list[dict[str, str]], describe: Callable[[str], str]) -> None:
        self._not_applying = rows
        self._describe_reason = describe
        self._follow_row()

    def _follow_row(self) -> None:
        """Show in the row's form only the fields that apply to the selected row."""
        row = self.current_row()
        reasons = self._not_applying[row] if row is not None and row < len(self._not_applying) else {}
        self.panel.show_not_applying(reasons, self._describe_reason)

    def set_problem(self, text: str | None, row: int | None = None, part: str = "") -> None:
        if text and row is not None:
            self._problems.setdefault(row, []).append((part, text))
            self.model.flagged.add(row)
            self.model.refresh(row)
            self._mark_problems()
        else:
            super().set_problem(text)

    def _mark_problems(self) -> None:
        """Each problem of the selected row at its own field; the list says the rest, by row."""
        current = self.current_row()
        for widget in self.panel.fields.values():
            widget.clear_problems()
        lines = []
        for row, found in sorted(self._problems.items()):
            if row >= len(self.model.rows):  # a row just removed: the next check drops it
                continue
            for part, text in found:
                if row == current and part in self.panel.fields:
                    self.panel.fields[part].set_problem(text)
                else:
                    lines.append(f"{self.model.data(self.model.index(row))}: {text}".lstrip("⚠ "))
        super().set_problem("\n".join(lines) or None)

    def focus(self, row: int | None = None, part: str = "") -> QWidget:
        """Select ``row`` and focus its field ``part``; the list itself when there is no such
        row, or the part does not apply to it."""
        if row is None or not 0 <= row < len(self.model.rows):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.view
        self.view.setCurrentIndex(self.model.index(row))
        if part in self.panel.fields and self.panel.is_shown(part):
            return self.panel.fields[part].focus()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.view

    def clear_problems(self) -> None:
        self._problems = {}
        self.model.flagged = set()
        self.model.refresh()
        self._mark_problems()
