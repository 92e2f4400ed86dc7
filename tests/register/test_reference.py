"""Reference data: complete vocabularies in Dutch and English, countries, EEA, adequacy."""

from __future__ import annotations

from datetime import date

import pytest

from ropa_desktop.register.models import enums
from ropa_desktop.register.reference import authorities, countries, vocabulary

LANGS = ("nl", "en")


@pytest.mark.parametrize("name", vocabulary.VOCABULARIES)
def test_every_term_has_a_key_and_both_labels(name):
    terms = vocabulary.terms(name)
    keys = [t.key for t in terms]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for term in terms:
        for lang in LANGS:
            assert term.label.get(lang), f"{name}/{term.key} has no {lang} label"
    assert vocabulary.source(name)


def test_the_law_has_the_expected_number_of_terms():
    count = {name: len(vocabulary.terms(name)) for name in vocabulary.VOCABULARIES}
    assert count["legal_bases"] == 6
    assert count["special_categories"] == 8
    assert count["special_conditions"] == 10
    dpia = vocabulary.terms("dpia_criteria")
    assert len([t for t in dpia if t.list == "wp248"]) == 9
    assert len([t for t in dpia if t.list == "ap"]) == 17
    tools = vocabulary.terms("transfer_tools")
    assert {t.group for t in tools} == {"adequacy", "art46", "art46_3", "art49", "none"}
    assert len([t for t in tools if t.group == "art49"]) == 8


def test_legal_bases_have_statement_wording():
    for term in vocabulary.terms("legal_bases"):
        assert all(term.statement.get(lang) for lang in LANGS), term.key
    assert vocabulary.term("legal_bases", "consent").ref == "Art. 6(1)(a)"


ENUM_LISTS = {
    "activity_role": enums.ActivityRole,
    "activity_status": enums.ActivityStatus,
    "recipient_kind": enums.RecipientKind,
    "data_category_kind": enums.DataCategoryKind,
    "data_source": enums.DataSource,
    "provision_requirement": enums.ProvisionRequirement,
    "dpia_status": enums.DpiaStatus,
    "period_unit": enums.PeriodUnit,
    "measure_kind": enums.MeasureKind,
    "cookie_category": enums.CookieCategory,
    "cookie_party": enums.CookieParty,
}


@pytest.mark.parametrize("list_name", ENUM_LISTS)
def test_every_closed_list_value_has_both_labels(list_name):
    from ropa_desktop.resources_path import load_toml

    labels = load_toml("vocabularies", "enums.toml")[list_name]
    for value in ENUM_LISTS[list_name]:
        for lang in LANGS:
            assert labels[value.value][lang], f"{list_name}/{value.value}/{lang}"
    assert vocabulary.enum_label("activity_role", "processor", "nl") != vocabulary.enum_label(
        "activity_role", "processor", "en"
    )


def test_country_names_come_in_dutch_and_english():
    assert countries.country_name("BO", "nl") == "Bolivia"
    assert countries.country_name("AR", "nl") == "Argentinië"
    assert countries.country_name("PL", "nl") == "Polen"
    assert countries.country_name("US", "en") == "United States"
    assert countries.country_name("XP", "en") == "European Patent Organisation"
    assert countries.is_country("NL") and not countries.is_country("XX")
    names = dict(countries.countries("nl"))
    assert names["DE"] == "Duitsland" and len(names) > 240


def test_eea_is_the_27_plus_iceland_liechtenstein_norway():
    members = countries.eea_members()
    assert len(members) == 30
    assert {"NL", "PL", "IS", "LI", "NO"} <= members
    assert not {"CH", "GB", "AR", "BO", "US"} & members


def test_adequacy_decisions_with_their_dates():
    decisions = countries.adequacy_decisions()
    assert len(decisions) == 17
    assert countries.adequacy_decision("AR").adopted.year == 2003
    assert countries.adequacy_decision("BO") is None
    assert {code for code, d in decisions.items() if d.partial} == {"CA", "JP", "US"}
    assert countries.adequacy_decision("GB").valid_until == date(2031, 12, 27)
    assert countries.adequacy_decision("BR").adopted == date(2026, 1, 26)
    for d in decisions.values():
        assert all(d.scope.get(lang) for lang in LANGS), d.territory
    assert isinstance(countries.adequacy_list_date(), date)
    assert countries.adequacy_list_source()


def test_every_eea_state_has_its_supervisory_authority():
    for code in countries.eea_members():
        authority = authorities.default_authority(code)
        assert authority is not None and authority.name and authority.website.startswith("https://"), code
    ap = authorities.default_authority("NL")
    assert (ap.name, ap.address, ap.postal_code, ap.phone) == (
        "Autoriteit Persoonsgegevens",
        "Postbus 93374",
        "2509 AJ",
        "088 - 1805 250",
    )
    assert authorities.default_authority("US") is None
