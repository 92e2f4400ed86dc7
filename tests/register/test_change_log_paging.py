"""Reading the change log a page at a time, narrowed to a person, a period, an item or an
action (the window's History): each page is the right slice, newest first."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from ropa_desktop.register import change_log, change_log_reading, kinds, operations
from ropa_desktop.register.change_log_reading import Narrowing
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.models.change_log import CHANGED, START


@pytest.fixture
def register(demo_register):
    """The demo, with three saves by Anna and two by Bert on two activities."""
    with demo_register.session() as session:
        first, second = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id).limit(2))
    for number in range(3):
        with change_log.acting(who="anna", name="Anna de Vries"):
            operations.save(demo_register, kinds.ACTIVITY, first, {"owner": f"Team {number}"})
    for number in range(2):
        with change_log.acting(who="bert"):
            operations.save(demo_register, kinds.ACTIVITY, second, {"owner": f"Desk {number}"})
    demo_register.first, demo_register.second = first, second
    return demo_register


def _all(session) -> list[int]:
    return [entry.sequence for entry in change_log.entries(session)]


def test_pages_by_sequence_are_consecutive_slices_of_the_log_newest_first(register):
    with register.session() as session:
        everything = _all(session)
        pages, after = [], None
        while True:
            found = change_log_reading.page(session, after=after, limit=10)
            if not found:
                break
            pages.append([entry.sequence for entry in found])
            after = found[-1].sequence
        assert [sequence for page in pages for sequence in page] == everything
        assert all(len(page) == 10 for page in pages[:-1]) and 0 < len(pages[-1]) <= 10
        assert len(everything) == change_log_reading.count(session) > 10


def test_pages_by_offset_give_the_same_slices(register):
    with register.session() as session:
        everything = _all(session)
        assert [e.sequence for e in change_log_reading.page(session, limit=7, offset=14)] == everything[14:21]
        assert change_log_reading.page(session, limit=7, offset=len(everything)) == []


def test_one_items_history_holds_only_its_entries(register):
    with register.session() as session:
        found = change_log_reading.page(session, Narrowing(kind=kinds.ACTIVITY, item_id=register.first))
        assert [e.after for e in found[:3]] == ['"Team 2"', '"Team 1"', '"Team 0"']
        assert {(e.item_kind, e.item_id) for e in found} == {(kinds.ACTIVITY, register.first)}
        assert found[-1].action == START
        # Near miss: the other activity's entries are not among them.
        other = change_log_reading.page(session, Narrowing(kind=kinds.ACTIVITY, item_id=register.second))
        assert {e.sequence for e in other}.isdisjoint(e.sequence for e in found)


# On a server ``who`` is the database role, and the tests connect as one role only.
@pytest.mark.sqlite_only
def test_a_person_narrows_to_their_entries_and_the_people_are_listed(register):
    with register.session() as session:
        people = change_log_reading.people(session)
        assert ("anna", "Anna de Vries") in people and ("bert", "") in people
        anna = change_log_reading.page(session, Narrowing(who="anna", who_name="Anna de Vries"))
        assert len(anna) == 3 and {e.who for e in anna} == {"anna"}
        assert change_log_reading.count(session, Narrowing(who="bert")) == 2
        # Near miss: Anna's user without her display name is someone else's entry.
        assert change_log_reading.page(session, Narrowing(who="anna", who_name="")) == []


def test_a_period_narrows_to_the_entries_recorded_in_it(register):
    with register.session() as session:
        newest = change_log_reading.page(session, limit=1)[0]
        moment = newest.recorded_at
        assert change_log_reading.page(session, Narrowing(since=moment + timedelta(seconds=1))) == []
        # Near miss: from the moment itself, the entry is in.
        assert change_log_reading.page(session, Narrowing(since=moment), limit=1)[0] == newest
        everything = change_log_reading.count(session)
        assert change_log_reading.count(session, Narrowing(until=moment + timedelta(seconds=1))) == everything
        oldest = change_log_reading.page(session, limit=1, offset=everything - 1)[0]
        assert change_log_reading.count(session, Narrowing(until=oldest.recorded_at)) == 0


# On a server ``who`` is the database role, and the tests connect as one role only.
@pytest.mark.sqlite_only
def test_an_item_name_and_an_action_narrow_the_entries(register):
    with register.session() as session:
        name = change_log_reading.page(session, Narrowing(kind=kinds.ACTIVITY, item_id=register.first))[0].item_name
        named = change_log_reading.page(session, Narrowing(item=name))
        assert named and {e.item_id for e in named} == {register.first}
        assert change_log_reading.page(session, Narrowing(item="no such activity at all")) == []
        changed = change_log_reading.page(session, Narrowing(action=CHANGED))
        assert len(changed) == 5 and {e.action for e in changed} == {CHANGED}
        both = change_log_reading.page(session, Narrowing(item=name, action=CHANGED, who="anna"))
        assert len(both) == 3
        # Near miss: Bert never changed that activity.
        assert change_log_reading.page(session, Narrowing(item=name, who="bert")) == []
