"""The read-only register view: the driver's rows where nothing needs converting, SQLAlchemy's
where something does, and texts decoded only when read."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import JSON, String, select, type_coerce

from ropa_desktop.register.models import ProcessingActivity, Purpose
from ropa_desktop.register.models.activity import ActivityDataCategory, activity_recipients
from ropa_desktop.register.views import RegisterView, _fetch, _record_class


def test_rows_needing_no_conversion_are_the_drivers_and_equal_what_sqlalchemy_gives(demo_register):
    links = ActivityDataCategory.__table__
    as_stored = [
        type_coerce(column, String).label(column.name) if isinstance(column.type, JSON) else column
        for column in links.c
    ]
    queries = [
        select(*as_stored).order_by(links.c.activity_id, links.c.position),
        select(*activity_recipients.c).order_by(*activity_recipients.c),
    ]
    with demo_register.session() as session:
        for query in queries:
            rows = _fetch(session, query)
            assert rows and all(type(row) is tuple for row in rows)  # the driver's own rows
            assert rows == [tuple(row) for row in session.execute(query).all()]


# psycopg converts dates itself: on PostgreSQL no row needs SQLAlchemy's conversion.
@pytest.mark.sqlite_only
def test_rows_needing_conversion_go_through_sqlalchemy(demo_register):
    with demo_register.session() as session:
        rows = _fetch(
            session,
            select(Purpose.__table__.c.legal_basis, ProcessingActivity.__table__.c.created_at).join_from(
                Purpose.__table__, ProcessingActivity.__table__
            ),
        )
        assert rows and not any(type(row) is tuple for row in rows)
        assert all(isinstance(created, datetime) for _, created in rows)


def test_dates_and_choices_are_converted(demo_register):
    with demo_register.session() as session:
        view = RegisterView(session)
        activity = view.activities[0]
        orm = session.get(ProcessingActivity, activity.id)
        assert isinstance(activity.created_at, datetime)
        assert activity.created_at == orm.created_at
        assert activity.role == orm.role and activity.status == orm.status


def test_a_text_is_decoded_when_first_read_and_then_kept(demo_register):
    with demo_register.session() as session:
        activity = RegisterView(session).activities[0]
        assert "_json_name" in vars(activity) and "name" not in vars(activity)
        name = activity.name
        assert isinstance(name, dict) and name.get("nl")
        assert "_json_name" not in vars(activity) and activity.name is name


def test_a_text_the_driver_already_decoded_is_taken_as_it_is():
    """A PostgreSQL driver hands JSON columns over decoded; SQLite hands over the text."""
    record_class = _record_class(ProcessingActivity.__table__)
    decoded, stored = record_class(), record_class()
    vars(decoded)["_json_name"] = {"nl": "Salarisadministratie"}
    vars(stored)["_json_name"] = '{"nl": "Salarisadministratie"}'
    assert decoded.name == stored.name == {"nl": "Salarisadministratie"}
    empty = record_class()
    vars(empty)["_json_name"] = None
    assert empty.name is None
