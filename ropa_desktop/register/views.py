"""Read-only views of the register for documents: plain objects with the models' attribute
names, read with a few column queries.

Documents of thousands of activities need no change tracking; skipping the ORM's per-object
bookkeeping (mutable JSON above all) makes reading them several times faster. Nothing read
here can be written back.
"""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

from sqlalchemy import select
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


def _rows(session: Session, table, *order) -> list:
    return list(session.execute(select(table).order_by(*order) if order else select(table)))


class RegisterView:
    """Every catalogue by id and every activity (in statement order) with its links."""

    def __init__(self, session: Session, in_statement_only: bool = False):
        self.data_categories = {r.id: r for r in _rows(session, DataCategory.__table__)}
        self.data_subjects = {r.id: r for r in _rows(session, DataSubjectCategory.__table__)}
        recipients = Recipient.__table__
        self.recipients = {r.id: SimpleNamespace(**r._mapping, sub_processors=[])
                           for r in _rows(session, recipients, recipients.c.id)}
        for row in _rows(session, recipient_sub_processors):
            self.recipients[row.processor_id].sub_processors.append(self.recipients[row.sub_processor_id])
        self.security_measures = {r.id: r for r in _rows(session, SecurityMeasure.__table__)}
        transfers = Transfer.__table__
        self.transfers = {r.id: SimpleNamespace(**r._mapping, recipient=self.recipients.get(r.recipient_id))
                          for r in _rows(session, transfers, transfers.c.id)}
        cookies = Cookie.__table__
        self.cookies = [SimpleNamespace(**r._mapping, recipient=self.recipients.get(r.recipient_id))
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
        query = select(A).order_by(A.c.position, A.c.id)
        if in_statement_only:
            query = query.where(A.c.in_statement.is_(True))
        activities = [
            SimpleNamespace(**row._mapping, purposes=[], retention_rules=[], data_category_links=[],
                            **{attribute: [] for attribute in _LINKS})
            for row in session.execute(query)
        ]
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
                by_id[row.activity_id].data_category_links.append(
                    SimpleNamespace(wording=row.wording, data_category=self.data_categories[row.data_category_id]))
        for attribute, (table, column, catalogue) in _LINKS.items():
            entries = getattr(self, catalogue)
            for row in _rows(session, table, table.c.activity_id, table.c[column]):
                if row.activity_id in by_id:
                    getattr(by_id[row.activity_id], attribute).append(entries[row._mapping[column]])
        return activities
