"""Where a catalogue entry is used: the answer the officer needs before deleting it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from . import kinds
from .activity_links import LINKS
from .models import (
    ActivityDataCategory,
    Cookie,
    Office,
    ProcessingActivity,
    Recipient,
    RetentionRule,
    Transfer,
)
from .models.catalogues import recipient_sub_processors


@dataclass(frozen=True)
class Use:
    """One place that refers to the entry: which item, and in which of its fields."""

    kind: str
    item_id: int
    name: dict[str, str] | str
    field: str


def _activity_uses(session: Session, column, where, field: str) -> list[Use]:
    rows = session.execute(
        select(ProcessingActivity.id, ProcessingActivity.name)
        .join_from(ProcessingActivity, column.table, column.table.c.activity_id == ProcessingActivity.id)
        .where(where)
        .order_by(ProcessingActivity.position)
    )
    return [Use(kinds.ACTIVITY, item_id, dict(name), field) for item_id, name in rows]


def uses(session: Session, kind: str, item_id: int) -> list[Use]:
    """Every place that refers to item ``item_id`` of catalogue ``kind``; [] when unused."""
    found: list[Use] = []
    if kind == kinds.DATA_CATEGORY:
        column = ActivityDataCategory.__table__.c.data_category_id
        found += _activity_uses(session, column, column == item_id, "data_categories")
        found += _retention_uses(session, item_id, {use.item_id for use in found})
    # The activity link tables of the catalogue (activity_links.py), in the model's order.
    for link in LINKS:
        if link.kind == kind:
            column = link.table.c[link.column]
            found += _activity_uses(session, column, column == item_id, link.field)
    if kind == kinds.RECIPIENT:
        found += _recipient_uses(session, item_id)
    return found


def _retention_uses(session: Session, item_id: int, listed: set[int]) -> list[Use]:
    """Activities with a retention rule that names the data category (once each, and not again
    where the activity uses the category anyway): deleting it would leave the rule naming nothing."""
    rows = session.execute(
        select(ProcessingActivity.id, ProcessingActivity.name, RetentionRule.data_category_ids)
        .join(RetentionRule, RetentionRule.activity_id == ProcessingActivity.id)
        # Most rules name none. A cast, not type_coerce: PostgreSQL compares no json with text.
        .where(cast(RetentionRule.data_category_ids, String) != "[]")
        .order_by(ProcessingActivity.position, RetentionRule.position)
    )
    found: list[Use] = []
    for activity_id, name, category_ids in rows:
        if item_id in (category_ids or ()) and activity_id not in listed:
            listed.add(activity_id)
            found.append(Use(kinds.ACTIVITY, activity_id, dict(name), "retention_rules"))
    return found


def _recipient_uses(session: Session, item_id: int) -> list[Use]:
    found = [
        Use(kinds.TRANSFER, transfer.id, transfer.country_code, "recipient_id")
        for transfer in session.scalars(select(Transfer).where(Transfer.recipient_id == item_id))
    ]
    found += [
        Use(kinds.COOKIE, cookie.id, dict(cookie.name), "recipient_id")
        for cookie in session.scalars(select(Cookie).where(Cookie.recipient_id == item_id))
    ]
    found += [
        Use(kinds.ORGANISATION, office.organisation_id, dict(office.name), "offices")
        for office in session.scalars(select(Office).where(Office.group_entity_id == item_id))
    ]
    processors = session.execute(
        select(Recipient.id, Recipient.name)
        .join(recipient_sub_processors, recipient_sub_processors.c.processor_id == Recipient.id)
        .where(recipient_sub_processors.c.sub_processor_id == item_id)
    )
    found += [Use(kinds.RECIPIENT, rid, dict(name), "sub_processors") for rid, name in processors]
    return found
