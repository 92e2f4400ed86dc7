"""What changed in the register between two points of its change log: per item, added,
removed, or the fields changed (before → after), with who changed them when.

Both ends are rebuilt from the log (register/as_of.py), so a diff works between any two
moments, versions or dates, whatever the schema was then; the entries between the two points
say who made each change. Links to catalogue entries are named, not numbered.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import as_of, kinds, snapshots
from .change_log_values import display_name, value
from .models import ChangeLogEntry
from .models.change_log import ADDED, CHANGED, DELETED

ADDED_ITEM = "added"
REMOVED_ITEM = "removed"
CHANGED_ITEM = "changed"

_KIND_OF = {model: kind for kind, model in kinds.MODELS.items()}
# Snapshot keys that list catalogue entries by id: key -> the catalogue's kind.
_LINKS = {
    **{key: _KIND_OF[model] for key, model in snapshots.ACTIVITY_LINKS.items()},
    "sub_processors": kinds.RECIPIENT,
}


@dataclass(frozen=True)
class Change:
    """One change by someone: who (as documents/change_history.who says it), when (UTC, to the minute) and where from
    (window, import…); ``at``: the moment itself (UTC), for a reader in another time zone."""

    who: str
    when: str
    origin: str = ""
    at: datetime | None = field(default=None, compare=False)


@dataclass
class FieldChange:
    field: str  # (names the snapshot key: dataclasses.field is spelled out below)
    before: object
    after: object
    by: list[Change] = dataclasses.field(default_factory=list)


@dataclass
class ItemDiff:
    kind: str
    item_id: int
    name: str
    state: str  # ADDED_ITEM, REMOVED_ITEM or CHANGED_ITEM
    fields: list[FieldChange] = field(default_factory=list)
    by: list[Change] = field(default_factory=list)  # who added or removed it


@dataclass
class RegisterDiff:
    since: str  # how the first point is said ("version 1 “1”")
    until: str
    items: list[ItemDiff]


def compare(session: Session, first: int, second: int, since: str = "", until: str = "") -> RegisterDiff:
    """The difference from the register after log entry ``first`` to the one after ``second``."""
    before, after = as_of.rebuild(session, sequence=first), as_of.rebuild(session, sequence=second)
    low, high = min(first, second), max(first, second)
    made = _changes(session, low, high)
    found: list[ItemDiff] = []
    order = list(kinds.MODELS)
    for item in sorted(before.keys() | after.keys(), key=lambda i: (order.index(i[0]), i[1])):
        kind, item_id = item
        old, new = before.get(item), after.get(item)
        if old is None:
            assert new is not None, "an item of one register or the other"
            found.append(
                ItemDiff(
                    kind, item_id, display_name(kind, new, item_id), ADDED_ITEM, by=made.get((kind, item_id, ADDED), [])
                )
            )
        elif new is None:
            found.append(
                ItemDiff(
                    kind,
                    item_id,
                    display_name(kind, old, item_id),
                    REMOVED_ITEM,
                    by=made.get((kind, item_id, DELETED), []),
                )
            )
        elif old != new:  # most items of a large register did not change: not field by field
            values = {key: _both(session, item, key, old, new, first, second) for key in _keys(kind, old, new)}
            fields = [
                FieldChange(key, named(key, was, before), named(key, now, after), made.get((kind, item_id, key), []))
                for key, (was, now) in values.items()
                if was != now
            ]
            if fields:
                found.append(ItemDiff(kind, item_id, display_name(kind, new, item_id), CHANGED_ITEM, fields))
    return RegisterDiff(since, until, found)


def _both(session: Session, item: tuple, key: str, old: dict, new: dict, first: int, second: int) -> tuple:
    """The field at both points. One the earlier point's snapshot lacks (the log began before the
    field was kept, as after a schema change, or its place in the list was never recorded) is
    as the first entry after that point that changed it found it, not "empty"."""
    earlier, later = (old, new) if first <= second else (new, old)
    if key not in earlier and key in later:
        found = session.scalar(
            select(ChangeLogEntry.before)
            .where(
                ChangeLogEntry.item_kind == item[0],
                ChangeLogEntry.item_id == item[1],
                ChangeLogEntry.field == key,
                ChangeLogEntry.action == CHANGED,
                ChangeLogEntry.sequence > min(first, second),
                ChangeLogEntry.sequence <= max(first, second),
            )
            .order_by(ChangeLogEntry.sequence)
            .limit(1)
        )
        earlier = {key: value(found)}
    return (earlier.get(key), later.get(key)) if first <= second else (later.get(key), earlier.get(key))


def _changes(session: Session, low: int, high: int) -> dict[tuple, list[Change]]:
    """Who changed what between the two points: (kind, id, field or action) -> changes, in order."""
    found: dict[tuple, list[Change]] = {}
    rows = session.execute(
        select(
            ChangeLogEntry.action,
            ChangeLogEntry.item_kind,
            ChangeLogEntry.item_id,
            ChangeLogEntry.field,
            ChangeLogEntry.who,
            ChangeLogEntry.who_name,
            ChangeLogEntry.recorded_at,
            ChangeLogEntry.origin,
        )
        .where(ChangeLogEntry.sequence > low, ChangeLogEntry.sequence <= high)
        .order_by(ChangeLogEntry.sequence)
    )
    for action, kind, item_id, key, who, who_name, when, origin in rows:
        change = Change(f"{who_name} ({who})" if who_name else who, f"{when:%Y-%m-%d %H:%M} UTC", origin, when)
        slot = found.setdefault((kind, item_id, key if action == CHANGED else action), [])
        if change not in slot:
            slot.append(change)
    return found


def _keys(kind: str, old: dict, new: dict) -> list[str]:
    """The keys of either, in the order of the item's fields (the form's order)."""
    order = [key for key in snapshots.blank(kind) if key in old or key in new]
    return order + sorted((old.keys() | new.keys()) - set(order) - {snapshots.VERSION})


def named(key: str, found, items: dict) -> object:
    """Links by the names of the entries they point to, as they were at that point (``items``:
    the register then, as as_of.rebuild gives it); any other value as it is."""
    if key in _LINKS and isinstance(found, list):
        kind = _LINKS[key]
        return [_linked_name(kind, _linked_id(i), items) for i in found]
    if key == "data_categories" and isinstance(found, list):
        kind = kinds.DATA_CATEGORY
        return [_linked_name(kind, _linked_id(link), items) for link in found]
    return found


def _linked_id(link):
    """A link as an id, or as a row with one ({"id": 3, "wording": …}): entries written under
    another schema may hold either."""
    return link.get("id") if isinstance(link, dict) else link


def _linked_name(kind: str, item_id: int, items: dict) -> str:
    """A linked entry by its name then; a transfer by its country and recipient ("US — Mailchimp")."""
    snap = items.get((kind, item_id))
    if snap is None:
        return f"{kind} {item_id}"
    recipient = items.get((kinds.RECIPIENT, snap.get("recipient_id")))
    if kind == kinds.TRANSFER and recipient is not None:
        return (
            f"{snap.get('country_code') or '?'} \u2014 {display_name(kinds.RECIPIENT, recipient, snap['recipient_id'])}"
        )
    return display_name(kind, snap, item_id)
