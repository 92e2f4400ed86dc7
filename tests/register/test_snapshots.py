"""Snapshots: every item read as a plain dict and written back, to a new item or to its own id."""

from __future__ import annotations

import enum
from datetime import date

import pytest
from sqlalchemy import func, select

from ropa_desktop.register import kinds, snapshots
from ropa_desktop.register.errors import NOT_FOUND, RegisterError
from ropa_desktop.register.models import (
    ActivityDataCategory,
    ActivityRole,
    ActivityStatus,
    Contact,
    Cookie,
    CookieCategory,
    CookieParty,
    DataCategory,
    DataCategoryKind,
    DataSubjectCategory,
    DpiaStatus,
    MeasureKind,
    Office,
    Organisation,
    PeriodUnit,
    ProcessingActivity,
    ProvisionRequirement,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    SecurityMeasure,
    Transfer,
)
from ropa_desktop.register.models.activity import (
    activity_controllers_served,
    activity_data_subjects,
    activity_joint_controllers,
    activity_recipients,
    activity_security_measures,
    activity_transfers,
)
from ropa_desktop.register.models.catalogues import recipient_sub_processors

# --- helpers --------------------------------------------------------------------------------


def _activity_id(register, nl_name: str) -> int:
    with register.session() as session:
        return session.scalars(
            select(ProcessingActivity.id).where(ProcessingActivity.name["nl"].as_string() == nl_name)
        ).one()


def _recipient_id(register, nl_name: str) -> int:
    with register.session() as session:
        return session.scalars(select(Recipient.id).where(Recipient.name["nl"].as_string() == nl_name)).one()


def _category_id(register, nl_name: str) -> int:
    with register.session() as session:
        return session.scalars(select(DataCategory.id).where(DataCategory.name["nl"].as_string() == nl_name)).one()


def _read(register, kind: str, item_id: int):
    with register.session() as session:
        return snapshots.read(session, kind, item_id)


def _write(register, kind: str, item_id: int | None, snap) -> int:
    with register.transaction() as session:
        obj = snapshots.write(session, kind, item_id, snap)
        session.flush()
        return obj.id


def _ids(register, kind: str) -> list[int]:
    model = kinds.MODELS[kind]
    with register.session() as session:
        return list(session.scalars(select(model.id).order_by(model.id)))


def _assert_plain(value, where="snapshot") -> None:
    """Nothing in a snapshot may be an ORM object or a SQLAlchemy mutable container."""
    if isinstance(value, dict):
        assert type(value) is dict, f"{where}: {type(value).__name__}"
        for key, item in value.items():
            assert isinstance(key, str)
            _assert_plain(item, f"{where}.{key}")
    elif isinstance(value, list):
        assert type(value) is list, f"{where}: {type(value).__name__}"
        for index, item in enumerate(value):
            _assert_plain(item, f"{where}[{index}]")
    else:
        assert value is None or isinstance(value, (str, int, bool, date, enum.Enum)), f"{where}: {type(value).__name__}"


def _enrich(register) -> None:
    """The demo has no sub-processors, joint controllers or DPO: add some, so that the round
    trip covers every kind of link."""
    hosting = _recipient_id(register, "Hosting- en cloudprovider")
    mail = _recipient_id(register, "Verzendplatform voor e-mailcampagnes")
    google = _recipient_id(register, "Google")
    social = _recipient_id(register, "Sociale-mediaplatforms")
    b2b = _activity_id(register, "Business to business contact")
    with register.transaction() as session:
        session.get(Recipient, hosting).sub_processors = [
            session.get(Recipient, mail),
            session.get(Recipient, google),
        ]
        session.get(ProcessingActivity, b2b).joint_controllers = [session.get(Recipient, social)]
        org = session.scalars(select(Organisation)).one()
        org.dpo = Contact(name="DPO Services B.V.", email="dpo@example.org", country_code="NL")


