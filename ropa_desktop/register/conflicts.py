"""A save that met someone else's save of the same fields, settled by the officer.

operations.save refuses such a save with CONFLICT and hands over, on the error, each field
both changed (operations.Conflict: as read, theirs, ours) and the item as the other left it
(``error.current``, with its version). The officer then keeps mine, takes theirs or merges
field by field; ``settled`` makes the save that does it: over the item as the other left it,
so that a third save in between is refused again instead of lost, and the change log records
theirs as the value before and mine as the value after. Who made their change, and when,
comes from the change log (``changed_by``).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any

from . import change_log_reading, errors, snapshots
from .change_log_reading import Entry, Narrowing
from .errors import RegisterError
from .models.change_log import CHANGED
from .operations import Conflict
from .snapshots import Snapshot
from .storage import Register


class Choice(Enum):
    KEEP_MINE = "keep_mine"  # my values over theirs, for every field in conflict
    TAKE_THEIRS = "take_theirs"  # their values; my edits of other fields stay
    MERGE = "merge"  # field by field, mine, theirs or a value made of both


def conflicts_of(error: RegisterError) -> list[Conflict]:
    """The fields in conflict, or nothing when ``error`` is no conflict that can be settled."""
    if error.code != errors.CONFLICT or error.current is None:
        return []
    return list(error.conflicts)


def chosen(conflicts: Iterable[Conflict], choice: Choice, merged: dict[str, Any] | None = None) -> dict[str, Any]:
    """The value each field in conflict gets: ``merged`` gives it per field for MERGE (a field
    it leaves out keeps mine)."""
    if choice is Choice.TAKE_THEIRS:
        return {c.field: c.theirs for c in conflicts}
    if choice is Choice.MERGE:
        return {c.field: (merged or {}).get(c.field, c.ours) for c in conflicts}
    return {c.field: c.ours for c in conflicts}


def settled(error: RegisterError, base: Snapshot, mine: Snapshot, values: dict[str, Any]) -> tuple[Snapshot, Snapshot]:
    """The save to make now, as (base, after) for operations.save: the item as the other left
    it, with my edits since ``base`` (what the form was opened with) and ``values`` (chosen)
    for the fields in conflict. Their changes to fields I did not touch stay."""
    current = dict(error.current or {})
    edited = {
        key: value
        for key, value in mine.items()
        if key != snapshots.VERSION and (key not in base or value != base[key])
    }
    return current, {**current, **edited, **values}


def changed_by(register: Register, kind: str, item_id: int, fields: Iterable[str]) -> dict[str, Entry]:
    """For each field, the newest change-log entry that changed it: who, when, with what comment.
    A field the log has no entry for (a log that starts later) is left out."""
    wanted = set(fields)
    found: dict[str, Entry] = {}
    if not wanted:
        return found
    # The item's newest changes are enough: theirs was among the last few saves of it.
    with register.session() as session:
        newest = change_log_reading.page(session, Narrowing(kind=kind, item_id=item_id, action=CHANGED), limit=200)
    for entry in newest:
        if entry.field in wanted:
            found.setdefault(entry.field, entry)
    return found
