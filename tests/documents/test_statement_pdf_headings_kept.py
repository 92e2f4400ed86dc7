"""A heading of the statement PDF is never left alone at the bottom of a page (issue 20, point
4): it stands on the page where what it heads begins, also a section that opens straight with
a subsection. Read from the structure the PDF is tagged with (pdf_tags): the page of each
heading's last mark and of the next element's first."""

from __future__ import annotations

import pytest

from ropa_desktop.documents.pdf_tags import Element, Tags
from ropa_desktop.documents.statement.document import Bullets, Section, Statement
from ropa_desktop.documents.statement.document import Paragraph as TextParagraph
from ropa_desktop.documents.statement.render_pdf import render_pdf

FILLER = "Wij verwerken uw gegevens zorgvuldig en alleen voor het doel waarvoor u ze gaf. " * 3


def _in_reading_order(element: Element, found: list[Element]) -> list[Element]:
    for kid in element.elements():
        found.append(kid)
        _in_reading_order(kid, found)
    return found


def stranded_headings(statement: Statement) -> list[tuple[str, int]]:
    """Each heading whose next text begins on a later page: (role, page)."""
    tags = Tags()
    render_pdf(statement, None, tags)
    return _stranded(tags)


def _stranded(tags: Tags) -> list[tuple[str, int]]:
    drawn = [e for e in _in_reading_order(tags.document, []) if any(isinstance(i, tuple) for i in e.content)]
    stranded = []
    for heading, following in zip(drawn, drawn[1:], strict=False):
        if heading.role.startswith("H"):
            last = [item[0] for item in heading.content if isinstance(item, tuple)][-1]
            first = next(item[0] for item in following.content if isinstance(item, tuple))
            if first != last:
                stranded.append((heading.role, last))
    return stranded


def _statement(filler_paragraphs: int, empty_section: bool) -> Statement:
    """A page filled to a point, then a section; ``empty_section``: it opens with a subsection."""
    opening = Section("Wie zijn wij?", [TextParagraph(FILLER) for _ in range(filler_paragraphs)])
    subsections = [Section(f"Activiteit {n}", [TextParagraph(FILLER), Bullets(("naam", "adres"))]) for n in range(3)]
    blocks = [] if empty_section else [TextParagraph("Hieronder leest u wat wij doen.")]
    return Statement(
        "nl", "Privacyverklaring", "Voorbeeld B.V.", [opening, Section("Wat wij doen", blocks, subsections)], []
    )


@pytest.mark.parametrize("empty_section", [True, False])
def test_no_heading_is_left_at_the_bottom_of_a_page(empty_section):
    # Every filling of the first page: one of them puts the section's heading on its last lines.
    for filler in range(10, 22):
        assert stranded_headings(_statement(filler, empty_section)) == [], filler


def test_the_check_sees_a_stranded_heading():
    # Near miss: a heading drawn as the last thing on a page, its text on the next, is caught.
    tags = Tags()
    heading = tags.element("H2")
    text = tags.element("P")
    heading._place()
    heading.content.append((0, 5))
    text._place()
    text.content.append((1, 0))
    assert _stranded(tags) == [("H2", 0)]
    text.content[0] = (0, 6)  # its text on the same page: kept
    assert _stranded(tags) == []
