"""A save the server could not take (it is down, restarting, or the network is gone): the edit
stays in the form, a bar in the editor says so, and the save is made again once the server is back.

Every RETRY_MS a background job asks the server whether it answers (a plain query, off the GUI
thread: a server that does not answer at all takes up to the engine's connect_timeout, which the
window must not stand still for). Once it answers, the save is made on the GUI thread the normal
way (``save``, the editor's Save), so a colleague's change meanwhile still brings the conflict
dialog, and whatever the officer typed while waiting is saved with it. Until then the edit is
unsaved like any other: leaving the item or closing the window asks about it, and Revert gives it
up (``stop``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QWidget

from .jobs import Job
from .notice_bar import NoticeBar

translate = QCoreApplication.translate

# How often the server is asked whether it is back.
RETRY_MS = 3000
# How long "saved" stays in the bar once the waiting save went through.
SAVED_SHOWN_MS = 6000

WAITING, SAVED, HIDDEN = "waiting", "saved", "hidden"


def waiting_sentence() -> str:
    return translate(
        "SaveRetry", "The server cannot be reached. Your changes are kept here and will be saved as soon as it is back."
    )


def saved_sentence() -> str:
    return translate("SaveRetry", "The server is back and your changes are saved.")


class SaveRetryBar(NoticeBar):
    """The bar under the form while a save waits for the server, and the retrying behind it.

    ``probe()`` raises while the server cannot be reached (it runs off the GUI thread and must not
    touch Qt); ``save()`` is the editor's Save: True when saved. A save refused again because the
    server is gone again calls ``wait_for_server`` again, and the waiting goes on."""

    def __init__(self, probe: Callable[[], object], save: Callable[[], bool], parent: QWidget | None = None):
        super().__init__("save_retry", parent=parent)
        self._probe, self._save = probe, save
        self.state = HIDDEN
        self.probe_job: Job | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._look)
        self.fade = QTimer(self)
        self.fade.setSingleShot(True)
        self.fade.setInterval(SAVED_SHOWN_MS)
        self.fade.timeout.connect(self.stop)
        self.hide()

    def waiting(self) -> bool:
        """A save waits for the server."""
        return self.state == WAITING

    def wait_for_server(self) -> None:
        """The save was refused for want of the server: say so, and try again once it answers."""
        self.fade.stop()
        self._show(WAITING)
        if not self.timer.isActive():
            self.timer.start(RETRY_MS)

    def saved(self) -> None:
        """The editor saved (by this retry, or by hand): say so briefly when a save was waiting."""
        if self.state != WAITING:
            return
        self.timer.stop()
        self._show(SAVED)
        self.fade.start()

    def stop(self) -> None:
        """No save waits any more (Revert, or it was saved a while ago): the bar goes."""
        self.timer.stop()
        self.fade.stop()
        self.state = HIDDEN
        self.hide()

    def _show(self, state: str) -> None:
        self.state = state
        self.text.setText(waiting_sentence() if state == WAITING else saved_sentence())
        self.show()

    def _look(self) -> None:
        if self.state != WAITING or self.probe_job is not None:
            return  # the last question is still out (a server that does not answer takes seconds)
        probe = self._probe
        self.probe_job = Job(self, "", lambda report: probe(), show_progress=False)
        self.probe_job.done.connect(self._answered)
        self.probe_job.failed.connect(self._unanswered)
        self.probe_job.start()

    def _unanswered(self, _error: BaseException) -> None:
        self._asked()  # asked again at the next tick

    def _asked(self) -> None:
        assert self.probe_job is not None  # called only by the job's own signals
        self.probe_job.deleteLater()  # one a few seconds for as long as the server is away: not kept
        self.probe_job = None

    def _answered(self, _result) -> None:
        self._asked()
        if self.state != WAITING:
            return  # reverted or saved by hand while the question was out
        self.timer.stop()
        self.state = HIDDEN  # the save below says again when the server went away again
        if self._save():
            self.state = WAITING  # so that saved() words it, had the save not said so itself
            self.saved()
        elif self.state != WAITING:
            self.stop()  # refused for another reason (a conflict cancelled): that said why, the bar goes

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.state != HIDDEN:
            self._show(self.state)
        super().changeEvent(event)