# --- round trip -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(kinds.MODELS))
def test_every_item_written_to_a_new_item_reads_back_equal(demo_register, kind):
    _enrich(demo_register)
    model = kinds.MODELS[kind]
    originals = _ids(demo_register, kind)
    assert originals, f"the demo has no {kind}"
    for item_id in originals:
        snap = _read(demo_register, kind, item_id)
        _assert_plain(snap)
        new_id = _write(demo_register, kind, None, snap)
        assert new_id not in originals
        assert _read(demo_register, kind, new_id) == snap
        # The source is untouched by being copied.
        assert _read(demo_register, kind, item_id) == snap
    assert len(_ids(demo_register, kind)) == 2 * len(originals)
    if kind in kinds.ORDERED:
        # Only the position differs: copies go to the end, in the order they were made.
        with demo_register.session() as session:
            positions = dict(session.execute(select(model.id, model.position)).all())
        copies = sorted(set(positions) - set(originals))
        assert [positions[c] for c in copies] == list(
            range(max(positions[o] for o in originals) + 1, max(positions.values()) + 1)
        )


def test_snapshot_covers_every_editable_field_and_no_bookkeeping(demo_register):
    snap = _read(demo_register, kinds.ACTIVITY, _activity_id(demo_register, "Onze dienstverlening"))
    for key in ("id", "created_at", "updated_at", "position", "data_category_links"):
        assert key not in snap
    expected = {
        "name",
        "reference",
        "public_explanation",
        "internal_description",
        "role",
        "data_heading",
        "sources",
        "source_details",
        "criminal_data_authorisation",
        "national_id_legal_basis",
        "automated_decision_making",
        "automated_logic",
        "automated_consequences",
        "provision_requirement",
        "provision_consequence",
        "dpia_screening",
        "dpia_status",
        "dpia_date",
        "dpia_reference",
        "owner",
        "department",
        "systems",
        "internal_notes",
        "status",
        "in_statement",
        "data_subject_categories",
        "recipients",
        "joint_controllers",
        "controllers_served",
        "transfers",
        "security_measures",
        "purposes",
        "retention_rules",
        "data_categories",
    }
    assert set(snap) == expected
    assert set(snap["purposes"][0]) == {
        "description",
        "legal_basis",
        "legitimate_interest",
        "lia_reference",
        "special_category_condition",
        "consent_withdrawal",
        "direct_marketing",
    }


def test_demo_activity_snapshot_holds_its_links_in_order(demo_register):
    snap = _read(demo_register, kinds.ACTIVITY, _activity_id(demo_register, "Onze dienstverlening"))
    assert snap["name"] == {"nl": "Onze dienstverlening", "en": "Our services"}
    assert snap["role"] == ActivityRole.CONTROLLER
    assert snap["recipients"] == [
        _recipient_id(demo_register, name)
        for name in (
            "Hosting- en cloudprovider",
            "Connaxis, vestiging Krakau",
            "Connaxis, vestiging Buenos Aires",
            "Connaxis, vestiging Cochabamba",
            "Connaxis, vestiging Santa Cruz",
        )
    ]
    contact = _category_id(demo_register, "Contactgegevens waaronder e-mail en telefoonnummer")
    first = _category_id(demo_register, "NAW-gegevens en/of bedrijfsgegevens")
    assert snap["data_categories"][:2] == [
        {"id": first, "wording": {}},
        {
            "id": contact,
            "wording": {
                "nl": "Contactgegevens, waaronder e-mail en telefoonnummer",
                "en": "Contact details, including e-mail address and telephone number",
            },
        },
    ]
    assert len(snap["data_categories"]) == 7
    assert [p["legal_basis"] for p in snap["purposes"]] == ["contract"]


def test_reading_a_missing_item_gives_none(demo_register):
    with demo_register.session() as session:
        assert snapshots.read(session, kinds.ACTIVITY, 9999) is None
        assert snapshots.read(session, kinds.COOKIE, 9999) is None


