"""A choice found by typing any part of it: a country by its Dutch or English name or its
code, a recipient by a word of its name. Nothing is chosen until the officer chooses."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
NAMES_APART = "\n"  # between the names an item is found by, in its search text


def fold(text: str) -> str:
    """Lower case without accents: "curacao" finds "Curaçao", "aland" finds "Åland"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _Contains(QSortFilterProxyModel):
    """The items whose search text holds every typed word, wherever it stands; those with a
    name that starts with the typed text first ("Verenigde Staten" before "Kleine afgelegen
    eilanden van de Verenigde Staten")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._typed = ""
        self._words: list[str] = []

    def set_typed(self, text: str) -> None:
        self.beginFilterChange()
        self._typed = fold(text).strip()
        self._words = self._typed.split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.invalidate()  # the order depends on the typed text too
        self.sort(0)

    def _searched(self, index) -> str:
        return index.data(SEARCH_ROLE) or fold(index.data() or "")

    def filterAcceptsRow(self, row: int, parent) -> bool:
        searched = self._searched(self.sourceModel().index(row, 0, parent))
        return all(word in searched for word in self._words)

    def lessThan(self, left, right) -> bool:
        def rank(index) -> tuple[bool, int]:
            names = self._searched(index).split(NAMES_APART)
            return (not any(name.startswith(self._typed) for name in names), index.row())

        return rank(left) < rank(right)


class SearchableCombo(QComboBox):
    """An editable combo box whose typed text filters its items; ``key()`` is the chosen
    item's key, or None while the text names no item (typed halfway, or empty)."""

    chosen = Signal(object)  # the key, None when nothing is chosen

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        line = self.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        self._filter = _Contains(self)
        self._filter.setSourceModel(self.model())
        completer = QCompleter(self._filter, self)
        # The filter decides what matches (any word, any language); the completer only shows it.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        # The text overload of the signal; PySide6's stubs do not know a signal's overloads by index.
        completer.activated[str].connect(self._choose_text)  # type: ignore[index]
        line.textEdited.connect(self._typed)
        # Enter takes the first match, as in a search field. Not by highlighting it in the popup
        # while typing: the completer then writes the highlighted name into the box, and the
        # next key typed lands behind it ("Amerikaanse Maagdeneilanden (VI)erenig").
        line.returnPressed.connect(self._take_first)
        line.editingFinished.connect(self._settle)
        self.currentIndexChanged.connect(self._update)
        self.editTextChanged.connect(self._update)
        self._key: Any = None

    def add(self, label: str, key: Any, names: list[str] | tuple[str, ...] = ()) -> None:
        """An item shown as ``label``, found by it or any of ``names`` in any case or accent."""
        self.addItem(label, key)
        self.setItemData(self.count() - 1, NAMES_APART.join(fold(name) for name in (label, *names)), SEARCH_ROLE)

    def clear_choice(self) -> None:
        self.setCurrentIndex(-1)
        self.setEditText("")

    def choose(self, key: Any) -> bool:
        index = self.findData(key)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
        return True

    def key(self) -> Any:
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            return None
        return self.itemData(index)

    def typed(self) -> str:
        """The text in the box while it names no item (to say why nothing was found)."""
        return "" if self.key() is not None else self.currentText().strip()

    def matches(self) -> list[Any]:
        """The keys of the items the typed text finds, in the order offered."""
        return [self._filter.index(row, 0).data(KEY_ROLE) for row in range(self._filter.rowCount())]

    def _typed(self, text: str) -> None:
        self._filter.set_typed(text)

    def _take_first(self) -> None:
        if self.key() is None and self.typed():
            found = self.matches()
            if found:
                self.choose(found[0])
                completer = self.completer()
                popup = completer.popup() if completer is not None else None
                if popup is not None:
                    popup.hide()

    def _settle(self) -> None:
        # Leaving the box on a text that finds exactly one item chooses it ("bolivia" is Bolivia).
        if self.key() is None and self.typed():
            found = self.matches()
            if len(found) == 1:
                self.choose(found[0])

    def _choose_text(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(text)
        self._update()

    def _update(self, *_args) -> None:
        key = self.key()
        if key != self._key:
            self._key = key
            self.chosen.emit(key)
