"""The whole register as portable entries: plain JSON-able dicts whose links name other
entries by reference ("recipient:12") instead of by database id.

This is what our own workbook carries in its data sheet, so that importing it reproduces
the register exactly (every field, every language, every link, the order) in this or any
other register, where the ids differ. Reading entries back checks every value's type
against the model: a data sheet edited by hand is refused with the field named, never
written half-understood; every text read back passes through texts.clean (control
characters, lone surrogates and noncharacters removed), as every text an import brings in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import JSON, inspect, select
from sqlalchemy.orm import Mapper, Session, selectinload

from . import snapshots
from .activity_links import LINKS
from .kinds import (
    ACTIVITY,
    COOKIE,
    DATA_CATEGORY,
    DATA_SUBJECT,
    MODELS,
    ORGANISATION,
    RECIPIENT,
    SECURITY_MEASURE,
    TRANSFER,
)
from .models import (
    Base,
    Contact,
    Office,
    Organisation,
    Purpose,
    RetentionRule,
    StatementText,
)
from .reference.languages import SUPPORTED
from .texts import clean
from .views import RegisterView

FORMAT = "ropa-desktop-register"
# 2: a cookie's name per language (it was one text).
FORMAT_VERSION = 2
STATEMENT_TEXT = "statement_text"

# Catalogues before what links to them; the organisation's offices link to recipients.
ORDER = (
    DATA_SUBJECT,
    DATA_CATEGORY,
    SECURITY_MEASURE,
    RECIPIENT,
    TRANSFER,
    COOKIE,
    ACTIVITY,
    ORGANISATION,
    STATEMENT_TEXT,
)

# Where a snapshot names other items: key -> kind of the item named.
ACTIVITY_REFS = {link.field: link.kind for link in LINKS}  # declared in activity_links.py
SINGLE_REFS = {TRANSFER: {"recipient_id": RECIPIENT}, COOKIE: {"recipient_id": RECIPIENT}}
# When an item was made and last changed: kept, so a register brought over reads as it was.
STAMPS = ("created_at", "updated_at")
CHILD_MODELS = {"purposes": Purpose, "retention_rules": RetentionRule, "offices": Office}
# A retention rule's data categories (Art. 30(1)(f)): ids in the register, "data_category:N" here.
RULE_CATEGORIES = "data_category_ids"


class PortableError(ValueError):
    """An entry that does not fit the register: names the field and what was wrong."""


@dataclass
class Entry:
    kind: str
    ref: str
    data: dict[str, Any]
    # Partial entries (from a foreign sheet) hold only the fields they know; the rest of a
    # matched item is kept.
    partial: bool = False
    # Where the entry came from, for messages: (sheet, row).
    origin: tuple[str, int] | None = None
    label: str = ""
    # Values for a new item only (a recipient found in a "processors" column is a
    # processor when created, but an existing entry keeps the kind the officer gave it).
    defaults: dict[str, Any] = field(default_factory=dict)


# Read every link in a few queries instead of a few per item (10,000 activities).
_EAGER = {
    ORGANISATION: tuple(
        selectinload(getattr(Organisation, key))
        for key in ("offices", "privacy_contact", "dpo", "representative", "supervisory_authority")
    ),
}


def ref(kind: str, item_id: int | str) -> str:
    return f"{kind}:{item_id}"


# --- Out: the register as entries -----------------------------------------------------------


def dump(session: Session) -> list[Entry]:
    """Every item of the register, catalogues first, activities and cookies in their order.

    References count items per kind in this order ("recipient:3" is the third recipient),
    not by database id: a register imported from the entries and dumped again gives the
    same entries, although its ids differ.
    """
    entries: list[Entry] = []
    ordinals: dict[str, dict[int, int]] = {}
    # The read-only view reads 10,000 activities with a few column queries; loading them as
    # ORM objects took five times as long.
    view = RegisterView(session)
    for kind in ORDER:
        if kind == STATEMENT_TEXT:
            for row in session.scalars(select(StatementText).order_by(StatementText.key)):
                entries.append(Entry(kind, ref(kind, row.key), {"key": row.key, "text": dict(row.text)}))
            continue
        objects = _objects(session, kind, view)
        ordinals[kind] = {obj.id: number for number, obj in enumerate(objects, start=1)}
        for obj in objects:
            data = _out(kind, _snapshot(kind, obj), ordinals)
            for stamp in STAMPS:
                if getattr(obj, stamp, None) is not None:
                    data[stamp] = getattr(obj, stamp).isoformat()
            entries.append(Entry(kind, ref(kind, ordinals[kind][obj.id]), data))
    return entries


def _objects(session: Session, kind: str, view: RegisterView) -> list:
    if kind == ORGANISATION:
        model = MODELS[kind]
        return list(session.scalars(select(model).options(*_EAGER[kind]).order_by(model.id)))
    if kind == ACTIVITY:
        return view.activities
    if kind == COOKIE:
        return view.cookies
    catalogue = {
        DATA_SUBJECT: view.data_subjects,
        DATA_CATEGORY: view.data_categories,
        SECURITY_MEASURE: view.security_measures,
        RECIPIENT: view.recipients,
        TRANSFER: view.transfers,
    }[kind]
    return sorted(catalogue.values(), key=lambda item: item.id)


def _snapshot(kind: str, obj) -> dict:
    """The snapshot of an item read through the view: the same dict snapshots.read_object
    gives for the ORM object (a test holds the two equal)."""
    if kind == ORGANISATION:
        return snapshots.read_object(kind, obj)
    plain = snapshots.plain
    snap = {name: plain(getattr(obj, name)) for name in snapshots.fields(MODELS[kind])}
    if kind == ACTIVITY:
        for key in ACTIVITY_REFS:
            snap[key] = [linked.id for linked in getattr(obj, key)]
        for key in ("purposes", "retention_rules"):
            names = snapshots.fields(CHILD_MODELS[key])
            snap[key] = [{name: plain(getattr(row, name)) for name in names} for row in getattr(obj, key)]
        snap["data_categories"] = [
            {"id": link.data_category.id, "wording": plain(link.wording) or {}} for link in obj.data_category_links
        ]
    elif kind == RECIPIENT:
        snap["sub_processors"] = [sub.id for sub in obj.sub_processors]
    return snap


def _out(kind: str, snap: dict, ordinals: dict[str, dict[int, int]]) -> dict:
    def to(target: str, item_id):
        return ref(target, ordinals[target][item_id]) if item_id else None

    snap = dict(snap)
    if kind == ACTIVITY:
        for key, target in ACTIVITY_REFS.items():
            snap[key] = [to(target, i) for i in snap[key]]
        snap["data_categories"] = [
            {"ref": to(DATA_CATEGORY, e["id"]), "wording": e["wording"]} for e in snap["data_categories"]
        ]
        snap["retention_rules"] = [
            {
                **row,
                RULE_CATEGORIES: [
                    to(DATA_CATEGORY, i) for i in row.get(RULE_CATEGORIES) or [] if i in ordinals[DATA_CATEGORY]
                ],
            }
            for row in snap["retention_rules"]
        ]
    elif kind == RECIPIENT:
        snap["sub_processors"] = [to(RECIPIENT, i) for i in snap["sub_processors"]]
    elif kind == ORGANISATION:
        snap["offices"] = [{**o, "group_entity_id": to(RECIPIENT, o.get("group_entity_id"))} for o in snap["offices"]]
    for key, target in SINGLE_REFS.get(kind, {}).items():
        snap[key] = to(target, snap.get(key))
    return _jsonable(snap)


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


# --- In: checking an entry's values against the model ---------------------------------------


def upgraded(kind: str, data: Any, version: int, language: str) -> Any:
    """An entry written by an older format as this format writes it. ``language``: the one a
    text of no language in particular is taken to be in (the register's main language)."""
    if version < 2 and kind == COOKIE and isinstance(data, dict) and isinstance(data.get("name"), str):
        data = {**data, "name": {language: data["name"]} if data["name"] else {}}
    return data


def checked(kind: str, data: Any, partial: bool = False) -> dict:
    """``data`` with dates as dates, every value checked against the model's columns.
    Raises PortableError naming the field."""
    if not isinstance(data, dict):
        raise PortableError(f"a {kind} must be an object, not {type(data).__name__}")
    if kind == STATEMENT_TEXT:
        if not isinstance(data.get("key"), str) or not data["key"]:
            raise PortableError("statement text without a key")
        return {"key": clean(data["key"]), "text": _localized("text", data.get("text"))}
    model = MODELS.get(kind)
    if model is None:
        raise PortableError(f"unknown kind {kind!r}")
    result = _columns(model, data)
    for stamp in STAMPS:
        if stamp in data and hasattr(model, stamp):
            if not isinstance(data[stamp], str):
                raise PortableError(f"{stamp}: a date and time is expected")
            try:
                result[stamp] = datetime.fromisoformat(data[stamp])
            except ValueError:
                raise PortableError(f"{stamp}: {data[stamp][:40]!r} is not a date and time") from None
    if kind == ACTIVITY:
        for key in (*ACTIVITY_REFS, "data_categories", "purposes", "retention_rules"):
            if key in data or not partial:
                value = data.get(key, [])
                if not isinstance(value, list):
                    raise PortableError(f"{key}: a list is expected")
                result[key] = value
        for key in ("purposes", "retention_rules"):
            if key in result:
                result[key] = [_columns(CHILD_MODELS[key], child, key) for child in result[key]]
        if "data_categories" in result:
            links = []
            for entry in result["data_categories"]:
                if not isinstance(entry, dict) or not isinstance(entry.get("ref"), str):
                    raise PortableError("data_categories: each link needs a ref")
                links.append({"ref": entry["ref"], "wording": _localized("wording", entry.get("wording"))})
            result["data_categories"] = links
        for key in ACTIVITY_REFS:
            if key in result and not all(isinstance(r, str) for r in result[key]):
                raise PortableError(f"{key}: references must be text")
    elif kind == RECIPIENT and ("sub_processors" in data or not partial):
        subs = data.get("sub_processors", [])
        if not isinstance(subs, list) or not all(isinstance(r, str) for r in subs):
            raise PortableError("sub_processors: a list of references is expected")
        result["sub_processors"] = subs
    elif kind == ORGANISATION:
        for role in ("privacy_contact", "dpo", "representative", "supervisory_authority"):
            if role in data:
                contact = data[role]
                result[role] = None if contact is None else _columns(Contact, contact, role)
        if "offices" in data:
            if not isinstance(data["offices"], list):
                raise PortableError("offices: a list is expected")
            result["offices"] = [_columns(Office, o, "offices") for o in data["offices"]]
    for key in SINGLE_REFS.get(kind, {}):
        if key in data:
            if data[key] is not None and not isinstance(data[key], str):
                raise PortableError(f"{key}: a reference is expected")
            result[key] = data[key]
    return result


def _columns(model, data: Any, where: str = "") -> dict:
    if not isinstance(data, dict):
        raise PortableError(f"{where or model.__name__}: an object is expected")
    result: dict[str, Any] = {}
    # Every column is optional: a missing one keeps the model's default (or, for a partial
    # entry, the matched item's value).
    for name, column, kind, length in _plan(model):
        if name not in data:
            continue
        value = data[name]
        # The values nearly every field holds, taken as _value takes them without asking the
        # column again (an import of 10,000 activities checks some 500,000).
        if kind is _TEXTS and value.__class__ is dict:
            texts = {}
            for language, text in value.items():
                if language.__class__ is not str or text.__class__ is not str:
                    break
                texts[language if language in _LANGUAGES else clean(language)] = clean(text)
            else:
                result[name] = texts
                continue
        elif kind is _TEXT and value.__class__ is str:
            value = clean(value)
            if not length or len(value) <= length:
                result[name] = value
                continue
        elif kind is _YES_NO and value.__class__ is bool:
            result[name] = value
            continue
        elif kind is _REFERENCE:  # a link to another entry, by reference
            if value is not None and not isinstance(value, str):
                raise PortableError(
                    f"{where}.{name}: a reference is expected" if where else f"{name}: a reference is expected"
                )
            result[name] = value
            continue
        result[name] = _value(f"{where}.{name}" if where else name, column, value)
    return result


# The languages a text is kept in: nothing in them for clean() to take out (asked 250,000 times).
_LANGUAGES = frozenset(code for code in SUPPORTED if clean(code) == code)

# What _plan notes of a field: its values are taken straight in _columns, else by _value.
_REFERENCE, _TEXTS, _TEXT, _YES_NO, _OTHER = "reference", "texts", "text", "yes/no", "other"
_PLANS: dict[type, list[tuple[str, Any, str, int | None]]] = {}


def _plan(model) -> list[tuple[str, Any, str, int | None]]:
    """Each field of ``model``: its name, column, what kind of value it holds and its length
    (of a text), found once: an import of 10,000 activities checks some 45,000 rows of them."""
    found = _PLANS.get(model)
    if found is None:
        found = []
        for name in snapshots.fields(model):
            if name.endswith("_id"):
                found.append((name, None, _REFERENCE, None))
                continue
            column = model.__table__.columns[name]
            _nullable, enum_class, shape, python_type, length, _column = _rule(column)
            kind = _OTHER
            if shape == "texts":
                kind = _TEXTS
            elif enum_class is None and shape is None and python_type is str:
                kind = _TEXT
            elif enum_class is None and shape is None and python_type is bool:
                kind = _YES_NO
            found.append((name, column, kind, length))
        _PLANS[model] = found
    return found


_RULES: dict[int, tuple] = {}


def _rule(column) -> tuple:
    """What _value asks of ``column``, asked once: an import of 2,000 activities checks some
    100,000 values, and asking the column each time was half of reading our own workbook."""
    found = _RULES.get(id(column))
    if found is None:
        kind = column.type
        enum_class = getattr(kind, "enum_class", None)
        shape = _json_shape(column) if enum_class is None and isinstance(kind, JSON) else None
        python_type = None
        if enum_class is None and shape is None:
            try:
                python_type = kind.python_type
            except NotImplementedError:  # pragma: no cover - every column type we use has one
                python_type = object
        found = (column.nullable, enum_class, shape, python_type, getattr(kind, "length", None), column)
        _RULES[id(column)] = found  # the column kept with it: its id stays its own
    return found


def _value(label: str, column, value: Any) -> Any:
    nullable, enum_class, shape, python_type, length, _column = _rule(column)
    if value is None:
        if not nullable:
            raise PortableError(f"{label}: a value is required")
        return None
    if enum_class is not None:
        try:
            return enum_class(value)
        except ValueError:
            raise PortableError(
                f"{label}: {str(value)[:40]!r} is not one of {', '.join(m.value for m in enum_class)}"
            ) from None
    if shape is not None:  # a JSON column
        if shape == "flags":
            return _flags(label, value)
        if shape == "list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PortableError(f"{label}: a list of texts is expected")
            return [clean(v) for v in value]
        return _localized(label, value)
    if python_type is bool:
        if not isinstance(value, bool):
            raise PortableError(f"{label}: yes or no (true/false) is expected")
        return value
    if python_type is int:
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31:
            raise PortableError(f"{label}: a whole number is expected")
        return value
    if python_type in (date, datetime):
        if not isinstance(value, str):
            raise PortableError(f"{label}: a date (YYYY-MM-DD) is expected")
        try:
            return (date if python_type is date else datetime).fromisoformat(value)
        except ValueError:
            raise PortableError(f"{label}: {value[:40]!r} is not a date (YYYY-MM-DD)") from None
    if python_type is str:
        if not isinstance(value, str):
            raise PortableError(f"{label}: a text is expected")
        value = clean(value)
        if length and len(value) > length:
            raise PortableError(f"{label}: longer than {length} characters")
        return value
    return value


# JSON columns that hold yes/no answers by key rather than texts by language.
FLAG_COLUMNS = {"dpia_screening"}


def _json_shape(column) -> str:
    """ "texts" (per language), "flags" (key -> yes/no) or "list" (vocabulary keys)."""
    if column.name in FLAG_COLUMNS:
        return "flags"
    default = column.default
    empty = default.arg(None) if default is not None and default.is_callable else None
    return "list" if isinstance(empty, list) else "texts"


def _localized(label: str, value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PortableError(f"{label}: texts per language are expected")
    result = {}
    for language, text in value.items():  # one walk: checked and cleaned (some 250,000 an import)
        if not isinstance(language, str) or not isinstance(text, str):
            raise PortableError(f"{label}: texts per language are expected")
        result[clean(language)] = clean(text)
    return result


def _flags(label: str, value: Any) -> dict[str, bool]:
    if not isinstance(value, dict) or not all(isinstance(v, bool) for v in value.values()):
        raise PortableError(f"{label}: texts per language or yes/no answers are expected")
    return {clean(key): answer for key, answer in value.items()}


def model_fields(kind: str) -> list[str]:
    return snapshots.fields(MODELS[kind])


def is_localized(kind: str, name: str) -> bool:
    """A per-language text column (JSON of language -> text)."""
    mapper: Mapper[Base] = inspect(MODELS[kind])
    column = mapper.columns.get(name)
    return column is not None and isinstance(column.type, JSON) and _json_shape(column) == "texts"
