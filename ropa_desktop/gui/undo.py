"""Undoable edits: each command keeps the snapshots it needs to go both ways."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QUndoCommand

from ..register import approval, errors, operations, replace_entry
from ..register.errors import RegisterError
from ..register.operations import Change
from ..register.snapshots import Snapshot
from ..register.storage import Register
from .workspace import Workspace, everything_changed

# What a command is called in the Edit menu: a text, or a way to word it again in the
# interface language of the moment (the history outlives a switch of language).
Wording = str | Callable[[], str]
# What a step changed: one change, or several (a replace, a restored copy).
Changes = Change | list[Change]


class RegisterCommand(QUndoCommand):
    """Runs operations on the register; the first redo is skipped (Workspace.run did it)."""

    def __init__(self, workspace: Workspace, text: Wording):
        self._wording = text if callable(text) else None
        super().__init__(text() if callable(text) else text)
        self.workspace = workspace
        self._first = True

    def reword(self) -> None:
        """Say what this command does in the interface language now in use."""
        if self._wording is not None:
            self.setText(self._wording())

    def first_run(self) -> None:
        self._notify(self.forward())

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.forward)

    def undo(self) -> None:
        self._guarded(self.backward)

    def _guarded(self, step: Callable[[], Changes]) -> None:
        # Exceptions cannot cross QUndoStack (C++): report them instead.
        try:
            changed = step()
        except RegisterError as error:
            self.workspace.report_failure(error)
            return
        self._notify(changed)

    def _notify(self, changed: Changes) -> None:
        for change in changed if isinstance(changed, list) else [changed]:
            self.workspace.notify(change)

    def forward(self) -> Changes:
        raise NotImplementedError

    def backward(self) -> Changes:
        raise NotImplementedError


class SaveItem(RegisterCommand):
    """An edit of an item: only the fields that differ between ``before`` and ``after`` are
    written, each way, and refused (CONFLICT) where another program changed them meanwhile."""

    def __init__(self, workspace, text, kind: str, item_id: int, before: Snapshot, after: Snapshot):
        super().__init__(workspace, text)
        self.kind, self.item_id, self.before, self.after = kind, item_id, before, after

    def forward(self) -> Change:
        return operations.save(self.workspace.register, self.kind, self.item_id, self.after, base=self.before)[1]

    def backward(self) -> Change:
        return operations.save(self.workspace.register, self.kind, self.item_id, self.before, base=self.after)[1]


class AddItem(RegisterCommand):
    """A new item; redo after undo brings it back under the same id."""

    def __init__(self, workspace, text, kind: str, snap: Snapshot, after: int | None = None):
        super().__init__(workspace, text)
        self.kind, self.snap, self.after = kind, snap, after
        self.item_id: int | None = None

    def forward(self) -> Change:
        register = self.workspace.register
        self.item_id, change = operations.save(register, self.kind, self.item_id, self.snap)
        return change

    def backward(self) -> Change:
        assert self.item_id is not None  # undone only after forward made the item
        return operations.delete(self.workspace.register, self.kind, self.item_id)[1]


class DuplicateActivity(AddItem):
    def __init__(self, workspace, text, source_id: int, name: dict[str, str]):
        super().__init__(workspace, text, "activity", {})
        self.source_id, self.name = source_id, name
        self.order: list[int] = []

    def forward(self) -> Change:
        register = self.workspace.register
        if self.item_id is None:
            self.item_id, change = operations.duplicate(register, self.source_id, self.name)
            self.snap = operations.read(register, "activity", self.item_id)
            self.order = operations.order(register, "activity")
            return change
        operations.save(register, "activity", self.item_id, self.snap)
        return operations.set_order(register, "activity", self.order)


class DeleteItem(RegisterCommand):
    def __init__(self, workspace, text, kind: str, item_id: int):
        super().__init__(workspace, text)
        self.kind, self.item_id = kind, item_id
        self.snap: Snapshot | None = None
        self.order: list[int] = []

    def forward(self) -> Change:
        register = self.workspace.register
        if self.kind in ("activity", "cookie"):
            self.order = operations.order(register, self.kind)
        self.snap, change = operations.delete(register, self.kind, self.item_id)
        return change

    def backward(self) -> Change:
        assert self.snap is not None  # undone only after forward read the deleted item
        register = self.workspace.register
        change = operations.save(register, self.kind, self.item_id, self.snap)[1]
        if self.order:
            change = operations.set_order(register, self.kind, self.order)
        return change


class ReplaceEntry(RegisterCommand):
    """A catalogue entry replaced by (or merged into) another wherever it was used; undo puts
    the entry and every reference back as they were."""

    def __init__(self, workspace, text, kind: str, item_id: int, by_id: int, merge: bool = False):
        super().__init__(workspace, text)
        self.kind, self.item_id, self.by_id, self.merge = kind, item_id, by_id, merge
        self.replaced: replace_entry.Replaced | None = None

    def forward(self) -> list[Change]:
        self.replaced, changes = replace_entry.replace(
            self.workspace.register, self.kind, self.item_id, self.kind, self.by_id, self.merge
        )
        return changes

    def backward(self) -> list[Change]:
        assert self.replaced is not None  # undone only after forward replaced the entry
        return replace_entry.undo(self.workspace.register, self.replaced)


class Reorder(RegisterCommand):
    def __init__(self, workspace, text, kind: str, before: list[int], after: list[int]):
        super().__init__(workspace, text)
        self.kind, self.before, self.after = kind, before, after

    def forward(self) -> Change:
        return operations.set_order(self.workspace.register, self.kind, self.after)

    def backward(self) -> Change:
        return operations.set_order(self.workspace.register, self.kind, self.before)


class SetStatus(RegisterCommand):
    def __init__(self, workspace, text, statuses: dict):
        super().__init__(workspace, text)
        self.after = statuses
        self.before: dict = {}

    def forward(self) -> Change:
        self.before, change = operations.set_status(self.workspace.register, self.after)
        return change

    def backward(self) -> Change:
        return operations.set_status(self.workspace.register, self.before)[1]


class SetApproval(RegisterCommand):
    """A step in the approval of activities (register/approval.py); undone by putting back the
    approval each had, "changed since established" included. Both ways are change-log entries."""

    def __init__(self, workspace, text, step: str, ids: list[int]):
        super().__init__(workspace, text)
        self.step, self.ids = step, list(ids)
        self.before: dict = {}

    def forward(self) -> Change:
        self.before, change = approval.take_step(self.workspace.register, self.step, self.ids)
        return change

    def backward(self) -> Change:
        return approval.put_back(self.workspace.register, self.before)


class SaveStatementText(RegisterCommand):
    """The register's own wording of one statement phrase."""

    def __init__(self, workspace, text, key: str, texts: dict[str, str]):
        super().__init__(workspace, text)
        self.key, self.after = key, texts
        self.before: dict[str, str] = {}

    def forward(self) -> Change:
        self.before, change = operations.save_statement_text(self.workspace.register, self.key, self.after)
        return change

    def backward(self) -> Change:
        return operations.save_statement_text(self.workspace.register, self.key, self.before)[1]


