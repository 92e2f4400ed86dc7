"""The statement's pages as a list in reading order: its sections, each activity indented under
"What we do with your data". The officer picks the page to preview here.

A flat list and not a tree: a tree view lays out every row of an expanded branch, asking the
model about each, which for 10,000 activities kept the window busy; a list with rows of one
height asks only about the rows in sight. And a QStringListModel underneath, because the view
asks for the row count twice per row while laying out: answered in Python, that alone took
120 ms for 10,000 activities. Typing a filter narrows the list to the pages whose heading has
the text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the page's number, in reading order
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 2  # 0: a section of the statement; 1: a page under one
_Index = QModelIndex | QPersistentModelIndex


class StatementOutlineModel(QStringListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._headings: list[str] = []
        self._nested: list[bool] = []
        self._filter = ""
        self._shown: list[int] = []  # the page of each row
        self._row_of: dict[int, int] = {}

    def set_pages(self, headings: list[str], parents: list[int | None]) -> None:
        """Page ``n`` has heading ``headings[n]`` and is listed under page ``parents[n]`` (None: a section)."""
        self._headings = list(headings)
        self._nested = [parent is not None for parent in parents]
        self._select()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._select()

    def _select(self) -> None:
        wanted = self._filter
        self._shown = [
            page for page, heading in enumerate(self._headings) if not wanted or wanted in heading.casefold()
        ]
        self._row_of = {page: row for row, page in enumerate(self._shown)}
        self.setStringList([self._headings[page] for page in self._shown])  # resets the model

    def page_count(self) -> int:
        return len(self._headings)

    def index_of(self, page: int) -> QModelIndex:
        """The row of ``page``; invalid when there is no such page or the filter hides it."""
        row = self._row_of.get(page)
        return QModelIndex() if row is None else self.index(row, 0)

    # No rowCount here: see above. Only the rows in sight are asked for their data.
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        page = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headings[page]
        if role == PAGE_ROLE:
            return page
        if role == DEPTH_ROLE:
            return int(self._nested[page])
        if role == Qt.ItemDataRole.FontRole and not self._nested[page]:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Headings to pick, not to edit or drag.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


class OutlineDelegate(QStyledItemDelegate):
    """Indents the pages listed under a section, as a tree would."""

    INDENT = 16

    def paint(self, painter, option, index) -> None:
        shifted = QStyleOptionViewItem(option)
        shifted.rect.adjust(self.INDENT * (index.data(DEPTH_ROLE) or 0), 0, 0, 0)
        super().paint(painter, shifted, index)
