"""The open register as the window sees it: the register, its undo history, and one
signal that says what changed so every view refreshes only what it shows.

It also watches the register for another program's writes (the register's generation, a
single cheap query every POLL_MS) and then has every view reload: unsaved edits stay in their
editor, and the version check of the later save protects the colleague's change.

On a server the register announces every save (register.live): the window hears a colleague's
save at once, and polls only as a fallback, every SERVER_POLL_MS. There the generation is read in
the listener's thread, never in the window's: a server that is down makes a query wait for the
connect timeout, and the window must not freeze meanwhile.
"""

from __future__ import annotations

import os
import socket
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from ..register import copies, database_faults, kinds
from ..register.errors import RegisterError
from ..register.holder import Holder
from ..register.operations import Change
from ..register.storage import Register

if TYPE_CHECKING:
    from ..register import live

# How often the window looks for another program's changes.
POLL_MS = 1500
# On a server whose announcements are heard: a fallback only (a connection pooler that drops them).
SERVER_POLL_MS = 10_000


def everything_changed() -> list[Change]:
    """Every list and the organisation reload (an import, its undo, or another program may
    have touched them all)."""
    return [Change(kind, (), structure=True) for kind in (kinds.ORGANISATION, *kinds.LISTED)]


def _nobody(generation: int | None) -> None:
    """Where the listener's news goes once the workspace is gone."""


