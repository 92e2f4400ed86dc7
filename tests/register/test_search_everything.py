"""Search across everything: every text of every item, codes by what they show, users through what they use."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ropa_desktop.register import kinds, search
from ropa_desktop.register.models import (
    ActivityRole,
    Cookie,
    DataCategory,
    ProcessingActivity,
    Purpose,
    Recipient,
    RetentionRule,
    StatementText,
    Transfer,
)
from ropa_desktop.register.search import LIMIT, STATEMENT, SearchIndex, find, fold_query, snippet
from ropa_desktop.register.storage import create_register


def _fill(session, organisation):
    organisation.description = {"nl": "Wij adviseren over cultuur", "en": "We advise on culture"}
    partner = Recipient(
        name={"nl": "Zusterbedrijf", "en": "Sister company"},
        country_code="AR",
        description={"nl": "Kantoor in Buenos Aires", "en": "Office in Buenos Aires"},
    )
    google = Recipient(name={"nl": "Analysedienst", "en": "Analytics service"}, country_code="US")
    to_argentina = Transfer(country_code="AR", recipient=partner, tool="adequacy")
    health = DataCategory(name={"nl": "Gezondheid", "en": "Health"}, kind="special", special_category="health")
    payroll = ProcessingActivity(
        name={"nl": "Salarisadministratie", "en": "Payroll"},
        position=0,
        role=ActivityRole.PROCESSOR,
        internal_notes="Afspraak met de Ondernemingsraad",
        purposes=[Purpose(description={"nl": "Salaris betalen", "en": "Paying salaries"}, legal_basis="contract")],
        retention_rules=[RetentionRule(period_value=7, period_unit="years", wording={"nl": "Zeven jaar"})],
        transfers=[to_argentina],
    )
    sickness = ProcessingActivity(name={"nl": "Ziekteverzuim", "en": "Sick leave"}, position=1)
    sickness.data_categories.append(health)
    session.add_all(
        [
            partner,
            google,
            to_argentina,
            health,
            payroll,
            sickness,
            Cookie(name={"nl": "_ga", "en": "_ga"}, recipient=google, category="analytics"),
            StatementText(key="rights.intro", text={"nl": "U kunt bezwaar maken", "en": "You may object"}),
        ]
    )


@pytest.fixture
def index(tmp_path):
    with (
        create_register(tmp_path / "search.ropa", "Cultuurbureau B.V.", fill=_fill) as register,
        register.session() as session,
    ):
        yield SearchIndex.read(session)


def _found(index, query: str) -> dict[str, list[tuple]]:
    """Per section: (English name, field, via kind) of each hit."""
    return {
        section: [
            (hit.name["en"] if isinstance(hit.name, dict) else hit.name, hit.field, hit.via.kind if hit.via else None)
            for hit in hits
        ]
        for section, hits in index.search(query).sections.items()
    }


def test_a_country_is_found_by_its_dutch_and_english_names_and_the_activity_through_the_transfer(index):
    for query in ("Argentinië", "argentina"):
        found = _found(index, query)
        assert found[kinds.TRANSFER] == [("Argentina — Sister company", "country_code", None)]
        assert ("Sister company", "country_code", None) in found[kinds.RECIPIENT]
        assert found[kinds.ACTIVITY] == [("Payroll", "transfers", kinds.TRANSFER)]


def test_the_activity_found_through_the_transfer_says_which_transfer(index):
    hit = index.search("Argentinië").sections[kinds.ACTIVITY][0]
    assert hit.via.kind == kinds.TRANSFER
    assert hit.via.name == {"nl": "Argentinië — Zusterbedrijf", "en": "Argentina — Sister company"}


def test_the_country_code_itself_finds_the_transfer(index):
    assert _found(index, "AR")[kinds.TRANSFER] == [("Argentina — Sister company", "country_code", None)]


def test_accents_and_case_do_not_count_either_way(index):
    assert kinds.TRANSFER in _found(index, "ARGENTINIE")
    assert kinds.ORGANISATION in _found(index, "cúltuür")
    assert _found(index, "ondernemingsraad")[kinds.ACTIVITY] == [("Payroll", "internal_notes", None)]


def test_a_near_miss_finds_nothing(index):
    assert _found(index, "Argentinian") == {}  # longer than any name of the country
    assert _found(index, "Ondernemingsraden") == {}
    assert len(index.search("Bolivia")) == 0


def test_an_enum_label_finds_the_item_in_either_language(index):
    # The activity's role "processor" is stored as a code; it shows as "Verwerker" / "Processor".
    assert ("Payroll", "role", None) in _found(index, "verwerker")[kinds.ACTIVITY]
    assert ("Payroll", "role", None) in _found(index, "Processor")[kinds.ACTIVITY]
    assert _found(index, "Verwerkers") == {}


def test_a_legal_basis_is_found_by_its_name_at_its_purpose(index):
    hit = next(h for h in index.search("overeenkomst").sections[kinds.ACTIVITY] if h.name["en"] == "Payroll")
    assert (hit.field, hit.row) == ("purposes", 0)


def test_a_retention_period_is_found_as_shown(index):
    assert _found(index, "7 years")[kinds.ACTIVITY] == [("Payroll", "retention_rules", None)]
    assert _found(index, "7 jaar")[kinds.ACTIVITY] == [("Payroll", "retention_rules", None)]


def test_a_special_category_finds_the_activities_that_use_it(index):
    found = _found(index, "bijzondere persoonsgegevens")
    assert found[kinds.DATA_CATEGORY] == [("Health", "kind", None)]
    assert found[kinds.ACTIVITY] == [("Sick leave", "data_categories", kinds.DATA_CATEGORY)]


def test_a_recipient_finds_its_cookie_and_the_statement_text_is_its_own_section(index):
    assert _found(index, "analysedienst")[kinds.COOKIE] == [("_ga", "recipient_id", None)]
    assert _found(index, "bezwaar") == {STATEMENT: [("rights.intro", "text", None)]}


def test_sections_come_in_the_windows_order_and_direct_hits_before_hits_through_others(index):
    found = index.search("a")
    assert list(found.sections) == [s for s in search.SECTIONS if s in found.sections]
    for hits in found.sections.values():
        through = [hit.via is not None for hit in hits]
        assert through == sorted(through)


def test_a_snippet_shows_the_match_in_its_own_letters():
    text = (
        "Het bureau is in 1990 in Utrecht opgericht en heeft kantoren in Argentinië en Bolivia, "
        "en werkt sinds 1990 voor culturele instellingen."
    )
    shown = snippet(text, fold_query("ARGENTINIE"))
    assert "Argentinië" in shown and shown.startswith("…") and shown.endswith("…")
    assert snippet("Kort", fold_query("kort")) == "Kort"


def test_an_empty_query_finds_nothing(index):
    assert len(index.search("   ")) == 0


def test_a_query_that_finds_everything_lists_a_limited_number_and_counts_the_rest(tmp_path):
    def many(session, organisation):
        session.add_all(
            ProcessingActivity(name={"nl": f"Verwerking {n}", "en": f"Processing {n}"}, position=n)
            for n in range(LIMIT + 5)
        )

    with create_register(tmp_path / "many.ropa", "Veel B.V.", fill=many) as register, register.session() as session:
        found = find(session, "verwerking")
    assert len(found.sections[kinds.ACTIVITY]) == LIMIT
    assert found.totals[kinds.ACTIVITY] == LIMIT + 5
    assert found.sections[kinds.ACTIVITY][0].name["en"] == "Processing 0"


# Letters of European texts: accented and composed, ligatures, loose accents, quotes and dashes,
# every kind of space and line break.
_LETTERS = st.one_of(
    st.characters(
        codec="utf-8", categories=("L", "N", "P", "Z", "Cc"), max_codepoint=0x2FFF, exclude_characters="\x00"
    ),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),  # loose accents (other scripts' marks are kept)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_LETTERS, min_size=1, max_size=40), min_size=1, max_size=5), st.data())
def test_every_piece_of_every_text_finds_its_item_and_shows_it(texts, data):
    """Property: whatever the letters (accents, ligatures, line breaks, odd spaces), a piece
    of a text finds its item, and the snippet shows that piece as written (spaces aside)."""
    index = SearchIndex()
    for item_id, text in enumerate(texts, start=1):
        index.item(kinds.DATA_SUBJECT, item_id, text, (item_id,))
        index.text(kinds.DATA_SUBJECT, item_id, "description", text)
    index._seal()
    item_id = data.draw(st.integers(1, len(texts)))
    text = texts[item_id - 1]
    start = data.draw(st.integers(0, len(text) - 1))
    piece = text[start : data.draw(st.integers(start + 1, len(text)))]
    assume(fold_query(piece))
    hits = index.search(piece).sections.get(kinds.DATA_SUBJECT, [])
    assert item_id in {hit.item_id for hit in hits}
    hit = next(hit for hit in hits if hit.item_id == item_id)
    assert fold_query(piece) in fold_query(hit.snippet.strip("…"))
