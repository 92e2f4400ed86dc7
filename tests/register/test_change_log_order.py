"""Moving an activity in the statement's order is recorded in the change log."""

from __future__ import annotations

from sqlalchemy import select

from ropa_desktop.register import as_of, change_log, kinds, operations, register_diff
from ropa_desktop.register.models import ChangeLogEntry
from ropa_desktop.register.models.change_log import CHANGED


def _entries_after(register, sequence: int) -> list[ChangeLogEntry]:
    with register.session() as session:
        found = list(
            session.scalars(
                select(ChangeLogEntry).where(ChangeLogEntry.sequence > sequence).order_by(ChangeLogEntry.sequence)
            )
        )
        session.expunge_all()
    return found


def _last(register) -> int:
    with register.session() as session:
        return as_of.last_sequence(session)


def test_moving_an_activity_up_records_both_places_that_changed(demo_register):
    order = operations.order(demo_register, kinds.ACTIVITY)
    first, second = order[:2]
    start = _last(demo_register)
    with change_log.acting(name="Anna de Vries", comment="Payroll first in the statement"):
        operations.set_order(demo_register, kinds.ACTIVITY, [second, first, *order[2:]])
    entries = _entries_after(demo_register, start)
    assert [(e.action, e.item_id, e.field, e.before, e.after) for e in entries] == [
        (CHANGED, second, "position", "2", "1"),
        (CHANGED, first, "position", "1", "2"),
    ]
    assert {(e.who_name, e.comment) for e in entries} == {("Anna de Vries", "Payroll first in the statement")}
    assert all(e.item_name for e in entries)
    with demo_register.session() as session:
        assert change_log.verify(session)[1] is None
        diff = register_diff.compare(session, start, _last(demo_register))
    # The places before the move, though the log began before places were recorded.
    assert [(item.item_id, [(c.field, c.before, c.after) for c in item.fields]) for item in diff.items] == [
        (first, [("position", 1, 2)]),
        (second, [("position", 2, 1)]),
    ]


def test_the_same_order_again_records_nothing(demo_register):
    order = operations.order(demo_register, kinds.ACTIVITY)
    start = _last(demo_register)
    operations.set_order(demo_register, kinds.ACTIVITY, order)
    assert _entries_after(demo_register, start) == []


def test_moving_one_to_the_end_records_each_place_that_changed(demo_register):
    order = operations.order(demo_register, kinds.ACTIVITY)
    start = _last(demo_register)
    operations.set_order(demo_register, kinds.ACTIVITY, [*order[1:], order[0]])
    moved = {e.item_id: (int(e.before), int(e.after)) for e in _entries_after(demo_register, start)}
    assert moved == {item_id: (place + 1, place) for place, item_id in enumerate(order) if place} | {
        order[0]: (1, len(order))
    }