class Workspace(QObject):
    changed = Signal(object)  # register.operations.Change
    # An undo or redo that the register refused; the history is cleared after it.
    failed = Signal(object)  # RegisterError
    saved = Signal(str)  # what was saved, for the status bar
    # Another program changed the register and every view has reloaded.
    reloaded = Signal()
    # This window took the register over from another window, or found it held (read-only).
    hold_changed = Signal()
    # The register's generation as read or heard in the listener's thread (a server only).
    _generation_heard = Signal(object)

    def __init__(self, register: Register, parent: QObject | None = None):
        super().__init__(parent)
        self.register = register
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._languages: list[str] | None = None
        self._undo_folder: Path | None = None
        self._seen = self._generation()
        self._retried = False
        # True while the views reload for another program's writes (an editor with unsaved edits
        # then says its item changed underneath; not for this window's own undo).
        self.reloading = False
        self.watcher = QTimer(self)
        self.watcher.setInterval(POLL_MS)
        self.watcher.timeout.connect(self.look_for_changes)
        self._generation_heard.connect(self.look_for_changes, Qt.ConnectionType.QueuedConnection)
        # Held weakly by the listener's thread, which must not keep the workspace alive: it
        # ends with the workspace, with stop_watching, or when the register is closed.
        heard = weakref.WeakMethod(self._heard)
        self.listener: live.Listener | None = None
        if register.engine.dialect.name == "postgresql":  # live.listens; psycopg is imported for a server only
            from ..register import live

            self.listener = live.for_register(register, lambda generation: (heard() or _nobody)(generation))
        if self.listener is not None:
            self.watcher.setInterval(SERVER_POLL_MS)
            weakref.finalize(self, self.listener.stop)
        self.watcher.start()

    def run(self, command) -> None:
        """Carry out an undoable command now, then keep it in the history.

        The first run happens here, not inside QUndoStack.push, so that a refused change
        raises to the caller (which keeps the officer's edit) instead of vanishing in C++.
        """
        command.first_run()
        self.undo_stack.push(command)
        self.saved.emit(command.text())

    def reword_history(self) -> None:
        """Word every step of the undo history in the interface language now in use."""
        for index in range(self.undo_stack.count()):
            reword = getattr(self.undo_stack.command(index), "reword", None)
            if reword is not None:
                reword()

    def notify(self, change: Change) -> None:
        if change.kind == "organisation":
            self._languages = None
        self.changed.emit(change)

    def languages(self) -> list[str]:
        """The register's languages of public texts, the primary one first."""
        if self._languages is None:
            with self.register.session() as session:
                self._languages = list(self.register.organisation(session).languages or ["nl"])
        return self._languages

    def name_language(self, interface_language: str) -> str:
        """The language a name typed now is stored in: the interface's, where the register has it."""
        languages = self.languages()
        return interface_language if interface_language in languages else languages[0]

    def undo_folder(self) -> Path:
        """Where undoable imports keep their copies of the register: a private temporary folder
        (mode 0700), locked while the workspace lives and removed when it goes. Folders that
        windows which died (killed, a crash) left behind are removed first."""
        if self._undo_folder is None:
            copies.remove_stale_undo_folders()
            folder = copies.UndoFolder()
            self._undo_folder = folder.path
            # Removed with the workspace, or when the program ends, whichever comes first.
            weakref.finalize(self, folder.remove)
        return self._undo_folder

    def look_for_changes(self, now: int | None = None) -> bool:
        """Reload every view when another program wrote to the register since the last look
        (this window's own writes it knows already); True when it did. ``now``: the generation
        as the listener's thread read or heard it; without it a file is read here, and on a
        server the listener is asked to read it (the answer comes back here, with ``now``)."""
        if self.register.closed:
            self.watcher.stop()
            if self.listener is not None:
                self.listener.stop(wait=False)  # it ends by itself; the window waits for nothing
            return False
        if now is None:
            if self.listener is not None:
                self._poll_listener(self.listener)
                return False
            now = self._generation()
        if now is None or now == self._seen:
            return False
        if self.listener is not None and self._seen is not None and now < self._seen:
            return False  # an announcement overtaken by a later look: nothing new
        seen, self._seen = self._seen, now
        if seen is not None and self.register.wrote_all_since(seen, now):
            return False
        self.reloading = True
        try:
            for change in everything_changed():
                self.notify(change)
        finally:
            self.reloading = False
        self.reloaded.emit()
        return True

    def _poll_listener(self, listener: live.Listener) -> None:
        """The fallback poll on a server: rarely while announcements are heard, else as on a file."""
        self.watcher.setInterval(SERVER_POLL_MS if listener.listening else POLL_MS)
        listener.poke()

    def _heard(self, generation: int | None) -> None:
        """In the listener's thread: the generation an announcement made or the listener read,
        or None when it could not read it (then it is read here, still off the GUI thread)."""
        if self.register.closed:
            return
        if generation is None:
            generation = self._generation()  # here, so the window never waits for the server
        if generation is None:
            return
        try:
            self._generation_heard.emit(generation)
        except RuntimeError:
            pass  # the workspace is gone

    def _generation(self) -> int | None:
        try:
            return self.register.generation()
        except RegisterError:
            return None  # locked or gone for a moment: look again next time
        except SQLAlchemyError as exc:
            if not database_faults.is_situation(exc):
                raise  # not the server or a lock: a bug, for the crash dialog and the log
            return None

    def take_hold(self) -> Holder | None:
        """Hold the register for this window (one window per register file): None when this
        window may write, else who holds it; the register is then read-only here."""
        was = self.register.held_by
        held_by = self.register.take_hold()
        if held_by != was:
            self.hold_changed.emit()
        if (
            held_by is not None
            and held_by.pid == os.getpid()
            and held_by.host == socket.gethostname()
            and not self._retried
        ):
            # This program's own previous window on the same file, closed right after this one
            # opens (File > Open of the open register): look once more when that is done.
            self._retried = True
            QTimer.singleShot(0, self.take_hold)
        return held_by

    def stop_watching(self) -> None:
        self.watcher.stop()
        if self.listener is not None:
            self.listener.stop()

    def report_failure(self, error: RegisterError) -> None:
        # The history no longer matches the register: clear it once the stack is idle.
        QTimer.singleShot(0, self.undo_stack.clear)
        self.failed.emit(error)
