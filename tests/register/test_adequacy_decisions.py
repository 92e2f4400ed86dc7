"""The adequacy decisions as shipped: the numbers that could be verified in the Official
Journal, a plain mark where one could not, and Korea's scope as the decision draws it."""

from __future__ import annotations

from ropa_desktop.register.reference import countries
from ropa_desktop.resources_path import load_toml


def test_the_european_patent_organisation_decision_has_its_official_journal_number():
    decision = countries.adequacy_decision("XP")
    assert decision.instrument == "Commission Implementing Decision (EU) 2025/1382"
    assert "C(2025) 4626" in decision.notes and not decision.partial


def test_the_uk_renewal_names_the_decision_it_amends_and_its_own_official_journal_number():
    decision = countries.adequacy_decision("GB")
    assert decision.instrument.startswith("Commission Implementing Decision (EU) 2021/1772")
    assert "(EU) 2025/2574" in decision.instrument and "19 December 2025" in decision.instrument
    assert "C(2025) 8771" in decision.notes and "OJ L, 2025/2574, 23.12.2025" in decision.notes
    assert decision.valid_until.isoformat() == "2031-12-27"
    # Near miss: no decision is shipped with a number marked unverified, and each carries one.
    entries = load_toml("reference", "adequacy.toml")["decision"]
    assert all(d["instrument"] and "UNVERIFIED" not in d.get("notes", "") for d in entries)
    assert not any("instrument_verified" in d for d in entries)


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
