"""An item as a plain dict, and back: what editors show, undo keeps and operations write.

A snapshot holds every editable field of an item, its child rows (purposes, retention rules,
offices, contact blocks) as lists of dicts and its links to catalogue entries as lists of ids.
It holds no ORM object, so it can outlive the session it was read in and be written back
later, which is what undo does. Restoring a snapshot to an id that no longer exists
recreates the item with that id (undo of a delete).
"""

from __future__ import annotations

import copy
from collections.abc import Set
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.ext.orderinglist import OrderingList
from sqlalchemy.orm import Session

from .activity_links import LINKS
from .errors import NOT_FOUND, RegisterError
from .kinds import ACTIVITY, MODELS, ORGANISATION, RECIPIENT, Item, OrderedItem, get_item
from .models import (
    ActivityDataCategory,
    Contact,
    DataCategory,
    Office,
    Organisation,
    ProcessingActivity,
    Purpose,
    Recipient,
    RetentionRule,
)
from .models.base import Base

Snapshot = dict[str, Any]

# Kept by the database, not by the officer.
_BOOKKEEPING = {"id", "created_at", "updated_at", "position", "version"}
# The snapshot key of the item's version when it was read (operations.read); never written.
VERSION = "version"
_CONTACT_ROLES = ("privacy_contact", "dpo", "representative", "supervisory_authority")

# Link lists of an activity: snapshot key -> catalogue model (declared in activity_links.py).
ACTIVITY_LINKS = {link.field: link.model for link in LINKS}
# Ordered child rows of an activity: snapshot key -> child model.
ACTIVITY_CHILDREN = {"purposes": Purpose, "retention_rules": RetentionRule}


def fields(model: type[Base], skip: Set[str] = frozenset()) -> list[str]:
    """The officer-editable column attributes of ``model``, in declaration order."""
    key = (model, frozenset(skip))
    found = _FIELDS.get(key)
    if found is None:  # asked for every item written: an import of 2,000 activities asked 15,000 times
        parent_keys = {"activity_id", "organisation_id"}
        contact_keys = {f"{role}_id" for role in _CONTACT_ROLES}
        found = _FIELDS[key] = tuple(
            attr.key
            for attr in inspect(model).column_attrs
            if attr.key not in _BOOKKEEPING | parent_keys | contact_keys | set(skip)
        )
    return list(found)


