"""Catalogue entries with a check box each: the model behind a link picker."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    toggled = Signal(int, bool)  # entry id, checked

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[tuple[int, str]] = []
        self._checked: set[int] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry_id, label = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry_id in self._checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return entry_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        entry_id = self._entries[index.row()][0]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (entry_id in self._checked):
            return True
        if checked:
            self._checked.add(entry_id)
        else:
            self._checked.discard(entry_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(entry_id, checked)
        return True

    def set_entries(self, entries: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def set_checked(self, ids) -> None:
        self._checked = set(ids)
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1), [Qt.ItemDataRole.CheckStateRole])

    def label_of(self, entry_id: int) -> str:
        return next((label for i, label in self._entries if i == entry_id), f"#{entry_id}")

    def row_of(self, entry_id: int) -> int | None:
        return next((row for row, (i, _label) in enumerate(self._entries) if i == entry_id), None)
