"""One list of the register as a Qt table model; rows come from register.rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..register.rows import Row
from .columns import Column

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ItemTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Row] = []
        self._by_id: dict[int, int] = {}
        # Bumped before every change, so a filter knows its cached matches are stale.
        self.generation = 0
        # The model sorts itself (one key per row, in Python's sort) rather than letting
        # the proxy compare rows pairwise through data(): 10,000 rows sort in milliseconds.
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # Qt's model interface.
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.show(row)
        if role == SORT_ROLE:
            return column.sort_value(row)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title()
        return None

    # For the page and the search filter.
    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.generation += 1
        self._rows = rows
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self._by_id = {row.id: position for position, row in enumerate(self._rows)}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.generation += 1
        persistent = self.persistentIndexList()
        moved_ids = [self._rows[index.row()].id for index in persistent]
        self._sort_rows(column, order)
        self._by_id = {row.id: position for position, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(self._by_id[item_id], index.column()) for item_id, index in zip(moved_ids, persistent)],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self._columns[column].sort_value
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def update_rows(self, rows: list[Row]) -> None:
        """Replace rows in place (same ids); unknown ids are ignored."""
        for row in rows:
            position = self._by_id.get(row.id)
            if position is None:
                continue
            self._rows[position] = row
            self.generation += 1
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))

    def row_of(self, item_id: int) -> int | None:
        return self._by_id.get(item_id)

    def item_id(self, row: int) -> int:
        return self._rows[row].id

    def search_texts(self) -> list[str]:
        return [row.search for row in self._rows]
