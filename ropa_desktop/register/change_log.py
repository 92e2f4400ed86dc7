"""The change log: every committed change to the register, recorded where every write passes.

Register.transaction() marks its session; while it runs, each flush notes the items it is
about to change (the owners register.versions finds) and reads how they were before, from the
database itself, the first time; at the end the transaction compares each with how it is now
and writes one entry per field changed (an added or deleted item: one entry with its whole
snapshot), then commits them with the change. So the window, an import, the command line and
an undo are all recorded the same way, and a save that changes nothing records nothing.

Who, where from and why come from ``acting(...)`` (a context variable), else from the default
the entry point set (``set_default``), else the operating-system user and "command line".

Entries are chained: each holds the hash of the one before and its own hash over a canonical
JSON of its content plus that previous hash (``entry_hash``), and register_meta keeps the last
sequence number and hash (``HEAD``), so that an entry altered, removed, inserted or moved by
another program is found by ``verify``. Nothing in ROPA Desktop updates or deletes an entry.
The chain is evidence against changes made outside the application, not a signature: someone
who recomputes every later hash and the head can forge it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import bindparam, event, func, insert, inspect, select, tuple_, update
from sqlalchemy.orm import Session, object_session, selectinload, sessionmaker

from . import kinds, snapshots, versions
from .models import (
    ActivityDataCategory,
    ChangeLogEntry,
    Contact,
    Office,
    Organisation,
    Purpose,
    RegisterMeta,
    RetentionRule,
    StatementText,
)
from .models.base import text_in, utcnow
from .models.change_log import ADDED, CHANGED, DELETED, START

# Where a change came from.
WINDOW = "window"
IMPORT = "import"
COMMAND_LINE = "command line"
MIGRATION = "migration"

# register_meta key: "SEQUENCE:HASH" of the last entry, so that removing the last entries shows.
HEAD = "change_log_head"
# The previous hash of the first entry.
GENESIS = "0" * 64
START_COMMENT = "History starts here: the register as it was when its change log began."
# Session.info keys: this transaction records its changes; the owners a flush is about to change.
_TRACKING = "ropa_change_log"
CHANGED_NOW = "ropa_changed_now"  # set by versions._bump_versions, read here in the same flush
DIRTY_NOW = "ropa_dirty_now"  # session.dirty as versions read it in the same flush (read once: costly)
_BOOKKEEPING = {"id", "created_at", "updated_at", "position", "version"}
# The organisation's snapshot key of the register's own statement wording ({phrase key: texts}).
STATEMENT_TEXTS = "statement_texts"
# The fields an item's name is taken from (display_name), read cheaply from its own row.
_NAMES = frozenset({"name", "legal_name", "reference", "country_code", "country"})

_KIND_OF = {model: kind for kind, model in kinds.MODELS.items()}


@dataclass(frozen=True)
class Actor:
    who: str
    name: str = ""
    origin: str = COMMAND_LINE
    comment: str = ""


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment nor the password database
        return "unknown"


_default = Actor(who=_os_user())
_acting: ContextVar[Actor | None] = ContextVar("ropa_acting", default=None)


def set_default(*, who: str | None = None, name: str | None = None, origin: str | None = None) -> None:
    """What the entry point says about every change it makes (the window: origin "window" and
    the display name from Preferences)."""
    global _default
    _default = replace(_default, **{k: v for k, v in (("who", who), ("name", name), ("origin", origin))
                                    if v is not None})


def current() -> Actor:
    return _acting.get() or _default


@contextmanager
def acting(*, who: str | None = None, name: str | None = None, origin: str | None = None,
           comment: str | None = None) -> Iterator[Actor]:
    """Changes made inside the block are recorded as made by ``who``/``name``, from ``origin``,
    with ``comment``; what is not given stays as it was outside the block."""
    outer = current()
    actor = replace(outer, **{k: v for k, v in (("who", who), ("name", name), ("origin", origin),
                                                ("comment", comment)) if v is not None})
    token = _acting.set(actor)
    try:
        yield actor
    finally:
        _acting.reset(token)


# --- recording --------------------------------------------------------------------------


class _Tracking:
    """What one transaction changes: each existing item's snapshot before its first change,
    and the items it made."""

    def __init__(self, session: Session):
        self.session = session
        # Each changed item's fields as they were, only those the transaction changed (``keys``).
        self.before: dict[tuple[str, int], snapshots.Snapshot | None] = {}
        self.keys: dict[tuple[str, int], set[str] | None] = {}  # None: every field
        self.created: dict[tuple[str, int], None] = {}  # ordered set
        self.made: dict[tuple[str, int], snapshots.Snapshot] = {}  # snapshots of created items, when known
        self.new_objects: list = []
        self._side: Session | None = None

    def side(self) -> Session:
        """A second session on the same connection: it sees the rows as the last flush left
        them, not the objects the first session changed in memory."""
        if self._side is None:
            self._side = Session(bind=self.session.connection(), autoflush=False,
                                 join_transaction_mode="rollback_only")
        return self._side

    def close(self) -> None:
        if self._side is not None:
            self._side.close()
            self._side = None

    def note_created(self) -> None:
        for obj in self.new_objects:
            if obj.id is not None:
                self.created[(_KIND_OF[type(obj)], obj.id)] = None
        self.new_objects = [obj for obj in self.new_objects if obj.id is None]


def watch(sessions: sessionmaker) -> None:
    """Register after versions.watch: it reads the owners versions found in the same flush."""
    event.listen(sessions, "before_flush", _capture)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)


def begin(session: Session) -> None:
    """The transaction on ``session`` records what it commits (Register.transaction)."""
    session.info[_TRACKING] = _Tracking(session)


def _forget(session: Session) -> None:
    tracking = session.info.pop(_TRACKING, None)
    if tracking is not None:
        tracking.close()


def added(session: Session, kind: str, ids: list[int], made: list[dict] | None = None) -> None:
    """Items added without the ORM (register/bulk.py) in this transaction; ``made``: their
    snapshots as snapshots.read would find them, when the caller knows them."""
    tracking = session.info.get(_TRACKING)
    if tracking is not None:
        tracking.created.update(dict.fromkeys((kind, item_id) for item_id in ids))
        if made is not None:
            tracking.made.update(zip(((kind, item_id) for item_id in ids), made))


# Snapshot keys of an item's relationships that are not named alike, and of its own rows.
_RELATION_KEYS = {"data_category_links": "data_categories", "recipient": "recipient_id"}
_ROW_KEYS = {Purpose: ("purposes",), RetentionRule: ("retention_rules",),
             ActivityDataCategory: ("data_categories",), Office: ("offices",),
             Contact: ("privacy_contact", "dpo", "representative", "supervisory_authority")}


def _capture(session: Session, _context, _instances) -> None:
    tracking: _Tracking | None = session.info.get(_TRACKING)
    if tracking is None:  # not a write transaction of the register: keep no objects alive
        session.info.pop(CHANGED_NOW, None)
        session.info.pop(DIRTY_NOW, None)
        return
    tracking.note_created()
    new = session.new
    tracking.new_objects.extend(obj for obj in new if type(obj) in _KIND_OF)
    owners = session.info.pop(CHANGED_NOW, set())
    dirty, deleted = session.info.pop(DIRTY_NOW, None), session.deleted
    _statement_texts(session, tracking, dirty, deleted, new)
    if not owners:
        return
    changed = _changed_keys(session, owners, dirty, deleted, new)
    for owner in owners:
        kind = _KIND_OF.get(type(owner))
        if kind is None or owner.id is None:
            continue
        item = (kind, owner.id)
        if item in tracking.created:
            tracking.made.pop(item, None)  # changed after it was made: read it back at the end
            continue
        keys = changed.get(owner)
        if keys is None:  # deleted, or changed in a way not mapped to fields: the whole item
            wanted = None
        else:
            known = tracking.keys.get(item, set())
            if known is None:
                continue
            wanted = keys - known
            if item in tracking.keys and not wanted:
                continue
        known_before = {}
        if wanted is not None:
            # A field set to a new value keeps its old one in the attribute's history: no read.
            known_before = _old_values(owner, wanted)
            wanted = wanted - known_before.keys()
            if not wanted:
                _remember(tracking, item, known_before)
                continue
        obj = tracking.side().get(kinds.MODELS[kind], owner.id)
        if obj is None:
            tracking.before.setdefault(item, None)
            tracking.keys[item] = None
            continue
        read = _snapshot(kind, obj, wanted)
        if wanted is None:
            # A whole read after a partial one keeps the first values read (they are older).
            if tracking.before.get(item) is not None:
                read.update(tracking.before[item])
            tracking.before[item] = read
            tracking.keys[item] = None
        else:
            _remember(tracking, item, {**read, **known_before})


def _snapshot(kind: str, obj, keys=None) -> dict:
    """The item's snapshot as the log keeps it: the organisation's with the register's own
    statement wording (by phrase key), which the published statement shows."""
    snap = snapshots.read_object(kind, obj, keys)
    if kind == kinds.ORGANISATION and (keys is None or STATEMENT_TEXTS in keys):
        session = object_session(obj)
        snap[STATEMENT_TEXTS] = {key: snapshots.plain(text) for key, text in session.execute(
            select(StatementText.key, StatementText.text).order_by(StatementText.key))}
    return snap


def _statement_texts(session: Session, tracking: _Tracking, dirty, deleted, new) -> None:
    """A change to the statement's own wording: the organisation's field STATEMENT_TEXTS."""
    if not any(isinstance(obj, StatementText) for obj in (*(dirty or ()), *deleted, *new)):
        return
    organisation = session.scalar(select(Organisation.id).order_by(Organisation.id).limit(1))
    if organisation is None:
        return
    item = (kinds.ORGANISATION, organisation)
    known = tracking.keys.get(item, set())
    if item in tracking.created or known is None or STATEMENT_TEXTS in known:
        return
    obj = tracking.side().get(Organisation, organisation)
    _remember(tracking, item, _snapshot(kinds.ORGANISATION, obj, {STATEMENT_TEXTS}))


def _remember(tracking: _Tracking, item: tuple[str, int], values: dict) -> None:
    if tracking.before.get(item) is None:
        tracking.before[item] = {}
        tracking.keys[item] = set()
    for key, found in values.items():
        tracking.before[item].setdefault(key, found)  # the first value seen is the oldest
    tracking.keys[item].update(values)


def _old_values(obj, keys: set[str]) -> dict:
    """The values ``keys`` of ``obj`` had when loaded, for plain columns replaced whole (the
    attribute's history holds the old value); not for one changed in place (a JSON text edited
    as a dict: no old value is kept) nor for links and rows."""
    state = inspect(obj)
    found = {}
    for key in keys:
        attr = state.attrs.get(key) if key in state.mapper.column_attrs else None
        if attr is None:
            continue
        history = attr.history
        if len(history.deleted) == 1:
            found[key] = snapshots.plain(history.deleted[0])
    return found


def _changed_keys(session: Session, owners: set, dirty, deleted, new) -> dict:
    """For each owner, the snapshot keys this flush changes; absent: the whole item."""
    keys: dict = {owner: set() for owner in owners}
    whole = set(deleted)
    if dirty is None:
        return {}
    for obj in (*dirty, *deleted, *new):
        if type(obj) in _KIND_OF:
            if obj in whole or obj not in keys:
                continue
            state = inspect(obj)
            for attr in state.attrs:
                if attr.key in _BOOKKEEPING or not attr.history.has_changes():
                    continue
                if attr.key in state.mapper.relationships:
                    keys[obj].add(_RELATION_KEYS.get(attr.key, attr.key))
                else:
                    keys[obj].add(attr.key)
        else:
            row_keys = _ROW_KEYS.get(type(obj))
            owner = versions.owner_of(session, obj) if row_keys else None
            if owner is None:
                continue  # a new contact block: its organisation's own link changed too
            if owner in keys:
                keys[owner].update(row_keys)
    return {owner: found for owner, found in keys.items() if owner not in whole and found}


def record(session: Session) -> int:
    """Write the entries of what this transaction changed (after its last flush, before its
    commit); returns how many."""
    tracking: _Tracking | None = session.info.get(_TRACKING)
    if tracking is None:
        return 0
    tracking.note_created()
    tracking.close()
    entries: list[dict] = []
    made = dict(tracking.made)
    made.update(_read_many(session, [item for item in tracking.created if item not in made]))
    for item in tracking.created:
        after = _tidy(made.get(item))
        if after is not None:
            entries.append(_entry(ADDED, item[0], item[1], after, "", None, after))
    for item, before in tracking.before.items():
        kind, item_id = item
        obj = session.get(kinds.MODELS[kind], item_id)
        after = None if obj is None else _snapshot(kind, obj, tracking.keys.get(item))
        name = None if obj is None else display_name(kind, snapshots.read_object(kind, obj, _NAMES), item_id)
        entries += _compare(kind, item_id, before, after, name)
    session.info.pop(_TRACKING, None)
    append(session, entries)
    return len(entries)


def _read_many(session: Session, items: list[tuple[str, int]]) -> dict[tuple[str, int], dict]:
    """The snapshots of many items, their links and rows loaded a few hundred at a time (an
    import adds thousands: one by one, the lazy loads took longer than the import)."""
    found = {}
    by_kind: dict[str, list[int]] = {}
    for kind, item_id in items:
        by_kind.setdefault(kind, []).append(item_id)
    for kind, ids in by_kind.items():
        model = kinds.MODELS[kind]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            query = select(model).where(model.id.in_(chunk)).options(selectinload("*"))
            for obj in session.scalars(query):
                found[(kind, obj.id)] = _snapshot(kind, obj)
    return found


def _compare(kind: str, item_id: int, before: dict | None, after: dict | None,
             name: str | None = None) -> list[dict]:
    """``name``: the item's name now, where ``after`` holds only the fields that changed."""
    before, after = _tidy(before), _tidy(after)
    if before is None and after is not None:
        return [_entry(ADDED, kind, item_id, after, "", None, after)]
    if after is None and before is not None:
        return [_entry(DELETED, kind, item_id, before, "", before, None)]
    entries = []
    if before is not None and after is not None:
        for field in _fields(kind, before, after):
            old, new = jsonable(before.get(field)), jsonable(after.get(field))
            if old != new:
                entry = _entry(CHANGED, kind, item_id, after, field, old, new)
                if name is not None:
                    entry["item_name"] = name
                entries.append(entry)
    return entries


