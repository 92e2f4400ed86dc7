"""The statement's phrases: the standard wording and the register's own, in one language."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ..documents.statement.phrases import catalogue, title
from . import language as interface
from .translation_marks import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("Statement", "Phrase"),
    QT_TRANSLATE_NOOP("Statement", "Standard wording"),
    QT_TRANSLATE_NOOP("Statement", "Own wording"),
)


class PhraseTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys = list(catalogue())
        self._own: dict[str, dict[str, str]] = {}
        self.language = "nl"

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Statement", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = self._keys[index.row()]
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return key  # how support and the register's statement_texts name the phrase
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return self.title(key)
            if index.column() == 1:
                return self.standard(key)
            return self.own(key)
        if role == Qt.ItemDataRole.FontRole and index.column() == 0 and self.own(key):
            font = QFont()
            font.setBold(True)  # phrases this register words its own way stand out
            return font
        return None

    def standard(self, key: str) -> str:
        texts = catalogue()[key]
        return texts.get(self.language) or texts.get("en", "")

    def title(self, key: str) -> str:
        """What the phrase is, in the interface language (not the statement's)."""
        return title(key, interface.current())

    def own(self, key: str) -> str:
        return (self._own.get(key) or {}).get(self.language, "")

    def own_texts(self, key: str) -> dict[str, str]:
        return dict(self._own.get(key) or {})

    def key(self, row: int) -> str:
        return self._keys[row]

    def set_own(self, own: dict[str, dict[str, str]]) -> None:
        self._own = own
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, len(HEADERS) - 1))

    def set_language(self, language: str) -> None:
        self.language = language
        self.set_own(self._own)
