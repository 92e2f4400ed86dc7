"""A short message in the status bar of the window a page or dialog sits in."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

SHOWN_MS = 8000  # long enough to read, gone before it is stale


def show_status(widget: QWidget, text: str) -> None:
    window = widget.window()
    assert isinstance(window, QMainWindow)  # pages and their dialogs live in the main window
    window.statusBar().showMessage(text, SHOWN_MS)
