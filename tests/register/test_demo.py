"""The demo register holds the seed statement: every section, bullet, contact and date."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Mapper

from ropa_desktop.register.models import (
    ActivityRole,
    Base,
    Cookie,
    Organisation,
    ProcessingActivity,
    RecipientKind,
    StatementText,
    Transfer,
)
from ropa_desktop.register.storage import open_register


def fold(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip().casefold()
    return text.rstrip(";.").strip()


def seed_sections(seed: str, headings: list[str]) -> dict[str, dict[str, list[str]]]:
    """Per activity heading of the seed: its bullets under 'Welke gegevens' and 'Hoe lang'."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = part = None
    for raw in seed.splitlines():
        line = raw.strip()
        if line in headings:
            current, part = line, None
            sections[line] = {"data": [], "retention": []}
        elif line in {"Ons cookiebeleid"}:
            current = None
        elif current and line.startswith("Welke gegevens"):
            part = "data"
        elif current and line.startswith("Hoe lang bewaren"):
            part = "retention"
        elif current and part and line.startswith("•"):
            sections[current][part].append(fold(line.lstrip("•")))
    return sections


@pytest.fixture
def demo(demo_path):
    with open_register(demo_path) as register, register.session() as session:
        yield session


@pytest.fixture
def activities(demo) -> list[ProcessingActivity]:
    return demo.scalars(select(ProcessingActivity).order_by(ProcessingActivity.position)).all()


SEED_ACTIVITIES = [
    "Onze dienstverlening",
    "Wettelijke plichten",
    "Activiteiten als (sub)verwerker",
    "Kwaliteitsdoeleinden",
    "Business to business contact",
    "Administratie",
    "Sollicitaties",
]


def test_the_seven_activities_in_the_seed_order(activities):
    assert [a.name["nl"] for a in activities] == SEED_ACTIVITIES
    assert all(a.name["en"] for a in activities)
    assert all(a.in_statement for a in activities)


def test_every_bullet_of_every_activity_in_order(activities, seed_text):
    sections = seed_sections(seed_text, SEED_ACTIVITIES)
    assert len(sections) == 7
    for activity in activities:
        expected = sections[activity.name["nl"]]
        data = [fold(link.wording.get("nl") or link.data_category.name["nl"]) for link in activity.data_category_links]
        retention = [fold(rule.wording["nl"]) for rule in activity.retention_rules]
        assert data == expected["data"], activity.name["nl"]
        assert retention == expected["retention"], activity.name["nl"]
        assert expected["data"] and expected["retention"]


def test_every_bullet_line_of_the_seed_is_held(demo, activities, seed_text):
    """The plain requirement: each '•' line of the seed is a text of the register."""
    held = set()
    for activity in activities:
        held |= {fold(link.wording.get("nl") or link.data_category.name["nl"]) for link in activity.data_category_links}
        held |= {fold(r.wording["nl"]) for r in activity.retention_rules}
    from ropa_desktop.register.reference.vocabulary import enum_label

    rights = {
        fold(enum_label("data_subject_right", r, "nl"))
        for r in ("access", "erasure", "rectification", "restriction", "objection", "portability")
    }
    bullets = [fold(line.strip().lstrip("•")) for line in seed_text.splitlines() if line.strip().startswith("•")]
    missing = [b for b in bullets if b not in held and not b.startswith("het recht")]
    assert missing == []
    assert len([b for b in bullets if b.startswith("het recht")]) == 6
    assert rights  # the rights list comes from the vocabulary, not the register


def test_explanations_are_the_seed_paragraphs(activities, seed_text):
    # The one change: the right to erasure is named by its AVG term (glossary.md, one term per concept).
    seed_text = seed_text.replace("uw recht op vergetelheid", "uw recht op gegevenswissing (‘recht op vergetelheid’)")
    paragraphs = {fold(line) for line in seed_text.splitlines() if line.strip()}
    for activity in activities:
        assert fold(activity.public_explanation["nl"]) in paragraphs, activity.name["nl"]


def test_legal_bases_and_roles(activities):
    by_name = {a.name["nl"]: a for a in activities}
    bases = {name: {p.legal_basis for p in a.purposes} for name, a in by_name.items()}
    assert bases["Onze dienstverlening"] == {"contract"}
    assert bases["Wettelijke plichten"] == {"legal_obligation"}
    assert bases["Kwaliteitsdoeleinden"] == {"legitimate_interests"}
    assert bases["Business to business contact"] == {"legitimate_interests"}
    assert bases["Administratie"] == {"contract", "legal_obligation"}
    assert bases["Sollicitaties"] == {"consent"}
    processor = by_name["Activiteiten als (sub)verwerker"]
    assert processor.role is ActivityRole.PROCESSOR
    assert processor.controllers_served and all(
        r.kind is RecipientKind.CLIENT_CONTROLLER for r in processor.controllers_served
    )
    assert all(a.role is ActivityRole.CONTROLLER for a in activities if a is not processor)
    for a in activities:
        for p in a.purposes:
            if p.legal_basis == "legitimate_interests":
                assert p.legitimate_interest["nl"] and p.legitimate_interest["en"]
    assert "public_source" in by_name["Business to business contact"].sources
    seven_years = [(r.period_value, r.period_unit) for r in by_name["Wettelijke plichten"].retention_rules]
    assert seven_years == [(7, "years")]


