"""What a section shows where the editor would be when no item is chosen: a sentence that
says what to do, instead of a greyed form with default values or an item the list hides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .kind_names import kind_name

translate = QCoreApplication.translate


def advice(kind: str, query: str, total: int) -> str:
    """The sentence for a section with ``total`` items, searched for ``query`` ("" when not)."""
    name = kind_name(kind)
    if query:
        return translate("EmptyState", "No %1 matches “%2”.").replace("%1", name).replace("%2", query)
    if not total:
        return translate("EmptyState", "There is nothing here yet. Press Add (Ctrl+N) to make a %1.").replace(
            "%1", name)
    return translate("EmptyState", "Select a %1 on the left, or press Add (Ctrl+N) to make one.").replace("%1", name)


class EmptyState(QWidget):
    """The advice, and the button that does what it says: clear the search, or add an item."""

    clear_search = Signal()
    add = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.kind = kind
        self.advice = QLabel(self)
        self.advice.setObjectName("empty_advice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton(translate("EmptyState", "Clear search"), self)
        self.clear_button.setObjectName("empty_clear_search")
        self.clear_button.clicked.connect(self.clear_search)
        self.add_button = QPushButton(translate("ListPage", "Add"), self)
        self.add_button.setObjectName("empty_add")
        self.add_button.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # The whole width, the text centred in it: a label given an alignment here is laid out
        # at its own size hint, one line too short once its text wraps.
        layout.addWidget(self.advice)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_for(self, query: str, total: int) -> None:
        """Advise for a section with ``total`` items, searched for ``query`` ("" when not)."""
        self.advice.setText(advice(self.kind, query, total))
        self.clear_button.setVisible(bool(query))
        self.add_button.setVisible(not query)
