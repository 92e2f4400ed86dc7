"""The sections of the register on the left, each with how many items it holds."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..register import kinds
from .kind_names import section_name

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
# The privacy statement is not a kind of item but a page of its own, last.
STATEMENT = "statement"
SECTIONS = (kinds.ORGANISATION, *kinds.LISTED, STATEMENT)
_Index = QModelIndex | QPersistentModelIndex


class NavigationModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._counts: dict[str, int] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SECTIONS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind = SECTIONS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = self._counts.get(kind)
            return section_name(kind) if count is None else f"{section_name(kind)}  ({count})"
        if role == KIND_ROLE:
            return kind
        return None

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self.dataChanged.emit(self.index(0), self.index(len(SECTIONS) - 1))

    def row_of(self, kind: str) -> int:
        return SECTIONS.index(kind)
