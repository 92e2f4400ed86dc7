"""The privacy statement from the demo register says what the 2018 statement said, and more."""

from __future__ import annotations

import io
import re

import html5lib
import pytest
from pypdf import PdfReader

from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.statement.phrases import catalogue, placeholders

SEED_HEADINGS = [
    "PRIVACYBELEID",
    "Wie zijn wij?",
    "Wat wij doen met uw gegevens",
    "Onze dienstverlening",
    "Welke gegevens verzamelen wij in het algemeen?",
    "Hoe lang bewaren wij deze gegevens?",
    "Wettelijke plichten",
    "Welke gegevens verwerken wij van u?",
    "Activiteiten als (sub)verwerker",
    "Kwaliteitsdoeleinden",
    "Business to business contact",
    "Administratie",
    "Sollicitaties",
    "Ons cookiebeleid",
    "Functionele cookies",
    "Analytische cookies",
    "Third party (tracking) cookies",
    "Uw rechten",
    "Delen met derden",
    "Klacht indienen",
]
SEED_RIGHTS_REPLACED = [
    "Indien u dit wenst kunt u de gegevens die wij van u hebben laten wissen. Wij zullen dan ook eventuele "
    "derden met wie deze gegevens zijn gedeeld hiervan op de hoogte brengen.",
    "Mocht u liever willen dat wij uw gegevens slechts onder bepaalde voorwaarden verwerken dan kunt u hiertoe "
    "een verzoek indienen.",
    "Indien u liever niet wilt dat wij uw gegevens nog langer verwerken op grond van bijvoorbeeld ons "
    "gerechtvaardigd belang",
    "In het geval dat u de gegevens die wij van u hebben wilt delen met een andere dienstverlener",
]
# Rights the 2018 text named by a common word, now by the AVG's own term (glossary.md, one term per concept).
SEED_RIGHTS_RENAMED = {
    "Het recht op inzage": "Het recht van inzage",
    "Het recht op vergetelheid": "Het recht op gegevenswissing (‘recht op vergetelheid’)",
    "Het recht op beperking": "Het recht op beperking van de verwerking",
    "Het recht op overdraagbaarheid": "Het recht op overdraagbaarheid van gegevens",
}
CONTROLLER = [
    "Connaxis B.V.",
    "Joan Muyskenweg 22, 2e verdieping, kantoor 6",
    "1096 CJ",
    "Amsterdam",
    "privacy@connaxis.com",
    "+31 20 777 39 62",
]
AUTHORITY = [
    "Autoriteit Persoonsgegevens",
    "Postbus 93374",
    "2509 AJ",
    "DEN HAAG",
    "088 - 1805 250",
    "https://www.autoriteitpersoonsgegevens.nl",
]


