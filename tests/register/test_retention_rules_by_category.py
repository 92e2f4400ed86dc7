"""Retention per data category (Art. 30(1)(f)): a retention rule names the data categories it
keeps, and keeps them through saving, reopening, undo, the portable entries and deleting."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa_desktop.register import errors, kinds, operations, portable, snapshots, usage
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.merge import merge
from ropa_desktop.register.models import DataCategory, ProcessingActivity, RetentionRule
from ropa_desktop.register.storage import create_register, open_register


def _id(register, model, nl_name: str) -> int:
    with register.session() as session:
        return session.scalars(select(model.id).where(model.name["nl"].as_string() == nl_name)).one()


def _category(register, nl_start: str) -> int:
    with register.session() as session:
        found = [c.id for c in session.scalars(select(DataCategory)) if c.name["nl"].startswith(nl_start)]
    assert len(found) == 1, nl_start
    return found[0]


def _rule(category_ids: list[int], years: int) -> dict:
    row = snapshots.blank_child(RetentionRule)
    row.update(
        period_value=years,
        period_unit="years",
        data_category_ids=category_ids,
        starts_from={"nl": "na afloop van het boekjaar", "en": "after the end of the financial year"},
    )
    return row


def _split(register) -> tuple[int, list[int]]:
    """'Wettelijke plichten' keeps invoices 7 years and the rest 2: two rules, one by category."""
    activity = _id(register, ProcessingActivity, "Wettelijke plichten")
    invoices = [_category(register, "Uw financiële"), _category(register, "Onze transactiegeschiedenis")]
    snap = operations.read(register, kinds.ACTIVITY, activity)
    snap["retention_rules"] = [_rule(invoices, 7), _rule([], 2)]
    operations.save(register, kinds.ACTIVITY, activity, snap)
    return activity, invoices


def _kept(register, activity: int) -> list[list[int]]:
    return [
        rule["data_category_ids"] for rule in operations.read(register, kinds.ACTIVITY, activity)["retention_rules"]
    ]


def test_a_rule_keeps_its_categories_through_saving_and_reopening(demo_register):
    activity, invoices = _split(demo_register)
    path = demo_register.location  # a file, or a database on the server
    demo_register.close()
    with open_register(path) as again:
        # The near miss beside it: a rule that names none keeps all the activity's data.
        assert _kept(again, activity) == [invoices, []]


def test_undo_gives_back_the_categories_as_they_were(demo_register):
    activity = _id(demo_register, ProcessingActivity, "Wettelijke plichten")
    before = operations.read(demo_register, kinds.ACTIVITY, activity)
    _split(demo_register)
    assert _kept(demo_register, activity) != [[]]
    operations.save(demo_register, kinds.ACTIVITY, activity, before)  # what undo writes
    assert _kept(demo_register, activity) == [[]]
    _, invoices = _split(demo_register)
    after = operations.read(demo_register, kinds.ACTIVITY, activity)
    operations.save(demo_register, kinds.ACTIVITY, activity, before)
    operations.save(demo_register, kinds.ACTIVITY, activity, after)  # redo
    assert _kept(demo_register, activity) == [invoices, []]


def test_the_portable_entries_name_categories_by_reference_and_land_on_the_right_ids(demo_register, tmp_path):
    activity, invoices = _split(demo_register)
    with demo_register.session() as session:
        entries = portable.dump(session)
    entry = next(e for e in entries if e.kind == kinds.ACTIVITY and e.data["name"]["nl"] == "Wettelijke plichten")
    named = entry.data["retention_rules"][0]["data_category_ids"]
    assert all(ref.startswith("data_category:") for ref in named) and len(named) == 2
    assert entry.data["retention_rules"][1]["data_category_ids"] == []
    with create_register(tmp_path / "other.ropa", "Ander B.V.") as other:
        # A category of its own first: the ids in the other register differ from the demo's.
        with other.transaction() as session:
            session.add(DataCategory(name={"nl": "Eigen categorie"}))
        with other.transaction() as session:
            merge(session, [portable.Entry(e.kind, e.ref, portable.checked(e.kind, e.data)) for e in entries])
        copied = _id(other, ProcessingActivity, "Wettelijke plichten")
        ids = _kept(other, copied)[0]
        assert ids != invoices
        with other.session() as session:
            assert [session.get(DataCategory, i).name["nl"] for i in ids] == [
                "Uw financiële gegevens (bankgegevens, BTW-nummer e.d.)",
                "Onze transactiegeschiedenis en/of eventuele facturen",
            ]


def test_a_reference_to_something_else_than_a_data_category_is_refused(demo_register):
    with demo_register.session() as session:
        entries = portable.dump(session)
    entry = next(e for e in entries if e.kind == kinds.ACTIVITY and e.data["retention_rules"])
    entry.data["retention_rules"][0]["data_category_ids"] = ["recipient:1"]
    with pytest.raises(portable.PortableError, match="not a data category"):
        with demo_register.transaction() as session:
            merge(session, [portable.Entry(e.kind, e.ref, portable.checked(e.kind, e.data)) for e in entries])


def test_a_category_named_by_a_rule_alone_cannot_be_deleted(demo_register):
    activity = _id(demo_register, ProcessingActivity, "Wettelijke plichten")
    spare, _change = operations.save(
        demo_register, kinds.DATA_CATEGORY, None, {**snapshots.blank(kinds.DATA_CATEGORY), "name": {"nl": "Reserve"}}
    )
    snap = operations.read(demo_register, kinds.ACTIVITY, activity)
    snap["retention_rules"] = [_rule([spare], 2)]
    operations.save(demo_register, kinds.ACTIVITY, activity, snap)
    with pytest.raises(RegisterError) as refused:
        operations.delete(demo_register, kinds.DATA_CATEGORY, spare)
    assert refused.value.code == errors.IN_USE
    assert [(use.kind, use.item_id, use.field) for use in refused.value.uses] == [
        (kinds.ACTIVITY, activity, "retention_rules")
    ]


def test_near_miss_a_category_no_rule_names_is_used_by_its_activities_only(demo_register):
    cv = _category(demo_register, "CV waaronder")
    with demo_register.session() as session:
        assert {use.field for use in usage.uses(session, kinds.DATA_CATEGORY, cv)} == {"data_categories"}
    spare, _change = operations.save(
        demo_register, kinds.DATA_CATEGORY, None, {**snapshots.blank(kinds.DATA_CATEGORY), "name": {"nl": "Reserve"}}
    )
    operations.delete(demo_register, kinds.DATA_CATEGORY, spare)  # named by nothing: deleted
    with pytest.raises(RegisterError) as refused:
        operations.read(demo_register, kinds.DATA_CATEGORY, spare)
    assert refused.value.code == errors.NOT_FOUND
