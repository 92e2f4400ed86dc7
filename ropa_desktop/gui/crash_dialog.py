"""When ROPA Desktop itself fails: log the traceback, and tell the officer in one sentence.

``install(app)`` at start replaces ``sys.excepthook`` and ``threading.excepthook``: an error
nobody caught (in a slot, an event handler, a thread) is logged with its traceback, and a
dialog says that something went wrong and that the register is as last saved (every change
is saved when it is made, or stays in its form). Its details, the traceback with the versions
and the log file's location, are what a bug report needs; "Copy details" puts them on the
clipboard. A background job that fails unexpectedly shows the same dialog (gui/jobs.py).

The dialog is only ever made on the GUI thread: a hook called on another thread hands the
error to a relay object living on the GUI thread, whose signal Qt queues there. It is shown
without blocking (no nested event loop inside a hook), and one at a time: errors that follow
while it is open are logged only, so a failing timer cannot bury the window in dialogs.
Without ``install`` (a window inside a test) nothing is shown: the hooks are the app's policy.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import logs

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """One sentence, and the details behind a button: read-only, to copy into a bug report."""

    def __init__(self, parent: QWidget | None, details: str):
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(translate("CrashDialog", "ROPA Desktop ran into a problem"))
        self.sentence = QLabel(
            translate(
                "CrashDialog", "Something went wrong in ROPA Desktop; the register is as it was when you last saved."
            ),
            self,
        )
        self.sentence.setWordWrap(True)
        self.hint = QLabel(
            translate(
                "CrashDialog", "To report it, copy the details and send them with a few words on what you were doing."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.details_box = QPlainTextEdit(details, self)
        self.details_box.setReadOnly(True)
        self.details_box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_box.setVisible(False)
        self.details_box.setMinimumHeight(220)
        # A traceback reads in columns: a fixed-width font, and room for its lines.
        self.details_box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_box.setMinimumWidth(self.details_box.fontMetrics().horizontalAdvance("x" * 88))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 70))
        self.toggle_button = QPushButton(translate("CrashDialog", "Show details"), self)
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._toggle)
        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            translate("CrashDialog", "Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(translate("CrashDialog", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.hint)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.details_box, 1)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)

    def _toggle(self, shown: bool) -> None:
        self.details_box.setVisible(shown)
        self.toggle_button.setText(
            translate("CrashDialog", "Hide details") if shown else translate("CrashDialog", "Show details")
        )
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


class _Relay(QObject):
    """Lives on the GUI thread; a hook on another thread emits, Qt delivers on the GUI thread."""

    crashed = Signal(object)  # an exception, or a (type, value, traceback) triple


class _Hooks:
    def __init__(self, app: QApplication):
        self.app = app
        self.relay = _Relay()  # no Qt parent: dropped with the hooks, not with the app
        self.relay.crashed.connect(show_crash)  # direct on the GUI thread, queued from any other
        self.previous_sys = sys.excepthook
        self.previous_threading = threading.excepthook


_hooks: _Hooks | None = None
_open: list[CrashDialog] = []  # kept alive while shown: a dialog without a parent has no other owner


def install(app: QApplication) -> Callable[[], None]:
    """Route uncaught errors to the log and the dialog; returns what puts the earlier hooks back."""
    global _hooks
    uninstall()
    _hooks = _Hooks(app)
    sys.excepthook = _sys_hook
    threading.excepthook = _thread_hook
    return uninstall


def uninstall() -> None:
    global _hooks
    if _hooks is None:
        return
    sys.excepthook = _hooks.previous_sys
    threading.excepthook = _hooks.previous_threading
    _hooks.relay.crashed.disconnect(show_crash)
    _hooks = None


def installed() -> bool:
    return _hooks is not None


def _sys_hook(kind, value, trace) -> None:
    if issubclass(kind, KeyboardInterrupt) and _hooks is not None:  # Ctrl+C in a terminal: not a bug
        _hooks.previous_sys(kind, value, trace)
        return
    log.error("uncaught error", exc_info=(kind, value, trace))
    report((kind, value, trace))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:  # how a thread may end; Python's own hook ignores it too
        return
    if args.exc_value is None:  # only a hook called by hand, not a thread that raised: nothing to show
        return
    # Not the thread's name: a job's name is made from its title.
    log.error("uncaught error in a background thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    report((args.exc_type, args.exc_value, args.exc_traceback))


def report(exc_info) -> None:
    """Show the crash dialog for an error already logged, on the GUI thread, when the hooks are installed."""
    hooks = _hooks
    if hooks is not None:
        hooks.relay.crashed.emit(exc_info)


def show_crash(exc_info) -> CrashDialog | None:
    """On the GUI thread: the dialog, unless one is open already (then the error is in the log only)."""
    if any(dialog.isVisible() for dialog in _open):
        return None
    parent = QApplication.activeWindow()
    dialog = CrashDialog(parent, logs.details(exc_info))
    dialog.finished.connect(lambda _result: _closed(dialog))
    _open.append(dialog)
    dialog.show()
    dialog.raise_()
    return dialog


def _closed(dialog: CrashDialog) -> None:
    if dialog in _open:
        _open.remove(dialog)
    dialog.deleteLater()


def open_dialogs() -> list[CrashDialog]:
    """The crash dialogs shown now (for tests, and for a window that closes)."""
    return [dialog for dialog in _open if dialog.isVisible()]
