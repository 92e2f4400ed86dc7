"""The register's lists as light rows: what the window's tables show and search.

Rows are read with a few set-based queries per list (not one query per item), so a
register of 10,000 activities lists in well under a second. Pass ``ids`` to re-read only
the rows an operation changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import approval, kinds
from .activity_links import links_to
from .models import (
    ActivityDataCategory,
    Cookie,
    DataCategory,
    DataSubjectCategory,
    Office,
    ProcessingActivity,
    Purpose,
    Recipient,
    SecurityMeasure,
    Transfer,
)
from .models.catalogues import recipient_sub_processors


@dataclass
class Row:
    id: int
    # Per language (a transfer's: its recipient's name).
    name: dict[str, str] | str
    updated_at: datetime | None
    values: dict[str, Any] = field(default_factory=dict)
    # Lower-case text the search box matches: names, purposes, categories, in every language.
    search: str = ""


def _texts(*values: object) -> str:
    parts: list[str] = []
    for value in values:
        if isinstance(value, dict):
            parts.extend(v for v in value.values() if v)
        elif value:
            parts.append(str(value))
    return "\n".join(parts).casefold()


def _only(query, column, ids: Iterable[int] | None):
    return query if ids is None else query.where(column.in_(list(ids)))


def rows(session: Session, kind: str, ids: Iterable[int] | None = None) -> list[Row]:
    """The rows of list ``kind`` in display order (activities and cookies: their position)."""
    ids = None if ids is None else list(ids)
    return _READERS[kind](session, ids)


def count(session: Session, kind: str) -> int:
    """How many items list ``kind`` holds (one query, no rows read)."""
    return session.scalar(select(func.count()).select_from(kinds.MODELS[kind])) or 0


def counts(session: Session) -> dict[str, int]:
    return {kind: count(session, kind) for kind in kinds.LISTED}


def _activities(session: Session, ids) -> list[Row]:
    A = ProcessingActivity
    query = select(
        A.id,
        A.name,
        A.role,
        A.status,
        A.dpia_status,
        A.in_statement,
        A.position,
        A.updated_at,
        A.department,
        A.owner,
        A.reference,
    ).order_by(A.position, A.id)
    purposes: dict[int, list] = defaultdict(list)
    for activity_id, description, basis in session.execute(
        _only(select(Purpose.activity_id, Purpose.description, Purpose.legal_basis), Purpose.activity_id, ids).order_by(
            Purpose.activity_id, Purpose.position
        )
    ):
        purposes[activity_id].append((description, basis))
    # Catalogue names are read (and folded) once, then joined to activities by id.
    category_text = {
        item_id: _texts(name) for item_id, name in session.execute(select(DataCategory.id, DataCategory.name))
    }
    subject_text = {
        item_id: _texts(name)
        for item_id, name in session.execute(select(DataSubjectCategory.id, DataSubjectCategory.name))
    }
    linked: dict[int, list[str]] = defaultdict(list)
    category_rows = ActivityDataCategory  # an activity's own rows, not a link table
    for activity_id, category_id in session.execute(
        _only(select(category_rows.activity_id, category_rows.data_category_id), category_rows.activity_id, ids)
    ):
        linked[activity_id].append(category_text.get(category_id, ""))
    for subjects in links_to(kinds.DATA_SUBJECT):  # activity_links.py
        table, column = subjects.table, subjects.item_column
        for activity_id, subject_id in session.execute(
            _only(select(table.c.activity_id, column), table.c.activity_id, ids).order_by(table.c.activity_id, column)
        ):
            linked[activity_id].append(subject_text.get(subject_id, ""))

    approvals = approval.read(session, ids)  # one query: the state and "changed since established"
    result = []
    for (
        item_id,
        name,
        role,
        status,
        dpia,
        in_statement,
        position,
        updated,
        department,
        owner,
        reference,
    ) in session.execute(_only(query, A.id, ids)):
        own = purposes.get(item_id, [])
        bases = list(dict.fromkeys(basis for _, basis in own if basis))
        result.append(
            Row(
                item_id,
                dict(name),
                updated,
                {
                    "role": role,
                    "legal_bases": bases,
                    "status": status,
                    "dpia_status": dpia,
                    "in_statement": in_statement,
                    "position": position,
                    "department": department,
                    "purposes": len(own),
                    "reference": reference,
                    "approval": approvals[item_id].state,
                    "approval_changed": approvals[item_id].changed,
                },
                "\n".join([_texts(reference, name, department, owner, *(d for d, _ in own)), *linked.get(item_id, [])]),
            )
        )
    return result


def _use_counts(session: Session, *columns) -> dict[int, int]:
    """How often each id occurs in ``columns``, added up (None, an empty reference, left out)."""
    counts: dict[int, int] = defaultdict(int)
    for column in columns:
        for item_id, count in session.execute(select(column, func.count()).group_by(column)):
            if item_id is not None:
                counts[item_id] += count
    return counts


def _linked_from_activities(kind: str) -> tuple:
    """The link tables' columns by which activities use an item of catalogue ``kind`` (activity_links.py)."""
    return tuple(link.item_column for link in links_to(kind))