def differences(now: Session, then: Session) -> list[dict]:
    """The entries that take the register read by ``now`` to the one read by ``then`` (a copy
    being put back: the undo of an import). Only items whose version differs are compared."""
    entries: list[dict] = []
    for kind, model in kinds.MODELS.items():
        here = dict(now.execute(select(model.id, model.version)).all())
        there = dict(then.execute(select(model.id, model.version)).all())
        differ = [item_id for item_id in sorted(here.keys() | there.keys()) if here.get(item_id) != there.get(item_id)]
        befores = _read_many(now, [(kind, item_id) for item_id in differ if item_id in here])
        afters = _read_many(then, [(kind, item_id) for item_id in differ if item_id in there])
        for item_id in differ:
            entries += _compare(kind, item_id, befores.get((kind, item_id)), afters.get((kind, item_id)))
    return entries


def start(session: Session, comment: str = START_COMMENT) -> int:
    """History starts here: one entry per item with its whole snapshot, so that the register
    as it was on any later date can be rebuilt from the log alone (migration 0008, and every
    new register). Written only into an empty log."""
    if session.scalar(select(ChangeLogEntry.sequence).limit(1)) is not None:
        return 0
    entries = []
    for kind, model in kinds.MODELS.items():
        for obj in session.scalars(select(model).order_by(model.id)):
            snap = _tidy(_snapshot(kind, obj))
            entries.append(_entry(START, kind, obj.id, snap, "", None, snap, comment=comment))
    append(session, entries)
    return len(entries)


