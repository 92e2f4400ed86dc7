"""The change log's hash chain: entries appended in order, each hashing its content and the one before.

Each entry holds the hash of the one before and its own hash over a canonical JSON of its
content plus that previous hash (``entry_hash``), and register_meta keeps the last sequence
number and hash (``HEAD``), so that an entry altered, removed, inserted or moved by another
program is found by ``verify``; so are the last entries removed with the head written anew,
when a version or publication established since names a later entry. Nothing in ROPA Desktop
updates or deletes an entry. The chain is evidence against changes made outside the
application, not a signature: someone who recomputes every later hash and the head can forge
it, and removes the entries since the last version or publication unseen.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, bindparam, case, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from .change_log_values import canonical
from .models import ChangeLogEntry, EstablishedVersion, Publication, RegisterMeta
from .models.base import utcnow
from .models.established_version import HISTORY_START
from .texts import limit_of

# register_meta key: "SEQUENCE:HASH" of the last entry, so that removing the last entries shows.
HEAD = "change_log_head"
# The previous hash of the first entry.
GENESIS = "0" * 64


def append(session: Session, entries: list[dict], actor) -> None:
    """Chain ``entries`` after the last one and insert them (under the transaction's write lock)."""
    if not entries:
        return
    connection = session.connection()  # Core: the ORM's own bookkeeping cost more than the rows
    if connection.dialect.name == "sqlite":
        # The driver's own connection, in the same transaction: three statements through
        # SQLAlchemy were most of what the log added to a save of one field (benchmarks/change_log.py).
        append_sqlite(connection.connection.dbapi_connection, entries, actor)
        return
    rows, head = _chained(entries, connection.execute(_LAST).first(), actor)
    connection.execute(_INSERT, rows)
    if connection.execute(_SET_HEAD, {"head": head}).rowcount == 0:
        connection.execute(_NEW_HEAD, {"head": head})


# Built once: constructing them anew for every save was a measurable part of a save's cost.
_LAST = select(ChangeLogEntry.sequence, ChangeLogEntry.entry_hash).order_by(ChangeLogEntry.sequence.desc()).limit(1)
_INSERT = insert(ChangeLogEntry.__table__)
_SET_HEAD = update(RegisterMeta.__table__).where(RegisterMeta.__table__.c.key == HEAD).values(value=bindparam("head"))
_NEW_HEAD = insert(RegisterMeta.__table__).values(key=HEAD, value=bindparam("head"))


def append_sqlite(connection, entries: list[dict], actor) -> None:
    """``append`` on a plain sqlite3 connection inside its write transaction (Register.restore_from)."""
    if not entries:
        return
    last = connection.execute("SELECT sequence, entry_hash FROM change_log ORDER BY sequence DESC LIMIT 1").fetchone()
    rows, head = _chained(entries, last, actor)
    stamp = _stamp(rows[0]["recorded_at"])  # the text hashed, which is how SQLAlchemy's DateTime stores it
    for row in rows:  # on SQLite, so both read it alike
        row["recorded_at"] = stamp
    names = list(rows[0])
    connection.executemany(
        f"INSERT INTO change_log ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})", rows
    )
    if connection.execute("UPDATE register_meta SET value = ? WHERE key = ?", (head, HEAD)).rowcount == 0:
        connection.execute("INSERT INTO register_meta (key, value) VALUES (?, ?)", (HEAD, head))


def _chained(entries: list[dict], last, actor) -> tuple[list[dict], str]:
    """``actor``: who, where from and why (change_log.Actor), the same for every entry."""
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
            "who": actor.who[: limit_of(ChangeLogEntry, "who")],
            "who_name": actor.name[: limit_of(ChangeLogEntry, "who_name")],
            "origin": actor.origin,
            "change_set": change_set,
            "item_name": entry["item_name"][: limit_of(ChangeLogEntry, "item_name")],
            "comment": actor.comment if entry["comment"] is None else entry["comment"],
            "previous_hash": previous,
        }
        row["entry_hash"] = previous = entry_hash(row)
        rows.append(row)
    return rows, f"{sequence}:{previous}"


# --- the hash -----------------------------------------------------------------------------

_HASHED = (
    "sequence",
    "recorded_at",
    "who",
    "who_name",
    "origin",
    "change_set",
    "action",
    "item_kind",
    "item_id",
    "item_name",
    "field",
    "before",
    "after",
    "comment",
    "previous_hash",
)


def entry_hash(row: dict) -> str:
    """``row``: an entry's columns; its time as a datetime (being written), or as the text stored
    (RECORDED_TEXT, being checked)."""
    content = {name: row[name] for name in _HASHED}
    content["recorded_at"] = row[RECORDED_TEXT] if RECORDED_TEXT in row else _stamp(content["recorded_at"])
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def _stamp(value) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return str(value)


# --- checking -----------------------------------------------------------------------------

