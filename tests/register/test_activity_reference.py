"""The officer's own reference of an activity ("V-01"): kept through a save, a reopen and an
undo, limited to 60 characters, in the list rows and their search text, and carried by the
portable entries our workbook's data sheet holds."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa_desktop.register import kinds, operations, portable, rows
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import open_register
from ropa_desktop.register.texts import TextRefused


def _first(register) -> int:
    return operations.order(register, kinds.ACTIVITY)[0]


def _stored(register, item_id: int) -> str:
    with register.session() as session:
        return session.scalar(select(ProcessingActivity.reference).where(ProcessingActivity.id == item_id))


def test_a_reference_is_saved_kept_after_reopening_and_undone(demo_register):
    item = _first(demo_register)
    before = operations.read(demo_register, kinds.ACTIVITY, item)
    assert before["reference"] == ""
    after = {**before, "reference": "V-01"}
    operations.save(demo_register, kinds.ACTIVITY, item, after, base=before)
    path = demo_register.location  # a file, or a database on the server
    demo_register.close()
    with open_register(path) as again:
        assert _stored(again, item) == "V-01"
        # Undo, as the window's SaveItem does it: the old snapshot, with the new one as its base.
        operations.save(again, kinds.ACTIVITY, item, before, base=operations.read(again, kinds.ACTIVITY, item))
        assert _stored(again, item) == ""


def test_a_reference_longer_than_60_characters_is_refused_and_nothing_is_saved(demo_register):
    item = _first(demo_register)
    with pytest.raises(TextRefused) as refused:
        operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "V" * 61})
    assert refused.value.field == "reference" and refused.value.limit == 60
    assert _stored(demo_register, item) == ""
    operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "V" * 60})  # the near miss
    assert _stored(demo_register, item) == "V" * 60


def test_the_list_row_shows_the_reference_and_its_search_text_holds_it(demo_register):
    item = _first(demo_register)
    operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "V-07"})
    with demo_register.session() as session:
        listed = {row.id: row for row in rows.rows(session, kinds.ACTIVITY)}
    assert listed[item].values["reference"] == "V-07"
    assert "v-07" in listed[item].search
    assert not any("v-07" in row.search for row_id, row in listed.items() if row_id != item)


def test_portable_entries_carry_the_reference(demo_register):
    item = _first(demo_register)
    operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "T1"})
    with demo_register.session() as session:
        entries = [e for e in portable.dump(session) if e.kind == kinds.ACTIVITY]
    assert sorted(e.data["reference"] for e in entries) == ["", "", "", "", "", "", "T1"]
    assert portable.checked(kinds.ACTIVITY, {"name": {"nl": "X"}, "reference": "P-03"})["reference"] == "P-03"
    with pytest.raises(portable.PortableError):
        portable.checked(kinds.ACTIVITY, {"name": {"nl": "X"}, "reference": "P" * 61})
