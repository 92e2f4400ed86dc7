"""Which version an export shows: the last established version, when the register is still exactly
that, else the working copy (issue 16 point 6).

"Exactly that" is decided by content, not by the log's length: entries that change nothing of the
register (a version established, the statement published) do not count, and a change undone since
is no change. Only the items the log touched since the version are replayed (their entries are
found by the log's item index), so a register untouched since its version costs one query and a
big register with a few edits a few more, never a rebuild of everything.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from . import established, kinds
from .change_log_values import value
from .models import ChangeLogEntry, EstablishedVersion
from .models.change_log import ADDED, CHANGED, DELETED, START

_CHUNK = 400  # items per query: SQLite takes at most 32,766 bound values, PostgreSQL more


@dataclass(frozen=True)
class ShownVersion:
    """``version``: the last established version (None: none yet); ``working_copy``: the register
    differs from it (or none exists)."""

    version: EstablishedVersion | None
    working_copy: bool


def shown_version(session: Session) -> ShownVersion:
    version = established.latest(session)
    if version is None:
        return ShownVersion(None, True)
    return ShownVersion(version, changed_since(session, version.log_sequence))


def changed_since(session: Session, sequence: int) -> bool:
    """Whether the register's content now differs from the content after entry ``sequence``."""
    touched = list(
        session.execute(
            select(ChangeLogEntry.item_kind, ChangeLogEntry.item_id)
            .distinct()
            .where(ChangeLogEntry.sequence > sequence, ChangeLogEntry.item_kind.in_(list(kinds.MODELS)))
        )
    )
    for start in range(0, len(touched), _CHUNK):
        # An item's entry always names its id (only other entries have none).
        chunk = [(kind, item_id) for kind, item_id in touched[start : start + _CHUNK] if item_id is not None]
        then, now = _replay(session, chunk, sequence)
        if then != now:
            return True
    return False


def _replay(session: Session, items: list[tuple[str, int]], sequence: int) -> tuple[dict, dict]:
    """The snapshots of ``items`` after entry ``sequence`` and now, from their entries alone
    (as register/as_of.py replays the whole log)."""
    now: dict = {}
    then: dict | None = None
    whole: set = set()  # items whose whole snapshot the log holds (started or added)
    rows = session.execute(
        select(
            ChangeLogEntry.sequence,
            ChangeLogEntry.action,
            ChangeLogEntry.item_kind,
            ChangeLogEntry.item_id,
            ChangeLogEntry.field,
            ChangeLogEntry.before,
            ChangeLogEntry.after,
        )
        .where(tuple_(ChangeLogEntry.item_kind, ChangeLogEntry.item_id).in_(items))
        .order_by(ChangeLogEntry.sequence)
    )
    for number, action, kind, item_id, field, before, after in rows:
        if then is None and number > sequence:
            then = copy.deepcopy(now)
        item = (kind, item_id)
        if action in (START, ADDED):
            now[item] = value(after)
            whole.add(item)
        elif action == DELETED:
            now.pop(item, None)
        elif action == CHANGED:
            snap = now.setdefault(item, {})
            if item not in whole and field not in snap:
                # A log without the item's start (written outside ROPA Desktop, as a benchmark's):
                # the field's first "before" is what it was until then, at the version too.
                snap[field] = value(before)
                if then is not None:
                    then.setdefault(item, {})[field] = value(before)
            snap[field] = value(after)
    return (now if then is None else then), now