def test_a_snapshot_is_detached_from_what_was_written(demo_register):
    """Changing a snapshot after writing it (undo keeps them) must not change the item."""
    activity = _activity_id(demo_register, "Administratie")
    snap = _read(demo_register, kinds.ACTIVITY, activity)
    with demo_register.transaction() as session:
        snapshots.write(session, kinds.ACTIVITY, activity, snap)
        snap["name"]["nl"] = "Gewijzigd na het schrijven"
        snap["purposes"][0]["description"]["nl"] = "Ook gewijzigd"
        snap["sources"].append("third_party")
    again = _read(demo_register, kinds.ACTIVITY, activity)
    assert again["name"]["nl"] == "Administratie"
    assert again["purposes"][0]["description"]["nl"].startswith("Factureren")
    assert again["sources"] == ["data_subject"]


# --- blank ------------------------------------------------------------------------------------


def test_blank_activity_has_the_model_defaults_and_empty_lists():
    snap = snapshots.blank(kinds.ACTIVITY)
    assert set(snap) == set(snapshots.fields(ProcessingActivity)) | {
        *snapshots.ACTIVITY_LINKS,
        *snapshots.ACTIVITY_CHILDREN,
        "data_categories",
    }
    assert snap["role"] == ActivityRole.CONTROLLER
    assert snap["status"] == ActivityStatus.ACTIVE
    assert snap["dpia_status"] == DpiaStatus.NOT_SCREENED
    assert snap["provision_requirement"] == ProvisionRequirement.NOT_APPLICABLE
    assert snap["in_statement"] is True
    assert snap["automated_decision_making"] is False
    assert snap["name"] == {} and snap["public_explanation"] == {}
    assert snap["sources"] == [] and snap["dpia_screening"] == {}
    assert snap["dpia_date"] is None
    assert snap["owner"] == "" and snap["internal_notes"] == "" and snap["reference"] == ""
    for key in (*snapshots.ACTIVITY_LINKS, *snapshots.ACTIVITY_CHILDREN, "data_categories"):
        assert snap[key] == []
    assert "position" not in snap and "id" not in snap


def test_blank_catalogue_entries_have_the_model_defaults():
    assert snapshots.blank(kinds.DATA_CATEGORY) == {
        "name": {},
        "description": {},
        "kind": DataCategoryKind.ORDINARY,
        "special_category": None,
    }
    assert snapshots.blank(kinds.DATA_SUBJECT) == {"name": {}, "description": {}, "vulnerable": False}
    assert snapshots.blank(kinds.SECURITY_MEASURE) == {
        "name": {},
        "description": {},
        "kind": MeasureKind.ORGANISATIONAL,
    }
    recipient = snapshots.blank(kinds.RECIPIENT)
    assert recipient["kind"] == RecipientKind.PROCESSOR
    assert recipient["sub_processors"] == []
    assert recipient["country_code"] == "" and recipient["dpa_signed"] is None
    assert recipient["partial_adequacy_certified"] is False
    transfer = snapshots.blank(kinds.TRANSFER)
    assert transfer["tool"] == "none"
    assert transfer["recipient_id"] is None and transfer["public_note"] == {}
    cookie = snapshots.blank(kinds.COOKIE)
    assert cookie["party"] == CookieParty.FIRST_PARTY
    assert cookie["category"] == CookieCategory.FUNCTIONAL
    assert cookie["consent_required"] is False and cookie["recipient_id"] is None


def test_blank_organisation_has_no_contacts_or_offices():
    snap = snapshots.blank(kinds.ORGANISATION)
    for role in ("privacy_contact", "dpo", "representative", "supervisory_authority"):
        assert snap[role] is None
    assert snap["offices"] == []
    assert snap["languages"] == ["nl", "en"]
    assert snap["country_code"] == "NL"
    assert snap["rights_response_months"] == 1
    assert not any(key.endswith("_id") for key in snap)


