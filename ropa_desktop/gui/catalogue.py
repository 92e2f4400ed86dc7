"""The catalogue entries that editors offer in their pickers, kept fresh as they change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..documents.collector import collector_paused
from ..register import kinds, rows
from ..register.operations import Change
from ..register.rows import Row
from .jobs import Job
from .row_reading import long_list
from .workspace import Workspace

# The catalogues the editors offer entries of (link fields, the new-transfer dialog).
OFFERED = (kinds.DATA_CATEGORY, kinds.DATA_SUBJECT, kinds.RECIPIENT, kinds.SECURITY_MEASURE)


class Catalogue(QObject):
    updated = Signal(str)  # kind

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._rows: dict[str, list[Row]] = {}
        self._changes = 0  # catalogue changes so far: rows read before one are not kept
        self._job: Job | None = None
        workspace.changed.connect(self._on_changed)

    def read_ahead(self, then: Callable[[], None] | None = None) -> bool:
        """Read the offered catalogues off the GUI thread, ahead of the first form that offers
        them: each entry's uses are counted over every activity, a tenth of a second on the
        GUI thread in a register of 10,000 activities (the first form shown stood still).

        True when a reading started; ``then`` is called once it is over (read or failed)."""
        wanted = [kind for kind in OFFERED if kind not in self._rows]
        if not wanted or self._job is not None or not long_list(self.workspace.register, kinds.ACTIVITY):
            return False  # a small register's catalogues are read when asked for, in milliseconds
        register, changes = self.workspace.register, self._changes

        def work(_report):
            with collector_paused(), register.session() as session:
                return {kind: rows.rows(session, kind) for kind in wanted}

        self._job = Job(None, "", work, show_progress=False)
        self._job.setParent(self)
        self._job.done.connect(lambda found: self._read(found, changes, then))
        self._job.failed.connect(lambda _error: self._read({}, changes, then))  # read when asked, as before
        self._job.start()
        return True

    def _read(self, found: dict[str, list[Row]], changes: int, then: Callable[[], None] | None = None) -> None:
        self._job = None
        if changes == self._changes:
            for kind, read in found.items():
                self._rows.setdefault(kind, read)
        if then is not None:
            then()

    def stop(self) -> None:
        """No reading may outlive the window (the register closes after it)."""
        job, self._job = self._job, None
        if job is not None:
            job.stop()

    def rows(self, kind: str) -> list[Row]:
        if kind not in self._rows:
            with self.workspace.register.session() as session:
                self._rows[kind] = rows.rows(session, kind)
        return self._rows[kind]

    def _on_changed(self, change: Change) -> None:
        if change.kind in kinds.LISTED and change.kind != kinds.ACTIVITY:
            self._changes += 1
            self._rows.pop(change.kind, None)
            self.updated.emit(change.kind)