_FIELDS: dict[tuple, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    # JSON columns come back as MutableDict/MutableList: copy them to plain containers.
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _read(obj, names: list[str]) -> Snapshot:
    return {name: plain(getattr(obj, name)) for name in names}


def _write(obj, names: list[str], snap: Snapshot) -> None:
    for name in names:
        if name in snap:
            setattr(obj, name, copy.deepcopy(snap[name]))


def blank(kind: str) -> Snapshot:
    """A new item's snapshot with the model's defaults."""
    model = MODELS[kind]
    snap = {name: _default(model, name) for name in fields(model)}
    if kind == ACTIVITY:
        snap.update({key: [] for key in (*ACTIVITY_LINKS, *ACTIVITY_CHILDREN)})
        snap["data_categories"] = []
    elif kind == RECIPIENT:
        snap["sub_processors"] = []
    elif kind == ORGANISATION:
        snap.update({role: None for role in _CONTACT_ROLES})
        snap["offices"] = []
    return snap


def blank_child(model) -> Snapshot:
    return {name: _default(model, name) for name in fields(model)}


def _default(model, name: str) -> Any:
    column = model.__table__.columns.get(name)
    default = column.default if column is not None else None
    if default is None:
        # A required text without a default (a transfer's country, a cookie's name) starts empty.
        if column is not None and not column.nullable and column.type.python_type is str:
            return ""
        return None
    # Zero-argument callables (dict, list) are wrapped by SQLAlchemy to take a context.
    return default.arg(None) if default.is_callable else default.arg


def read(session: Session, kind: str, item_id: int) -> Snapshot | None:
    obj = session.get(MODELS[kind], item_id)
    return None if obj is None else read_object(kind, obj)


def read_object(kind: str, obj, keys=None) -> Snapshot:
    """The item's snapshot; with ``keys``, only those keys (the change log reads only the fields
    a save changed: loading every link list of an activity cost more than the save itself)."""
    model = MODELS[kind]
    names = fields(model)
    snap = _read(obj, names if keys is None else [name for name in names if name in keys])

    def wanted(key: str) -> bool:
        return keys is None or key in keys

    if kind == ACTIVITY:
        for key in ACTIVITY_LINKS:
            if wanted(key):
                snap[key] = [linked.id for linked in getattr(obj, key)]
        for key, child in ACTIVITY_CHILDREN.items():
            if wanted(key):
                snap[key] = [_read(row, fields(child)) for row in getattr(obj, key)]
        if wanted("data_categories"):
            snap["data_categories"] = [
                {"id": link.data_category_id, "wording": plain(link.wording)} for link in obj.data_category_links
            ]
    elif kind == RECIPIENT:
        if wanted("sub_processors"):
            snap["sub_processors"] = [sub.id for sub in obj.sub_processors]
    elif kind == ORGANISATION:
        for role in _CONTACT_ROLES:
            if wanted(role):
                contact = getattr(obj, role)
                snap[role] = None if contact is None else _read(contact, fields(Contact))
        if wanted("offices"):
            snap["offices"] = [_read(office, fields(Office)) for office in obj.offices]
    return snap


def read_versioned(kind: str, obj) -> Snapshot:
    """The snapshot with the version it was read at: what an editor starts from, so that a
    save can tell whether another program changed the item since (operations.save)."""
    snap = read_object(kind, obj)
    snap[VERSION] = obj.version
    return snap


def write(session: Session, kind: str, item_id: int | None, snap: Snapshot) -> Item:
    """Store ``snap`` as item ``item_id`` (created when missing or None); returns the object."""
    model = MODELS[kind]
    obj = get_item(session, model, item_id) if item_id is not None else None
    if obj is None:
        obj = model(id=item_id) if item_id is not None else model()
        if isinstance(obj, OrderedItem) and snap.get("position") is None:
            obj.position = _next_position(session, type(obj))
        session.add(obj)
    _write(obj, fields(model), snap)
    # The model of each kind is its own class (kinds.MODELS): the type of ``obj`` tells the kind.
    if isinstance(obj, OrderedItem) and snap.get("position") is not None:
        obj.position = snap["position"]
    if isinstance(obj, ProcessingActivity):
        _write_activity(session, obj, snap)
    elif isinstance(obj, Recipient) and "sub_processors" in snap:
        obj.sub_processors = _many(session, Recipient, snap["sub_processors"])
    elif isinstance(obj, Organisation):
        _write_organisation(obj, snap)
    return obj


def _write_activity(session: Session, activity: ProcessingActivity, snap: Snapshot) -> None:
    for key, model in ACTIVITY_LINKS.items():
        if key in snap:
            setattr(activity, key, _many(session, model, snap[key]))
    for key, child in ACTIVITY_CHILDREN.items():
        if key in snap:
            rows = getattr(activity, key)
            names = fields(child)
            # Update rows in place and add or drop the tail, so unchanged rows keep their ids.
            while len(rows) > len(snap[key]):
                rows.pop()
            for index, values in enumerate(snap[key]):
                if index == len(rows):
                    rows.append(child())
                _write(rows[index], names, values)
            _renumber(rows)
    if "data_categories" in snap:
        existing = {link.data_category_id: link for link in activity.data_category_links}
        links = []
        # A category listed twice keeps its first place.
        entries: dict[int, dict[str, Any]] = {}
        for entry in snap["data_categories"]:
            entries.setdefault(entry["id"], entry)
        for entry in entries.values():
            link = existing.get(entry["id"]) or ActivityDataCategory(
                data_category=_one(session, DataCategory, entry["id"])
            )
            link.wording = copy.deepcopy(entry.get("wording") or {})
            links.append(link)
        activity.data_category_links = links
        _renumber(activity.data_category_links)


def _renumber(rows: list[Any]) -> None:
    """Positions 0, 1, … in the rows' order: an activity's ordered rows are held in an
    ordering_list (models/activity.py), though their annotation says only "list"."""
    assert isinstance(rows, OrderingList), "an ordering_list collection"
    rows.reorder()


def _write_organisation(organisation, snap: Snapshot) -> None:
    for role in _CONTACT_ROLES:
        if role not in snap:
            continue
        values = snap[role]
        if values is None:
            setattr(organisation, role, None)
            continue
        contact = getattr(organisation, role) or Contact()
        _write(contact, fields(Contact), values)
        setattr(organisation, role, contact)
    if "offices" in snap:
        offices = organisation.offices
        while len(offices) > len(snap["offices"]):
            offices.pop()
        for position, values in enumerate(snap["offices"]):
            if position == len(offices):
                offices.append(Office(country_code=values.get("country_code") or ""))
            _write(offices[position], fields(Office), values)
            offices[position].position = position


def _many(session: Session, model, ids: list[int]) -> list:
    return [_one(session, model, item_id) for item_id in dict.fromkeys(ids)]


def _one(session: Session, model, item_id: int):
    obj = session.get(model, item_id)
    if obj is None:
        # Only possible when another window deleted the entry meanwhile.
        raise RegisterError(f"{model.__name__} {item_id} no longer exists", NOT_FOUND)
    return obj


def _next_position(session: Session, model: type[OrderedItem]) -> int:
    highest = session.scalar(select(func.max(model.position)))
    return 0 if highest is None else highest + 1