def test_organisation_contacts_offices_and_authority(demo, seed_text):
    org = demo.scalars(select(Organisation)).one()
    assert org.legal_name == "Connaxis B.V."
    assert org.statement_date == date(2018, 7, 1)
    assert org.languages == ["nl", "en"]
    assert fold(org.description["nl"]) in {fold(line) for line in seed_text.splitlines()}
    contact = org.privacy_contact
    for value in (contact.name, contact.address, contact.postal_code, contact.city, contact.email, contact.phone):
        assert value and value in seed_text
    assert (contact.email, contact.phone) == ("privacy@connaxis.com", "+31 20 777 39 62")
    authority = org.supervisory_authority
    for value in (
        authority.name,
        authority.address,
        authority.postal_code,
        authority.city,
        authority.phone,
        authority.website,
    ):
        assert value and value in seed_text
    offices = [(o.city, o.country_code) for o in org.offices]
    assert [c for _, c in offices] == ["PL", "AR", "BO", "BO"]
    assert all(o.group_entity and o.group_entity.kind is RecipientKind.GROUP_ENTITY for o in org.offices)
    assert org.dpo is None and org.representative is None


def test_transfers_show_what_2018_left_open(demo):
    by_country = {}
    for t in demo.scalars(select(Transfer)):
        by_country.setdefault(t.country_code, set()).add(t.tool)
    assert by_country["BO"] == {"none"}  # an internal policy is no transfer tool
    assert by_country["AR"] == {"adequacy"}
    assert "US" in by_country  # Google Analytics
    assert "PL" not in by_country  # Kraków is in the EEA


def test_cookies_by_category(demo):
    cookies = demo.scalars(select(Cookie).order_by(Cookie.position)).all()
    assert {c.category.value for c in cookies} == {"functional", "analytics", "marketing"}
    assert all(c.consent_required for c in cookies if c.category.value == "marketing")
    analytics = [c for c in cookies if c.category.value == "analytics"]
    assert analytics and all(c.recipient and c.recipient.country_code == "US" for c in analytics)


def test_register_texts_of_the_statement_are_from_the_seed(demo, seed_text):
    lines = {fold(line) for line in seed_text.splitlines() if line.strip()}
    texts = demo.scalars(select(StatementText)).all()
    keys = {t.key for t in texts}
    assert {"processing.intro", "cookies.intro", "rights.intro", "sharing.intro", "complaint.intro"} <= keys
    for t in texts:
        assert fold(t.text["nl"]) in lines, t.key


def _localized_columns() -> list[tuple[type, str]]:
    found = []
    for mapper in Base.registry.mappers:
        assert isinstance(mapper, Mapper)
        for column in mapper.columns:
            if type(column.type).__name__ == "JSON" and column.key not in (
                "sources",
                "dpia_screening",
                "languages",
                "data_category_ids",
            ):
                found.append((mapper.class_, column.key))
    return found


def test_every_dutch_public_text_has_an_english_version(demo):
    columns = _localized_columns()
    assert len(columns) > 20
    checked = 0
    for model, key in columns:
        for obj in demo.scalars(select(model)):
            texts = getattr(obj, key)
            if texts.get("nl"):
                checked += 1
                assert texts.get("en"), f"{model.__name__}.{key}: {texts['nl'][:60]!r} has no English"
    assert checked > 100


def test_every_code_in_the_demo_is_known_reference_data(demo, activities):
    from ropa_desktop.register.models import Recipient
    from ropa_desktop.register.reference import countries, vocabulary

    for activity in activities:
        for purpose in activity.purposes:
            if activity.role is ActivityRole.PROCESSOR and not purpose.legal_basis:
                continue  # the controller we act for sets the basis
            assert vocabulary.is_term("legal_bases", purpose.legal_basis), purpose.legal_basis
        assert all(vocabulary.is_term("dpia_criteria", k) for k in activity.dpia_screening)
    for transfer in demo.scalars(select(Transfer)):
        assert vocabulary.is_term("transfer_tools", transfer.tool), transfer.tool
        assert countries.is_country(transfer.country_code) and not countries.in_eea(transfer.country_code)
    for recipient in demo.scalars(select(Recipient)):
        assert not recipient.country_code or countries.is_country(recipient.country_code)
