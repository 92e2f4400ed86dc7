"""Where a catalogue entry is used: every field of every kind that can refer to it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa_desktop.register import kinds, operations, snapshots, usage
from ropa_desktop.register.models import (
    Cookie,
    DataCategory,
    DataSubjectCategory,
    Organisation,
    ProcessingActivity,
    Recipient,
    SecurityMeasure,
    Transfer,
)
from ropa_desktop.register.storage import open_register
from ropa_desktop.register.usage import Use


@pytest.fixture
def demo(demo_path):
    """The shared demo, only read."""
    with open_register(demo_path) as register, register.session() as session:
        yield session


def _id(session, model, nl_name: str) -> int:
    return session.scalars(select(model.id).where(model.name["nl"].as_string() == nl_name)).one()


def _activities(session) -> dict[str, int]:
    return {
        name["nl"]: item_id for item_id, name in session.execute(select(ProcessingActivity.id, ProcessingActivity.name))
    }


def _uses(session, kind: str, item_id: int) -> list[tuple[str, str, str]]:
    """(kind, Dutch name or plain name, field) of each use, in the order given."""
    return [
        (u.kind, u.name["nl"] if isinstance(u.name, dict) else u.name, u.field)
        for u in usage.uses(session, kind, item_id)
    ]


def _activity_uses(names: list[str], field: str) -> list[tuple[str, str, str]]:
    return [(kinds.ACTIVITY, name, field) for name in names]


def test_uses_of_a_data_category(demo):
    item = _id(demo, DataCategory, "De specificaties van de product(en) en/of opdracht")
    assert _uses(demo, kinds.DATA_CATEGORY, item) == _activity_uses(
        ["Onze dienstverlening", "Kwaliteitsdoeleinden"], "data_categories"
    )
    cv = _id(demo, DataCategory, "CV waaronder werkervaring, vaardigheden en expertise(s)")
    assert _uses(demo, kinds.DATA_CATEGORY, cv) == _activity_uses(["Sollicitaties"], "data_categories")


def test_uses_name_the_activity_in_every_language_by_id(demo):
    item = _id(demo, DataCategory, "CV waaronder werkervaring, vaardigheden en expertise(s)")
    [use] = usage.uses(demo, kinds.DATA_CATEGORY, item)
    assert use == Use(
        kinds.ACTIVITY,
        _activities(demo)["Sollicitaties"],
        {"nl": "Sollicitaties", "en": "Job applications"},
        "data_categories",
    )
    assert type(use.name) is dict


def test_uses_of_a_data_subject_category(demo):
    item = _id(demo, DataSubjectCategory, "Leveranciers")
    assert _uses(demo, kinds.DATA_SUBJECT, item) == _activity_uses(
        ["Wettelijke plichten", "Business to business contact", "Administratie"],
        "data_subject_categories",
    )


def test_uses_of_a_security_measure(demo):
    item = _id(demo, SecurityMeasure, "Verwerkersovereenkomsten")
    assert [name for _, name, _ in _uses(demo, kinds.SECURITY_MEASURE, item)] == [
        "Onze dienstverlening",
        "Wettelijke plichten",
        "Activiteiten als (sub)verwerker",
        "Kwaliteitsdoeleinden",
        "Business to business contact",
        "Administratie",
        "Sollicitaties",
    ]
    assert {field for *_, field in _uses(demo, kinds.SECURITY_MEASURE, item)} == {"security_measures"}


def test_uses_of_a_transfer(demo):
    item = demo.scalars(select(Transfer.id).where(Transfer.country_code == "AR")).one()
    assert _uses(demo, kinds.TRANSFER, item) == _activity_uses(
        [
            "Onze dienstverlening",
            "Activiteiten als (sub)verwerker",
            "Kwaliteitsdoeleinden",
            "Business to business contact",
        ],
        "transfers",
    )


def test_unused_entries_have_no_uses(demo):
    assert usage.uses(demo, kinds.DATA_SUBJECT, _id(demo, DataSubjectCategory, "Websitebezoekers")) == []
    us = demo.scalars(select(Transfer.id).where(Transfer.country_code == "US")).one()
    assert usage.uses(demo, kinds.TRANSFER, us) == []
    assert usage.uses(demo, kinds.DATA_CATEGORY, 9999) == []


@pytest.mark.parametrize("kind", [kinds.ACTIVITY, kinds.COOKIE, kinds.ORGANISATION])
def test_items_that_are_not_catalogue_entries_have_no_uses(demo, kind):
    assert usage.uses(demo, kind, 1) == []


def test_recipient_used_by_activities_a_transfer_and_an_office(demo):
    item = _id(demo, Recipient, "Connaxis, vestiging Cochabamba")
    transfer = demo.scalars(select(Transfer.id).where(Transfer.recipient_id == item)).one()
    organisation = demo.scalars(select(Organisation.id)).one()
    found = usage.uses(demo, kinds.RECIPIENT, item)
    assert [(u.kind, u.field) for u in found] == [
        *[(kinds.ACTIVITY, "recipients")] * 4,
        (kinds.TRANSFER, "recipient_id"),
        (kinds.ORGANISATION, "offices"),
    ]
    assert [u.name["nl"] for u in found if u.kind == kinds.ACTIVITY] == [
        "Onze dienstverlening",
        "Activiteiten als (sub)verwerker",
        "Kwaliteitsdoeleinden",
        "Business to business contact",
    ]
    assert found[4] == Use(kinds.TRANSFER, transfer, "BO", "recipient_id")
    assert found[5] == Use(kinds.ORGANISATION, organisation, {"nl": "Cochabamba", "en": "Cochabamba"}, "offices")


def test_recipient_in_the_eea_is_used_as_office_group_entity(demo):
    item = _id(demo, Recipient, "Connaxis, vestiging Krakau")
    found = usage.uses(demo, kinds.RECIPIENT, item)
    assert [u for u in found if u.kind != kinds.ACTIVITY] == [
        Use(
            kinds.ORGANISATION, demo.scalars(select(Organisation.id)).one(), {"nl": "Krakau", "en": "Kraków"}, "offices"
        )
    ]


def test_recipient_used_by_cookies_and_a_transfer(demo):
    google = _id(demo, Recipient, "Google")
    cookies = {name["nl"]: cookie_id for name, cookie_id in demo.execute(select(Cookie.name, Cookie.id))}
    transfer = demo.scalars(select(Transfer.id).where(Transfer.country_code == "US")).one()
    assert usage.uses(demo, kinds.RECIPIENT, google) == [
        Use(kinds.TRANSFER, transfer, "US", "recipient_id"),
        Use(kinds.COOKIE, cookies["_ga"], {"nl": "_ga", "en": "_ga"}, "recipient_id"),
        Use(kinds.COOKIE, cookies["_gid"], {"nl": "_gid", "en": "_gid"}, "recipient_id"),
    ]
    social = _id(demo, Recipient, "Sociale-mediaplatforms")
    assert usage.uses(demo, kinds.RECIPIENT, social) == [
        Use(
            kinds.COOKIE,
            cookies["Tracking-cookies van sociale-mediaplatforms"],
            {"nl": "Tracking-cookies van sociale-mediaplatforms", "en": "Tracking cookies of social media platforms"},
            "recipient_id",
        )
    ]


def test_recipient_used_as_controller_served(demo):
    clients = _id(demo, Recipient, "Opdrachtgevers (klanten) van Connaxis")
    assert _uses(demo, kinds.RECIPIENT, clients) == _activity_uses(
        ["Activiteiten als (sub)verwerker"], "controllers_served"
    )


def test_recipient_used_as_joint_controller_and_recipient_of_one_activity(demo_register):
    with demo_register.session() as session:
        social = _id(session, Recipient, "Sociale-mediaplatforms")
        b2b = _activities(session)["Business to business contact"]
    snap = operations.read(demo_register, kinds.ACTIVITY, b2b)
    snap["joint_controllers"] = [social]
    snap["recipients"] = [*snap["recipients"], social]
    operations.save(demo_register, kinds.ACTIVITY, b2b, snap)
    with demo_register.session() as session:
        assert _uses(session, kinds.RECIPIENT, social) == [
            (kinds.ACTIVITY, "Business to business contact", "recipients"),
            (kinds.ACTIVITY, "Business to business contact", "joint_controllers"),
            (kinds.COOKIE, "Tracking-cookies van sociale-mediaplatforms", "recipient_id"),
        ]


def test_recipient_used_as_sub_processor(demo_register):
    with demo_register.session() as session:
        hosting = _id(session, Recipient, "Hosting- en cloudprovider")
        mail = _id(session, Recipient, "Verzendplatform voor e-mailcampagnes")
    snap = snapshots.blank(kinds.RECIPIENT)
    snap["name"] = {"nl": "Back-updienst", "en": "Backup service"}
    backup, _ = operations.save(demo_register, kinds.RECIPIENT, None, snap)
    for processor in (hosting, mail):
        snap = operations.read(demo_register, kinds.RECIPIENT, processor)
        snap["sub_processors"] = [backup]
        operations.save(demo_register, kinds.RECIPIENT, processor, snap)
    with demo_register.session() as session:
        found = usage.uses(session, kinds.RECIPIENT, backup)
        assert sorted(found, key=lambda u: u.item_id) == sorted(
            [
                Use(
                    kinds.RECIPIENT,
                    hosting,
                    {"nl": "Hosting- en cloudprovider", "en": "Hosting and cloud provider"},
                    "sub_processors",
                ),
                Use(
                    kinds.RECIPIENT,
                    mail,
                    {"nl": "Verzendplatform voor e-mailcampagnes", "en": "E-mail campaign delivery platform"},
                    "sub_processors",
                ),
            ],
            key=lambda u: u.item_id,
        )
        # Having sub-processors is no use of the processor itself.
        assert all(u.field != "sub_processors" for u in usage.uses(session, kinds.RECIPIENT, hosting))


def test_activity_uses_follow_the_statement_order(demo_register):
    order = operations.order(demo_register, kinds.ACTIVITY)
    operations.set_order(demo_register, kinds.ACTIVITY, reversed(order))
    with demo_register.session() as session:
        measure = _id(session, SecurityMeasure, "Toegangsbeheer")
        assert [u.item_id for u in usage.uses(session, kinds.SECURITY_MEASURE, measure)] == order[::-1]


def test_every_entry_the_demo_links_is_reported_used(demo):
    """Cross-check against the ORM relationships: each activity link appears as a use."""
    expected: dict[tuple[str, int], set[tuple[int, str]]] = {}
    for activity in demo.scalars(select(ProcessingActivity)):
        for field, kind in (
            ("data_categories", kinds.DATA_CATEGORY),
            ("data_subject_categories", kinds.DATA_SUBJECT),
            ("recipients", kinds.RECIPIENT),
            ("joint_controllers", kinds.RECIPIENT),
            ("controllers_served", kinds.RECIPIENT),
            ("transfers", kinds.TRANSFER),
            ("security_measures", kinds.SECURITY_MEASURE),
        ):
            for entry in getattr(activity, field):
                expected.setdefault((kind, entry.id), set()).add((activity.id, field))
    for (kind, entry_id), places in expected.items():
        found = {(u.item_id, u.field) for u in usage.uses(demo, kind, entry_id) if u.kind == kinds.ACTIVITY}
        assert found == places, (kind, entry_id)