@pytest.mark.parametrize("kind", list(kinds.MODELS))
def test_blank_gives_fresh_containers_each_time(kind):
    pristine = snapshots.blank(kind)
    first = snapshots.blank(kind)
    mutated = False
    for value in first.values():
        if isinstance(value, dict):
            value["nl"] = "changed"
            mutated = True
        elif isinstance(value, list):
            value.append("changed")
            mutated = True
    assert mutated
    assert snapshots.blank(kind) == pristine


def test_blank_child_rows_have_defaults():
    purpose = snapshots.blank_child(Purpose)
    assert purpose == {
        "description": {},
        "legal_basis": "",
        "legitimate_interest": {},
        "lia_reference": "",
        "special_category_condition": "",
        "consent_withdrawal": {},
        "direct_marketing": False,
    }
    rule = snapshots.blank_child(RetentionRule)
    assert rule["period_value"] is None and rule["period_unit"] is None and rule["wording"] == {}


# Fields a new item cannot be stored without (NOT NULL columns without a default).
_REQUIRED = {kinds.TRANSFER: {"country_code": "CH"}}


@pytest.mark.parametrize("kind", kinds.LISTED)
def test_a_blank_item_is_stored_with_its_defaults(demo_register, kind):
    snap = snapshots.blank(kind)
    if "name" in snap and isinstance(snap["name"], dict):
        snap["name"] = {"nl": "Nieuw", "en": "New"}
    snap.update(_REQUIRED.get(kind, {}))
    new_id = _write(demo_register, kind, None, snap)
    assert _read(demo_register, kind, new_id) == snap


def test_a_new_ordered_item_goes_to_the_end(demo_register):
    snap = snapshots.blank(kinds.ACTIVITY)
    snap["name"] = {"nl": "Laatste"}
    new_id = _write(demo_register, kinds.ACTIVITY, None, snap)
    with demo_register.session() as session:
        highest = session.scalar(select(func.max(ProcessingActivity.position)))
        assert session.get(ProcessingActivity, new_id).position == highest == 7


def test_a_position_in_the_snapshot_is_kept(demo_register):
    snap = snapshots.blank(kinds.COOKIE)
    snap.update(name={"nl": "_first"}, position=-1)
    new_id = _write(demo_register, kinds.COOKIE, None, snap)
    with demo_register.session() as session:
        first = session.scalars(select(Cookie).order_by(Cookie.position, Cookie.id)).first()
        assert first.id == new_id and first.position == -1


# --- writing children -------------------------------------------------------------------------


def _purposes_in_db(register, activity_id: int) -> list[tuple[int, int, dict, str]]:
    with register.session() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(Purpose.id, Purpose.position, Purpose.description, Purpose.legal_basis)
                .where(Purpose.activity_id == activity_id)
                .order_by(Purpose.position)
            )
        ]


def test_writing_fewer_purposes_updates_the_first_in_place_and_drops_the_rest(demo_register):
    activity = _activity_id(demo_register, "Administratie")
    before = _purposes_in_db(demo_register, activity)
    assert [basis for *_, basis in before] == ["contract", "legal_obligation"]
    snap = _read(demo_register, kinds.ACTIVITY, activity)
    snap["purposes"] = [dict(snap["purposes"][0], description={"nl": "Factureren", "en": "Invoicing"})]
    _write(demo_register, kinds.ACTIVITY, activity, snap)
    after = _purposes_in_db(demo_register, activity)
    assert after == [(before[0][0], 0, {"nl": "Factureren", "en": "Invoicing"}, "contract")]
    with demo_register.session() as session:
        assert session.get(Purpose, before[1][0]) is None  # the dropped row is gone, not orphaned
        assert session.scalar(select(func.count()).select_from(Purpose).where(Purpose.activity_id.is_(None))) == 0