# Links kept as a set (a link table without a position): listed by id, whatever order read.
_UNORDERED = frozenset({*snapshots.ACTIVITY_LINKS, "sub_processors"})


def _tidy(snap: dict | None) -> dict | None:
    if snap is None:
        return None
    return {key: sorted(found) if key in _UNORDERED and isinstance(found, list) else found
            for key, found in snap.items()}


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


def _entry(action: str, kind: str, item_id: int, snap: dict, field: str, before: Any, after: Any,
           comment: str | None = None) -> dict:
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


def append(session: Session, entries: list[dict]) -> None:
    """Chain ``entries`` after the last one and insert them (under the transaction's write lock)."""
    if not entries:
        return
    connection = session.connection()  # Core: the ORM's own bookkeeping cost more than the rows
    rows, head = _chained(entries, connection.execute(_LAST).first())
    connection.execute(_INSERT, rows)
    if connection.execute(_SET_HEAD, {"head": head}).rowcount == 0:
        connection.execute(_NEW_HEAD, {"head": head})


# Built once: constructing them anew for every save was a measurable part of a save's cost.
_LAST = (select(ChangeLogEntry.sequence, ChangeLogEntry.entry_hash)
         .order_by(ChangeLogEntry.sequence.desc()).limit(1))
_INSERT = insert(ChangeLogEntry.__table__)
_SET_HEAD = (update(RegisterMeta.__table__).where(RegisterMeta.__table__.c.key == HEAD)
             .values(value=bindparam("head")))
