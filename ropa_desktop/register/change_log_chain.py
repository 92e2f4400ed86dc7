"""The change log's hash chain: entries appended in order, each hashing its content and the one before.

Each entry holds the hash of the one before and its own hash over a canonical JSON of its
content plus that previous hash (``entry_hash``), and register_meta keeps the last sequence
number and hash (``HEAD``), so that an entry altered, removed, inserted or moved by another
program is found by ``verify``. Nothing in ROPA Desktop updates or deletes an entry. The chain
is evidence against changes made outside the application, not a signature: someone who
recomputes every later hash and the head can forge it.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from .change_log_values import canonical
from .models import ChangeLogEntry, RegisterMeta
from .models.base import utcnow

# register_meta key: "SEQUENCE:HASH" of the last entry, so that removing the last entries shows.
HEAD = "change_log_head"
# The previous hash of the first entry.
GENESIS = "0" * 64


def append(session: Session, entries: list[dict], actor) -> None:
    """Chain ``entries`` after the last one and insert them (under the transaction's write lock)."""
    if not entries:
        return
    connection = session.connection()  # Core: the ORM's own bookkeeping cost more than the rows
    rows, head = _chained(entries, connection.execute(_LAST).first(), actor)
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


def append_sqlite(connection, entries: list[dict], actor) -> None:
    """``append`` on a plain sqlite3 connection inside its write transaction (Register.restore_from)."""
    if not entries:
        return
    last = connection.execute("SELECT sequence, entry_hash FROM change_log ORDER BY sequence DESC LIMIT 1").fetchone()
    rows, head = _chained(entries, last, actor)
    for row in rows:  # as SQLAlchemy's DateTime stores it on SQLite, so both read it alike
        row["recorded_at"] = row["recorded_at"].strftime("%Y-%m-%d %H:%M:%S.%f")
    names = list(rows[0])
    connection.executemany(
        f"INSERT INTO change_log ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})", rows)
    connection.execute("DELETE FROM register_meta WHERE key = ?", (HEAD,))
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