def test_writing_more_purposes_appends_rows_in_order(demo_register):
    activity = _activity_id(demo_register, "Sollicitaties")
    snap = _read(demo_register, kinds.ACTIVITY, activity)
    extra = snapshots.blank_child(Purpose)
    extra.update(
        description={"nl": "Referenties nagaan"},
        legal_basis="legitimate_interests",
        legitimate_interest={"nl": "zorgvuldige selectie"},
    )
    snap["purposes"] = [*snap["purposes"], extra, dict(extra, legal_basis="consent")]
    _write(demo_register, kinds.ACTIVITY, activity, snap)
    rows = _purposes_in_db(demo_register, activity)
    assert [(pos, basis) for _, pos, _, basis in rows] == [
        (0, "consent"),
        (1, "legitimate_interests"),
        (2, "consent"),
    ]
    assert _read(demo_register, kinds.ACTIVITY, activity)["purposes"] == snap["purposes"]


def test_retention_rules_are_reordered_edited_and_removed(demo_register):
    activity = _activity_id(demo_register, "Sollicitaties")
    snap = _read(demo_register, kinds.ACTIVITY, activity)
    hired, not_hired = snap["retention_rules"][1], snap["retention_rules"][0]
    assert hired["period_value"] == 2 and not_hired["period_value"] == 4
    snap["retention_rules"] = [hired, dict(not_hired, period_value=6, period_unit=PeriodUnit.MONTHS)]
    _write(demo_register, kinds.ACTIVITY, activity, snap)
    with demo_register.session() as session:
        rows = session.execute(
            select(RetentionRule.position, RetentionRule.period_value, RetentionRule.period_unit)
            .where(RetentionRule.activity_id == activity)
            .order_by(RetentionRule.position)
        ).all()
    assert [tuple(r) for r in rows] == [(0, 2, PeriodUnit.YEARS), (1, 6, PeriodUnit.MONTHS)]

    snap["retention_rules"] = []
    _write(demo_register, kinds.ACTIVITY, activity, snap)
    with demo_register.session() as session:
        assert (
            session.scalar(select(func.count()).select_from(RetentionRule).where(RetentionRule.activity_id == activity))
            == 0
        )


def test_links_are_replaced_and_deduplicated(demo_register):
    activity = _activity_id(demo_register, "Administratie")
    google = _recipient_id(demo_register, "Google")
    hosting = _recipient_id(demo_register, "Hosting- en cloudprovider")
    snap = _read(demo_register, kinds.ACTIVITY, activity)
    snap["recipients"] = [google, hosting, google]
    snap["security_measures"] = []
    _write(demo_register, kinds.ACTIVITY, activity, snap)
    with demo_register.session() as session:
        recipients = set(
            session.scalars(
                select(activity_recipients.c.recipient_id).where(activity_recipients.c.activity_id == activity)
            )
        )
        measures = session.scalar(
            select(func.count())
            .select_from(activity_security_measures)
            .where(activity_security_measures.c.activity_id == activity)
        )
    assert recipients == {google, hosting}
    assert measures == 0
    # Link tables keep no order: a snapshot lists each linked entry once.
    assert sorted(_read(demo_register, kinds.ACTIVITY, activity)["recipients"]) == sorted([google, hosting])


def test_a_link_to_a_missing_entry_is_refused_and_nothing_is_written(demo_register):
    activity = _activity_id(demo_register, "Administratie")
    before = _read(demo_register, kinds.ACTIVITY, activity)
    snap = _read(demo_register, kinds.ACTIVITY, activity)
    snap["name"] = {"nl": "Niet opgeslagen"}
    snap["recipients"] = [*snap["recipients"], 9999]
    with pytest.raises(RegisterError) as info:
        _write(demo_register, kinds.ACTIVITY, activity, snap)
    assert info.value.code == NOT_FOUND
    assert _read(demo_register, kinds.ACTIVITY, activity) == before