_NEW_HEAD = insert(RegisterMeta.__table__).values(key=HEAD, value=bindparam("head"))


def append_sqlite(connection, entries: list[dict]) -> None:
    """``append`` on a plain sqlite3 connection inside its write transaction (Register.restore_from)."""
    if not entries:
        return
    last = connection.execute("SELECT sequence, entry_hash FROM change_log ORDER BY sequence DESC LIMIT 1").fetchone()
    rows, head = _chained(entries, last)
    for row in rows:  # as SQLAlchemy's DateTime stores it on SQLite, so both read it alike
        row["recorded_at"] = row["recorded_at"].strftime("%Y-%m-%d %H:%M:%S.%f")
    names = list(rows[0])
    connection.executemany(
        f"INSERT INTO change_log ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})", rows)
    connection.execute("DELETE FROM register_meta WHERE key = ?", (HEAD,))
    connection.execute("INSERT INTO register_meta (key, value) VALUES (?, ?)", (HEAD, head))


def _chained(entries: list[dict], last) -> tuple[list[dict], str]:
    actor = current()
    now = utcnow()
    change_set = uuid.uuid4().hex
    sequence, previous = (last[0], last[1]) if last else (0, GENESIS)
    rows = []
    for entry in entries:
        sequence += 1
        row = {
            **entry,
            "sequence": sequence,
            "recorded_at": now,
            "who": actor.who[:200],
            "who_name": actor.name[:200],
            "origin": actor.origin,
            "change_set": change_set,
            "item_name": entry["item_name"][:500],
            "comment": actor.comment if entry["comment"] is None else entry["comment"],
            "previous_hash": previous,
        }
        row["entry_hash"] = previous = entry_hash(row)
        rows.append(row)
    return rows, f"{sequence}:{previous}"


