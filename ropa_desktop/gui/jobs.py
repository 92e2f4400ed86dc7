"""Long jobs (exports, imports, checks) off the GUI thread, with a progress dialog that can cancel.

A job is a plain function ``work(report)`` that does not touch Qt; ``report(done, total)``
moves the progress bar and raises Cancelled once the officer pressed Cancel, so the job
stops where it is and writes nothing.

Why a Python thread and not a QThread with a worker object: with a QThread, a QObject lives
in the worker thread, and its Python wrapper can be collected by the garbage collector on
the GUI thread, or the QThread destroyed with its window while still running; both crash
the process. Here no QObject lives outside the GUI thread. The thread only emits signals of
a small relay object that lives in the GUI thread and that the thread itself keeps alive,
so Qt queues each signal to the GUI thread and nothing the thread uses can be deleted
under it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The officer cancelled the job."""


# The relays of jobs still running. The thread ends by dropping its reference to the relay;
# were that the last one, Qt would destroy a GUI-thread object on the job's thread. So the
# GUI thread holds each relay until it has seen its thread end (or forever, should the job's
# window be destroyed without stopping it: a small leak instead of a crash).
_RUNNING: set[QObject] = set()


class _Relay(QObject):
    """Signals the worker thread emits; they arrive queued on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception (Cancelled when cancelled)


def _run(work: Callable, cancel: threading.Event, relay: _Relay) -> None:
    """The worker thread: a plain function, so it holds no reference to the Job or its window."""

    def report(done: int, total: int) -> None:
        if cancel.is_set():
            raise Cancelled()
        relay.progressed.emit(done, total)

    try:
        if cancel.is_set():
            raise Cancelled()
        result = work(report)
    except BaseException as error:  # reported to the GUI thread, never lost in a thread
        relay.failed.emit(error)
    else:
        relay.finished.emit(result)


class Job(QObject):
    """One running job; ``done`` or ``failed`` arrives on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    # (done, total) as the work reports it: for a page that shows its own progress, not a dialog.
    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None, title: str, work: Callable, show_progress: bool = True):
        """``parent`` is a widget when the job shows its progress: the dialog sits on its window."""
        super().__init__(parent)
        self.cancel_event = threading.Event()
        # No Qt parent: the relay belongs to Python, so the thread's reference keeps it alive.
        self._relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.finished.connect(self._finished, queued)
        self._relay.failed.connect(self._failed, queued)
        self._relay.progressed.connect(self._progressed, queued)
        self._thread = threading.Thread(
            target=_run,
            args=(work, self.cancel_event, self._relay),
            name=f"ropa-job-{title or 'background'}",
            daemon=True,
        )
        self.dialog = None
        if show_progress:
            assert parent is None or isinstance(parent, QWidget)
            self.dialog = QProgressDialog(title, translate("Jobs", "Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> Job:
        _RUNNING.add(self._relay)
        self._thread.start()
        return self

    def running(self) -> bool:
        return self._thread.is_alive()

    def cancel(self) -> None:
        self.cancel_event.set()

    def stop(self) -> None:
        """Cancel and wait for the thread: a window must not close under a running job."""
        self.cancel_event.set()
        if self._thread.is_alive():
            self._thread.join()
        _RUNNING.discard(self._relay)
        self._close_dialog()

    def _progressed(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            return
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
        self.progressed.emit(done, total)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()

    def _end(self) -> None:
        # The relay's last signal was emitted just before the thread ends; wait for that end.
        self._thread.join()
        _RUNNING.discard(self._relay)
        self._close_dialog()

    def _finished(self, result) -> None:
        self._end()
        self.done.emit(result)

    def _failed(self, error) -> None:
        self._end()
        self.failed.emit(error)
        if unexpected(error):  # a bug, not a refusal its caller words: logged, and the crash dialog
            from . import crash_dialog

            log.error("a background job failed unexpectedly", exc_info=error)
            crash_dialog.report(error)


def unexpected(error: BaseException) -> bool:
    """Not one of the failures a job's caller expects and words for the officer: a cancel, the
    register's refusal, a refused import, a file or a server that cannot be reached."""
    from ..documents.importing.problems import ImportRefused
    from ..register.database_faults import is_situation
    from ..register.errors import RegisterError
    from ..register.portable import PortableError

    known: tuple[type[BaseException], ...] = (
        Cancelled,
        RegisterError,
        ImportRefused,
        PortableError,
        OSError,
        ImportError,
    )
    if isinstance(error, known):
        return False
    # A database error is a refusal only when the officer's situation explains it (a lock, the
    # server gone, the role's grants); any other is a bug, logged and reported (database_faults).
    import sqlite3

    import psycopg
    from sqlalchemy.exc import DBAPIError

    database_errors = (sqlite3.Error, DBAPIError, psycopg.Error)
    return not (isinstance(error, database_errors) and is_situation(error))