def _catalogue(session: Session, ids, model, extra: tuple, used: tuple) -> list[Row]:
    query = _only(select(model.id, model.name, model.description, model.updated_at, *extra), model.id, ids).order_by(
        model.id
    )
    counts = _use_counts(session, *used)
    result = []
    for item_id, name, description, updated, *values in session.execute(query):
        row_values = {column.key: value for column, value in zip(extra, values, strict=True)}
        row_values["used"] = counts.get(item_id, 0)
        result.append(Row(item_id, dict(name), updated, row_values, _texts(name, description)))
    return result


def _data_categories(session: Session, ids) -> list[Row]:
    return _catalogue(
        session,
        ids,
        DataCategory,
        (DataCategory.kind, DataCategory.special_category),
        # Not a link table: an activity holds its data categories through rows of their own.
        (ActivityDataCategory.data_category_id,),
    )


def _data_subjects(session: Session, ids) -> list[Row]:
    return _catalogue(
        session,
        ids,
        DataSubjectCategory,
        (DataSubjectCategory.vulnerable,),
        _linked_from_activities(kinds.DATA_SUBJECT),
    )


def _security_measures(session: Session, ids) -> list[Row]:
    return _catalogue(
        session,
        ids,
        SecurityMeasure,
        (SecurityMeasure.kind,),
        _linked_from_activities(kinds.SECURITY_MEASURE),
    )


def _recipients(session: Session, ids) -> list[Row]:
    R = Recipient
    # Count every place that refers to a recipient, as the delete guard (usage.uses) does: the
    # activities (as recipient, joint controller, controller served), and the places outside them.
    return _catalogue(
        session,
        ids,
        R,
        (R.kind, R.country_code, R.dpa_signed, R.dpa_end),
        (
            *_linked_from_activities(kinds.RECIPIENT),
            Transfer.recipient_id,
            Cookie.recipient_id,
            Office.group_entity_id,
            recipient_sub_processors.c.sub_processor_id,
        ),
    )


def _transfers(session: Session, ids) -> list[Row]:
    T = Transfer
    query = _only(
        select(T.id, T.country_code, T.tool, T.updated_at, Recipient.name, T.public_note).outerjoin(
            Recipient, Recipient.id == T.recipient_id
        ),
        T.id,
        ids,
    ).order_by(T.id)
    counts = _use_counts(session, *_linked_from_activities(kinds.TRANSFER))
    result = []
    for item_id, country, tool, updated, recipient, note in session.execute(query):
        recipient = dict(recipient or {})
        values = {"country_code": country, "tool": tool, "recipient": recipient, "used": counts.get(item_id, 0)}
        result.append(Row(item_id, recipient, updated, values, _texts(recipient, country, tool, note)))
    return result


def _cookies(session: Session, ids) -> list[Row]:
    C = Cookie
    query = _only(
        select(C.id, C.name, C.party, C.category, C.consent_required, C.updated_at, C.purpose, C.position),
        C.id,
        ids,
    ).order_by(C.position, C.id)
    result = []
    for item_id, name, party, category, consent, updated, purpose, position in session.execute(query):
        values = {"party": party, "category": category, "consent_required": consent, "position": position}
        result.append(Row(item_id, name, updated, values, _texts(name, purpose)))
    return result


_READERS = {
    kinds.ACTIVITY: _activities,
    kinds.DATA_CATEGORY: _data_categories,
    kinds.DATA_SUBJECT: _data_subjects,
    kinds.RECIPIENT: _recipients,
    kinds.TRANSFER: _transfers,
    kinds.COOKIE: _cookies,
    kinds.SECURITY_MEASURE: _security_measures,
}
