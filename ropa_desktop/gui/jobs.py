"""Long jobs (exports) off the GUI thread, with a progress dialog that can cancel.

A job is a plain function ``work(report)`` that does not touch Qt; ``report(done, total)``
moves the progress bar and raises Cancelled once the officer pressed Cancel, so the job
stops where it is and writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

translate = QCoreApplication.translate


class Cancelled(Exception):
    """The officer cancelled the job."""


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception (Cancelled when cancelled)

    def __init__(self, work: Callable, cancel: threading.Event):
        super().__init__()
        self._work = work
        self._cancel = cancel

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            if self._cancel.is_set():
                raise Cancelled()
            result = self._work(self._report)
        except BaseException as error:  # reported to the GUI thread, never lost in a thread
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class Job(QObject):
    """One running job; ``done`` or ``failed`` arrives on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, work: Callable, show_progress: bool = True):
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.thread = QThread(self)
        self.worker = _Worker(work, self.cancel_event)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.worker.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.dialog = None
        if show_progress:
            self.dialog = QProgressDialog(title, translate("Jobs", "Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)
            self.worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Job:
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.cancel_event.set()

    def stop(self) -> None:
        """Cancel and wait for the thread: a window must not close under a running job."""
        self.cancel_event.set()
        if self.thread.isRunning():
            self.thread.quit()
            self.thread.wait()

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.cancel_event.is_set():
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _end(self) -> None:
        self.thread.quit()
        self.thread.wait()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()

    def _finished(self, result) -> None:
        self._end()
        self.done.emit(result)

    def _failed(self, error) -> None:
        self._end()
        self.failed.emit(error)