# --- the hash -----------------------------------------------------------------------------

_HASHED = ("sequence", "recorded_at", "who", "who_name", "origin", "change_set", "action", "item_kind",
           "item_id", "item_name", "field", "before", "after", "comment", "previous_hash")


def entry_hash(row: dict) -> str:
    content = {name: row[name] for name in _HASHED}
    content["recorded_at"] = _stamp(content["recorded_at"])
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def _stamp(value) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return str(value)


def canonical(value: Any) -> str:
    """One JSON text per value: sorted keys, no spaces, Unicode as is."""
    # json's own walk with a fallback for enums and dates: walking it first in Python cost an
    # import of 2,000 activities half a second.
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_value)


def _json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not a value of a snapshot")


def jsonable(value: Any) -> Any:
    """A snapshot value as JSON holds it: enums by value, dates as ISO text."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def display_name(kind: str, snap: dict, item_id: int | None) -> str:
    for key in ("name", "legal_name", "reference", "country_code", "country"):
        value = snap.get(key)
        if isinstance(value, dict):
            value = text_in(value, "nl", "en")
        if value:
            return str(value)
    return f"{kind} {item_id}"


# --- checking -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Broken:
    sequence: int
    recorded_at: datetime | None
    reason: str

    def sentence(self) -> str:
        when = f" of {self.recorded_at:%Y-%m-%d %H:%M:%S} UTC" if self.recorded_at else ""
        return f"The change log is broken at entry {self.sequence}{when}: {self.reason}."


def verify(session: Session) -> tuple[int, Broken | None]:
    """Recompute the chain: (number of entries, the first broken entry or None)."""
    expected, previous, count = 1, GENESIS, 0
    last = None
    rows = session.execute(select(ChangeLogEntry.__table__).order_by(ChangeLogEntry.sequence)
                           .execution_options(yield_per=2000)).mappings()
    for row in rows:
        count += 1
        if row["sequence"] != expected:
            return count, Broken(expected, row["recorded_at"] if row["sequence"] > expected else None,
                                 f"it is missing (the next entry is {row['sequence']})"
                                 if row["sequence"] > expected else "an entry was inserted")
        if row["previous_hash"] != previous:
            return count, Broken(row["sequence"], row["recorded_at"],
                                 "it does not follow the entry before it (an entry was removed, inserted or moved)")
        if entry_hash(dict(row)) != row["entry_hash"]:
            return count, Broken(row["sequence"], row["recorded_at"],
                                 "its content was changed after it was recorded")
        previous = row["entry_hash"]
        last = row
        expected += 1
    head = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == HEAD))
    recorded = f"{last['sequence']}:{last['entry_hash']}" if last else None
    if head != recorded:
        number = int(head.split(":")[0]) if head and head.split(":")[0].isdigit() else expected
        if last is not None and number <= last["sequence"]:
            return count, Broken(last["sequence"], last["recorded_at"], "it is not the last entry recorded")
        return count, Broken(expected, None, "it and any after it are missing (the log ends too early)")
    return count, None


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


def value(text: str | None) -> Any:
    """An entry's before or after as the value it was (None when there was none)."""
    return None if text is None else json.loads(text)
