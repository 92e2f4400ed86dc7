"""The first start: open the demo register, start a new one (empty, or from the spreadsheet
the officer keeps today), or open a file."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout


class StartChoice(Enum):
    DEMO = "demo"
    NEW = "new"
    SPREADSHEET = "spreadsheet"
    OPEN = "open"
    SERVER = "server"


class StartDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice: StartChoice | None = None
        self.setWindowTitle(self.tr("Welcome to ROPA Desktop"))
        intro = QLabel(
            self.tr(
                "<h3>Your record of processing activities</h3>"
                "<p>Keep the register of Art. 30 GDPR and publish your privacy statement from it.</p>"
                "<p>How would you like to start?</p>"
            ),
            self,
        )
        intro.setObjectName("welcome_intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().height() // 2)
        for choice, text in (
            (StartChoice.DEMO, self.tr("Explore the demo register (Connaxis, a real statement from 2018)")),
            (StartChoice.NEW, self.tr("Start a new register for my organisation…")),
            (StartChoice.SPREADSHEET, self.tr("Start from the spreadsheet I keep my register in now…")),
            (StartChoice.OPEN, self.tr("Open a register file…")),
            (StartChoice.SERVER, self.tr("Open a register my team shares on a server…")),
        ):
            button = QPushButton(text, self)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _c=False, c=choice: self._choose(c))
            layout.addWidget(button)
            if choice is StartChoice.DEMO:
                button.setDefault(True)
        self._fit_to_content()

    def _fit_to_content(self) -> None:
        """As wide as reads well (about 80 characters, and the longest button's text with
        some air), as tall as the wrapped text then needs: a word-wrapped label's own size hint
        guesses a width, and a dialog sized from that guess cut the introduction short."""
        layout = self.layout()
        assert layout is not None  # made in __init__
        margins, character = layout.contentsMargins(), self.fontMetrics().averageCharWidth()
        sides = margins.left() + margins.right()
        buttons = max(button.sizeHint().width() for button in self.findChildren(QPushButton)) + sides
        width = max(character * 80 + sides, buttons + character * 6)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # on a small screen, less air; never less than the buttons' texts
            width = max(min(width, screen.width() * 9 // 10), buttons)
        # Fixed: a narrower window would need a taller one, which a dialog cannot ask for.
        self.setFixedSize(width, layout.totalHeightForWidth(width))

    def _choose(self, choice: StartChoice) -> None:
        self.choice = choice
        self.accept()


def ask_start(parent=None) -> StartChoice | None:
    dialog = StartDialog(parent)
    dialog.exec()
    return dialog.choice
