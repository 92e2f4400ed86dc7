"""Read-only views of the register for documents: plain objects with the models' attribute
names, read with a few column queries.

Documents of thousands of activities need no change tracking; skipping the ORM's per-object
bookkeeping (mutable JSON above all) makes reading them several times faster. Nothing read
here can be written back.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import JSON, Select, String, Table, select, type_coerce
from sqlalchemy.orm import Session

from .activity_links import LINKS
from .models import (
    ActivityDataCategory,
    ActivityStatus,
    Cookie,
    DataCategory,
    DataSubjectCategory,
    ProcessingActivity,
    Purpose,
    Recipient,
    RetentionRule,
    SecurityMeasure,
    Transfer,
)
from .models.catalogues import recipient_sub_processors
from .texts import repaired

# Link tables of an activity: attribute -> (table, column of the linked id, catalogue name).
_LINKS = {link.field: (link.table, link.column, link.catalogue) for link in LINKS}


class Record(SimpleNamespace):
    """A row as attributes. Its attributes are typed Any: they are the columns of whichever
    table it was read from (and the links added to it), as on the model of that table."""


class _Text:
    """A per-language text (JSON) of a record, decoded when first read: most readers of 10,000
    activities touch a few of their dozen texts, and decoding all of them up front was half
    the time of reading the register. The row keeps the stored JSON under ``_json_<name>``;
    the first read replaces it with the decoded value, which then shadows this descriptor."""

    __slots__ = ("name", "stored")

    def __init__(self, name: str):
        self.name, self.stored = name, f"_json_{name}"

    def __get__(self, record: Record | None, owner: type | None = None) -> Any:
        if record is None:
            return self
        values = record.__dict__
        stored = values.pop(self.stored)
        # SQLite hands over the JSON text; a PostgreSQL driver may already have decoded it.
        value = json.loads(stored) if isinstance(stored, (str, bytes)) else stored
        value = repaired(value)  # JSON can spell a lone surrogate, which no output can write
        values[self.name] = value
        return value


def may_mention(record: Record, names: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether a text of ``record`` named in ``names`` may contain one of ``words`` (lower-case
    ASCII): tested on the stored JSON while it is undecoded, since decoding costs more than
    most checks. True where a text is decoded already: the caller then tests the text itself."""
    stored = []
    for name in names:
        text = record.__dict__.get(f"_json_{name}")
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        if not isinstance(text, str):
            return True
        stored.append(text)
    folded = " ".join(stored).lower()
    for word in words:
        if word in folded:
            return True
    return False


def holds_nothing(record: Record, name: str) -> bool:
    """Whether JSON column ``name`` of ``record`` is an empty list, told from the stored text
    while it is undecoded (decoding thousands of "[]" costs more than the check that reads them)."""
    stored = record.__dict__.get(f"_json_{name}")
    if isinstance(stored, bytes):
        stored = stored.decode("utf-8", "replace")
    if isinstance(stored, str):
        return stored.strip() == "[]"
    return not getattr(record, name)


_RECORD_CLASSES: dict[str, type[Record]] = {}


def _record_class(table: Table) -> type[Record]:
    """A Record class per table, with a lazy descriptor for each of its texts."""
    cls = _RECORD_CLASSES.get(table.name)
    if cls is None:
        texts = {column.name: _Text(column.name) for column in table.c if isinstance(column.type, JSON)}
        cls = _RECORD_CLASSES[table.name] = type(f"Record_{table.name}", (Record,), texts)
    return cls


def _with(record: Record, **more: object) -> Record:
    for name, value in more.items():
        setattr(record, name, value)
    return record


def _fetch(session: Session, query: Select[Any]) -> Sequence[Sequence[Any]]:
    """The rows of ``query`` as tuples. Where no column's values need converting (ids, positions,
    texts as stored), the database driver's rows are taken as they are: for the link tables of
    10,000 activities that is several times faster than result rows. Otherwise SQLAlchemy
    converts (enumerations, dates, booleans)."""
    connection = session.connection()
    dialect = connection.dialect
    if any(
        column.type.dialect_impl(dialect).result_processor(dialect, None) is not None
        for column in query.selected_columns
    ):
        return connection.execute(query).all()
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(query.compile(dialect=dialect)))
        return cursor.fetchall()
    finally:
        cursor.close()