def fold(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(";.").strip()


def seed_bullets(seed_text: str) -> list[str]:
    bullets = [line.strip()[1:].strip() for line in seed_text.splitlines() if line.strip().startswith("•")]
    return [SEED_RIGHTS_RENAMED.get(bullet, bullet) for bullet in bullets]


def lines_of(text: str) -> set[str]:
    return {fold(line.strip().lstrip("•-").strip()) for line in text.splitlines()}


@pytest.fixture(scope="module")
def demo_statements(demo_path):
    from ropa_desktop.register.storage import open_register

    with open_register(demo_path) as register:
        return {lang: build_statement(register, lang) for lang in ("nl", "en")}


def test_the_dutch_statement_holds_every_heading_and_bullet_of_the_seed(demo_statements, seed_text):
    text = render(demo_statements["nl"], "txt").decode()
    lines = lines_of(text)
    bullets = seed_bullets(seed_text)
    assert len(bullets) == 51
    assert [b for b in bullets if fold(b) not in lines] == []
    assert [h for h in SEED_HEADINGS if fold(h) not in lines] == []
    folded = fold(text)
    assert [d for d in CONTROLLER + AUTHORITY if fold(d) not in folded] == []
    assert "Laatste wijziging: juli 2018" in text
    # Every paragraph of the seed is there too (the demo register holds them verbatim), except
    # the four rights the 2018 text stated short of Art. 17, 18, 20 and 21.
    # (with the right to erasure named by its AVG term, as in the rights above)
    paragraphs = [
        line.strip().replace("uw recht op vergetelheid", "uw recht op gegevenswissing (‘recht op vergetelheid’)")
        for line in seed_text.splitlines()
        if len(line.strip()) > 80
    ]
    assert [p[:50] for p in paragraphs if fold(p) not in folded] == [p[:50] for p in SEED_RIGHTS_REPLACED]


def test_the_statement_closes_the_gaps_of_2018(demo_statements):
    text = render(demo_statements["nl"], "txt").decode()
    # Every country outside the EEA by name, with its decision or the lack of a safeguard.
    assert re.search(r"Argentinië: .*passend beschermingsniveau", text)
    assert "Bolivia: voor dit land bestaat geen adequaatheidsbesluit" in text
    assert re.search(r"Verenigde Staten: .*Data Privacy Framework", text)
    # Adequacy decisions and "no tool" have no safeguards to copy (Art. 13(1)(f)).
    assert "Een kopie van de waarborgen" not in text
    # Applications rely on consent: the right to withdraw it is listed.
    assert "Het recht om uw toestemming in te trekken" in text
    assert "Wij reageren binnen een maand op uw verzoek" in text
    # Legal basis in words, with the legitimate interest where that is the basis.
    assert "Grondslag: ons gerechtvaardigd belang, namelijk:" in text
    # Art. 14: business contacts also come from public sources.
    assert "Wij ontvangen de gegevens van uzelf en uit openbare bronnen." in text
    # Art. 13(2)(e): the client's part is the contract; the tax duty is ours (the basis).
    assert "Het verstrekken van deze gegevens is noodzakelijk om een overeenkomst met ons te sluiten." in text


def _outline(statement):
    def walk(sections, depth):
        for section in sections:
            yield depth, section.heading
            yield from walk(section.sections, depth + 1)

    return list(walk(statement.sections, 0))


def test_the_english_statement_has_the_same_sections_in_english(demo_statements):
    nl, en = _outline(demo_statements["nl"]), _outline(demo_statements["en"])
    assert [depth for depth, _ in nl] == [depth for depth, _ in en]
    assert all(
        a != b
        for (_, a), (_, b) in zip(nl, en, strict=True)
        if a not in {"Business to business contact", "Third party (tracking) cookies"}
    )
    text = render(demo_statements["en"], "txt").decode()
    for heading in (
        "Who are we?",
        "Your rights",
        "Sharing with third parties",
        "Lodging a complaint",
        "The right to withdraw your consent",
        "Last modified: July 2018",
    ):
        assert heading in text
    assert "Bolivia: there is no adequacy decision" in text


def test_the_html_is_valid_standalone_and_in_the_right_language(demo_statements):
    page = render(demo_statements["nl"], "html").decode()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(page)  # raises on any parse error
    assert document.get("lang") == "nl"
    assert document.find("head/style") is not None
    for tag in ("script", "link", "img", "iframe"):
        assert document.find(f".//{tag}") is None
    headings = [h.text for h in document.iter() if h.tag in ("h1", "h2", "h3", "h4")]
    assert headings[0] == "Privacybeleid" and "Uw rechten" in headings
    assert document.find(".//a[@href='mailto:privacy@connaxis.com']") is not None


def test_the_pdf_holds_the_same_facts(demo_statements, seed_text):
    data = render(demo_statements["nl"], "pdf")
    reader = PdfReader(io.BytesIO(data))
    text = fold(" ".join(page.extract_text() for page in reader.pages))
    assert [b for b in seed_bullets(seed_text) if fold(b) not in text] == []
    assert [d for d in CONTROLLER + AUTHORITY if fold(d) not in text] == []
    assert "laatste wijziging: juli 2018" in text
    assert reader.metadata.title == "Privacybeleid – Connaxis"
    assert reader.metadata.author == "Connaxis"
    top = [entry for entry in reader.outline if not isinstance(entry, list)]
    assert [reader.get_destination_page_number(e) for e in top][0] == 0
    assert [e.title for e in top] == [
        "Wie zijn wij?",
        "Wat wij doen met uw gegevens",
        "Ons cookiebeleid",
        "Uw rechten",
        "Delen met derden",
        "Klacht indienen",
    ]
    assert reader.get_destination_page_number(top[-1]) >= len(reader.pages) - 2
    assert re.search(rf"\b1\s*/\s*{len(reader.pages)}\b", reader.pages[0].extract_text())
    fonts = {font["/BaseFont"] for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in name for name in fonts)


def test_every_phrase_exists_in_both_languages_with_the_same_placeholders():
    for key, texts in catalogue().items():
        assert set(texts) == {"nl", "en"}, key
        assert placeholders(texts["nl"]) == placeholders(texts["en"]), key


def test_the_registers_own_wording_replaces_the_standard_phrase(demo_register):
    from ropa_desktop.register import operations

    operations.save_statement_text(
        demo_register,
        "rights.exercise",
        {"nl": "Mail {contact}; antwoord binnen {term}. {onbekend} en een { losse accolade"},
    )
    operations.save_statement_text(demo_register, "complaint.heading", {"en": "Not happy?"})
    nl = render(build_statement(demo_register, "nl"), "txt").decode()
    en = render(build_statement(demo_register, "en"), "txt").decode()
    # A stray brace cannot break the statement: the wording prints as written.
    assert "Mail {contact}; antwoord binnen {term}. {onbekend} en een { losse accolade" in nl
    assert "Klacht indienen" in nl and "Not happy?" in en  # per language, the other keeps the standard
    operations.save_statement_text(demo_register, "rights.exercise", {"nl": "Mail {contact} binnen {term}."})
    nl = render(build_statement(demo_register, "nl"), "txt").decode()
    assert "Mail privacy@connaxis.com binnen een maand." in nl