def test_data_category_wording_is_kept_per_link(demo_register):
    """The same catalogue entry may read differently in each activity that uses it."""
    services = _activity_id(demo_register, "Onze dienstverlening")
    quality = _activity_id(demo_register, "Kwaliteitsdoeleinden")
    specs = _category_id(demo_register, "De specificaties van de product(en) en/of opdracht")
    contact = _category_id(demo_register, "Contactgegevens waaronder e-mail en telefoonnummer")

    def wording(activity_id: int, category_id: int) -> dict:
        with demo_register.session() as session:
            return session.scalars(
                select(ActivityDataCategory.wording).where(
                    ActivityDataCategory.activity_id == activity_id,
                    ActivityDataCategory.data_category_id == category_id,
                )
            ).one()

    quality_specs = wording(quality, specs)
    assert quality_specs["nl"] == "De specificaties van uw gewenste product(en) en/of opdracht"
    assert wording(services, specs) == {}

    snap = _read(demo_register, kinds.ACTIVITY, services)
    for link in snap["data_categories"]:
        if link["id"] == specs:
            link["wording"] = {"nl": "Uw specificaties", "en": "Your specifications"}
    _write(demo_register, kinds.ACTIVITY, services, snap)

    assert wording(services, specs) == {"nl": "Uw specificaties", "en": "Your specifications"}
    assert wording(quality, specs) == quality_specs  # the other activity's wording is its own
    assert wording(services, contact)["nl"] == "Contactgegevens, waaronder e-mail en telefoonnummer"

    # An existing wording is replaced, and an emptied one cleared.
    for link in snap["data_categories"]:
        if link["id"] == contact:
            link["wording"] = {"nl": "E-mail en telefoon", "en": "E-mail and phone"}
    _write(demo_register, kinds.ACTIVITY, services, snap)
    assert wording(services, contact) == {"nl": "E-mail en telefoon", "en": "E-mail and phone"}
    quality_snap = _read(demo_register, kinds.ACTIVITY, quality)
    for link in quality_snap["data_categories"]:
        if link["id"] == specs:
            link["wording"] = {}
    _write(demo_register, kinds.ACTIVITY, quality, quality_snap)
    assert wording(quality, specs) == {}
    assert wording(services, specs) == {"nl": "Uw specificaties", "en": "Your specifications"}
    with demo_register.session() as session:
        catalogue = session.get(DataCategory, specs).name
    assert catalogue["nl"] == "De specificaties van de product(en) en/of opdracht"


def test_data_categories_are_reordered_removed_and_added(demo_register):
    services = _activity_id(demo_register, "Onze dienstverlening")
    cv = _category_id(demo_register, "CV waaronder werkervaring, vaardigheden en expertise(s)")
    snap = _read(demo_register, kinds.ACTIVITY, services)
    first, second = snap["data_categories"][:2]
    snap["data_categories"] = [second, first, {"id": cv, "wording": {"nl": "Uw cv"}}]
    _write(demo_register, kinds.ACTIVITY, services, snap)
    with demo_register.session() as session:
        rows = session.execute(
            select(ActivityDataCategory.data_category_id, ActivityDataCategory.position, ActivityDataCategory.wording)
            .where(ActivityDataCategory.activity_id == services)
            .order_by(ActivityDataCategory.position)
        ).all()
    assert [tuple(r) for r in rows] == [
        (second["id"], 0, second["wording"]),
        (first["id"], 1, {}),
        (cv, 2, {"nl": "Uw cv"}),
    ]


def test_recipient_sub_processors_are_written(demo_register):
    hosting = _recipient_id(demo_register, "Hosting- en cloudprovider")
    mail = _recipient_id(demo_register, "Verzendplatform voor e-mailcampagnes")
    snap = _read(demo_register, kinds.RECIPIENT, hosting)
    snap["sub_processors"] = [mail]
    _write(demo_register, kinds.RECIPIENT, hosting, snap)
    with demo_register.session() as session:
        pairs = session.execute(select(recipient_sub_processors)).all()
    assert [tuple(p) for p in pairs] == [(hosting, mail)]
    snap["sub_processors"] = []
    _write(demo_register, kinds.RECIPIENT, hosting, snap)
    with demo_register.session() as session:
        assert session.execute(select(recipient_sub_processors)).all() == []


def _contacts(register) -> int:
    with register.session() as session:
        return session.scalar(select(func.count()).select_from(Contact))


