"""The open register as the window sees it: the register, its undo history, and one
signal that says what changed so every view refreshes only what it shows."""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..register import copies
from ..register.errors import RegisterError
from ..register.operations import Change
from ..register.storage import Register


class Workspace(QObject):
    changed = Signal(object)  # register.operations.Change
    # An undo or redo that the register refused; the history is cleared after it.
    failed = Signal(object)  # RegisterError
    saved = Signal(str)  # what was saved, for the status bar

    def __init__(self, register: Register, parent: QObject | None = None):
        super().__init__(parent)
        self.register = register
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._languages: list[str] | None = None
        self._undo_folder: Path | None = None

    def run(self, command) -> None:
        """Carry out an undoable command now, then keep it in the history.

        The first run happens here, not inside QUndoStack.push, so that a refused change
        raises to the caller (which keeps the officer's edit) instead of vanishing in C++.
        """
        command.first_run()
        self.undo_stack.push(command)
        self.saved.emit(command.text())

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

    def report_failure(self, error: RegisterError) -> None:
        # The history no longer matches the register: clear it once the stack is idle.
        QTimer.singleShot(0, self.undo_stack.clear)
        self.failed.emit(error)
