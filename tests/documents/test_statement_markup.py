"""The small things of issue 20 (point 4) in the HTML and Markdown statement: the footer is the
page's footer landmark, only the organisation's own contact is an <address>, e-mail and web
addresses are links, and Markdown's line breaks survive an editor that strips trailing spaces."""

from __future__ import annotations

import io

import html5lib
import pikepdf
import pytest
from markdown_it import MarkdownIt

from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.statement.render import _linkify, _markdown_links
from ropa_desktop.register.storage import open_register


@pytest.fixture(scope="module")
def statement(demo_path):
    with open_register(demo_path) as register:
        return build_statement(register, "nl")


def _parsed(page: str):
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def test_the_footer_is_the_pages_footer_not_part_of_main(statement):
    document = _parsed(render(statement, "html").decode())
    body = document.find("body")
    assert [child.tag for child in body] == ["main", "footer"]
    assert body.find("main").find(".//footer") is None
    assert "Laatste wijziging: juli 2018" in "".join(body.find("footer").itertext())
    assert "Laatste wijziging" not in "".join(body.find("main").itertext())


def test_only_the_organisations_own_contact_is_an_address(statement):
    document = _parsed(render(statement, "html").decode())
    addresses = ["".join(a.itertext()) for a in document.iter("address")]
    assert addresses and all("Autoriteit Persoonsgegevens" not in text for text in addresses)
    assert any("privacy@connaxis.com" in text for text in addresses)  # the near miss: ours stays one
    cards = [p for p in document.iter("p") if p.get("class") == "contact"]
    assert len(cards) == 1 and "Autoriteit Persoonsgegevens" in "".join(cards[0].itertext())
    links = [a.get("href") for a in cards[0].iter("a")]
    assert "https://www.autoriteitpersoonsgegevens.nl" in links


def test_addresses_in_running_text_are_links_without_their_full_stop():
    html = str(_linkify("Mail privacy@example.nl or see https://example.nl/privacy. Thanks & bye <b>"))
    assert '<a href="mailto:privacy@example.nl">privacy@example.nl</a>' in html
    assert '<a href="https://example.nl/privacy">https://example.nl/privacy</a>.' in html
    assert "&amp; bye &lt;b&gt;" in html
    # The near miss: an address-like word without a scheme or an @ stays text.
    assert "<a" not in str(_linkify("see www.example.nl or example.nl"))


def test_markdown_addresses_are_autolinks_and_the_rest_stays_literal():
    line = _markdown_links("Mail privacy@example.nl, or *not* https://example.nl/a_b.")
    html = MarkdownIt("commonmark").render(line)
    assert '<a href="mailto:privacy@example.nl">privacy@example.nl</a>' in html
    assert '<a href="https://example.nl/a_b">https://example.nl/a_b</a>.' in html
    assert "<em>" not in html and "*not*" in html
    # A non-ASCII e-mail address is no CommonMark autolink: written as text, not in brackets.
    assert _markdown_links("jürgen@example.de") == "jürgen@example.de"


def test_markdown_line_breaks_survive_stripped_trailing_spaces(statement):
    markdown = render(statement, "md").decode()
    assert not [line for line in markdown.splitlines() if line != line.rstrip()]
    stripped = "\n".join(line.rstrip() for line in markdown.splitlines())
    html = MarkdownIt("commonmark").render(stripped)
    # The authority's card: name, postal address and phone each on a line of its own.
    card = html[html.index("Autoriteit Persoonsgegevens") :].split("</p>")[0]
    assert card.count("<br />") >= 3
    assert '<a href="mailto:privacy@connaxis.com">privacy@connaxis.com</a>' in html


def _links_in_pdf(pdf: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return [
            str(annotation.A.URI)
            for page in document.pages
            for annotation in page.obj.get("/Annots", [])
            if annotation.get("/Subtype") == "/Link" and "/A" in annotation
        ]


def test_pdf_addresses_are_links(demo_path):
    with open_register(demo_path) as register:
        pdf = render(build_statement(register, "en"), "pdf")
        html = render(build_statement(register, "en"), "html").decode()
    links = _links_in_pdf(pdf)
    # The organisation's e-mail address and the supervisory authority's website, as in the HTML.
    assert any(link.startswith("mailto:") and "@" in link for link in links)
    assert "https://www.autoriteitpersoonsgegevens.nl" in links
    # Only addresses are links: each target is an address from the statement's own text.
    assert all(f'href="{link}"' in html for link in links)


def test_a_pdf_line_without_an_address_has_no_link():
    from ropa_desktop.documents.statement.render_pdf import _paragraph, _styles

    style = _styles("Helvetica")["body"]
    assert "<a " not in (_paragraph("Stuur een brief naar ons kantoor.", style, None).text or "")
    linked = _paragraph("Mail privacy@example.nl of zie https://example.nl.", style, None).text
    assert 'href="mailto:privacy@example.nl"' in linked and 'href="https://example.nl"' in linked
    assert "https://example.nl</u></a>." in linked  # the full stop ends the sentence, not the address
