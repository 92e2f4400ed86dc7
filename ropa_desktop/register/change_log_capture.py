"""What a write transaction changes, noted flush by flush for the change log.

Register.transaction() marks its session (change_log.begin); while it runs, each flush notes
the items it is about to change (the owners register.versions finds) and reads how they were
before, from the database itself, the first time. change_log.record then compares each with
how it is now. A field set to a new value keeps its old value in the attribute's history, so
most saves read nothing extra.
"""

from __future__ import annotations

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from . import kinds, snapshots, versions
from .change_log_entries import STATEMENT_TEXTS, snapshot
from .models import (
    ActivityDataCategory,
    Contact,
    Office,
    Organisation,
    Purpose,
    RetentionRule,
    StatementText,
)

# Session.info keys: this transaction records its changes; the owners a flush is about to change.
TRACKING = "ropa_change_log"
CHANGED_NOW = "ropa_changed_now"  # set by versions._bump_versions, read here in the same flush
DIRTY_NOW = "ropa_dirty_now"  # session.dirty as versions read it in the same flush (read once: costly)
_BOOKKEEPING = {"id", "created_at", "updated_at", "position", "version"}

KIND_OF = {model: kind for kind, model in kinds.MODELS.items()}


class Tracking:
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
            self._side = Session(bind=self.session.connection(), autoflush=False, join_transaction_mode="rollback_only")
        return self._side

    def close(self) -> None:
        if self._side is not None:
            self._side.close()
            self._side = None

    def note_created(self) -> None:
        for obj in self.new_objects:
            if obj.id is not None:
                self.created[(KIND_OF[type(obj)], obj.id)] = None
        self.new_objects = [obj for obj in self.new_objects if obj.id is None]


_RELATION_KEYS = {"data_category_links": "data_categories", "recipient": "recipient_id"}
_ROW_KEYS = {
    Purpose: ("purposes",),
    RetentionRule: ("retention_rules",),
    ActivityDataCategory: ("data_categories",),
    Office: ("offices",),
    Contact: ("privacy_contact", "dpo", "representative", "supervisory_authority"),
}


def capture(session: Session, _context, _instances) -> None:
    tracking: Tracking | None = session.info.get(TRACKING)
    if tracking is None:  # not a write transaction of the register: keep no objects alive
        session.info.pop(CHANGED_NOW, None)
        session.info.pop(DIRTY_NOW, None)
        return
    tracking.note_created()
    new = session.new
    tracking.new_objects.extend(obj for obj in new if type(obj) in KIND_OF)
    owners = session.info.pop(CHANGED_NOW, set())
    dirty, deleted = session.info.pop(DIRTY_NOW, None), session.deleted
    _statement_texts(session, tracking, dirty, deleted, new)
    if not owners:
        return
    changed = _changed_keys(session, owners, dirty, deleted, new)
    for owner in owners:
        kind = KIND_OF.get(type(owner))
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
        read = snapshot(kind, obj, wanted)
        if wanted is None:
            # A whole read after a partial one keeps the first values read (they are older).
            earlier = tracking.before.get(item)
            if earlier is not None:
                read.update(earlier)
            tracking.before[item] = read
            tracking.keys[item] = None
        else:
            _remember(tracking, item, {**read, **known_before})


def _statement_texts(session: Session, tracking: Tracking, dirty, deleted, new) -> None:
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
    _remember(tracking, item, snapshot(kinds.ORGANISATION, obj, {STATEMENT_TEXTS}))


def _remember(tracking: Tracking, item: tuple[str, int], values: dict) -> None:
    before = tracking.before.get(item)
    if before is None:
        before = tracking.before[item] = {}
        tracking.keys[item] = set()
    keys = tracking.keys[item]
    assert keys is not None, "the callers pass over an item already read whole"
    for key, found in values.items():
        before.setdefault(key, found)  # the first value seen is the oldest
    keys.update(values)


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
        if type(obj) in KIND_OF:
            if obj in whole or obj not in keys:
                continue
            state = inspect(obj)
            # Only an attribute set since the load has a committed value kept (SQLAlchemy's
            # committed_state): asking each of an activity's forty for its history cost more
            # than the rest of the capture.
            for key in list(state.committed_state):
                if key in _BOOKKEEPING or not state.attrs[key].history.has_changes():
                    continue
                if key in state.mapper.relationships:
                    keys[obj].add(_RELATION_KEYS.get(key, key))
                else:
                    keys[obj].add(key)
        else:
            row_keys = _ROW_KEYS.get(type(obj))
            owner = versions.owner_of(session, obj) if row_keys else None
            if owner is None:
                continue  # a new contact block: its organisation's own link changed too
            if owner in keys:
                keys[owner].update(row_keys)
    return {owner: found for owner, found in keys.items() if owner not in whole and found}