def test_a_contact_set_to_none_is_removed_and_set_back_is_recreated(demo_register):
    with demo_register.session() as session:
        org_id = session.scalars(select(Organisation.id)).one()
    original = _read(demo_register, kinds.ORGANISATION, org_id)
    authority = original["supervisory_authority"]
    assert authority["name"] == "Autoriteit Persoonsgegevens"
    assert _contacts(demo_register) == 2

    snap = _read(demo_register, kinds.ORGANISATION, org_id)
    snap["supervisory_authority"] = None
    _write(demo_register, kinds.ORGANISATION, org_id, snap)
    with demo_register.session() as session:
        assert session.get(Organisation, org_id).supervisory_authority_id is None
    assert _contacts(demo_register) == 1  # deleted, not left behind

    _write(demo_register, kinds.ORGANISATION, org_id, original)
    with demo_register.session() as session:
        org = session.get(Organisation, org_id)
        assert org.supervisory_authority_id is not None
        assert org.supervisory_authority.name == "Autoriteit Persoonsgegevens"
        assert org.supervisory_authority.website == "https://www.autoriteitpersoonsgegevens.nl"
    assert _contacts(demo_register) == 2
    assert _read(demo_register, kinds.ORGANISATION, org_id) == original


def test_an_edited_contact_keeps_its_row(demo_register):
    with demo_register.session() as session:
        org = session.scalars(select(Organisation)).one()
        org_id, contact_id = org.id, org.privacy_contact_id
    snap = _read(demo_register, kinds.ORGANISATION, org_id)
    snap["privacy_contact"]["email"] = "dpo@connaxis.example"
    snap["dpo"] = {**snap["privacy_contact"], "name": "Functionaris"}
    _write(demo_register, kinds.ORGANISATION, org_id, snap)
    with demo_register.session() as session:
        org = session.get(Organisation, org_id)
        assert org.privacy_contact_id == contact_id
        assert session.get(Contact, contact_id).email == "dpo@connaxis.example"
        assert org.dpo.name == "Functionaris" and org.dpo.email == "dpo@connaxis.example"
    assert _contacts(demo_register) == 3


def test_offices_are_edited_removed_and_added_in_order(demo_register):
    with demo_register.session() as session:
        org_id = session.scalars(select(Organisation.id)).one()
    snap = _read(demo_register, kinds.ORGANISATION, org_id)
    assert [o["city"] for o in snap["offices"]] == [
        "Kraków",
        "Buenos Aires",
        "Cochabamba",
        "Santa Cruz de la Sierra",
    ]
    amsterdam = dict(
        snap["offices"][0],
        name={"nl": "Amsterdam"},
        city="Amsterdam",
        country_code="NL",
        headquarters=False,
        group_entity_id=None,
    )
    snap["offices"] = [dict(snap["offices"][1], city="CABA"), snap["offices"][0], amsterdam]
    _write(demo_register, kinds.ORGANISATION, org_id, snap)
    with demo_register.session() as session:
        rows = session.execute(
            select(Office.position, Office.city, Office.country_code, Office.group_entity_id)
            .where(Office.organisation_id == org_id)
            .order_by(Office.position)
        ).all()
        assert session.scalar(select(func.count()).select_from(Office)) == 3
    assert [tuple(r)[:3] for r in rows] == [(0, "CABA", "AR"), (1, "Kraków", "PL"), (2, "Amsterdam", "NL")]
    assert rows[2].group_entity_id is None
    assert rows[0].group_entity_id == _recipient_id(demo_register, "Connaxis, vestiging Buenos Aires")
    assert _read(demo_register, kinds.ORGANISATION, org_id)["offices"] == snap["offices"]

    # More offices than there were rows: the new ones follow, in order.
    lima = dict(amsterdam, name={"nl": "Lima"}, city="Lima", country_code="PE")
    quito = dict(amsterdam, name={"nl": "Quito"}, city="Quito", country_code="EC")
    snap["offices"] = [*snap["offices"], lima, quito]
    _write(demo_register, kinds.ORGANISATION, org_id, snap)
    with demo_register.session() as session:
        rows = session.execute(
            select(Office.position, Office.city).where(Office.organisation_id == org_id).order_by(Office.id)
        ).all()
    assert sorted(tuple(r) for r in rows) == [
        (0, "CABA"),
        (1, "Kraków"),
        (2, "Amsterdam"),
        (3, "Lima"),
        (4, "Quito"),
    ]
    assert [o["city"] for o in _read(demo_register, kinds.ORGANISATION, org_id)["offices"]] == [
        "CABA",
        "Kraków",
        "Amsterdam",
        "Lima",
        "Quito",
    ]


