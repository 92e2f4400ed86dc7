"""The change log: every committed change to the register, recorded where every write passes.

Register.transaction() marks its session (``begin``); while it runs, each flush notes the items
it is about to change and how they were before (change_log_capture); at the end the
transaction compares each with how it is now and writes one entry per field changed (an added
or deleted item: one entry with its whole snapshot; change_log_entries), then commits them with
the change (``record``). So the window, an import, the command line and an undo are all
recorded the same way, and a save that changes nothing records nothing.

Who, where from and why come from ``acting(...)`` (a context variable), else from the default
the entry point set (``set_default``), else the operating-system user and "command line".

Entries are chained by hashes (change_log_chain: ``verify``); their values are canonical JSON
(change_log_values); change_log_reading lists them. The names those modules define that
callers used from here are imported below, so ``change_log.verify`` and the like still work.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from . import change_log_chain, kinds, snapshots
from .change_log_capture import TRACKING, Tracking, capture
from .change_log_chain import GENESIS, HEAD, Broken, entry_hash, verify  # noqa: F401 (used as change_log.X)
from .change_log_entries import NAMES, STATEMENT_TEXTS, compare, entry, read_many, snapshot  # noqa: F401
from .change_log_reading import entries  # noqa: F401
from .change_log_values import canonical, display_name, jsonable, tidy, value  # noqa: F401
from .models import ChangeLogEntry
from .models.change_log import ADDED, START

# Where a change came from.
WINDOW = "window"
IMPORT = "import"
COMMAND_LINE = "command line"
MIGRATION = "migration"

START_COMMENT = "History starts here: the register as it was when its change log began."


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
    _default = replace(
        _default, **{k: v for k, v in (("who", who), ("name", name), ("origin", origin)) if v is not None}
    )


def current() -> Actor:
    return _acting.get() or _default


@contextmanager
def acting(
    *, who: str | None = None, name: str | None = None, origin: str | None = None, comment: str | None = None
) -> Iterator[Actor]:
    """Changes made inside the block are recorded as made by ``who``/``name``, from ``origin``,
    with ``comment``; what is not given stays as it was outside the block."""
    outer = current()
    actor = replace(
        outer,
        **{k: v for k, v in (("who", who), ("name", name), ("origin", origin), ("comment", comment)) if v is not None},
    )
    token = _acting.set(actor)
    try:
        yield actor
    finally:
        _acting.reset(token)


# --- recording --------------------------------------------------------------------------


def watch(sessions: sessionmaker) -> None:
    """Register after versions.watch: it reads the owners versions found in the same flush."""
    event.listen(sessions, "before_flush", capture)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)


def begin(session: Session) -> None:
    """The transaction on ``session`` records what it commits (Register.transaction)."""
    session.info[TRACKING] = Tracking(session)


def _forget(session: Session) -> None:
    tracking = session.info.pop(TRACKING, None)
    if tracking is not None:
        tracking.close()


def added(session: Session, kind: str, ids: list[int], made: list[dict] | None = None) -> None:
    """Items added without the ORM (register/bulk.py) in this transaction; ``made``: their
    snapshots as snapshots.read would find them, when the caller knows them."""
    tracking = session.info.get(TRACKING)
    if tracking is not None:
        tracking.created.update(dict.fromkeys((kind, item_id) for item_id in ids))
        if made is not None:
            tracking.made.update(zip(((kind, item_id) for item_id in ids), made, strict=True))


def record(session: Session) -> int:
    """Write the entries of what this transaction changed (after its last flush, before its
    commit); returns how many."""
    tracking: Tracking | None = session.info.get(TRACKING)
    if tracking is None:
        return 0
    tracking.note_created()
    tracking.close()
    found: list[dict] = []
    made = dict(tracking.made)
    made.update(read_many(session, [item for item in tracking.created if item not in made]))
    for item in tracking.created:
        after = tidy(made.get(item))
        if after is not None:
            found.append(entry(ADDED, item[0], item[1], after, "", None, after))
    for item, before in tracking.before.items():
        kind, item_id = item
        obj = session.get(kinds.MODELS[kind], item_id)
        after = None if obj is None else snapshot(kind, obj, tracking.keys.get(item))
        name = None if obj is None else display_name(kind, snapshots.read_object(kind, obj, NAMES), item_id)
        found += compare(kind, item_id, before, after, name)
    session.info.pop(TRACKING, None)
    append(session, found)
    return len(found)


def differences(now: Session, then: Session) -> list[dict]:
    """The entries that take the register read by ``now`` to the one read by ``then`` (a copy
    being put back: the undo of an import). Only items whose version differs are compared."""
    found: list[dict] = []
    for kind, model in kinds.MODELS.items():
        here = dict(now.execute(select(model.id, model.version)).all())
        there = dict(then.execute(select(model.id, model.version)).all())
        differ = [item_id for item_id in sorted(here.keys() | there.keys()) if here.get(item_id) != there.get(item_id)]
        befores = read_many(now, [(kind, item_id) for item_id in differ if item_id in here])
        afters = read_many(then, [(kind, item_id) for item_id in differ if item_id in there])
        for item_id in differ:
            found += compare(kind, item_id, befores.get((kind, item_id)), afters.get((kind, item_id)))
    return found


def start(session: Session, comment: str = START_COMMENT) -> int:
    """History starts here: one entry per item with its whole snapshot, so that the register
    as it was on any later date can be rebuilt from the log alone (migration 0008, and every
    new register; register/as_of.py). Written only into an empty log."""
    if session.scalar(select(ChangeLogEntry.sequence).limit(1)) is not None:
        return 0
    found = []
    for kind, model in kinds.MODELS.items():
        for obj in session.scalars(kinds.select_items(model).order_by(model.id)):
            snap = tidy(snapshot(kind, obj))
            found.append(entry(START, kind, obj.id, snap, "", None, snap, comment=comment))
    append(session, found)
    return len(found)


def append(session: Session, found: list[dict]) -> None:
    """Chain ``found`` after the last entry, as made by whoever is acting now, and insert them
    (under the transaction's write lock)."""
    change_log_chain.append(session, found, current())


def append_sqlite(connection, found: list[dict]) -> None:
    """``append`` on a plain sqlite3 connection inside its write transaction (Register.restore_from)."""
    change_log_chain.append_sqlite(connection, found, current())
