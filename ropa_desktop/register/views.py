"""Read-only views of the register for documents: plain objects with the models' attribute
names, read with a few column queries.

Documents of thousands of activities need no change tracking; skipping the ORM's per-object
bookkeeping (mutable JSON above all) makes reading them several times faster. Nothing read
here can be written back.
"""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

import json

from sqlalchemy import JSON, String, select, type_coerce
from sqlalchemy.orm import Session

from .models import (
    ActivityDataCategory,
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
from .models.activity import (
    activity_controllers_served,
    activity_data_subjects,
    activity_joint_controllers,
    activity_recipients,
    activity_security_measures,
    activity_transfers,
)
from .models.catalogues import recipient_sub_processors

# Link tables of an activity: attribute -> (table, column of the linked id, catalogue name).
_LINKS = {
    "data_subject_categories": (activity_data_subjects, "data_subject_category_id", "data_subjects"),
    "recipients": (activity_recipients, "recipient_id", "recipients"),
    "joint_controllers": (activity_joint_controllers, "recipient_id", "recipients"),
    "controllers_served": (activity_controllers_served, "recipient_id", "recipients"),
    "transfers": (activity_transfers, "transfer_id", "transfers"),
    "security_measures": (activity_security_measures, "security_measure_id", "security_measures"),
}


class Record(SimpleNamespace):
    """A row as attributes. Per-language texts (JSON) are decoded when first read: most
    readers of 10,000 activities touch a few of their dozen texts, and decoding all of them
    up front was half the time of reading the register."""

    def __getattr__(self, name: str):
        raw = self.__dict__.get("_raw")
        if raw is not None and name in raw:
            text = raw.pop(name)
            value = json.loads(text) if text is not None else None
            setattr(self, name, value)
            return value
        raise AttributeError(name)


def _with(record: Record, **more) -> Record:
    for name, value in more.items():
        setattr(record, name, value)
    return record


def _rows(session: Session, table, *order) -> list[Record]:
    texts = {column.name for column in table.c if isinstance(column.type, JSON)}
    columns = [type_coerce(column, String).label(column.name) if column.name in texts else column
               for column in table.c]
    query = select(*columns)
    if order:
        query = query.order_by(*order)
    # Plain values become attributes; texts are kept raw until read (Record.__getattr__).
    plain = [(index, column.name) for index, column in enumerate(table.c) if column.name not in texts]
    coded = [(index, column.name) for index, column in enumerate(table.c) if column.name in texts]
    new = Record.__new__
    records = []
    for row in session.execute(query).all():
        record = new(Record)
        record.__dict__.update({name: row[index] for index, name in plain})
        record._raw = {name: row[index] for index, name in coded}
        records.append(record)
    return records


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
        self.transfers = {r.id: _with(r, recipient=self.recipients.get(r.recipient_id))
                          for r in _rows(session, transfers, transfers.c.id)}
        cookies = Cookie.__table__
        self.cookies = [_with(r, recipient=self.recipients.get(r.recipient_id))
                        for r in _rows(session, cookies, cookies.c.position, cookies.c.id)]
        self.activities = self._activities(session, in_statement_only)
        # Which activities use each catalogue entry: (catalogue, id) -> activities.
        self.used_by: dict[tuple[str, int], list] = defaultdict(list)
        for activity in self.activities:
            for attribute, (_table, _column, catalogue) in _LINKS.items():
                for entry in getattr(activity, attribute):
                    self.used_by[(catalogue, entry.id)].append(activity)
            for link in activity.data_category_links:
                self.used_by[("data_categories", link.data_category.id)].append(activity)

    def _activities(self, session: Session, in_statement_only: bool) -> list[SimpleNamespace]:
        A = ProcessingActivity.__table__
        activities = _rows(session, A, A.c.position, A.c.id)
        if in_statement_only:
            activities = [activity for activity in activities if activity.in_statement]
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
            for activity_id, entry_id in session.execute(
                    select(table.c.activity_id, table.c[column]).order_by(table.c.activity_id, table.c[column])):
                if activity_id in by_id:
                    getattr(by_id[activity_id], attribute).append(entries[entry_id])
        return activities