# --- restoring a deleted item -------------------------------------------------------------------


def _links(register, activity_id: int) -> dict[str, set[int]]:
    tables = {
        "data_subject_categories": (activity_data_subjects, "data_subject_category_id"),
        "recipients": (activity_recipients, "recipient_id"),
        "joint_controllers": (activity_joint_controllers, "recipient_id"),
        "controllers_served": (activity_controllers_served, "recipient_id"),
        "transfers": (activity_transfers, "transfer_id"),
        "security_measures": (activity_security_measures, "security_measure_id"),
    }
    with register.session() as session:
        found = {
            key: set(session.scalars(select(table.c[column]).where(table.c.activity_id == activity_id)))
            for key, (table, column) in tables.items()
        }
        found["data_categories"] = set(
            session.scalars(
                select(ActivityDataCategory.data_category_id).where(ActivityDataCategory.activity_id == activity_id)
            )
        )
        found["purposes"] = {
            session.scalar(select(func.count()).select_from(Purpose).where(Purpose.activity_id == activity_id))
        }
    return found


def test_restoring_a_deleted_activity_by_id_recreates_it_with_its_links(demo_register):
    activity = _activity_id(demo_register, "Activiteiten als (sub)verwerker")
    links = _links(demo_register, activity)
    assert links["controllers_served"] and links["transfers"] and links["data_categories"]
    with demo_register.transaction() as session:
        obj = session.get(ProcessingActivity, activity)
        snap = snapshots.read_object(kinds.ACTIVITY, obj)
        position = obj.position
        session.delete(obj)
    assert _read(demo_register, kinds.ACTIVITY, activity) is None
    gone = _links(demo_register, activity)
    assert all(not v for k, v in gone.items() if k != "purposes") and gone["purposes"] == {0}

    restored = _write(demo_register, kinds.ACTIVITY, activity, dict(snap, position=position))
    assert restored == activity
    assert _read(demo_register, kinds.ACTIVITY, activity) == snap
    assert _links(demo_register, activity) == links
    with demo_register.session() as session:
        assert session.get(ProcessingActivity, activity).position == position


def test_restoring_a_deleted_catalogue_entry_keeps_its_id(demo_register):
    with demo_register.session() as session:
        transfer = session.scalars(select(Transfer.id).where(Transfer.country_code == "US")).one()
    snap = _read(demo_register, kinds.TRANSFER, transfer)
    with demo_register.transaction() as session:
        session.delete(session.get(Transfer, transfer))
    assert _write(demo_register, kinds.TRANSFER, transfer, snap) == transfer
    assert _read(demo_register, kinds.TRANSFER, transfer) == snap


def test_fields_skip_bookkeeping_and_parent_keys():
    assert "activity_id" not in snapshots.fields(Purpose)
    assert "organisation_id" not in snapshots.fields(Office)
    assert "group_entity_id" in snapshots.fields(Office)
    assert "privacy_contact_id" not in snapshots.fields(Organisation)
    assert "recipient_id" in snapshots.fields(Transfer)
    for model in (ProcessingActivity, Cookie, DataCategory, DataSubjectCategory, SecurityMeasure):
        assert not {"id", "created_at", "updated_at", "position"} & set(snapshots.fields(model))
