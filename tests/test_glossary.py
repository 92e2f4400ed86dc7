"""One term per concept, the AVG's own (/work/shared/reference/glossary.md, "Words and territories"):
every Dutch public text — resources, translations and the rendered demo documents — uses the
legal term, never a common variant in its place."""

from __future__ import annotations

import io
import re
import shutil
import tomllib
from pathlib import Path

import openpyxl
import pypdf
import pytest

from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.statement.builder import build_statement
from ropa_desktop.documents.statement.render import render_text_format
from ropa_desktop.documents.workbook import write_workbook

RESOURCES = Path(__file__).parent.parent / "resources"

# Forbidden variant (regex, case-insensitive) -> the glossary's term (glossary.md, column "AVG (nl)").
FORBIDDEN = {
    r"passendheidsbesluit": "adequaatheidsbesluit",
    r"doorgiftemechanism": "doorgifte-instrument",
    r"doorgiftewaarborg": "doorgifte-instrument",
    r"modelcontract|standaardcontract|standaard contractbepaling": "standaardbepalingen inzake gegevensbescherming",
    r"inzagerecht|recht op inzage": "recht van inzage",
    r"recht op bezwaar": "recht van bezwaar",
    r"recht op overdraagbaarheid(?! van gegevens)": "recht op overdraagbaarheid van gegevens",
    r"recht op beperking(?! van de verwerking)": "recht op beperking van de verwerking",
    r"(?<!gegevenswissing \(‘)recht op vergetelheid": "recht op gegevenswissing (‘recht op vergetelheid’)",
    r"functionaris gegevensbescherming": "functionaris voor gegevensbescherming",
    r"bindende bedrijfsregels": "bindende bedrijfsvoorschriften",
    r"passende waarborg(?!en)": "passende waarborgen",
}

# Dutch public texts; import/headers.toml is left out on purpose: it lists the words others use, to read them.
TOML_SOURCES = [
    "statement/phrases.toml",
    "statement/phrase_titles.toml",
    "statement/checklist.toml",
    "export/labels.toml",
    "checks/rules.toml",
    "demo/connaxis.toml",
    "import/messages.toml",
    "reference/adequacy.toml",
    "reference/eea.toml",
    "reference/supervisory_authorities.toml",
    *[f"vocabularies/{p.name}" for p in sorted((RESOURCES / "vocabularies").glob("*.toml"))],
]


def wrong_terms(text: str) -> list[str]:
    """Each forbidden variant in ``text``, with the term the glossary wants instead."""
    return [
        f"{m.group(0)!r} (use {preferred!r})"
        for pattern, preferred in FORBIDDEN.items()
        for m in re.finditer(pattern, text, re.IGNORECASE)
    ]


def dutch_texts(value) -> list[str]:
    """The Dutch strings of a TOML value: {nl = …} tables and plain strings (demo data is Dutch)."""
    if isinstance(value, dict):
        return (
            [value["nl"]] if isinstance(value.get("nl"), str) else [t for v in value.values() for t in dutch_texts(v)]
        )
    if isinstance(value, list):
        return [t for v in value for t in dutch_texts(v)]
    return [value] if isinstance(value, str) else []


def wrong_terms_in_toml(path: Path) -> list[str]:
    return [hit for text in dutch_texts(tomllib.loads(path.read_text(encoding="utf-8"))) for hit in wrong_terms(text)]


