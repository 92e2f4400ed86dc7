"""Filters a list as the officer types: every word must occur in the row's search text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ..register.rows import Row
from .item_table_model import ItemTableModel


class SearchProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._accepted: set[int] | None = None
        self._generation = -1
        # A second filter beside the words (the approval combo): which rows may show at all.
        self._row_filter: Callable[[Row], bool] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts itself (fast); this proxy only filters, in source order.
        self.sourceModel().sort(column, order)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._accepted = None
        self.endFilterChange()

    def set_row_filter(self, accept: Callable[[Row], bool] | None) -> None:
        self.beginFilterChange()
        self._row_filter = accept
        self._accepted = None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words and self._row_filter is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, ItemTableModel)  # the one model a list's search filters
        if self._accepted is None or self._generation != model.generation:
            # One pass over all rows in Python, then a set lookup per row Qt asks about.
            self._generation = model.generation
            words, accept = self._words, self._row_filter
            self._accepted = {
                position
                for position, (text, row) in enumerate(zip(model.search_texts(), model.rows(), strict=True))
                if all(word in text for word in words) and (accept is None or accept(row))
            }
        return source_row in self._accepted
