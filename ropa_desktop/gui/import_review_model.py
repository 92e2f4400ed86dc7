"""The cells to check before importing (issue 14 point 9): every guess and every cell going to
the internal notes, with its sheet, row, column and text, sortable and filtered by group."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from . import language
from .translation_marks import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex

KIND, SHEET, ROW, COLUMN, TEXT, RESULT = range(6)
TITLES = (
    QT_TRANSLATE_NOOP("ImportWizard", "What"),
    QT_TRANSLATE_NOOP("ImportWizard", "Sheet"),
    QT_TRANSLATE_NOOP("ImportWizard", "Row"),
    QT_TRANSLATE_NOOP("ImportWizard", "Column"),
    QT_TRANSLATE_NOOP("ImportWizard", "Cell text"),
    QT_TRANSLATE_NOOP("ImportWizard", "Imported as"),
)
# The item's group ("guess", "notes", "corrected"): what the filter shows.
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
# Sorting by row or column sorts by number, not by text ("10" after "9").
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ImportReviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list = []  # review.ReviewItem

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImportWizard", TITLES[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == GROUP_ROLE:
            return item.group
        if role == SORT_ROLE:
            if index.column() == ROW:
                return item.place.row or 0
            if index.column() == COLUMN:
                return item.place.column or 0
            return self.data(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (TEXT, RESULT, KIND):
            return item.text if index.column() == TEXT else self._display(item, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (ROW, COLUMN):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, item, column: int) -> str:
        lang = language.current()
        if column == KIND:
            return item.kind_words(lang) + (f" ({item.header})" if item.header else "")
        if column == SHEET:
            return item.place.sheet
        if column == ROW:
            return str(item.place.row or "")
        if column == COLUMN:
            return get_column_letter(item.place.column) if item.place.column else ""
        if column == TEXT:
            return " ".join(item.text.split())
        return item.result_words(lang)

    def set_items(self, items) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int):
        return self._items[row]


class ReviewFilter(QSortFilterProxyModel):
    """Shows one group of items, or all (``group`` "")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._group = ""
        self.setSortRole(SORT_ROLE)

    def set_group(self, group: str) -> None:
        self.beginFilterChange()
        self._group = group
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._group:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(GROUP_ROLE) == self._group
