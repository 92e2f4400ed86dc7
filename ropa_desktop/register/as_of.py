"""The register as it was at a moment, rebuilt from the change log alone.

The "history starts here" entries hold each item's whole snapshot, so do the entries of an item
added or deleted; every other entry changes one field. Replaying the entries up to a sequence
number, or up to a time, gives every item's snapshot then, in the form the log keeps it
(change_log_values: canonical JSON values, link lists sorted). No ORM object is built: the
window's "as it was on DATE" view, `ropa diff` and an established version all read this.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import kinds
from .change_log_values import canonical, value
from .models import ChangeLogEntry
from .models.change_log import ADDED, CHANGED, DELETED, START

Item = tuple[str, int]  # (kind, id)


def last_sequence(session: Session, *, at: datetime | None = None) -> int:
    """The sequence number of the last entry recorded (at or before ``at``, UTC); 0: none."""
    query = select(func.max(ChangeLogEntry.sequence))
    if at is not None:
        query = query.where(ChangeLogEntry.recorded_at <= at)
    return session.scalar(query) or 0


def rebuild(session: Session, *, sequence: int | None = None, at: datetime | None = None) -> dict[Item, dict]:
    """Every item's snapshot after entry ``sequence`` (or the last entry at or before ``at``;
    neither: now)."""
    if sequence is None:
        sequence = last_sequence(session, at=at)
    items: dict[Item, dict] = {}
    rows = session.execute(
        select(
            ChangeLogEntry.action,
            ChangeLogEntry.item_kind,
            ChangeLogEntry.item_id,
            ChangeLogEntry.field,
            ChangeLogEntry.after,
        )
        .where(ChangeLogEntry.sequence <= sequence)
        .order_by(ChangeLogEntry.sequence)
        .execution_options(yield_per=2000)
    )
    for action, kind, item_id, field, after in rows:
        if kind not in kinds.MODELS or item_id is None:  # an established version, not an item
            continue
        item = (kind, item_id)
        if action in (START, ADDED):
            items[item] = value(after)
        elif action == DELETED:
            items.pop(item, None)
        elif action == CHANGED and item in items:
            items[item][field] = value(after)
    return items


def content_hash(items: dict[Item, dict]) -> str:
    """SHA-256 over the rebuilt register's canonical JSON: what an established version keeps."""
    ordered = [[kind, item_id, snap] for (kind, item_id), snap in sorted(items.items())]
    return hashlib.sha256(canonical(ordered).encode("utf-8")).hexdigest()
