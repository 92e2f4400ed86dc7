"""Change-log entries made from snapshots: one per field changed, or one whole item added or deleted.

Recording (change_log.record), putting a copy back (change_log.differences) and the first
entries of a log (change_log.start) all turn an item's snapshot before and after into entries
here, so that each of them records a change alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from . import kinds, snapshots
from .change_log_values import canonical, display_name, jsonable, tidy
from .models import StatementText
from .models.change_log import ADDED, CHANGED, DELETED

# The organisation's snapshot key of the register's own statement wording ({phrase key: texts}).
STATEMENT_TEXTS = "statement_texts"
# The fields an item's name is taken from (display_name), read cheaply from its own row.
NAMES = frozenset({"name", "legal_name", "reference", "country_code", "country"})


def snapshot(kind: str, obj, keys=None) -> dict:
    """The item's snapshot as the log keeps it: the organisation's with the register's own
    statement wording (by phrase key), which the published statement shows."""
    snap = snapshots.read_object(kind, obj, keys)
    if kind == kinds.ORGANISATION and (keys is None or STATEMENT_TEXTS in keys):
        session = object_session(obj)
        assert session is not None, "an organisation read from the register"
        snap[STATEMENT_TEXTS] = {
            key: snapshots.plain(text)
            for key, text in session.execute(select(StatementText.key, StatementText.text).order_by(StatementText.key))
        }
    return snap


def read_many(session: Session, items: list[tuple[str, int]]) -> dict[tuple[str, int], dict]:
    """The snapshots of many items, their links and rows loaded a few hundred at a time (an
    import adds thousands: one by one, the lazy loads took longer than the import)."""
    found: dict[tuple[str, int], dict] = {}
    by_kind: dict[str, list[int]] = {}
    for kind, item_id in items:
        by_kind.setdefault(kind, []).append(item_id)
    for kind, ids in by_kind.items():
        model = kinds.MODELS[kind]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = kinds.select_items(model).where(model.id.in_(chunk)).options(selectinload("*"))
            for obj in session.scalars(query):
                found[(kind, obj.id)] = snapshot(kind, obj)
    return found


def compare(kind: str, item_id: int, before: dict | None, after: dict | None, name: str | None = None) -> list[dict]:
    """``name``: the item's name now, where ``after`` holds only the fields that changed."""
    before, after = tidy(before), tidy(after)
    if before is None and after is not None:
        return [entry(ADDED, kind, item_id, after, "", None, after)]
    if after is None and before is not None:
        return [entry(DELETED, kind, item_id, before, "", before, None)]
    entries = []
    if before is not None and after is not None:
        for field in _fields(kind, before, after):
            old, new = jsonable(before.get(field)), jsonable(after.get(field))
            if old != new:
                found = entry(CHANGED, kind, item_id, after, field, old, new)
                if name is not None:
                    found["item_name"] = name
                entries.append(found)
    return entries


def _fields(kind: str, before: dict, after: dict) -> list[str]:
    """The keys of either, in the order of the item's fields (the form's order)."""
    order = _ORDER.get(kind)
    if order is None:
        order = _ORDER[kind] = list(snapshots.blank(kind))
    present = before.keys() | after.keys()
    names = [name for name in order if name in present]
    names += sorted(present - set(names))
    return [name for name in names if name != snapshots.VERSION]


_ORDER: dict[str, list[str]] = {}


def entry(
    action: str, kind: str, item_id: int, snap: dict, field: str, before: Any, after: Any, comment: str | None = None
) -> dict:
    return {
        "action": action,
        "item_kind": kind,
        "item_id": item_id,
        "item_name": display_name(kind, snap, item_id),
        "field": field,
        "before": None if before is None else canonical(before),
        "after": None if after is None else canonical(after),
        "comment": comment,
    }
