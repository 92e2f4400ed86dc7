"""New activities added in bulk (register/bulk.py): stored exactly as snapshots.write and a flush
store them, and guarded by the same rules (texts, versions, one transaction)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ropa_desktop.register import bulk, kinds, snapshots
from ropa_desktop.register.merge import merge
from ropa_desktop.register.models import ProcessingActivity, Purpose
from ropa_desktop.register.portable import Entry
from ropa_desktop.register.texts import TextRefused


def _catalogue_ids(register) -> dict[str, list[int]]:
    with register.session() as session:
        return {
            kind: list(session.scalars(select(kinds.MODELS[kind].id).order_by(kinds.MODELS[kind].id)))
            for kind in (
                kinds.RECIPIENT,
                kinds.DATA_CATEGORY,
                kinds.DATA_SUBJECT,
                kinds.SECURITY_MEASURE,
                kinds.TRANSFER,
            )
        }


def _full_snapshot(register) -> dict:
    """An activity that uses every part of a snapshot: texts, child rows, each kind of link,
    a data category listed twice, a link listed twice."""
    ids = _catalogue_ids(register)
    recipients, categories = ids[kinds.RECIPIENT], ids[kinds.DATA_CATEGORY]
    snap = snapshots.blank(kinds.ACTIVITY)
    snap.update(
        {
            "name": {"nl": "Bulkverwerking", "en": "Bulk processing"},
            "reference": "V-07",
            "role": "processor",
            "internal_notes": "Kolom X: tekst\tmet tab\nen een regel",
            "department": "HR",
            "sources": ["data_subject"],
            "purposes": [
                {"description": {"nl": "Eerste doel"}, "legal_basis": "contract"},
                {"description": {"nl": "Tweede doel"}, "legal_basis": "legal_obligation", "legitimate_interest": {}},
            ],
            "retention_rules": [
                {
                    "period_value": 7,
                    "period_unit": "years",
                    "wording": {"nl": "7 jaar"},
                    "starts_from": {"nl": "einde boekjaar"},
                },
                {"period_value": None, "period_unit": None, "criterion": {"nl": "tot afmelding"}},
            ],
            "recipients": [recipients[1], recipients[0], recipients[1]],
            "controllers_served": [recipients[2]],
            "joint_controllers": [],
            "data_subject_categories": ids[kinds.DATA_SUBJECT][:2],
            "security_measures": ids[kinds.SECURITY_MEASURE][:1],
            "transfers": ids[kinds.TRANSFER][:1],
            "data_categories": [
                {"id": categories[2], "wording": {"nl": "adres"}},
                {"id": categories[0], "wording": {}},
                {"id": categories[2], "wording": {"nl": "tweede keer"}},
            ],
            "position": 90,
        }
    )
    return snap


def _stored(register, item_id: int) -> dict:
    with register.session() as session:
        snap = snapshots.read(session, kinds.ACTIVITY, item_id)
        activity = session.get(ProcessingActivity, item_id)
        snap["version"] = activity.version
        snap["position"] = activity.position
        snap["child positions"] = [row.position for row in activity.purposes]
        return snap


def test_an_activity_added_in_bulk_is_stored_as_the_orm_stores_it(demo_register):
    snap = _full_snapshot(demo_register)
    with demo_register.transaction() as session:
        through_orm = snapshots.write(session, kinds.ACTIVITY, None, snap)
        session.flush()
        orm_id = through_orm.id
    with demo_register.transaction() as session:
        (bulk_id,) = bulk.add_activities(session, [snap], [{}])
    assert bulk_id != orm_id
    orm, added = _stored(demo_register, orm_id), _stored(demo_register, bulk_id)
    assert added == orm
    # What the comparison rests on, spelled out: a link listed twice stored once (links have
    # no order of their own), a category listed twice keeping its first place and wording,
    # rows in their order.
    assert sorted(added["recipients"]) == sorted(set(snap["recipients"]))
    assert added["data_categories"] == [snap["data_categories"][0], snap["data_categories"][1]]
    assert [p["description"]["nl"] for p in added["purposes"]] == ["Eerste doel", "Tweede doel"]
    assert added["child positions"] == [0, 1]
    assert (added["version"], added["position"]) == (1, 90)


def test_the_ids_come_back_in_the_order_of_the_snapshots(demo_register):
    snaps = []
    for name in ("Een", "Twee", "Drie"):
        snap = snapshots.blank(kinds.ACTIVITY)
        snap["name"] = {"nl": name}
        snaps.append(snap)
    with demo_register.transaction() as session:
        ids = bulk.add_activities(session, snaps, [{}, {}, {}])
    assert [_stored(demo_register, i)["name"] for i in ids] == [{"nl": "Een"}, {"nl": "Twee"}, {"nl": "Drie"}]


def test_a_refused_text_refuses_the_whole_bulk_and_nothing_is_stored(demo_register):
    good, bad = snapshots.blank(kinds.ACTIVITY), snapshots.blank(kinds.ACTIVITY)
    good["name"], bad["name"] = {"nl": "Goed"}, {"nl": "Ook goed"}
    bad["purposes"] = [{"description": {"nl": "Doel met \x07 bel"}, "legal_basis": "contract"}]
    with demo_register.session() as session:
        before = (
            session.scalar(select(func.count(ProcessingActivity.id))),
            session.scalar(select(func.count(Purpose.id))),
        )
    with pytest.raises(TextRefused) as refused:
        with demo_register.transaction() as session:
            bulk.add_activities(session, [good, bad], [{}, {}])
    assert refused.value.field == "description"
    with demo_register.session() as session:
        after = (
            session.scalar(select(func.count(ProcessingActivity.id))),
            session.scalar(select(func.count(Purpose.id))),
        )
    assert after == before


def test_a_tab_and_a_line_break_are_accepted_as_the_flush_accepts_them(demo_register):
    snap = snapshots.blank(kinds.ACTIVITY)
    snap["name"] = {"nl": "Tab"}
    snap["internal_notes"] = "a\tb\nc"
    with demo_register.transaction() as session:
        (item_id,) = bulk.add_activities(session, [snap], [{}])
    assert _stored(demo_register, item_id)["internal_notes"] == "a\tb\nc"


def _entry(number: int, name: str, purpose: str) -> Entry:
    return Entry(
        kinds.ACTIVITY,
        f"activity:row:{number}",
        {"name": {"nl": name}, "purposes": [{"description": {"nl": purpose}, "legal_basis": "contract"}]},
        partial=True,
    )


def test_a_row_repeated_in_one_import_updates_the_activity_it_added_which_stays_at_version_1(demo_register):
    with demo_register.transaction() as session:
        outcomes = merge(
            session, [_entry(2, "Dubbel", "Eerste"), _entry(3, "Nieuw", "Doel"), _entry(4, "dubbel", "Tweede")]
        )
    assert outcomes[kinds.ACTIVITY].added == ["Dubbel", "Nieuw"]
    assert outcomes[kinds.ACTIVITY].updated == ["Dubbel"]  # matched by name: the name stays as it was
    with demo_register.session() as session:
        found = session.scalars(
            select(ProcessingActivity).where(ProcessingActivity.name["nl"].as_string() == "Dubbel")
        ).all()
        assert len(found) == 1
        assert found[0].version == 1
        assert [p.description["nl"] for p in found[0].purposes] == ["Tweede"]


def test_the_same_row_in_a_later_import_raises_the_version(demo_register):
    with demo_register.transaction() as session:
        merge(session, [_entry(2, "Dubbel", "Eerste")])
    with demo_register.transaction() as session:
        merge(session, [_entry(2, "Dubbel", "Tweede")])
    with demo_register.session() as session:
        (found,) = session.scalars(
            select(ProcessingActivity).where(ProcessingActivity.name["nl"].as_string() == "Dubbel")
        ).all()
        assert found.version == 2


def test_a_catalogue_entry_named_twice_in_one_import_is_added_once_and_linked_once(demo_register):
    entries = [
        Entry(kinds.RECIPIENT, "recipient:1", {"name": {"nl": "Leverancier Bulk"}}, partial=True),
        Entry(
            kinds.RECIPIENT, "recipient:2", {"name": {"nl": "leverancier bulk"}, "notes": "tweede rij"}, partial=True
        ),
        Entry(
            kinds.ACTIVITY,
            "activity:row:2",
            {"name": {"nl": "Met leverancier"}, "recipients": ["recipient:1", "recipient:2"]},
            partial=True,
        ),
    ]
    with demo_register.transaction() as session:
        outcomes = merge(session, entries)
    assert outcomes[kinds.RECIPIENT].added == ["Leverancier Bulk"]
    assert outcomes[kinds.RECIPIENT].updated == ["Leverancier Bulk"]
    with demo_register.session() as session:
        (activity,) = session.scalars(
            select(ProcessingActivity).where(ProcessingActivity.name["nl"].as_string() == "Met leverancier")
        ).all()
        assert [(r.name["nl"], r.notes, r.version) for r in activity.recipients] == [
            ("Leverancier Bulk", "tweede rij", 1)
        ]
