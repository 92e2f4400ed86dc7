"""A save that meets another program's save of the same fields is refused with both values, and
settled by keeping mine, taking theirs or merging: never the last save winning silently."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import select

from ropa_desktop.register import change_log, conflicts, errors, kinds, operations, snapshots
from ropa_desktop.register.change_log_values import value
from ropa_desktop.register.conflicts import Choice
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ChangeLogEntry, ProcessingActivity
from ropa_desktop.register.storage import open_register


def _target(register) -> str:
    return str(register.path or register.location)


def _first_activity(register) -> int:
    with register.session() as session:
        return session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id)).first()


def _edited_elsewhere(register, item_id: int, **fields) -> None:
    """Another program (another Register on the same register) saves the item."""
    with open_register(_target(register)) as other, change_log.acting(who="colleague", name="Carla Collega"):
        snap = operations.read(other, kinds.ACTIVITY, item_id)
        operations.save(other, kinds.ACTIVITY, item_id, {**snap, **fields}, base=snap)


def _refused(register, item_id: int, base, mine) -> RegisterError:
    with pytest.raises(RegisterError) as refused:
        operations.save(register, kinds.ACTIVITY, item_id, mine, base=base)
    return refused.value


def _settle(register, item_id, error, base, mine, choice, merged=None) -> None:
    values = conflicts.chosen(conflicts.conflicts_of(error), choice, merged)
    new_base, after = conflicts.settled(error, base, mine, values)
    operations.save(register, kinds.ACTIVITY, item_id, after, base=new_base)


def _log(register, item_id: int, field: str) -> list[tuple[object, object, str]]:
    with register.session() as session:
        rows = session.scalars(
            select(ChangeLogEntry)
            .where(
                ChangeLogEntry.item_kind == kinds.ACTIVITY,
                ChangeLogEntry.item_id == item_id,
                ChangeLogEntry.field == field,
            )
            .order_by(ChangeLogEntry.sequence)
        )
        return [(value(row.before), value(row.after), row.who_name) for row in rows]


@pytest.fixture
def conflict(demo_register):
    """The officer opened an activity and changed owner and notes; a colleague then saved the
    owner and the department."""
    item = _first_activity(demo_register)
    base = operations.read(demo_register, kinds.ACTIVITY, item)
    mine = {**base, "owner": "Mine", "internal_notes": "my note"}
    _edited_elsewhere(demo_register, item, owner="Theirs", department="Their department")
    error = _refused(demo_register, item, base, mine)
    return demo_register, item, base, mine, error


def test_the_refusal_carries_each_field_with_both_values_and_the_item_as_they_left_it(conflict):
    register, item, base, mine, error = conflict
    assert error.code == errors.CONFLICT
    [found] = conflicts.conflicts_of(error)
    assert (found.field, found.base, found.theirs, found.ours) == ("owner", base["owner"], "Theirs", "Mine")
    assert error.current["owner"] == "Theirs" and error.current["department"] == "Their department"
    assert error.current[snapshots.VERSION] == base[snapshots.VERSION] + 1
    assert operations.read(register, kinds.ACTIVITY, item)["internal_notes"] == base["internal_notes"]


def test_who_changed_the_field_comes_from_the_change_log(conflict):
    register, item, *_ = conflict
    found = conflicts.changed_by(register, kinds.ACTIVITY, item, ["owner", "systems"])
    assert set(found) == {"owner"}  # nobody changed the systems
    assert found["owner"].who_name == "Carla Collega"  # who: the user, or on a server the database role
    assert value(found["owner"].after) == "Theirs"


def test_keep_mine_overwrites_theirs_as_a_new_change_logged_with_both_values(conflict):
    register, item, base, mine, error = conflict
    _settle(register, item, error, base, mine, Choice.KEEP_MINE)
    now = operations.read(register, kinds.ACTIVITY, item)
    assert (now["owner"], now["internal_notes"], now["department"]) == ("Mine", "my note", "Their department")
    theirs, ours = _log(register, item, "owner")[-2:]
    assert theirs == (base["owner"], "Theirs", "Carla Collega")
    assert ours[:2] == ("Theirs", "Mine") and ours[2] != "Carla Collega"  # both values, by the officer


def test_take_theirs_keeps_their_value_and_saves_my_other_edits(conflict):
    register, item, base, mine, error = conflict
    _settle(register, item, error, base, mine, Choice.TAKE_THEIRS)
    now = operations.read(register, kinds.ACTIVITY, item)
    assert (now["owner"], now["internal_notes"], now["department"]) == ("Theirs", "my note", "Their department")
    assert [entry[1] for entry in _log(register, item, "owner")][-1] == "Theirs"  # no entry of ours for it
    assert _log(register, item, "internal_notes")[-1][1] == "my note"


def test_merge_takes_per_field_mine_theirs_or_a_value_made_of_both(demo_register):
    item = _first_activity(demo_register)
    base = operations.read(demo_register, kinds.ACTIVITY, item)
    mine = {**base, "owner": "Mine", "systems": "Exact", "department": "Legal"}
    _edited_elsewhere(demo_register, item, owner="Theirs", systems="AFAS", department="HR")
    error = _refused(demo_register, item, base, mine)
    assert {c.field for c in conflicts.conflicts_of(error)} == {"owner", "systems", "department"}
    _settle(
        demo_register, item, error, base, mine, Choice.MERGE, {"owner": "Theirs", "systems": "Exact, AFAS"}
    )  # the department: not said, so mine
    now = operations.read(demo_register, kinds.ACTIVITY, item)
    assert (now["owner"], now["systems"], now["department"]) == ("Theirs", "Exact, AFAS", "Legal")
    assert _log(demo_register, item, "systems")[-1][:2] == ("AFAS", "Exact, AFAS")


def test_a_third_save_before_the_settled_one_is_refused_again_not_lost(conflict):
    register, item, base, mine, error = conflict
    _edited_elsewhere(register, item, owner="Third")
    with pytest.raises(RegisterError) as again:
        _settle(register, item, error, base, mine, Choice.KEEP_MINE)
    assert again.value.code == errors.CONFLICT
    [found] = again.value.conflicts
    assert (found.theirs, found.ours) == ("Third", "Mine")
    assert operations.read(register, kinds.ACTIVITY, item)["owner"] == "Third"


def test_a_change_by_the_other_to_another_field_is_kept_without_conflict(demo_register):
    item = _first_activity(demo_register)
    base = operations.read(demo_register, kinds.ACTIVITY, item)
    _edited_elsewhere(demo_register, item, department="Their department")
    operations.save(demo_register, kinds.ACTIVITY, item, {**base, "owner": "Mine"}, base=base)
    now = operations.read(demo_register, kinds.ACTIVITY, item)
    assert (now["owner"], now["department"]) == ("Mine", "Their department")


_OTHER_PROCESS = """
import sys
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import open_register
with open_register(sys.argv[1]) as register:
    item = int(sys.argv[2])
    snap = operations.read(register, kinds.ACTIVITY, item)
    operations.save(register, kinds.ACTIVITY, item, {**snap, sys.argv[3]: sys.argv[4]}, base=snap)
"""


def _saved_by_another_process(register, item: int, field: str, text: str) -> None:
    subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, _target(register), str(item), field, text], check=True, timeout=60
    )


def test_another_process_saving_the_same_field_gives_a_conflict_and_another_field_none(demo_register):
    item = _first_activity(demo_register)
    base = operations.read(demo_register, kinds.ACTIVITY, item)
    _saved_by_another_process(demo_register, item, "systems", "From the other process")
    operations.save(demo_register, kinds.ACTIVITY, item, {**base, "owner": "Mine"}, base=base)  # near miss
    base = operations.read(demo_register, kinds.ACTIVITY, item)
    _saved_by_another_process(demo_register, item, "owner", "Other process")
    error = _refused(demo_register, item, base, {**base, "owner": "Mine again"})
    [found] = conflicts.conflicts_of(error)
    assert (found.theirs, found.ours) == ("Other process", "Mine again")
