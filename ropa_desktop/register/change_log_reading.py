"""Reading the change log: the entries of the register or of one item, newest first, a page at
a time and narrowed to a person, a period, an item or an action (the window's History)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from . import kinds
from .models import ChangeLogEntry

# The columns a listing shows; the hashes stay in the database.
_SHOWN = (
    ChangeLogEntry.sequence,
    ChangeLogEntry.recorded_at,
    ChangeLogEntry.who,
    ChangeLogEntry.who_name,
    ChangeLogEntry.origin,
    ChangeLogEntry.action,
    ChangeLogEntry.item_kind,
    ChangeLogEntry.item_id,
    ChangeLogEntry.item_name,
    ChangeLogEntry.field,
    ChangeLogEntry.before,
    ChangeLogEntry.after,
    ChangeLogEntry.comment,
)


@dataclass(frozen=True)
class Narrowing:
    """Which entries a listing holds; what is not given does not narrow it."""

    who: str | None = None  # the operating-system user (or database role)
    who_name: str | None = None  # with ``who``: the display name they had then ("" for none)
    since: datetime | None = None  # UTC, from this moment on
    until: datetime | None = None  # UTC, before this moment
    item: str | None = None  # a name (see ``entries``) or "kind:id"
    kind: str | None = None  # with ``item_id``: one item's entries (found by their index)
    item_id: int | None = None
    action: str | None = None  # models.change_log.START, ADDED, …


@dataclass(frozen=True)
class Entry:
    """One entry as a listing shows it: plain values, for a job's thread to hand over."""

    sequence: int
    recorded_at: datetime  # UTC
    who: str
    who_name: str
    origin: str
    action: str
    item_kind: str
    item_id: int | None
    item_name: str
    field: str
    before: str | None  # canonical JSON
    after: str | None
    comment: str


def entries(
    session: Session, *, item: str | None = None, since: datetime | None = None, limit: int | None = None
) -> list[ChangeLogEntry]:
    """The entries, newest first; ``item`` matches the item's name at the time (case-insensitive,
    part of it) or its id as ``kind:id``."""
    query = _narrowed(session, select(ChangeLogEntry), Narrowing(item=item, since=since))
    query = query.order_by(ChangeLogEntry.sequence.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def page(
    session: Session, narrowing: Narrowing = Narrowing(), *, after: int | None = None, limit: int = 200, offset: int = 0
) -> list[Entry]:
    """Up to ``limit`` entries, newest first, that come before entry ``after`` (its sequence;
    None: from the newest), skipping ``offset`` of them. Paging by ``after`` (the last sequence
    of the page before) costs the same on every page; an offset is counted past every time."""
    query = _narrowed(session, select(*_SHOWN), narrowing)
    if after is not None:
        query = query.where(ChangeLogEntry.sequence < after)
    query = query.order_by(ChangeLogEntry.sequence.desc()).limit(limit).offset(offset)
    return [Entry(*row) for row in session.execute(query)]


def count(session: Session, narrowing: Narrowing = Narrowing()) -> int:
    return session.scalar(_narrowed(session, select(func.count()).select_from(ChangeLogEntry), narrowing)) or 0


def people(session: Session) -> list[tuple[str, str]]:
    """Everyone who appears in the log: (operating-system user, display name), by name."""
    found = session.execute(select(ChangeLogEntry.who, ChangeLogEntry.who_name).distinct())
    pairs = {(who, name) for who, name in found}
    return sorted(pairs, key=lambda pair: ((pair[1] or pair[0]).casefold(), pair[0], pair[1]))


def _narrowed(session: Session, query: Select, narrowing: Narrowing) -> Select:
    if narrowing.kind is not None and narrowing.item_id is not None:
        query = query.where(ChangeLogEntry.item_kind == narrowing.kind, ChangeLogEntry.item_id == narrowing.item_id)
    if narrowing.who is not None:
        query = query.where(ChangeLogEntry.who == narrowing.who)
        if narrowing.who_name is not None:
            query = query.where(ChangeLogEntry.who_name == narrowing.who_name)
    if narrowing.since is not None:
        query = query.where(ChangeLogEntry.recorded_at >= narrowing.since)
    if narrowing.until is not None:
        query = query.where(ChangeLogEntry.recorded_at < narrowing.until)
    if narrowing.action:
        query = query.where(ChangeLogEntry.action == narrowing.action)
    if narrowing.item:
        query = _of_item(session, query, narrowing.item)
    return query


def _of_item(session: Session, query: Select, item: str) -> Select:
    kind, _, number = item.partition(":")
    if kind in kinds.MODELS and number.isdigit():
        return query.where(ChangeLogEntry.item_kind == kind, ChangeLogEntry.item_id == int(number))

    # Every entry of an item that bore the name at some time, under whatever name; the name
    # exactly when an item bore it ("Personeel" is not "Personeelsadministratie").
    def named(condition):
        # Not DISTINCT: SQLite made that a walk of the item index with a row lookup per entry,
        # ten times slower than the plain scan; IN needs no distinct list.
        return select(ChangeLogEntry.item_kind, ChangeLogEntry.item_id).where(condition)

    exact = named(func.lower(ChangeLogEntry.item_name) == item.lower())
    chosen = exact if session.execute(exact.limit(1)).first() else named(ChangeLogEntry.item_name.ilike(f"%{item}%"))
    return query.where(tuple_(ChangeLogEntry.item_kind, ChangeLogEntry.item_id).in_(chosen))
