"""The first start: open the demo register, start a new one (empty, or from the spreadsheet
the officer keeps today), or open a file."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout


class StartChoice(Enum):
    DEMO = "demo"
    NEW = "new"
    SPREADSHEET = "spreadsheet"
    OPEN = "open"


class StartDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice: StartChoice | None = None
        self.setWindowTitle(self.tr("Welcome to ROPA Desktop"))
        intro = QLabel(self.tr(
            "<h3>Your record of processing activities</h3>"
            "<p>Keep the register of Art. 30 GDPR and publish your privacy statement from it. "
            "How would you like to start?</p>"), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for choice, text in (
            (StartChoice.DEMO, self.tr("Explore the demo register (Connaxis, a real statement from 2018)")),
            (StartChoice.NEW, self.tr("Start a new register for my organisation…")),
            (StartChoice.SPREADSHEET, self.tr("Start from the spreadsheet I keep my register in now…")),
            (StartChoice.OPEN, self.tr("Open a register file…")),
        ):
            button = QPushButton(text, self)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _c=False, c=choice: self._choose(c))
            layout.addWidget(button)
            if choice is StartChoice.DEMO:
                button.setDefault(True)
        self.resize(520, 0)

    def _choose(self, choice: StartChoice) -> None:
        self.choice = choice
        self.accept()


def ask_start(parent=None) -> StartChoice | None:
    dialog = StartDialog(parent)
    dialog.exec()
    return dialog.choice
