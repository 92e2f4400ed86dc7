"""Item versions: every change to an item, its own rows or its links raises its version by one.

A save compares the version it started from with the item's version now (operations.save);
the bump happens here, in one place, so the merge, set_status and every later writer need
no bookkeeping of their own.
"""

from __future__ import annotations

from itertools import chain

from sqlalchemy import event, inspect, or_, select
from sqlalchemy.orm import Session, sessionmaker

from .models import (
    ActivityDataCategory,
    Contact,
    Office,
    Organisation,
    ProcessingActivity,
    Purpose,
    RetentionRule,
)
from .models.base import Versioned

# Columns of an item kept by the register, not by the officer: a change to them alone is no edit.
_BOOKKEEPING = {"position", "updated_at", "version"}
# Session.info key: the items this transaction made or already raised the version of.
_DONE = "ropa_versioned"
_CONTACT_ROLES = ("privacy_contact", "dpo", "representative", "supervisory_authority")
# Rows that belong to one item: model -> (the item's model, the column naming it).
_OWNED_ROWS = {
    Purpose: (ProcessingActivity, "activity_id"),
    RetentionRule: (ProcessingActivity, "activity_id"),
    ActivityDataCategory: (ProcessingActivity, "activity_id"),
    Office: (Organisation, "organisation_id"),
}


def watch(sessions: sessionmaker) -> None:
    event.listen(sessions, "before_flush", _bump_versions)
    # A session that goes on after a commit starts counting afresh.
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)


def made_now(session: Session, item) -> None:
    """``item`` was added in this transaction without the ORM (register/bulk.py): like any item
    made in it, it stays at version 1 whatever else the transaction does to it."""
    session.info.setdefault(_DONE, set()).add(item)


def _forget(session: Session) -> None:
    session.info.pop(_DONE, None)


def _bump_versions(session: Session, _context, _instances) -> None:
    # Once per item and transaction, however many flushes it takes (no other writer can come
    # between them: the transaction holds the write lock); an item made in it stays at 1.
    done = session.info.setdefault(_DONE, set())
    done.update(obj for obj in session.new if isinstance(obj, Versioned))
    with session.no_autoflush:  # finding an owner may load it; no flush may start inside this one
        changed = _changed_items(session)
    # The change log (register/change_log.py) reads how these were before, in the same flush.
    session.info["ropa_changed_now"] = changed
    deleted = session.deleted  # each reading of session.deleted/dirty builds a new set
    for owner in changed - done:
        if owner in deleted:
            continue
        owner.version = (owner.version or 0) + 1
        done.add(owner)


def _changed_items(session: Session) -> set:
    changed = set()
    # Read once: each reading of session.dirty walks every object the session holds, which made
    # an import of 2,000 changed activities take minutes.
    dirty = session.dirty
    session.info["ropa_dirty_now"] = dirty  # the change log reads which fields changed from it
    for obj in chain(dirty, session.deleted):
        # session.dirty also holds objects whose attributes were set to the value they had.
        if obj in dirty and not _really_changed(obj):
            continue
        owner = _owner(session, obj)
        if owner is not None:
            changed.add(owner)
    # A row added to an item shows as a change of the item's own collection (dirty above),
    # unless it was added by its foreign key alone.
    for obj in session.new:
        if not isinstance(obj, Versioned):
            owner = _owner(session, obj)
            if owner is not None:
                changed.add(owner)
    return changed


def _really_changed(obj) -> bool:
    """Changed in more than its bookkeeping: an item moved in the list (its position) is not
    edited; a child row moved within its item is (the item's order of purposes changed)."""
    changed = {attr.key for attr in inspect(obj).attrs if attr.history.has_changes()}
    if isinstance(obj, Versioned):
        changed -= _BOOKKEEPING
    return bool(changed)


def owner_of(session: Session, obj):
    """The item ``obj`` belongs to (itself for an item); None when not known yet."""
    return _owner(session, obj)


def _owner(session: Session, obj):
    if isinstance(obj, Versioned):
        return obj
    if isinstance(obj, Contact):
        # A contact block has no key of its own back to the organisation that shows it.
        if obj.id is None:
            return None  # new: the organisation's own link to it changed too
        return session.scalars(
            select(Organisation).where(or_(*(getattr(Organisation, f"{role}_id") == obj.id for role in _CONTACT_ROLES)))
        ).first()
    owned = _OWNED_ROWS.get(type(obj))
    if owned is None:
        return None
    model, column = owned
    owner_id = getattr(obj, column)
    if owner_id is None:
        return None
    return session.get(model, owner_id)