# The time of an entry as stored, in the rows ``verify`` checks (SQLite: the text itself).
RECORDED_TEXT = "recorded_text"


def _stored(session: Session) -> Generator[dict, None, None]:
    """The entries in order, on SQLite with the time as the text stored: its hash is taken over
    that text, so a changed byte shows even where it means the same moment ("T" for the space),
    and a time that is no time at all is reported as a changed entry, not an error that stops
    the check. ``recorded_at``: the moment, None when the text is none."""
    table = ChangeLogEntry.__table__
    sqlite = session.get_bind().dialect.name == "sqlite"
    columns = [
        type_coerce(column, String).label(column.name) if sqlite and column.name == "recorded_at" else column
        for column in table.columns
    ]
    query = select(*columns).order_by(table.c.sequence).execution_options(yield_per=2000)
    # Closed however the reading ends (verify stops at the first broken entry): on PostgreSQL
    # yield_per reads through a server-side cursor, which must not be left open.
    with session.execute(query) as result:
        for mapping in result.mappings():
            row = dict(mapping)
            if sqlite:
                row[RECORDED_TEXT] = text = row["recorded_at"]
                row["recorded_at"] = _moment(text)
            yield row


def _moment(text) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _hash_of(row: dict) -> str | None:
    """The entry's hash; None for a value no entry can hold (bytes where text was written)."""
    try:
        return entry_hash(row)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class Broken:
    sequence: int
    recorded_at: datetime | None
    reason: str
    # What is wrong, for a window that words it in its own language (gui/log_banner.py).
    code: str = ""

    def sentence(self) -> str:
        when = f" of {self.recorded_at:%Y-%m-%d %H:%M:%S} UTC" if self.recorded_at else ""
        return f"The change log is broken at entry {self.sequence}{when}: {self.reason}."


# Broken.code
MISSING, INSERTED, OUT_OF_ORDER, ALTERED, NOT_LAST, ENDS_EARLY = (
    "missing",
    "inserted",
    "out of order",
    "altered",
    "not last",
    "ends early",
)


def verify(session: Session, report: Callable[[int, int], None] | None = None) -> tuple[int, Broken | None]:
    """Recompute the chain: (number of entries, the first broken entry or None). ``report(done,
    total)`` is called every few thousand entries (a window's job: progress, and where it can stop)."""
    total = session.execute(select(func.count()).select_from(ChangeLogEntry)).scalar_one() if report else 0
    with closing(_stored(session)) as rows:
        return _verify_rows(session, rows, report, total)


def _verify_rows(session: Session, rows: Iterator[dict], report, total: int) -> tuple[int, Broken | None]:
    expected, previous, count = 1, GENESIS, 0
    last = None
    for row in rows:
        count += 1
        if report and count % 2000 == 0:
            report(count, total)
        if row["sequence"] != expected:
            return count, Broken(
                expected,
                row["recorded_at"] if row["sequence"] > expected else None,
                f"it is missing (the next entry is {row['sequence']})"
                if row["sequence"] > expected
                else "an entry was inserted",
                MISSING if row["sequence"] > expected else INSERTED,
            )
        if row["previous_hash"] != previous:
            return count, Broken(
                row["sequence"],
                row["recorded_at"],
                "it does not follow the entry before it (an entry was removed, inserted or moved)",
                OUT_OF_ORDER,
            )
        if _hash_of(row) != row["entry_hash"]:
            return count, Broken(
                row["sequence"], row["recorded_at"], "its content was changed after it was recorded", ALTERED
            )
        previous = row["entry_hash"]
        last = row
        expected += 1
    head = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == HEAD))
    recorded = f"{last['sequence']}:{last['entry_hash']}" if last else None
    if head != recorded:
        number = int(head.split(":")[0]) if head and head.split(":")[0].isdigit() else expected
        if last is not None and number <= last["sequence"]:
            return count, Broken(last["sequence"], last["recorded_at"], "it is not the last entry recorded", NOT_LAST)
        return count, Broken(expected, None, "it and any after it are missing (the log ends too early)", ENDS_EARLY)
    if _named_elsewhere(session) > (last["sequence"] if last else 0):
        # The last entries removed and the head written anew: a version or a publication still
        # names an entry that is gone.
        return count, Broken(expected, None, "it and any after it are missing (the log ends too early)", ENDS_EARLY)
    return count, None


def _named_elsewhere(session: Session) -> int:
    """The last entry a version or a publication names: its own entry (ESTABLISHED, PUBLISHED)
    follows the moment it froze; version 0, the history start, has none."""
    version = session.scalar(
        select(
            func.max(EstablishedVersion.log_sequence + case((EstablishedVersion.number > HISTORY_START, 1), else_=0))
        )
    )
    publication = session.scalar(select(func.max(Publication.log_sequence + 1)))
    return max(version or 0, publication or 0)
