"""The adequacy decisions as shipped: the numbers that could be verified in the Official
Journal, a plain mark where one could not, and Korea's scope as the decision draws it."""

from __future__ import annotations

from ropa_desktop.register.reference import countries
from ropa_desktop.resources_path import load_toml


def test_the_european_patent_organisation_decision_has_its_official_journal_number():
    decision = countries.adequacy_decision("XP")
    assert decision.instrument == "Commission Implementing Decision (EU) 2025/1382"
    assert "C(2025) 4626" in decision.notes and not decision.partial


def test_the_uk_renewal_names_the_decision_it_renews_and_marks_its_own_number_unverified():
    decision = countries.adequacy_decision("GB")
    assert "(EU) 2021/1772" in decision.instrument and "19 December 2025" in decision.instrument
    assert "UNVERIFIED" in decision.notes
    [entry] = [d for d in load_toml("reference", "adequacy.toml")["decision"] if d["territory"] == "GB"]
    assert entry["instrument_verified"] is False
    # Near miss: every other decision carries a number of its own, and none is marked unverified.
    others = [d for d in load_toml("reference", "adequacy.toml")["decision"] if d["territory"] != "GB"]
    assert all(d["instrument"] and d.get("instrument_verified", True) for d in others)


def test_koreas_scope_names_the_three_exceptions_of_the_decision():
    decision = countries.adequacy_decision("KR")
    for words in ("religious organisations", "political parties", "Credit Information Act"):
        assert words in decision.scope["en"]
    for words in ("religieuze organisaties", "politieke partijen", "Credit Information Act"):
        assert words in decision.scope["nl"]
    # Narrow exceptions, not a sector-by-sector scheme: no per-recipient flag as for Canada or Japan.
    assert not decision.partial and countries.adequacy_decision("CA").partial


def test_the_list_says_adequaatheidsbesluit():
    note = load_toml("reference", "adequacy.toml")["meta"]["note"]["nl"]
    assert "adequaatheidsbesluit" in note and "passendheidsbesluit" not in note
