"""Operations: each change is one transaction, returns what undoes it, and refuses cleanly."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from ropa_desktop.register import errors, kinds, operations, snapshots
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import (
    ActivityStatus,
    Cookie,
    DataCategory,
    DataSubjectCategory,
    ProcessingActivity,
    Purpose,
    Recipient,
    SecurityMeasure,
    Transfer,
)
from ropa_desktop.register.models.catalogues import recipient_sub_processors
from ropa_desktop.register.operations import Change
from ropa_desktop.register.storage import open_register

# --- helpers --------------------------------------------------------------------------------


def _fields(snap: dict) -> dict:
    """The snapshot without the version it was read at (bookkeeping, not an edit)."""
    return {key: value for key, value in snap.items() if key != snapshots.VERSION}


def _named(register, model, nl_name: str) -> int:
    with register.session() as session:
        return session.scalars(select(model.id).where(model.name["nl"].as_string() == nl_name)).one()


def _activity(register, nl_name: str) -> int:
    return _named(register, ProcessingActivity, nl_name)


def _cookie(register, name: str) -> int:
    with register.session() as session:
        return session.scalars(select(Cookie.id).where(Cookie.name["nl"].as_string() == name)).one()


def _transfer(register, country: str, recipient_nl: str | None = None) -> int:
    with register.session() as session:
        query = select(Transfer.id).where(Transfer.country_code == country)
        if recipient_nl:
            query = query.join(Recipient, Recipient.id == Transfer.recipient_id).where(
                Recipient.name["nl"].as_string() == recipient_nl
            )
        return session.scalars(query).one()


def _activity_names(register) -> list[str]:
    with register.session() as session:
        return [
            name["nl"]
            for name in session.scalars(
                select(ProcessingActivity.name).order_by(ProcessingActivity.position, ProcessingActivity.id)
            )
        ]


def _count(register, model) -> int:
    with register.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _without_position(snap: dict) -> dict:
    return {k: v for k, v in snap.items() if k != "position"}


def _everything(register) -> dict:
    """Every item of every kind as a snapshot, with positions: to show nothing changed."""
    found = {}
    with register.session() as session:
        for kind, model in kinds.MODELS.items():
            for obj in session.scalars(select(model).order_by(model.id)):
                snap = snapshots.read_object(kind, obj)
                snap["position"] = getattr(obj, "position", None)
                found[kind, obj.id] = snap
    return found


DEMO_ORDER = [
    "Onze dienstverlening",
    "Wettelijke plichten",
    "Activiteiten als (sub)verwerker",
    "Kwaliteitsdoeleinden",
    "Business to business contact",
    "Administratie",
    "Sollicitaties",
]


# --- read and save ------------------------------------------------------------------------------


def test_read_returns_the_snapshot_and_refuses_a_missing_item(demo_register):
    item = _activity(demo_register, "Administratie")
    assert operations.read(demo_register, kinds.ACTIVITY, item)["name"]["en"] == "Financial administration"
    with pytest.raises(RegisterError) as info:
        operations.read(demo_register, kinds.ACTIVITY, 9999)
    assert info.value.code == errors.NOT_FOUND


def test_organisation_id_is_the_demo_organisation(demo_register):
    org = operations.organisation_id(demo_register)
    assert operations.read(demo_register, kinds.ORGANISATION, org)["legal_name"] == "Connaxis B.V."


def test_saving_a_new_item_creates_it_and_reports_a_structural_change(demo_register):
    snap = snapshots.blank(kinds.DATA_SUBJECT)
    snap["name"] = {"nl": "Stagiairs", "en": "Interns"}
    before = _count(demo_register, DataSubjectCategory)
    new_id, change = operations.save(demo_register, kinds.DATA_SUBJECT, None, snap)
    assert change == Change(kinds.DATA_SUBJECT, (new_id,), structure=True)
    assert _count(demo_register, DataSubjectCategory) == before + 1
    assert _fields(operations.read(demo_register, kinds.DATA_SUBJECT, new_id)) == snap


def test_saving_an_existing_item_edits_it_without_a_structural_change(demo_register):
    item = _activity(demo_register, "Administratie")
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    snap["name"] = {"nl": "Financiële administratie", "en": "Finance"}
    snap["status"] = ActivityStatus.DRAFT
    saved_id, change = operations.save(demo_register, kinds.ACTIVITY, item, snap)
    assert saved_id == item
    assert change == Change(kinds.ACTIVITY, (item,), structure=False)
    assert _fields(operations.read(demo_register, kinds.ACTIVITY, item)) == _fields(snap)
    assert _count(demo_register, ProcessingActivity) == 7
    assert _activity_names(demo_register)[5] == "Financiële administratie"  # kept its place


def test_saving_to_an_id_that_no_longer_exists_recreates_it_as_a_structural_change(demo_register):
    snap = snapshots.blank(kinds.SECURITY_MEASURE)
    snap["name"] = {"nl": "Versleuteling"}
    new_id, change = operations.save(demo_register, kinds.SECURITY_MEASURE, 500, snap)
    assert new_id == 500
    assert change.structure is True and change.ids == (500,)


def test_a_failing_save_changes_nothing(demo_register):
    item = _activity(demo_register, "Administratie")
    before = operations.read(demo_register, kinds.ACTIVITY, item)
    snap = dict(before, name={"nl": "Niet bewaard"}, transfers=[9999])
    with pytest.raises(RegisterError) as info:
        operations.save(demo_register, kinds.ACTIVITY, item, snap)
    assert info.value.code == errors.NOT_FOUND
    assert operations.read(demo_register, kinds.ACTIVITY, item) == before


# --- delete and undo ------------------------------------------------------------------------------


def _delete_and_undo(register, kind: str, item_id: int) -> None:
    before = _everything(register)
    order = operations.order(register, kind) if kind in kinds.ORDERED else None
    snap, change = operations.delete(register, kind, item_id)
    assert change == Change(kind, (item_id,), structure=True)
    assert snap["position"] == before[kind, item_id]["position"]
    assert _without_position(snap) == _without_position(before[kind, item_id])
    with pytest.raises(RegisterError) as info:
        operations.read(register, kind, item_id)
    assert info.value.code == errors.NOT_FOUND
    if order is not None:
        assert operations.order(register, kind) == [i for i in order if i != item_id]

    restored, change = operations.save(register, kind, item_id, snap)
    assert restored == item_id
    assert change.structure is True
    assert _everything(register) == before
    if order is not None:
        assert operations.order(register, kind) == order


def test_delete_of_an_activity_returns_its_snapshot_and_undo_restores_it_in_place(demo_register):
    _delete_and_undo(demo_register, kinds.ACTIVITY, _activity(demo_register, "Activiteiten als (sub)verwerker"))
    assert _activity_names(demo_register) == DEMO_ORDER


def test_deleting_an_activity_removes_its_child_rows(demo_register):
    item = _activity(demo_register, "Administratie")
    operations.delete(demo_register, kinds.ACTIVITY, item)
    with demo_register.session() as session:
        assert session.scalar(select(func.count()).select_from(Purpose).where(Purpose.activity_id == item)) == 0
    assert _activity_names(demo_register) == [n for n in DEMO_ORDER if n != "Administratie"]


def test_delete_of_a_cookie_and_undo_keep_the_cookie_order(demo_register):
    _delete_and_undo(demo_register, kinds.COOKIE, _cookie(demo_register, "_ga"))


def test_delete_of_an_unused_data_subject_category_and_undo(demo_register):
    _delete_and_undo(demo_register, kinds.DATA_SUBJECT, _named(demo_register, DataSubjectCategory, "Websitebezoekers"))


def test_delete_of_an_unused_transfer_and_undo_keeps_its_recipient(demo_register):
    item = _transfer(demo_register, "US", "Google")
    _delete_and_undo(demo_register, kinds.TRANSFER, item)
    with demo_register.session() as session:
        assert session.get(Transfer, item).recipient.name["nl"] == "Google"


def test_delete_of_a_recipient_with_sub_processors_and_undo_restores_them(demo_register):
    snap = snapshots.blank(kinds.RECIPIENT)
    snap["name"] = {"nl": "Nieuwe verwerker"}
    snap["sub_processors"] = [
        _named(demo_register, Recipient, "Hosting- en cloudprovider"),
        _named(demo_register, Recipient, "Google"),
    ]
    item, _ = operations.save(demo_register, kinds.RECIPIENT, None, snap)
    _delete_and_undo(demo_register, kinds.RECIPIENT, item)
    with demo_register.session() as session:
        assert session.scalar(select(func.count()).select_from(recipient_sub_processors)) == 2


@pytest.mark.parametrize(
    ("kind", "model"),
    [
        (kinds.DATA_CATEGORY, DataCategory),
        (kinds.SECURITY_MEASURE, SecurityMeasure),
        (kinds.RECIPIENT, Recipient),
        (kinds.DATA_SUBJECT, DataSubjectCategory),
    ],
)
def test_delete_of_a_new_unused_catalogue_entry_works(demo_register, kind, model):
    snap = snapshots.blank(kind)
    snap["name"] = {"nl": "Tijdelijk"}
    item, _ = operations.save(demo_register, kind, None, snap)
    count = _count(demo_register, model)
    deleted, change = operations.delete(demo_register, kind, item)
    assert change.structure and change.ids == (item,)
    assert deleted["name"] == {"nl": "Tijdelijk"}
    assert _count(demo_register, model) == count - 1


def test_delete_of_a_missing_item_is_refused(demo_register):
    with pytest.raises(RegisterError) as info:
        operations.delete(demo_register, kinds.COOKIE, 9999)
    assert info.value.code == errors.NOT_FOUND


@pytest.mark.parametrize(
    ("kind", "model", "entry", "activities"),
    [
        (
            kinds.DATA_CATEGORY,
            DataCategory,
            "NAW-gegevens en/of bedrijfsgegevens",
            [
                "Onze dienstverlening",
                "Wettelijke plichten",
                "Kwaliteitsdoeleinden",
                "Business to business contact",
                "Administratie",
            ],
        ),
        (
            kinds.DATA_SUBJECT,
            DataSubjectCategory,
            "Sollicitanten",
            ["Sollicitaties"],
        ),
        (kinds.SECURITY_MEASURE, SecurityMeasure, "Toegangsbeheer", DEMO_ORDER),
        (
            kinds.RECIPIENT,
            Recipient,
            "Boekhoudsoftware en administratiekantoor",
            ["Wettelijke plichten", "Administratie"],
        ),
        (
            kinds.RECIPIENT,
            Recipient,
            "Opdrachtgevers (klanten) van Connaxis",
            ["Activiteiten als (sub)verwerker"],
        ),
    ],
)
def test_delete_of_a_catalogue_entry_in_use_is_refused_naming_the_activities(
    demo_register, kind, model, entry, activities
):
    item = _named(demo_register, model, entry)
    before = _everything(demo_register)
    with pytest.raises(RegisterError) as info:
        operations.delete(demo_register, kind, item)
    error = info.value
    assert error.code == errors.IN_USE
    assert "nothing was deleted" in str(error)
    assert [use.name["nl"] for use in error.uses if use.kind == kinds.ACTIVITY] == activities
    assert all(use.kind == kinds.ACTIVITY for use in error.uses)
    assert _everything(demo_register) == before


def test_delete_of_a_transfer_in_use_is_refused(demo_register):
    item = _transfer(demo_register, "AR")
    before = _everything(demo_register)
    with pytest.raises(RegisterError) as info:
        operations.delete(demo_register, kinds.TRANSFER, item)
    assert info.value.code == errors.IN_USE
    assert {u.name["en"] for u in info.value.uses} == {
        "Our services",
        "Activities as (sub-)processor",
        "Quality purposes",
        "Business-to-business contact",
    }
    assert {u.field for u in info.value.uses} == {"transfers"}
    assert _everything(demo_register) == before


def test_delete_of_a_recipient_used_only_outside_activities_is_refused(demo_register):
    """Google is named by a transfer and two cookies, by no activity."""
    item = _named(demo_register, Recipient, "Google")
    before = _everything(demo_register)
    with pytest.raises(RegisterError) as info:
        operations.delete(demo_register, kinds.RECIPIENT, item)
    assert info.value.code == errors.IN_USE
    assert sorted((u.kind, u.field) for u in info.value.uses) == [
        (kinds.COOKIE, "recipient_id"),
        (kinds.COOKIE, "recipient_id"),
        (kinds.TRANSFER, "recipient_id"),
    ]
    assert _everything(demo_register) == before


# --- duplicate ------------------------------------------------------------------------------------


@pytest.mark.parametrize("source_name", ["Onze dienstverlening", "Kwaliteitsdoeleinden", "Sollicitaties"])
def test_duplicate_places_the_copy_right_after_its_source(demo_register, source_name):
    source = _activity(demo_register, source_name)
    before = operations.read(demo_register, kinds.ACTIVITY, source)
    new_id, change = operations.duplicate(demo_register, source, {"nl": "Kopie", "en": "Copy"})
    assert new_id != source
    assert change == Change(kinds.ACTIVITY, (new_id,), structure=True)

    expected = list(DEMO_ORDER)
    expected.insert(DEMO_ORDER.index(source_name) + 1, "Kopie")
    assert _activity_names(demo_register) == expected
    order = operations.order(demo_register, kinds.ACTIVITY)
    assert order[order.index(source) + 1] == new_id
    with demo_register.session() as session:
        positions = list(session.scalars(select(ProcessingActivity.position).order_by(ProcessingActivity.position)))
    assert positions == list(range(8))  # no two activities share a place

    copy = operations.read(demo_register, kinds.ACTIVITY, new_id)
    assert copy["name"] == {"nl": "Kopie", "en": "Copy"}
    assert copy["purposes"] == before["purposes"]
    assert copy["retention_rules"] == before["retention_rules"]
    assert copy["data_categories"] == before["data_categories"]
    for key in snapshots.ACTIVITY_LINKS:
        assert sorted(copy[key]) == sorted(before[key])
    assert dict(copy, name=before["name"]) == before
    # The source is as it was, and owns its own rows still.
    assert operations.read(demo_register, kinds.ACTIVITY, source) == before
    with demo_register.session() as session:
        own = session.scalar(select(func.count()).select_from(Purpose).where(Purpose.activity_id == new_id))
    assert own == len(before["purposes"])


def test_a_copy_is_independent_of_its_source(demo_register):
    source = _activity(demo_register, "Administratie")
    new_id, _ = operations.duplicate(demo_register, source, {"nl": "Kopie"})
    copy = operations.read(demo_register, kinds.ACTIVITY, new_id)
    copy["purposes"] = copy["purposes"][:1]
    copy["data_categories"][0]["wording"] = {"nl": "Alleen in de kopie"}
    operations.save(demo_register, kinds.ACTIVITY, new_id, copy)
    source_snap = operations.read(demo_register, kinds.ACTIVITY, source)
    assert len(source_snap["purposes"]) == 2
    assert source_snap["data_categories"][0]["wording"] == {}


def test_duplicate_of_a_missing_activity_is_refused(demo_register):
    with pytest.raises(RegisterError) as info:
        operations.duplicate(demo_register, 9999, {"nl": "Kopie"})
    assert info.value.code == errors.NOT_FOUND
    assert _count(demo_register, ProcessingActivity) == 7


# --- order and status -----------------------------------------------------------------------------


def test_order_follows_the_statement(demo_register):
    order = operations.order(demo_register, kinds.ACTIVITY)
    assert [operations.read(demo_register, kinds.ACTIVITY, i)["name"]["nl"] for i in order] == DEMO_ORDER
    cookies = operations.order(demo_register, kinds.COOKIE)
    assert [operations.read(demo_register, kinds.COOKIE, i)["name"]["nl"] for i in cookies] == [
        "Sessiecookie",
        "_ga",
        "_gid",
        "Tracking-cookies van sociale-mediaplatforms",
    ]


@pytest.mark.parametrize("kind", kinds.ORDERED)
def test_set_order_puts_items_in_the_given_order(demo_register, kind):
    order = operations.order(demo_register, kind)
    change = operations.set_order(demo_register, kind, reversed(order))
    assert change == Change(kind, (), structure=True)
    assert operations.order(demo_register, kind) == order[::-1]
    model = kinds.MODELS[kind]
    with demo_register.session() as session:
        positions = dict(session.execute(select(model.id, model.position)).all())
    assert [positions[i] for i in order[::-1]] == list(range(len(order)))
    # Undo: the old order back.
    operations.set_order(demo_register, kind, order)
    assert operations.order(demo_register, kind) == order


def test_set_order_keeps_unnamed_items_after_the_named_ones_and_ignores_unknown_ids(demo_register):
    a1, a2, a3, a4, a5, a6, a7 = operations.order(demo_register, kinds.ACTIVITY)
    operations.set_order(demo_register, kinds.ACTIVITY, [a5, 9999, a2, a5])
    assert operations.order(demo_register, kinds.ACTIVITY) == [a5, a2, a1, a3, a4, a6, a7]


def test_set_status_returns_the_previous_statuses_for_undo(demo_register):
    services = _activity(demo_register, "Onze dienstverlening")
    hiring = _activity(demo_register, "Sollicitaties")
    before, change = operations.set_status(demo_register, {services: ActivityStatus.RETIRED, hiring: "draft"})
    assert before == {services: ActivityStatus.ACTIVE, hiring: ActivityStatus.ACTIVE}
    assert change.kind == kinds.ACTIVITY and set(change.ids) == {services, hiring}
    assert change.structure is False
    assert operations.read(demo_register, kinds.ACTIVITY, services)["status"] == ActivityStatus.RETIRED
    assert operations.read(demo_register, kinds.ACTIVITY, hiring)["status"] == ActivityStatus.DRAFT

    again, _ = operations.set_status(demo_register, before)
    assert again == {services: ActivityStatus.RETIRED, hiring: ActivityStatus.DRAFT}
    with demo_register.session() as session:
        statuses = set(session.scalars(select(ProcessingActivity.status)))
    assert statuses == {ActivityStatus.ACTIVE}


def test_set_status_of_a_missing_activity_changes_none(demo_register):
    services = _activity(demo_register, "Onze dienstverlening")
    with pytest.raises(RegisterError) as info:
        operations.set_status(demo_register, {services: ActivityStatus.DRAFT, 9999: ActivityStatus.DRAFT})
    assert info.value.code == errors.NOT_FOUND
    assert operations.read(demo_register, kinds.ACTIVITY, services)["status"] == ActivityStatus.ACTIVE


def test_set_status_refuses_an_unknown_status(demo_register):
    services = _activity(demo_register, "Onze dienstverlening")
    with pytest.raises(ValueError):
        operations.set_status(demo_register, {services: "paused"})
    assert operations.read(demo_register, kinds.ACTIVITY, services)["status"] == ActivityStatus.ACTIVE


# --- a read-only register -------------------------------------------------------------------------


@pytest.fixture
def read_only_register(demo_path, tmp_path):
    """A copy of the demo whose file has no write bit: open_register opens it with SQLite's
    mode=ro, which refuses writes even to root (as in test_storage)."""
    path = tmp_path / "read-only.ropa"
    shutil.copy2(demo_path, path)
    path.chmod(0o444)
    register = open_register(path)
    assert register.read_only
    yield register
    register.close()


def _new_subject() -> dict:
    snap = snapshots.blank(kinds.DATA_SUBJECT)
    snap["name"] = {"nl": "Nieuw"}
    return snap


def _edited_activity(register) -> tuple:
    item = _activity(register, "Administratie")
    snap = operations.read(register, kinds.ACTIVITY, item)
    snap["name"] = {"nl": "Gewijzigd"}
    return (register, kinds.ACTIVITY, item, snap)


READ_ONLY_CASES = {
    "save existing": lambda r: operations.save(*_edited_activity(r)),
    "save new": lambda r: operations.save(r, kinds.DATA_SUBJECT, None, _new_subject()),
    "delete": lambda r: operations.delete(r, kinds.DATA_SUBJECT, _named(r, DataSubjectCategory, "Websitebezoekers")),
    "delete activity": lambda r: operations.delete(r, kinds.ACTIVITY, _activity(r, "Sollicitaties")),
    "duplicate": lambda r: operations.duplicate(r, _activity(r, "Administratie"), {"nl": "Kopie"}),
    "set_order": lambda r: operations.set_order(r, kinds.ACTIVITY, reversed(operations.order(r, kinds.ACTIVITY))),
    "set_status": lambda r: operations.set_status(r, {_activity(r, "Administratie"): ActivityStatus.RETIRED}),
}


@pytest.mark.parametrize("operation", list(READ_ONLY_CASES))
def test_operations_on_a_read_only_register_are_refused_and_change_nothing(read_only_register, operation):
    path = read_only_register.path
    before_bytes = path.read_bytes()
    before = _everything(read_only_register)
    with pytest.raises(RegisterError) as info:
        READ_ONLY_CASES[operation](read_only_register)
    assert info.value.code == errors.READ_ONLY
    assert "read-only" in str(info.value) and "\n" not in str(info.value)
    assert _everything(read_only_register) == before
    assert path.read_bytes() == before_bytes
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no journal left behind


def test_reading_a_read_only_register_works(read_only_register):
    assert operations.order(read_only_register, kinds.ACTIVITY)
    item = _activity(read_only_register, "Administratie")
    assert operations.read(read_only_register, kinds.ACTIVITY, item)["name"]["nl"] == "Administratie"
