"""The program's one QApplication, typed as such. Qt declares QApplication.instance() to
return a QCoreApplication or None; in this program it is always the QApplication that
app.main (or a test's qapp fixture) created before any window, so asking for it earlier is a bug."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def the_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication has been created yet")
    return app


def start_application(argv: list[str]) -> QApplication:
    """The running QApplication, or a new one from argv when there is none yet."""
    if QApplication.instance() is None:
        return QApplication(argv)
    return the_application()
