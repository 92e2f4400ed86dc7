"""Filters a list as the officer types: every word must occur in the row's search text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from .item_table_model import ItemTableModel


class SearchProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._accepted: set[int] | None = None
        self._generation = -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts itself (fast); this proxy only filters, in source order.
        self.sourceModel().sort(column, order)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._accepted = None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model: ItemTableModel = self.sourceModel()
        if self._accepted is None or self._generation != model.generation:
            # One pass over all rows in Python, then a set lookup per row Qt asks about.
            self._generation = model.generation
            words = self._words
            self._accepted = {
                position
                for position, text in enumerate(model.search_texts())
                if all(word in text for word in words)
            }
        return source_row in self._accepted
