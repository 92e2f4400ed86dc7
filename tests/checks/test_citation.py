"""One citation style per language (glossary): the references declared in English style
("Art. 6(1)(f) GDPR") are cited the Dutch way in Dutch ("art. 6 lid 1 onder f AVG"), exactly."""

from __future__ import annotations

import re

import pytest

from ropa_desktop.checks import rules  # noqa: F401  (registers every rule)
from ropa_desktop.checks.rule import RULES
from ropa_desktop.register.reference.citation import SOURCE_SEPARATOR, cite, is_known_source
from ropa_desktop.register.reference.vocabulary import VOCABULARIES, terms
from ropa_desktop.resources_path import load_toml

# What an English-style citation leaves in a text: "Art. 6", "GDPR", "6(1)", ")(f)", "Recital".
ENGLISH_STYLE = re.compile(r"\bArt\. ?\d|\bGDPR\b|\d\(\d+\)|\)\([a-z]\)|\bRecitals?\b")


@pytest.mark.parametrize(
    ("declared", "dutch"),
    [
        ("Art. 6(1)(f) GDPR", "art. 6 lid 1 onder f AVG"),
        ("Art. 28(3) GDPR", "art. 28 lid 3 AVG"),
        ("Art. 30(1)(b)–(f)", "art. 30 lid 1 onder b–f"),
        ("Art. 28(2), Art. 28(4) GDPR", "art. 28 lid 2, art. 28 lid 4 AVG"),
        ("Art. 44-49 GDPR", "art. 44-49 AVG"),
        ("Art. 44–49 GDPR", "art. 44–49 AVG"),
        ("Art. 49(1), second subparagraph", "art. 49 lid 1, tweede alinea"),
        ("Art. 6(1), second subparagraph GDPR", "art. 6 lid 1, tweede alinea AVG"),
        ("Art. 13(2)(e)", "art. 13 lid 2 onder e"),
        # Two neighbours are "2 en 3" (the Dutch legal convention); a longer range keeps its dash.
        ("Art. 21(2)-(3)", "art. 21 lid 2 en 3"),
        ("Art. 37(1)(b)–(c) GDPR", "art. 37 lid 1 onder b en c AVG"),
        ("Art. 45(3)–(5) GDPR", "art. 45 lid 3–5 AVG"),
        ("Art. 44–45", "art. 44 en 45"),
        ("Art. 13 GDPR", "art. 13 AVG"),
        ("Recital 47", "overweging 47"),
        ("Recital 47 GDPR", "overweging 47 AVG"),
        # Art. 4 is divided into numbered points (the definitions), not paragraphs.
        ("Art. 9(1); Art. 4(13)", "art. 9 lid 1; art. 4 onder 13"),
        # Sources outside the GDPR: the Dutch form where the words have one, else as written.
        ("EDPB Guidelines 05/2020", "EDPB-richtsnoeren 05/2020"),
        (
            "Art. 6(1)(a), Art. 7(4) GDPR; EDPB Guidelines 05/2020",
            "art. 6 lid 1 onder a, art. 7 lid 4 AVG; EDPB-richtsnoeren 05/2020",
        ),
        ("Art. 45 GDPR; Implementing Decision (EU) 2023/1795", "art. 45 AVG; Uitvoeringsbesluit (EU) 2023/1795"),
        ("Art. 45 GDPR; Decision 2002/2/EC (Canada)", "art. 45 AVG; Beschikking 2002/2/EG (Canada)"),
        ("Art. 46(1) GDPR; CJEU C-311/18 (Schrems II)", "art. 46 lid 1 AVG; HvJ EU C-311/18 (Schrems II)"),
        ("WP248", "WP248"),
        ("Art. 35(1) GDPR; WP248 rev.01", "art. 35 lid 1 AVG; WP248 rev.01"),
        ("Telecommunicatiewet art. 11.7a", "Telecommunicatiewet art. 11.7a"),
        ("UAVG art. 46", "UAVG art. 46"),
        # A numbered part of a listed source.
        ("WP248 rev.01, criterion 7", "WP248 rev.01, criterium 7"),
        ("Stcrt. 2019, 64418, no. 4", "Stcrt. 2019, 64418, nr. 4"),
    ],
)
def test_each_form_is_cited_the_dutch_way_and_english_keeps_the_declared_form(declared, dutch):
    assert cite(declared, "nl") == dutch
    assert cite(declared, "en") == declared


