"""Every change an officer makes to the register, as one short transaction each.

The window, the command line and the tests change the register only through these
functions. Each returns what it needs to be undone (a snapshot, an old order), and the
window's undo commands keep that; each reports a Change so views refresh only what moved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import change_log_order, errors, kinds, snapshots, usage
from .errors import RegisterError
from .models import ActivityStatus, ProcessingActivity, StatementText
from .snapshots import Snapshot
from .storage import Register


@dataclass(frozen=True)
class Change:
    """What an operation changed: items of ``kind``; ``structure`` when rows were added,
    removed or reordered (a list must reload), not only edited."""

    kind: str
    ids: tuple[int, ...] = ()
    structure: bool = False


@dataclass(frozen=True)
class Conflict:
    """A field that another program changed while the officer changed it too: what it was when
    the editor read it (``base``), what the other program made of it (``theirs``) and what the
    officer made of it (``ours``). The window's conflict dialog shows them (register.conflicts)."""

    field: str
    base: Any
    theirs: Any
    ours: Any


def read(register: Register, kind: str, item_id: int) -> Snapshot:
    """The item's snapshot, with the version it was read at (snapshots.VERSION)."""
    with register.session() as session:
        obj = session.get(kinds.MODELS[kind], item_id)
        snap = None if obj is None else snapshots.read_versioned(kind, obj)
    if snap is None:
        raise RegisterError(f"{kind} {item_id} no longer exists", errors.NOT_FOUND)
    return snap


def organisation_id(register: Register) -> int:
    with register.session() as session:
        return register.organisation(session).id


def save(
    register: Register, kind: str, item_id: int | None, snap: Snapshot, base: Snapshot | None = None
) -> tuple[int, Change]:
    """Store ``snap`` as item ``item_id``; a missing item (or None) is created.

    With ``base`` (the snapshot the edit started from) only the fields that differ between
    ``base`` and ``snap`` are written, so a colleague's change to another field stays. When the
    item changed since ``base`` was read and a field of ours was changed there too (to something
    else), the save is refused with CONFLICT and changes nothing; an item deleted meanwhile is
    NOT_FOUND. Undo and redo of a save pass the other side as ``base``: the same check.
    """
    with register.transaction() as session:
        obj = session.get(kinds.MODELS[kind], item_id) if item_id is not None else None
        existed = obj is not None
        if base is not None:
            if obj is None or item_id is None:
                raise RegisterError(f"{kind} {item_id} no longer exists", errors.NOT_FOUND)
            snap = _edited_fields(kind, item_id, obj, snap, base)
        obj = snapshots.write(session, kind, item_id, snap)
        session.flush()
        new_id = obj.id
    return new_id, Change(kind, (new_id,), structure=not existed)


def _edited_fields(kind: str, item_id: int, obj, snap: Snapshot, base: Snapshot) -> Snapshot:
    """The part of ``snap`` the officer changed since ``base``; raises CONFLICT when another
    program changed one of those fields too."""
    edited = {
        key: value
        for key, value in snap.items()
        if key != snapshots.VERSION and (key not in base or value != base[key])
    }
    if not edited or base.get(snapshots.VERSION) == obj.version:
        return edited  # nobody else wrote the item since the editor read it
    current = snapshots.read_object(kind, obj)
    conflicts = [
        Conflict(key, base.get(key), current.get(key), value)
        for key, value in edited.items()
        if key in current and current[key] != base.get(key) and current[key] != value
    ]
    if conflicts:
        error = RegisterError(
            f"{kind} {item_id} was changed by another program since you opened it: "
            f"{', '.join(c.field for c in conflicts)}; your edit is still in the form",
            errors.CONFLICT,
        )
        error.conflicts = conflicts
        error.current = {**current, snapshots.VERSION: obj.version}
        raise error
    return edited


