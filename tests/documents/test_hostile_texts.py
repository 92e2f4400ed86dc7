"""Every text the register accepts goes out through every format: the statement (HTML, Markdown,
text, PDF; Dutch and English), the workbook and the dossier build, show the text literally, and
no PDF ever pulls in a file named in a text."""

from __future__ import annotations

import io
import json
import tempfile
import time
import unicodedata
from pathlib import Path

import html5lib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import text as sql

from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.workbook import DATA_SHEET, FINGERPRINT, write_workbook
from ropa_desktop.register import kinds, operations, snapshots
from ropa_desktop.register.models import Purpose
from ropa_desktop.register.storage import create_register
from ropa_desktop.register.texts import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, problem

LANGUAGES = ("nl", "en")
# Our PDFs draw the footer 11 mm above the bottom of the page, the text from 20 mm up.
FOOTER_TOP = 16 * mm
HEADER_BOTTOM = 297 * mm - 15 * mm  # the dossier's version line atop every page (A4)

# Pieces that have broken outputs elsewhere: markup of HTML, ReportLab, XML and Markdown,
# right-to-left and combining marks, emoji sequences, tabs, line breaks, long words.
PIECES = [
    "<",
    ">",
    "&",
    "]]>",
    '"',
    "'",
    "&amp;",
    "&#0;",
    "&lt;b&gt;",
    "<br/>",
    "<para>",
    "</para>",
    '<img src="/etc/ropa-hostile.png" width=10 height=10/>',
    "<font size=200>",
    "</font>",
    "<a href='file:///etc/passwd'>x</a>",
    "<onDraw name='x'/>",
    "*_`#[x](y)|~",
    "\\",
    "%s {0} {name}",
    "=SUM(A1)",
    "\t",
    "\n",
    "\n\n",
    "  ",
    "שלום עולם",
    "مرحبا",
    "e\u0301\u0302",
    "👩‍👩‍👧",
    "\u200f\u200e",
    "\u2028",
    "\xa0",
    "Ĳsselmeer",
    "W" * 150,
]
_characters = st.characters(blacklist_categories=("Cs",)).filter(lambda c: problem(c) is None)
_fragment = st.text(_characters, max_size=30) | st.sampled_from(PIECES)


def _texts(limit: int):
    return st.lists(_fragment, max_size=8).map(lambda parts: "".join(parts)[:limit])


def _squash(text: str) -> str:
    return " ".join(text.split())


def _bare(text: str) -> str:
    return "".join(text.split())


def _html_text(page: str) -> str:
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    return _squash("".join(parser.parse(page).itertext()))


def _register(folder: Path, texts: dict[str, dict[str, str]], organisation: str = "Acme"):
    register = create_register(folder / "hostile.ropa", organisation, language="en")
    activity = snapshots.blank(kinds.ACTIVITY)
    activity["name"] = texts["name"]
    activity["public_explanation"] = texts["explanation"]
    activity["purposes"] = [
        {**snapshots.blank_child(Purpose), "description": texts["purpose"], "legal_basis": "contract"}
    ]
    operations.save(register, kinds.ACTIVITY, None, activity)
    return register


def _body_text(page) -> str:
    """The text of a page between its header and footer (which would interrupt a text running on)."""
    parts: list[str] = []

    def visit(text, cm, tm, _font, _size):
        if FOOTER_TOP < tm[4] * cm[1] + tm[5] * cm[3] + cm[5] < HEADER_BOTTOM:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return "".join(parts)


def _pdf(data: bytes) -> tuple[PdfReader, str]:
    assert b"/Subtype /Image" not in data  # no image, so no file a text names, was embedded
    reader = PdfReader(io.BytesIO(data))
    assert all(not page.images for page in reader.pages)
    return reader, _bare("".join(_body_text(page) for page in reader.pages))


def _workbook_texts(data: bytes) -> tuple[list[str], list[str]]:
    """The texts of the visible cells, and the texts of the items kept in the data sheet."""
    book = load_workbook(io.BytesIO(data))
    cells = [
        cell
        for sheet in book.worksheets
        if sheet.title != DATA_SHEET
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    ]
    stored: list[str] = []
    for row in list(book[DATA_SHEET].iter_rows(values_only=True))[1:]:
        if row[0] != FINGERPRINT:
            _strings(json.loads("".join(cell or "" for cell in row[2:])), stored)
    return cells, stored


def _strings(value, found: list[str]) -> None:
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            _strings(item, found)


def _legible_in_pdf(text: str) -> bool:
    """pypdf gives back what the embedded font draws in reading order: plain Latin text."""
    return all((c.isascii() and c.isprintable()) or c in "\t\n" for c in text)