def wrong_terms_in_translations(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [hit for t in re.findall(r"<translation[^>]*>(.*?)</translation>", text, re.S) for hit in wrong_terms(t)]


@pytest.mark.parametrize("source", TOML_SOURCES)
def test_dutch_resource_texts_use_the_glossary_terms(source):
    assert wrong_terms_in_toml(RESOURCES / source) == []


def test_the_window_translations_use_the_glossary_terms():
    assert wrong_terms_in_translations(RESOURCES / "translations" / "ropa_desktop_nl.ts") == []


def test_the_scanner_finds_a_planted_variant_and_passes_the_legal_term(tmp_path):
    copy = tmp_path / "phrases.toml"
    shutil.copy(RESOURCES / "statement" / "phrases.toml", copy)
    assert wrong_terms_in_toml(copy) == []  # near miss: the real texts, legal terms only
    copy.write_text(
        copy.read_text(encoding="utf-8") + '"planted" = { nl = "Op grond van een passendheidsbesluit.", en = "x" }\n',
        encoding="utf-8",
    )
    assert wrong_terms_in_toml(copy) == ["'passendheidsbesluit' (use 'adequaatheidsbesluit')"]
    ts = tmp_path / "nl.ts"
    ts.write_text("<source>Right of access</source><translation>Recht op inzage</translation>", encoding="utf-8")
    assert wrong_terms_in_translations(ts) == ["'Recht op inzage' (use 'recht van inzage')"]
    ts.write_text("<source>recht op inzage</source><translation>Recht van inzage</translation>", encoding="utf-8")
    assert wrong_terms_in_translations(ts) == []  # only the translation is Dutch public text


def test_near_misses_of_the_lookarounds_pass():
    assert wrong_terms("het recht op gegevenswissing (‘recht op vergetelheid’) en passende waarborgen") == []
    assert wrong_terms("het recht op overdraagbaarheid van gegevens en het recht op beperking van de verwerking") == []
    assert len(wrong_terms("het recht op vergetelheid, een passende waarborg")) == 2


def test_the_rendered_dutch_demo_documents_use_the_glossary_terms(demo_register):
    statement = render_text_format(build_statement(demo_register, "nl"), "txt")
    workbook, dossier = io.BytesIO(), io.BytesIO()
    write_workbook(demo_register, "nl", workbook)
    write_dossier(demo_register, "nl", dossier)
    workbook.seek(0), dossier.seek(0)
    cells = "\n".join(
        str(c.value)
        for sheet in openpyxl.load_workbook(workbook)
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    )
    pages = " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(dossier).pages)
    assert "recht van inzage" in statement.lower()  # the scan reads the real document
    for name, text in (("statement", statement), ("workbook", cells), ("dossier", pages)):
        assert wrong_terms(text) == [], name


# --- One citation style per language (glossary): Dutch "art. 6 lid 1 onder f AVG", English
# "Art. 6(1)(f) GDPR". What an English-style citation leaves in a Dutch text:
ENGLISH_CITATION = re.compile(r"\bArt\. ?\d|\bGDPR\b|\d\(\d+\)|\)\([a-z]\)|\bRecitals?\b")


def english_citations(text: str) -> list[str]:
    return [text[max(0, m.start() - 40) : m.end() + 20] for m in ENGLISH_CITATION.finditer(text)]


def dutch_prose(value, plain: bool) -> list[str]:
    """The Dutch texts of a TOML value: {nl = …} tables, and plain strings only where the file is
    Dutch data (the demo). Elsewhere a plain string is a declaration (``ref = "Art. 6(1)(a)"``,
    written in English style once and cited per language) or a note, not Dutch prose."""
    if isinstance(value, dict):
        if isinstance(value.get("nl"), str):
            return [value["nl"]]
        return [t for v in value.values() for t in dutch_prose(v, plain)]
    if isinstance(value, list):
        return [t for v in value for t in dutch_prose(v, plain)]
    return [value] if plain and isinstance(value, str) else []


def english_citations_in_toml(path: Path, plain: bool = False) -> list[str]:
    return [
        hit
        for text in dutch_prose(tomllib.loads(path.read_text(encoding="utf-8")), plain)
        for hit in english_citations(text)
    ]


@pytest.mark.parametrize("source", TOML_SOURCES)
def test_dutch_resource_texts_cite_the_dutch_way(source):
    assert english_citations_in_toml(RESOURCES / source, plain=source.startswith("demo/")) == []


def test_the_window_translations_cite_the_dutch_way():
    text = (RESOURCES / "translations" / "ropa_desktop_nl.ts").read_text(encoding="utf-8")
    translations = re.findall(r"<translation[^>]*>(.*?)</translation>", text, re.S)
    assert [hit for t in translations for hit in english_citations(t)] == []


def test_the_citation_scanner_finds_english_style_and_passes_dutch_style(tmp_path):
    assert english_citations("op grond van art. 6 lid 1 onder f AVG (overweging 47)") == []
    for english in ("Art. 6(1)(f)", "art. 6(1)", "onder f GDPR", "Recital 47", "art. 30 lid 1)(b)"):
        assert english_citations(english), english
    planted = tmp_path / "rules.toml"
    planted.write_text(
        '[x]\nmessage = { nl = "Zie Art. 30(1)(f).", en = "See Art. 30(1)(f)." }\nref = "Art. 30(1)(f)"\n',
        encoding="utf-8",
    )
    found = english_citations_in_toml(planted)
    assert found and all(hit.startswith("Zie ") for hit in found)  # the Dutch text only, not the declaration
    assert "Art. 30(1)(f)" in english_citations_in_toml(planted, plain=True)  # demo data: plain strings are Dutch


def _rendered(register, language: str) -> dict[str, str]:
    """The statement, the workbook's visible sheets, the dossier with its findings annex and the
    rule reference, as text."""
    from ropa_desktop.checks.reference import reference_markdown
    from ropa_desktop.documents.workbook import DATA_SHEET

    statement = render_text_format(build_statement(register, language), "txt")
    workbook, dossier = io.BytesIO(), io.BytesIO()
    write_workbook(register, language, workbook, with_findings=True)
    write_dossier(register, language, dossier, with_findings=True)
    workbook.seek(0), dossier.seek(0)
    # The hidden data sheet holds every language of every text, to import it again: not output.
    cells = "\n".join(
        str(c.value)
        for sheet in openpyxl.load_workbook(workbook)
        if sheet.title != DATA_SHEET
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    )
    pages = " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(dossier).pages)
    return {"statement": statement, "workbook": cells, "dossier": pages, "rules": reference_markdown(language)}


def test_the_rendered_dutch_documents_cite_the_dutch_way_and_the_english_ones_the_english_way(demo_path):
    from ropa_desktop.register.storage import open_register

    with open_register(demo_path) as register:
        dutch, english = _rendered(register, "nl"), _rendered(register, "en")
    for name, text in dutch.items():
        assert english_citations(text) == [], name
    # The scan reads the real documents: the Dutch citations are there ...
    assert "art. 44–49 AVG" in dutch["dossier"] and "art. 44–49 AVG" in dutch["workbook"]
    assert "(art. 6 lid 1 onder f)" in dutch["workbook"] and "art. 28 lid 2, art. 28 lid 4 AVG" in dutch["rules"]
    # ... and the near miss: English output keeps the English style.
    assert "Art. 6(1)(f)" in english["statement"] and "(Art. 6(1)(f))" in english["workbook"]
    assert "Art. 44–49 GDPR" in english["dossier"] and "Art. 28(2), Art. 28(4) GDPR" in english["rules"]
