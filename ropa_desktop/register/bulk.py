"""Adding many new activities at once: the rows an import adds, written in a few statements.

An import of 2,000 activities made some 15,000 ORM objects (activities, purposes, retention
rules, category links, link rows) and spent most of its time in the unit of work building and
flushing them. New activities need none of that: nothing in the session knows them yet. So
their rows go in with one executemany per table, holding exactly what snapshots.write and a
flush would have stored: the same columns, defaults, positions and order of links, every
text checked as the flush checks it (texts.check_row), version 1 as for any new item.
"""

from __future__ import annotations

from copy import copy
from typing import Any

from sqlalchemy.orm import Session

from . import change_log, texts
from .activity_links import LINKS
from .bulk_rows import insert_rows, insert_rows_with_ids
from .kinds import ACTIVITY
from .models import ActivityDataCategory, ProcessingActivity
from .models.base import utcnow
from .snapshots import ACTIVITY_CHILDREN, ACTIVITY_LINKS, Snapshot, blank_child, fields


def add_activities(session: Session, snaps: list[Snapshot], stamps: list[dict]) -> list[int]:
    """Store each snapshot as a new activity (``stamps``: its created_at/updated_at where the
    workbook gives them); returns their ids, in order."""
    if not snaps:
        return []
    now = utcnow()
    names = fields(ProcessingActivity)
    defaults = blank_child(ProcessingActivity)
    rows = []
    for snap, stamp in zip(snaps, stamps, strict=True):
        row = {name: snap[name] if name in snap else defaults[name] for name in names}
        row["position"] = snap.get("position") or 0
        row["version"] = 1
        row["created_at"] = stamp.get("created_at") or now
        row["updated_at"] = stamp.get("updated_at") or now
        texts.check_row(ProcessingActivity, row)
        rows.append(row)
    table = ProcessingActivity.__table__
    # The ids of the activities, in the order of the rows.
    ids = insert_rows_with_ids(session, table, rows)
    # The ORM never sees them: tell the change log, with each as snapshots.read would find it
    # (reading 2,000 activities back took longer than adding them).
    blanks = {key: blank_child(model) for key, model in ACTIVITY_CHILDREN.items()}  # once: each call walks the columns
    change_log.added(
        session, ACTIVITY, ids, [_as_read(row, snap, blanks) for row, snap in zip(rows, snaps, strict=True)]
    )
    for key, model in ACTIVITY_CHILDREN.items():
        _children(
            session, model, [(item_id, snap[key]) for item_id, snap in zip(ids, snaps, strict=True) if snap.get(key)]
        )
    for link in LINKS:  # the link table behind each link list of an activity (activity_links.py)
        rows_of_link = [
            {"activity_id": item_id, link.column: linked}
            for item_id, snap in zip(ids, snaps, strict=True)
            for linked in dict.fromkeys(snap.get(link.field) or ())
        ]
        insert_rows(session, link.table, rows_of_link)
    _category_links(
        session,
        [
            (item_id, snap["data_categories"])
            for item_id, snap in zip(ids, snaps, strict=True)
            if snap.get("data_categories")
        ],
    )
    return ids


def _as_read(row: dict, snap: Snapshot, blanks: dict[str, Snapshot]) -> Snapshot:
    """The snapshot of the activity these rows make: what add_activities stores, as read back.
    ``blanks``: each child list's blank_child, whose values stand for what a child leaves out
    (copied where a list or dictionary: no two snapshots share one)."""
    made: Snapshot = {name: row[name] for name in fields(ProcessingActivity)}
    for key in ACTIVITY_LINKS:
        made[key] = list(dict.fromkeys(snap.get(key) or ()))
    for key, model in ACTIVITY_CHILDREN.items():
        names, defaults = fields(model), blanks[key]
        made[key] = [
            {name: child[name] if name in child else copy(defaults[name]) for name in names}
            for child in snap.get(key) or ()
        ]
    first: dict[int, dict] = {}
    for link in snap.get("data_categories") or ():
        first.setdefault(link["id"], link)
    made["data_categories"] = [
        {"id": link["id"], "wording": dict(link.get("wording") or {})} for link in first.values()
    ]
    return made


def _children(session: Session, model, owned: list[tuple[int, list[dict]]]) -> None:
    """Purposes and retention rules in their order (position 0, 1, …), as ordering_list numbers them."""
    names = fields(model)
    defaults = blank_child(model)
    rows = []
    for item_id, values in owned:
        for position, child in enumerate(values):
            row: dict[str, Any] = {name: child[name] if name in child else defaults[name] for name in names}
            row["activity_id"] = item_id
            row["position"] = position
            texts.check_row(model, row)
            rows.append(row)
    insert_rows(session, model.__table__, rows)


def _category_links(session: Session, owned: list[tuple[int, list[dict]]]) -> None:
    """The data categories of each activity in order; a category listed twice keeps its first place."""
    rows = []
    for item_id, links in owned:
        first: dict[int, dict] = {}
        for link in links:
            first.setdefault(link["id"], link)
        for position, link in enumerate(first.values()):
            row = {
                "activity_id": item_id,
                "data_category_id": link["id"],
                "position": position,
                "wording": dict(link.get("wording") or {}),
            }
            texts.check_row(ActivityDataCategory, row)
            rows.append(row)
    insert_rows(session, ActivityDataCategory.__table__, rows)
