"""Whether a window's texts fit their widgets: measured, not looked at."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def clipped(window: QWidget) -> list[str]:
    """The texts of ``window`` that do not fit their widget: a wrapped label shorter than its
    text needs at its width, an unwrapped label or a button narrower than its text."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                found.append(f"{label.text()!r}: {label.height()} high, needs {needed}")
        elif label.sizeHint().width() > label.width():
            found.append(f"{label.text()!r}: {label.width()} wide, needs {label.sizeHint().width()}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.sizeHint().width() > button.width():
            found.append(f"{button.text()!r}: {button.width()} wide, needs {button.sizeHint().width()}")
    return found
