"""The columns of a spreadsheet being imported: what each header says, a few values, and the
register field the column is imported as, which the officer can change in place."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from ..documents.importing.headers import TARGETS, field_label
from . import language
from .translation_marks import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex

LETTER, HEADER, EXAMPLES, FIELD = range(4)
TITLES = (
    QT_TRANSLATE_NOOP("ImportWizard", "Column"),
    QT_TRANSLATE_NOOP("ImportWizard", "Header"),
    QT_TRANSLATE_NOOP("ImportWizard", "Example values"),
    QT_TRANSLATE_NOOP("ImportWizard", "Imported as"),
)


def not_imported() -> str:
    return translate("ImportWizard", "(not imported)")


def field_choices() -> list[tuple[str, str]]:
    """(field key, label) for the combo: "not imported" first ("" as its key), then every field,
    then the columns that hold two fields ("Purposes and legal bases")."""
    lang = language.current()
    return [("", not_imported())] + [(key, field_label(key, lang)) for key in TARGETS]


class ImportColumnsModel(QAbstractTableModel):
    # The officer chose a field for the column with this header (None: not imported).
    field_chosen = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: list[int] = []  # spreadsheet columns, from 1
        self._headers: dict[int, str] = {}
        self._fields: dict[int, str] = {}
        self._samples: dict[int, list[str]] = {}

    # Qt's model interface.
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImportWizard", TITLES[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._columns[index.row()]
        key = self._fields.get(column, "")
        if role == Qt.ItemDataRole.EditRole:
            return key if index.column() == FIELD else self.data(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == LETTER:
                return get_column_letter(column)
            if index.column() == HEADER:
                return self._headers.get(column, "")
            if index.column() == EXAMPLES:
                samples = self._samples.get(column, [])
                # One line per value in the tooltip; the cell itself stays one line.
                return ("\n" if role == Qt.ItemDataRole.ToolTipRole else " · ").join(samples)
            return field_label(key, language.current()) if key else not_imported()
        if role == Qt.ItemDataRole.FontRole and index.column() == FIELD:
            font = QFont()
            # Imported columns stand out; the ones left out are there to be noticed, not read.
            font.setBold(bool(key))
            font.setItalic(not key)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == LETTER:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        key = value or ""
        if key and key not in TARGETS:
            return False
        column = self._columns[index.row()]
        if self._fields.get(column, "") == key:
            return True
        # One column per field, as the import reads it: a field chosen here leaves the column that had it.
        for other in [c for c, f in self._fields.items() if f == key and c != column]:
            del self._fields[other]
            self._changed(other)
        if key:
            self._fields[column] = key
        else:
            self._fields.pop(column, None)
        self._changed(column)
        self.field_chosen.emit(self._headers.get(column, ""), key or None)
        return True

    # For the wizard.
    def set_preview(self, preview) -> None:
        """Show a service.Preview (or nothing, for None)."""
        columns = sorted(preview.headers) if preview is not None else []
        headers = dict(preview.headers) if preview is not None else {}
        same = columns == self._columns and headers == self._headers
        if not same:
            self.beginResetModel()
        self._columns, self._headers = columns, headers
        self._fields = dict(preview.fields) if preview is not None else {}
        self._samples = {c: list(v) for c, v in preview.samples.items()} if preview is not None else {}
        if not same:
            self.endResetModel()
        elif columns:
            # Only fields and values changed: keep the view's scroll position and current cell.
            self.dataChanged.emit(self.index(0, 0), self.index(len(columns) - 1, len(TITLES) - 1))

    def field_of(self, row: int) -> str | None:
        return self._fields.get(self._columns[row])

    def row_of_header(self, header: str) -> int | None:
        return next((row for row, column in enumerate(self._columns) if self._headers[column] == header), None)

    def _changed(self, column: int) -> None:
        row = self._columns.index(column)
        self.dataChanged.emit(self.index(row, FIELD), self.index(row, FIELD))


class FieldDelegate(QStyledItemDelegate):
    """Edits "Imported as" with a combo of every field, committed as soon as one is picked."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key, label in field_choices():
            combo.addItem(label, key)
        # The choice re-reads the sheet at once: no need to leave the cell to see its effect.
        combo.activated.connect(lambda _index: self._commit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:
        assert isinstance(editor, QComboBox)  # made by createEditor
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or ""), 0))

    def setModelData(self, editor: QWidget, model, index) -> None:
        assert isinstance(editor, QComboBox)  # made by createEditor
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)
