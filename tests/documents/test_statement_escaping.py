"""Register text prints literally and intact in every format: markup of HTML, ReportLab and
Markdown, quotes, ampersands and very long words."""

from __future__ import annotations

import io

import html5lib
import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.register import kinds, operations, snapshots
from ropa_desktop.register.models import Purpose, RetentionRule
from ropa_desktop.register.storage import create_register

HOSTILE = [
    '<script>alert("x")</script> & "double" \'single\'',
    '<b>not bold</b> <font color="red">not red</font> <br/> &amp; &lt;',
    "*not emphasis* _nor this_ [not a link](http://evil.example) `not code` | pipe ~tilde~",
    "# not a heading",
    "1. not a list",
    "> not a quote",
    "Gegevensverwerkingsovereenkomstonderhandelingsresultaat" * 8,
]


def _text_of_html(page: str) -> str:
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    return "".join(parser.parse(page).itertext())


@pytest.fixture(scope="module")
def hostile_statement(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.ropa"
    with create_register(path, HOSTILE[0], language="en") as register:
        category = snapshots.blank(kinds.DATA_CATEGORY)
        category["name"] = {"en": HOSTILE[3]}
        category_id, _ = operations.save(register, kinds.DATA_CATEGORY, None, category)
        activity = snapshots.blank(kinds.ACTIVITY)
        activity["name"] = {"en": HOSTILE[1]}
        activity["public_explanation"] = {"en": "\n".join(HOSTILE[4:6])}
        activity["purposes"] = [
            {**snapshots.blank_child(Purpose), "description": {"en": HOSTILE[2]}, "legal_basis": "contract"}
        ]
        activity["data_categories"] = [{"id": category_id, "wording": {}}]
        activity["retention_rules"] = [{**snapshots.blank_child(RetentionRule), "wording": {"en": HOSTILE[6]}}]
        operations.save(register, kinds.ACTIVITY, None, activity)
        yield build_statement(register, "en")


def _squash(text: str) -> str:
    return "".join(text.split())


def test_html_shows_register_text_literally(hostile_statement):
    page = render(hostile_statement, "html").decode()
    assert "<script>" not in page and "<b>not bold" not in page
    shown = _text_of_html(page)
    for text in HOSTILE:
        assert " ".join(text.split()) in " ".join(shown.split()), text


def test_markdown_shows_register_text_literally(hostile_statement):
    markdown = render(hostile_statement, "md").decode()
    shown = " ".join(_text_of_html(MarkdownIt("commonmark").render(markdown)).split())
    for text in HOSTILE:
        assert " ".join(text.split()) in shown, text
    html = MarkdownIt("commonmark").render(markdown)
    for tag in ("<em>", "<code>", "<script", "<blockquote>", "<ol", "<font", "<b>"):
        assert tag not in html, tag
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    # The only links are web and e-mail addresses as written (issue 20), never Markdown's own
    # [text](target): the hostile "[not a link](http://evil.example)" links its address only.
    links = [(a.get("href"), a.text) for a in parser.parse(html).iter("a")]
    assert ("http://evil.example", "http://evil.example") in links
    assert all(href in (text, f"mailto:{text}") and href.startswith(("http", "mailto:")) for href, text in links)
    # Bold is used for the titles of the rights only.
    bold = [element.text for element in parser.parse(html).iter("strong")]
    assert bold and all(text.startswith("The right") for text in bold)
    headings = [element.text for element in parser.parse(html).iter() if element.tag in ("h1", "h2", "h3", "h4")]
    assert "not a heading" not in " ".join(headings)


def test_plain_text_holds_register_text_as_written(hostile_statement):
    text = render(hostile_statement, "txt").decode()
    for value in HOSTILE:
        for line in value.splitlines():
            assert line in text


def test_pdf_shows_register_text_literally(hostile_statement):
    reader = PdfReader(io.BytesIO(render(hostile_statement, "pdf")))
    shown = _squash("".join(page.extract_text() for page in reader.pages))
    for text in HOSTILE:
        assert _squash(text) in shown, text
    assert reader.metadata.author == HOSTILE[0]