def _right_to_left(texts: list[str]) -> bool:
    """Hebrew or Arabic among the texts: pypdf then reorders the lines after it as well (the PDF
    reads "<&amp;" under a Hebrew heading; pypdf gives "&<amp;"; poppler's pdftotext "<&amp;"), so
    its text of that PDF is no witness."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for text in texts for c in text)


def _every_output(register, texts: dict[str, dict[str, str]], check_pdf_text: bool = True) -> None:
    for language in LANGUAGES:
        wanted = [texts[field][language] for field in ("name", "explanation", "purpose")]
        statement = build_statement(register, language)
        html = _html_text(render(statement, "html").decode())
        markdown = render(statement, "md").decode()
        shown_md = _html_text(MarkdownIt("commonmark").render(markdown))
        txt = _squash(render(statement, "txt").decode())
        statement_pdf = _pdf(render(statement, "pdf"))[1]
        buffer = io.BytesIO()  # with the findings: they name the activity in a table
        write_dossier(register, language, buffer, with_findings=True)
        dossier = _pdf(buffer.getvalue())[1]
        buffer = io.BytesIO()
        write_workbook(register, language, buffer, with_findings=True)
        cells, stored = _workbook_texts(buffer.getvalue())
        for field, text in zip(("name", "explanation", "purpose"), wanted, strict=True):
            if not text.strip():
                continue
            assert _squash(text) in html, ("html", text)
            assert _squash(text) in shown_md, ("md", text)
            assert _squash(text) in txt, ("txt", text)
            # The record (workbook, dossier) holds no public explanation of a controller's activity.
            record = field != "explanation"
            assert any(text in cell for cell in (cells if record else stored)), ("workbook", text)
            if check_pdf_text and _legible_in_pdf(text) and not _right_to_left(wanted):
                assert _bare(text) in statement_pdf, ("statement pdf", text)
                assert not record or _bare(text) in dossier, ("dossier", text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    name=st.tuples(_texts(MAX_NAME_LENGTH), _texts(MAX_NAME_LENGTH)),
    explanation=st.tuples(_texts(MAX_TEXT_LENGTH), _texts(MAX_TEXT_LENGTH)),
    purpose=st.tuples(_texts(MAX_TEXT_LENGTH), _texts(MAX_TEXT_LENGTH)),
)
def test_every_accepted_text_goes_out_through_every_format(name, explanation, purpose):
    texts = {
        field: dict(zip(LANGUAGES, value, strict=True))
        for field, value in (("name", name), ("explanation", explanation), ("purpose", purpose))
    }
    with tempfile.TemporaryDirectory() as folder:
        with _register(Path(folder), texts) as register:
            _every_output(register, texts)


def test_markup_in_names_prints_literally_and_embeds_no_local_file(tmp_path):
    picture = tmp_path / "secret.png"
    # A valid 1x1 PNG: ReportLab would embed it if it ever read a name as markup.
    picture.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
            "0000000d49444154789c6360f8cfc0f01f0005000201a5dc2a8c0000000049454e44ae426082"
        )
    )
    image = f'<img src="{picture}" width=10 height=10/>'
    font = "<font size=200>big</font>"
    texts = {
        "name": {"nl": image, "en": font},
        "explanation": {"nl": font, "en": image},
        "purpose": {"nl": f"{image} & {font}", "en": "<a href='file:///etc/passwd'>x</a>"},
    }
    with _register(tmp_path, texts, organisation=f"Acme {image}") as register:
        recipient = snapshots.blank(kinds.RECIPIENT)
        recipient["name"] = {"nl": image, "en": image}
        operations.save(register, kinds.RECIPIENT, None, recipient)
        _every_output(register, texts)
        for language in LANGUAGES:
            buffer = io.BytesIO()
            write_dossier(register, language, buffer)
            reader, text = _pdf(buffer.getvalue())
            # The contents, the bookmarks and the metadata hold the name as written.
            heading = f"1. {texts['name'][language]}"
            assert _bare(heading) in _bare(reader.pages[1].extract_text())
            titles = [entry.title for group in reader.outline if isinstance(group, list) for entry in group]
            assert heading in titles
            assert reader.metadata.title.endswith(f"Acme {image}")
            assert _bare(image) in text  # the recipient in the annex
            statement = render(build_statement(register, language), "pdf")
            reader, _ = _pdf(statement)
            titles = [
                entry.title
                for group in reader.outline
                if isinstance(group, list)
                for entry in group
                if not isinstance(entry, list)
            ]
            assert any(texts["name"][language] in title for title in titles)
            assert reader.metadata.author == f"Acme {image}"


def test_markup_from_an_imported_cell_prints_literally(tmp_path):
    picture = tmp_path / "secret.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    name = f'<img src="{picture}" width=10 height=10/> Payroll'
    book = Workbook()
    book.active.append(["Name of processing activity", "Purpose of processing", "Lawful basis"])
    book.active.append([name, "<font size=200>Paying staff</font>", "Contract"])
    book.save(tmp_path / "foreign.xlsx")
    with create_register(tmp_path / "r.ropa", "Acme", language="en") as register:
        import_workbook(register, tmp_path / "foreign.xlsx")
        buffer = io.BytesIO()
        write_dossier(register, "en", buffer)
        _, text = _pdf(buffer.getvalue())
        assert _bare(name) in text and _bare("<font size=200>Paying staff</font>") in text
        _, text = _pdf(render(build_statement(register, "en"), "pdf"))
        assert _bare(name) in text


def test_an_older_register_with_refused_texts_still_exports(tmp_path):
    """Before these rules a lone surrogate could be stored (JSON spells it) and broke every export."""
    texts = {
        "name": {"nl": "Salaris", "en": "Payroll"},
        "explanation": {"nl": "Uitleg", "en": "Explained"},
        "purpose": {"nl": "Betalen", "en": "Paying"},
    }
    with _register(tmp_path, texts) as register:
        with register.engine.begin() as connection:
            connection.execute(
                sql("UPDATE activities SET name = :name"),
                {"name": json.dumps({"nl": "Sal\ud800aris\ufffe", "en": "Pay\x07roll\udfff"})},
            )
        _every_output(register, texts)


def test_an_older_register_with_a_name_longer_than_a_page_still_exports(tmp_path):
    """Before these rules a name had no limit; 5,000 characters broke the dossier and the statement."""
    name = ("Een heel lange naam " * 250)[:5000]
    texts = {
        "name": {"nl": name, "en": name},
        "explanation": {"nl": "Uitleg", "en": "Explained"},
        "purpose": {"nl": "Betalen", "en": "Paying"},
    }
    with _register(tmp_path, {**texts, "name": {"nl": "kort", "en": "short"}}) as register:
        with register.engine.begin() as connection:
            connection.execute(sql("UPDATE activities SET name = :name"), {"name": json.dumps(texts["name"])})
        _every_output(register, texts)


LONG_WORD = "W" * MAX_TEXT_LENGTH
LONG_LINES = ("line\n" * MAX_TEXT_LENGTH)[:MAX_TEXT_LENGTH]
LONG_PROSE = ("The officer explains the processing at great length. " * MAX_TEXT_LENGTH)[:MAX_TEXT_LENGTH]
EMOJI = "😀" * MAX_TEXT_LENGTH  # two UTF-16 units each: the most a workbook cell must hold


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("N" * MAX_NAME_LENGTH, LONG_PROSE),
        (("word " * MAX_NAME_LENGTH)[:MAX_NAME_LENGTH], LONG_WORD),
        ("x\n" * (MAX_NAME_LENGTH // 2), LONG_LINES),
        ("😀" * MAX_NAME_LENGTH, EMOJI),
    ],
    ids=["long-word-name", "long-word-text", "line-breaks", "emoji"],
)
def test_the_longest_accepted_texts_go_out_through_every_format(tmp_path, name, text):
    texts = {
        "name": {"nl": name, "en": name},
        "explanation": {"nl": text, "en": text},
        "purpose": {"nl": text, "en": text[: MAX_TEXT_LENGTH // 2]},
    }
    started = time.monotonic()
    with _register(tmp_path, texts, organisation="L" * MAX_NAME_LENGTH) as register:
        _every_output(register, texts, check_pdf_text=_legible_in_pdf(text))
    assert time.monotonic() - started < 120


def test_a_long_organisation_name_ends_in_an_ellipsis_in_the_footer(tmp_path):
    texts = {
        "name": {"nl": "Salaris", "en": "Payroll"},
        "explanation": {"nl": "", "en": ""},
        "purpose": {"nl": "Betalen", "en": "Paying"},
    }
    with _register(tmp_path, texts, organisation="Organisation " * 23) as register:
        buffer = io.BytesIO()
        write_dossier(register, "en", buffer)
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[2].extract_text()
    footer = next(line for line in page.splitlines() if line.startswith("Organisation"))
    assert footer.endswith("…") and len(footer) < 150
    assert "page 3 /" in page