@pytest.mark.parametrize(
    "irregular",
    [
        "Art. 6(1)(c), (e) GDPR",  # a point without its article: declare "Art. 6(1)(c), Art. 6(1)(e)"
        "Art. 6(1) (f) GDPR",  # a space inside the citation
        "Article 6(1)(f) GDPR",  # the word written out
        "Art. 9(2)(j)(i)",  # a sub-point: not a form we cite
    ],
)
def test_near_miss_an_irregular_declaration_is_kept_as_written_and_the_scan_sees_it(irregular):
    """Nothing is guessed: what is not read exactly stays as written, and shows as English style."""
    assert cite(irregular, "nl") == irregular
    assert ENGLISH_STYLE.search(cite(irregular, "nl"))
    assert not is_known_source(irregular)


def test_an_unknown_source_is_kept_as_written():
    assert cite("Art. 5(1)(e) GDPR; Some Guidelines 1/2030", "nl") == "art. 5 lid 1 onder e AVG; Some Guidelines 1/2030"
    assert not is_known_source("Some Guidelines 1/2030")
    # Near misses of a numbered part: an unlisted source, an unlisted word, no number.
    for unknown in ("WP250, criterion 7", "WP248 rev.01, chapter 7", "WP248 rev.01, criterion seven"):
        assert cite(unknown, "nl") == unknown and not is_known_source(unknown)


def test_other_languages_than_dutch_keep_the_declared_form():
    assert cite("Art. 6(1)(f) GDPR; EDPB Guidelines 05/2020", "de") == "Art. 6(1)(f) GDPR; EDPB Guidelines 05/2020"


def _declared_references() -> dict[str, str]:
    """Every reference the application declares: the rules', the statement checklist's and the
    vocabularies'; by where it is declared."""
    found = {f"rule {rule.id}": rule.reference for rule in RULES.values()}
    found |= {
        f"checklist {key}": entry["ref"]
        for key, entry in load_toml("statement", "checklist.toml").items()
        if isinstance(entry, dict) and "ref" in entry
    }
    found |= {f"{name} {term.key}": term.ref for name in VOCABULARIES for term in terms(name) if term.ref}
    return found


DECLARED = _declared_references()


def test_the_declarations_are_all_collected():
    assert len([place for place in DECLARED if place.startswith("rule ")]) == len(RULES) >= 50
    assert DECLARED["checklist 13.1.f"] == "Art. 13(1)(f)"
    assert "Art. 49(1), second subparagraph" in DECLARED.values()  # a transfer tool's


@pytest.mark.parametrize("place", sorted(DECLARED))
def test_every_declared_reference_is_cited_the_dutch_way_in_dutch(place):
    declared = DECLARED[place]
    dutch = cite(declared, "nl")
    assert not ENGLISH_STYLE.search(dutch), (place, dutch)
    assert cite(declared, "en") == declared  # the declaration is the English form, read back exactly
    # Every source is read as articles or listed in resources/reference/sources.toml: none is
    # shown untranslated by accident (a guideline's English title in a Dutch text).
    assert all(is_known_source(source) for source in declared.split(SOURCE_SEPARATOR)), (place, declared)


def test_every_listed_other_source_is_declared_somewhere():
    """The list holds what is cited, nothing left over from a rule that changed its reference."""
    declared = {source for reference in DECLARED.values() for source in reference.split(SOURCE_SEPARATOR)}
    declared |= {source.rpartition(", ")[0] for source in declared}  # "Stcrt. 2019, 64418" of its "no. 4"
    listed = {entry["en"] for entry in load_toml("reference", "sources.toml")["source"]}
    assert listed - declared == set()
