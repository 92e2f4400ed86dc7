"""Reading the change log: the entries of the register or of one item, newest first."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from . import kinds
from .models import ChangeLogEntry


def entries(session: Session, *, item: str | None = None, since: datetime | None = None,
            limit: int | None = None) -> list[ChangeLogEntry]:
    """The entries, newest first; ``item`` matches the item's name at the time (case-insensitive,
    part of it) or its id as ``kind:id``."""
    query = select(ChangeLogEntry).order_by(ChangeLogEntry.sequence.desc())
    if since is not None:
        query = query.where(ChangeLogEntry.recorded_at >= since)
    if item:
        kind, _, number = item.partition(":")
        if kind in kinds.MODELS and number.isdigit():
            query = query.where(ChangeLogEntry.item_kind == kind, ChangeLogEntry.item_id == int(number))
        else:  # every entry of an item that bore the name at some time, under whatever name;
            # the name exactly when an item bore it ("Personeel" is not "Personeelsadministratie")
            def named(condition):
                return select(ChangeLogEntry.item_kind, ChangeLogEntry.item_id).where(condition).distinct()

            exact = named(func.lower(ChangeLogEntry.item_name) == item.lower())
            chosen = exact if session.execute(exact.limit(1)).first() else named(
                ChangeLogEntry.item_name.ilike(f"%{item}%"))
            query = query.where(tuple_(ChangeLogEntry.item_kind, ChangeLogEntry.item_id).in_(chosen))
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))