class ImportWorkbook(RegisterCommand):
    """An import from Excel, undone by putting back the copy of the register made just before
    it and redone with the copy made just after. The history stays linear, so every later edit
    of this window is undone first and the copies always match the register they replace.

    Another program's write would be erased by putting a copy back: undo and redo are refused
    once the register's generation shows one (after the import, or between it and its copies)."""

    def __init__(self, workspace, text, before: Path, after: Path):
        super().__init__(workspace, text)
        self.before, self.after = before, after
        register = workspace.register
        made_before, made_after = Register.generation_in(before), Register.generation_in(after)
        # The import's own transaction must be the one write between the two copies (or none
        # at all: an import of what was there already).
        consistent = made_before is not None and made_before == made_after
        self.expected = made_after if consistent or register.wrote_step(made_before, made_after) else None

    def first_run(self) -> None:
        self._notify(everything_changed())  # the import itself ran already, as a job

    def forward(self) -> list[Change]:
        self.expected = self.workspace.register.restore_from(self.after, self._expected())
        return everything_changed()

    def backward(self) -> list[Change]:
        self.expected = self.workspace.register.restore_from(self.before, self._expected())
        return everything_changed()

    def _expected(self) -> int:
        if self.expected is None:
            raise RegisterError(
                f"{self.workspace.register.location}: the register was changed by another program "
                f"during the import; nothing was put back",
                errors.CHANGED_SINCE,
                self.workspace.register.location,
            )
        return self.expected
