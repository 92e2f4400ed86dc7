"""The statement's PDF builds plain texts' paragraphs without ReportLab's markup parser and keeps
their lines (statement/pdf_flowables.py, issue 19). Each shortcut must give exactly what
ReportLab gives: the same fragments, and the same lines at every width."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from ropa_desktop.documents.pdf_fonts import register_fonts
from ropa_desktop.documents.pdf_text import markup
from ropa_desktop.documents.statement.pdf_flowables import text_paragraph
from ropa_desktop.documents.statement.render_pdf import _styles

TEXTS = [
    "Wij bewaren uw gegevens zeven jaar (art. 52 AWR).",
    "  spaces   around\tand\tin  between  ",
    "Een heel-lang-woord-zonder-spaties-dat-niet-op-een-regel-past-en-dus-gebroken-moet-worden-door-ReportLab",
    "non\xa0breaking\xa0spaces and zero\u200bwidth",
    "Łódź, São Paulo, Zürich — “quotes” and ‘apostrophes’",
    "soft\xadhyphen in a word",
    "a & b < c > d",  # parsed: the shortcut hands these to ReportLab
    "line one\nline two",
    "x",
]


def _lines(paragraph, width: float) -> list:
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    return [(round(line[0], 6), list(line[1])) if isinstance(line, tuple) else repr(line) for line in lines]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("style_name", ["body", "bullet"])
def test_a_shortcut_paragraph_is_reportlabs_paragraph(text, style_name):
    styles = _styles(register_fonts())
    style = styles.get(style_name) or next(iter(styles.values()))
    bullet = "•" if style_name == "bullet" else None
    ours = text_paragraph(text, style, bullet)
    theirs = Paragraph(markup(text), style, bulletText=bullet)
    assert [f.text for f in ours.frags] == [f.text for f in theirs.frags]
    for width in (40, 120, 300, 480):
        assert _lines(ours, width) == _lines(theirs, width), width
        assert ours.wrap(width, 10_000) == theirs.wrap(width, 10_000)


def test_the_comparison_notices_a_different_text():
    """The near miss: a paragraph of other words breaks into other lines."""
    style = next(iter(_styles(register_fonts()).values()))
    ours = text_paragraph(TEXTS[0], style)
    theirs = Paragraph(markup(TEXTS[0] + " en langer"), style)
    assert _lines(ours, 120) != _lines(theirs, 120)