def delete(register: Register, kind: str, item_id: int) -> tuple[Snapshot, Change]:
    """Delete an item and return its snapshot (to undo). A catalogue entry still in use is
    refused with IN_USE and the list of places that use it, never removed from under them."""
    with register.transaction() as session:
        obj = session.get(kinds.MODELS[kind], item_id)
        if obj is None:
            raise RegisterError(f"{kind} {item_id} no longer exists", errors.NOT_FOUND)
        found = usage.uses(session, kind, item_id)
        if found:
            error = RegisterError(
                f"{kind} {item_id} is used in {len(found)} place(s); nothing was deleted",
                errors.IN_USE,
            )
            error.uses = found
            raise error
        snap = snapshots.read_object(kind, obj)
        snap["position"] = getattr(obj, "position", None)
        session.delete(obj)
    return snap, Change(kind, (item_id,), structure=True)


def duplicate(register: Register, item_id: int, name: dict[str, str]) -> tuple[int, Change]:
    """A new activity made from another (a template), named ``name``, placed right after it."""
    snap = read(register, kinds.ACTIVITY, item_id)
    snap["name"] = dict(name)
    with register.transaction() as session:
        source = session.get(ProcessingActivity, item_id)
        if source is None:  # deleted by another program since it was read
            raise RegisterError(f"{kinds.ACTIVITY} {item_id} no longer exists", errors.NOT_FOUND)
        order = _order(session, kinds.ACTIVITY)
        copy = snapshots.write(session, kinds.ACTIVITY, None, snap)
        session.flush()
        order.insert(order.index(source.id) + 1, copy.id)
        _set_order(session, kinds.ACTIVITY, order)
        new_id = copy.id
    return new_id, Change(kinds.ACTIVITY, (new_id,), structure=True)


def order(register: Register, kind: str) -> list[int]:
    with register.session() as session:
        return _order(session, kind)


def set_order(register: Register, kind: str, ids: Iterable[int]) -> Change:
    """Put the items of an ordered kind in this order (the statement's order)."""
    with register.transaction() as session:
        before = _order(session, kind)
        _set_order(session, kind, list(ids))
        session.flush()
        change_log_order.moved(session, kind, before, _order(session, kind))  # the statement's order changed
    return Change(kind, (), structure=True)


def _order(session: Session, kind: str) -> list[int]:
    model = kinds.ORDERED_MODELS[kind]
    return list(session.scalars(select(model.id).order_by(model.position, model.id)))


def _set_order(session: Session, kind: str, ids: list[int]) -> None:
    model = kinds.ORDERED_MODELS[kind]
    known = _order(session, kind)
    # Items not named keep their relative order after the named ones.
    ids = list(dict.fromkeys([i for i in ids if i in set(known)] + known))
    positions = {item_id: position for position, item_id in enumerate(ids)}
    for obj in session.scalars(kinds.select_items(model)):
        if obj.position != positions[obj.id]:
            obj.position = positions[obj.id]


def set_status(register: Register, statuses: dict[int, ActivityStatus]) -> tuple[dict[int, ActivityStatus], Change]:
    """Set the status of activities; returns their previous statuses (to undo)."""
    with register.transaction() as session:
        before = {}
        for item_id, status in statuses.items():
            activity = session.get(ProcessingActivity, item_id)
            if activity is None:
                raise RegisterError(f"activity {item_id} no longer exists", errors.NOT_FOUND)
            before[item_id] = activity.status
            activity.status = ActivityStatus(status)
    return before, Change(kinds.ACTIVITY, tuple(statuses))


STATEMENT_TEXT = "statement_text"


def statement_texts(register: Register) -> dict[str, dict[str, str]]:
    """The register's own statement wording, by phrase key."""
    with register.session() as session:
        return {row.key: dict(row.text) for row in session.scalars(select(StatementText))}


def save_statement_text(register: Register, key: str, texts: dict[str, str]) -> tuple[dict[str, str], Change]:
    """Set the register's own wording of phrase ``key`` (empty texts: back to the default).
    Returns the previous texts, to undo."""
    texts = {lang: text for lang, text in texts.items() if text and text.strip()}
    with register.transaction() as session:
        row = session.scalars(select(StatementText).where(StatementText.key == key)).first()
        before = dict(row.text) if row is not None else {}
        if not texts:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(StatementText(key=key, text=texts))
        else:
            row.text = texts
    return before, Change(STATEMENT_TEXT, ())
