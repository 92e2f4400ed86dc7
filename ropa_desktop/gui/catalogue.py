"""The catalogue entries that editors offer in their pickers, kept fresh as they change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..register import kinds, rows
from ..register.operations import Change
from ..register.rows import Row
from .workspace import Workspace


class Catalogue(QObject):
    updated = Signal(str)  # kind

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._rows: dict[str, list[Row]] = {}
        workspace.changed.connect(self._on_changed)

    def rows(self, kind: str) -> list[Row]:
        if kind not in self._rows:
            with self.workspace.register.session() as session:
                self._rows[kind] = rows.rows(session, kind)
        return self._rows[kind]

    def _on_changed(self, change: Change) -> None:
        if change.kind in kinds.LISTED and change.kind != kinds.ACTIVITY:
            self._rows.pop(change.kind, None)
            self.updated.emit(change.kind)