def _rows(session: Session, table: Table, *order: Any) -> list[Record]:
    is_text = [isinstance(column.type, JSON) for column in table.c]
    # Texts are read as their stored JSON and decoded only when read (_Text).
    query = select(
        *(
            type_coerce(column, String).label(column.name) if text else column
            for column, text in zip(table.c, is_text, strict=True)
        )
    )
    if order:
        query = query.order_by(*order)
    names = [f"_json_{column.name}" if text else column.name for column, text in zip(table.c, is_text, strict=True)]
    cls = _record_class(table)
    new = cls.__new__
    records: list[Record] = []
    append = records.append
    for row in _fetch(session, query):
        record = new(cls)
        record.__dict__.update(zip(names, row, strict=True))
        append(record)
    return records


def published(activity: Record) -> bool:
    """Whether the statement tells about ``activity``: only live activities marked for it,
    never a draft or a retired one."""
    return bool(activity.in_statement) and activity.status == ActivityStatus.ACTIVE


class RegisterView:
    """Every catalogue by id and every activity (in statement order) with its links."""

    def __init__(self, session: Session, in_statement_only: bool = False):
        self.data_categories = {r.id: r for r in _rows(session, DataCategory.__table__)}
        self.data_subjects = {r.id: r for r in _rows(session, DataSubjectCategory.__table__)}
        recipients = Recipient.__table__
        self.recipients = {r.id: _with(r, sub_processors=[]) for r in _rows(session, recipients, recipients.c.id)}
        for row in _rows(session, recipient_sub_processors):
            self.recipients[row.processor_id].sub_processors.append(self.recipients[row.sub_processor_id])
        self.security_measures = {r.id: r for r in _rows(session, SecurityMeasure.__table__)}
        transfers = Transfer.__table__
        self.transfers = {
            r.id: _with(r, recipient=self.recipients.get(r.recipient_id))
            for r in _rows(session, transfers, transfers.c.id)
        }
        cookies = Cookie.__table__
        self.cookies = [
            _with(r, recipient=self.recipients.get(r.recipient_id))
            for r in _rows(session, cookies, cookies.c.position, cookies.c.id)
        ]
        self.activities = self._activities(session, in_statement_only)
        # Which activities use each catalogue entry: (catalogue, id) -> activities.
        self.used_by: dict[tuple[str, int], list[Record]] = defaultdict(list)
        for activity in self.activities:
            for attribute, (_table, _column, catalogue) in _LINKS.items():
                for entry in getattr(activity, attribute):
                    self.used_by[(catalogue, entry.id)].append(activity)
            for link in activity.data_category_links:
                self.used_by[("data_categories", link.data_category.id)].append(activity)

    def _activities(self, session: Session, in_statement_only: bool) -> list[Record]:
        A = ProcessingActivity.__table__
        activities = _rows(session, A, A.c.position, A.c.id)
        if in_statement_only:
            activities = [activity for activity in activities if published(activity)]
        for activity in activities:
            activity.purposes, activity.retention_rules, activity.data_category_links = [], [], []
            for attribute in _LINKS:
                setattr(activity, attribute, [])
        by_id = {activity.id: activity for activity in activities}
        if not by_id:
            return activities
        purposes, retention = Purpose.__table__, RetentionRule.__table__
        for row in _rows(session, purposes, purposes.c.activity_id, purposes.c.position):
            if row.activity_id in by_id:
                by_id[row.activity_id].purposes.append(row)
        for row in _rows(session, retention, retention.c.activity_id, retention.c.position):
            if row.activity_id in by_id:
                by_id[row.activity_id].retention_rules.append(row)
        links = ActivityDataCategory.__table__
        for row in _rows(session, links, links.c.activity_id, links.c.position):
            if row.activity_id in by_id:
                row.data_category = self.data_categories[row.data_category_id]
                by_id[row.activity_id].data_category_links.append(row)
        for attribute, (table, column, catalogue) in _LINKS.items():
            entries = getattr(self, catalogue)
            query = select(table.c.activity_id, table.c[column]).order_by(table.c.activity_id, table.c[column])
            for activity_id, entry_id in _fetch(session, query):
                if activity_id in by_id:
                    getattr(by_id[activity_id], attribute).append(entries[entry_id])
        return activities
