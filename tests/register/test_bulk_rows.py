"""Rows inserted with the driver's executemany (register/bulk_rows.py): stored as SQLAlchemy's
insert stores them, with the ids SQLite gives them, in the order of the rows."""

from __future__ import annotations

from sqlalchemy import func, select

from ropa_desktop.register.bulk_rows import insert_rows, insert_rows_with_ids
from ropa_desktop.register.models import ProcessingActivity, Purpose
from ropa_desktop.register.snapshots import blank_child, fields


def _purposes(activity_id: int, descriptions: list[dict]) -> list[dict]:
    rows = []
    for position, description in enumerate(descriptions):
        row = {name: value for name, value in blank_child(Purpose).items() if name in fields(Purpose)}
        row.update(description=description, activity_id=activity_id, position=position)
        rows.append(row)
    return rows


def _stored(session, ids: list[int]) -> list[dict]:
    by_id = {p.id: p.description for p in session.scalars(select(Purpose).where(Purpose.id.in_(ids)))}
    return [by_id[item_id] for item_id in ids]


def test_rows_get_their_ids_in_the_order_given_numbered_on_from_the_highest(demo_register):
    descriptions = [{"nl": "Zesde"}, {"nl": "Eerste", "en": "First"}, {}, {"nl": "Derde"}]
    with demo_register.transaction() as session:
        activity_id = session.scalar(select(func.min(ProcessingActivity.id)))
        highest = session.scalar(select(func.max(Purpose.id)))
        ids = insert_rows_with_ids(session, Purpose.__table__, _purposes(activity_id, descriptions))
        assert ids == list(range(highest + 1, highest + 5))
        # Each id holds its own row: an id given to the wrong row would show here.
        assert _stored(session, ids) == descriptions


def test_an_empty_text_after_a_filled_one_stays_empty(demo_register):
    """JSON's empty dictionary is remembered, not the value processed before it."""
    descriptions = [{"nl": "Vol"}, {}, {"en": "Full"}, {}]
    with demo_register.transaction() as session:
        activity_id = session.scalar(select(func.min(ProcessingActivity.id)))
        ids = insert_rows_with_ids(session, Purpose.__table__, _purposes(activity_id, descriptions))
        assert _stored(session, ids) == descriptions


def test_a_column_left_out_gets_its_default_as_sqlalchemy_gives_it(demo_register):
    with demo_register.transaction() as session:
        activity_id = session.scalar(select(func.min(ProcessingActivity.id)))
        rows = _purposes(activity_id, [{"nl": "Zonder belang"}, {"nl": "Met belang"}])
        for row in rows:
            del row["legitimate_interest"]  # a JSON column whose default is an empty dictionary
        given = _purposes(activity_id, [{"nl": "Gegeven"}])
        given[0]["legitimate_interest"] = {"nl": "ons belang"}
        insert_rows(session, Purpose.__table__, rows)
        insert_rows(session, Purpose.__table__, given)
        found = {
            p.description["nl"]: p.legitimate_interest
            for p in session.scalars(select(Purpose).where(Purpose.activity_id == activity_id))
        }
        assert found["Zonder belang"] == {} and found["Met belang"] == {}
        assert found["Gegeven"] == {"nl": "ons belang"}  # near miss: a value given is kept


def test_no_rows_insert_nothing(demo_register):
    with demo_register.transaction() as session:
        before = session.scalar(select(func.count()).select_from(Purpose))
        assert insert_rows_with_ids(session, Purpose.__table__, []) == []
        insert_rows(session, Purpose.__table__, [])
        assert session.scalar(select(func.count()).select_from(Purpose)) == before
