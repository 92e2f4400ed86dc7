"""A bar of one sentence that says why the window behaves as it does now (the server is gone,
someone changed the item meanwhile, the role only reads): declared once, coloured by its kind."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

# A caution (yellow: something the officer should know before saving) or a fact (blue).
CAUTION = ("#fff4ce", "#e0c96b", "#3b3000")
FACT = ("#e8f1fb", "#9bbce0", "#0b2a4a")


class NoticeBar(QFrame):
    """``name`` names the bar and its label (``name``_text) for styles and tests."""

    def __init__(
        self, name: str, colours: tuple[str, str, str] = CAUTION, parent: QWidget | None = None, *, framed: bool = True
    ):
        super().__init__(parent)
        background, border, ink = colours
        edge = f"border: 1px solid {border}; border-radius: 3px;" if framed else f"border-bottom: 1px solid {border};"
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: {background}; {edge} }} #{name} QLabel {{ color: {ink}; }}")
        self.text = QLabel(self)
        self.text.setObjectName(f"{name}_text")
        self.text.setWordWrap(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(10, 6, 10, 6)
        self.row.addWidget(self.text, 1)
