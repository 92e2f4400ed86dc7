"""The statement as a PDF (ReportLab): embedded Unicode font, headings with bookmarks,
bullets, page numbers and document metadata."""

from __future__ import annotations

import io
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from ... import __version__
from ..collector import collector_paused
from ..pdf_fonts import BOLD, register_fonts
from ..pdf_pages import GREY, PageFooter
from ..pdf_tags import PHRASE_END, PHRASE_START, Tagged, Tags, artifact, phrase_languages, tagged, unwrapped
from ..pdf_text import heading as pdf_heading
from ..pdf_text import markup, pieces
from .document import Bullets, ContactBlock, Entries, Section, Statement
from .document import Paragraph as TextParagraph
from .language_of_parts import balanced, has_marks, parts, plain
from .links import addresses, has_address
from .pdf_flowables import WIDTHS, KeepTogether, _Paragraph, text_paragraph

LINK_COLOUR = "#1f4e79"  # the headings' blue, as the HTML statement's links
BLUE = colors.HexColor(LINK_COLOUR)


@cache  # made once: the fragments and piece styles kept for a style (pdf_flowables) stay few
def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=font, fontSize=10, leading=14.5, spaceAfter=5, alignment=TA_LEFT, splitLongWords=1
    )
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=22, leading=27, textColor=BLUE, spaceAfter=12),
        "h2": ParagraphStyle(
            "h2", base, fontName=BOLD, fontSize=15, leading=19, textColor=BLUE, spaceBefore=14, spaceAfter=6
        ),
        "h3": ParagraphStyle("h3", base, fontName=BOLD, fontSize=12, leading=16, spaceBefore=10, spaceAfter=4),
        "h4": ParagraphStyle("h4", base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        "bullet": ParagraphStyle("bullet", base, spaceAfter=2, leftIndent=14, bulletIndent=3, bulletFontName=font),
        "term": ParagraphStyle("term", base, fontName=BOLD, spaceBefore=4, spaceAfter=1),
        "contact": ParagraphStyle(
            "contact",
            base,
            leftIndent=8 * mm,
            textColor=colors.black,
            backColor=colors.HexColor("#f5f7fa"),
            # ReportLab takes (top, right, bottom, left); the stub allows a float only.
            borderPadding=(4, 6, 4, 6),  # type: ignore[arg-type]
            spaceBefore=6,
            spaceAfter=10,
        ),
        "footer": ParagraphStyle("footer", base, textColor=GREY, fontSize=9),
    }


def _paragraphs(text: str, style: ParagraphStyle, bullet: bool = False) -> list[Paragraph]:
    """A long text as several paragraphs of about a page each (pdf_text.pieces), so that
    laying it out costs in step with its length; only the last keeps the space after it."""
    # A text with a phrase in another language is laid out in whole pieces (_Whole): short ones,
    # so a piece moved to the next page leaves a few lines free, not a third of a page.
    parts = balanced(pieces(text, _WHOLE_PIECE, _WHOLE_LINES)) if has_marks(text) else pieces(text)
    if len(parts) == 1:
        return [_paragraph(text, style, "•" if bullet else None)]
    last = len(parts) - 1
    return [
        _paragraph(
            part,
            _piece_style(style, number == 0, number == last),
            "•" if bullet and number == 0 else None,
        )
        for number, part in enumerate(parts)
    ]


def _paragraph(text: str, style: ParagraphStyle, bullet: str | None) -> Paragraph:
    """Register text as printed, its e-mail and web addresses links (blue and underlined: not
    by colour alone, WCAG 1.4.1); a piece never cuts an address, which holds no space."""
    if has_marks(text):
        # A phrase in another language, said so around its words (pdf_tags.phrase_languages).
        marked = "".join(
            f'<onDraw name="{PHRASE_START}" label="{language}"/>{_linked(words)}<onDraw name="{PHRASE_END}" label=""/>'
            if language
            else _linked(words)
            for words, language in parts(text)
        )
        return _Whole(marked, style, bulletText=bullet)
    if not has_address(text):
        return text_paragraph(text, style, bullet)
    return _Paragraph(_linked(text), style, bulletText=bullet)


def _linked(text: str) -> str:
    return "".join(
        f'<a href="{escape(href, {chr(34): "&quot;"})}" color="{LINK_COLOUR}"><u>{markup(words)}</u></a>'
        if href
        else markup(words)
        for words, href in addresses(text)
    )


# Characters and lines of a whole piece: about a dozen lines (each piece begins a line of its own).
_WHOLE_PIECE = 1000
_WHOLE_LINES = 14


class _Whole(_Paragraph):
    """A paragraph that moves whole to the next page rather than split: its phrase's language
    marks live in its one text object (a piece is well under a page: it always fits one)."""

    def split(self, availWidth, availHeight):
        return []


# The styles of a long text's pieces, made once per style: (style, first, last) -> style.
_PIECE_STYLES: dict[tuple[int, bool, bool], tuple[ParagraphStyle, ParagraphStyle]] = {}


def _piece_style(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    key = (id(style), first, last)
    kept = _PIECE_STYLES.get(key)
    if kept is None or kept[0] is not style:
        piece = ParagraphStyle(
            f"{style.name}_{'first' if first else 'last' if last else 'middle'}",
            style,
            spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0,
        )
        kept = _PIECE_STYLES[key] = (style, piece)
    return kept[1]


class _Heading(_Paragraph):
    """A section heading; ``outline_level`` None on the parts ReportLab splits it into."""

    outline_level: int | None = None
    outline_title = ""  # plain text: a bookmark is never markup


class _Document(SimpleDocTemplate):
    """Adds a PDF bookmark for every heading, nested as the sections are."""

    def afterFlowable(self, flowable: Flowable) -> None:
        flowable = unwrapped(flowable)  # a heading is drawn as tagged content (pdf_tags)
        if not isinstance(flowable, _Heading) or flowable.outline_level is None:
            return
        level = flowable.outline_level
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=level > 0)


def render_pdf(statement: Statement, progress=None, tags: Tags | None = None) -> bytes:
    """The statement laid out, what it draws marked as the structure elements it records in
    ``tags`` (pdf_tags.add_structure writes their tree into the PDF)."""
    font = register_fonts()
    styles = _styles(font)
    buffer = io.BytesIO()
    try:
        with collector_paused():
            _build(
                statement,
                styles,
                font,
                plain(f"{statement.organisation} – {statement.title}"),
                progress,
                buffer,
                tags or Tags(),
            )
    finally:
        WIDTHS.clear()  # the words of this statement
    return buffer.getvalue()


def _build(statement: Statement, styles, font: str, footer_text: str, progress, buffer: io.BytesIO, tags: Tags) -> None:
    # Every text is tagged as the HTML statement marks it up (pdf_tags): headings h1..h4,
    # paragraphs, lists (a term and its text as a list item's label and body).
    # Titles, headings and terms are printed plain: a phrase's language is marked in running text.
    story: list = [Tagged(text_paragraph(plain(statement.title), styles["title"]), tags.element("H1"))]

    def heading(text: str, level: int) -> list[Flowable]:
        # One line of words, so the longest name the register accepts fits a page beside its first text.
        title, cut = pdf_heading(plain(text))
        flowable = text_paragraph(title, styles[f"h{min(level, 4)}"], kind=_Heading)
        flowable.outline_level = level - 2
        flowable.outline_title = title
        return [
            Tagged(flowable, tags.element(f"H{level}")),
            *(tagged(_paragraphs(text, styles["body"]), tags.element("P")) if cut else []),
        ]

    def add_section(section: Section, level: int, carried: tuple[Flowable, ...] = ()) -> None:
        # ``carried``: the heading of a section that opens straight with this subsection.
        head = [*carried, *heading(section.heading, level)]
        if not section.blocks and section.sections:
            add_section(section.sections[0], level + 1, tuple(head))
            for sub in section.sections[1:]:
                add_section(sub, level + 1)
            return
        flowables = list(head)
        for block in section.blocks:
            if isinstance(block, TextParagraph):
                flowables += tagged(_paragraphs(block.text, styles["body"]), tags.element("P"))
            elif isinstance(block, Bullets):
                # Paragraphs with a bullet lay out several times faster than a ListFlowable.
                items = tags.element("L")
                for item in block.items:
                    body = tags.element("LBody", tags.element("LI", items))
                    flowables += tagged(_paragraphs(item, styles["bullet"], bullet=True), body)
                flowables.append(Spacer(1, 4))
            elif isinstance(block, Entries):
                entries = tags.element("L")
                for entry in block.items:
                    listed = tags.element("LI", entries)
                    first, *rest = tagged(_paragraphs(entry.text, styles["body"]), tags.element("LBody", listed))
                    term = Tagged(text_paragraph(plain(entry.title), styles["term"]), tags.element("Lbl", listed))
                    flowables.append(KeepTogether([term, first]))
                    flowables += rest
            elif isinstance(block, ContactBlock):
                flowables += tagged(_paragraphs("\n".join(block.lines), styles["contact"]), tags.element("P"))
        # A heading never stands alone at the bottom of a page: kept with what follows it (and
        # a carried heading with its subsection's).
        kept = len(carried) + 2
        story.append(KeepTogether(flowables[:kept]))
        story.extend(flowables[kept:])
        for sub in section.sections:
            add_section(sub, level + 1)

    for position, section in enumerate(statement.sections):
        add_section(section, 2)
        if progress is not None:
            progress(position + 1, len(statement.sections) + 1)
    story.append(Spacer(1, 8 * mm))
    for line in statement.footer:
        story += tagged(_paragraphs(line, styles["footer"]), tags.element("P"))

    document = _Document(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        title=plain(f"{statement.title} – {statement.organisation}"),
        author=plain(statement.organisation),
        subject=plain(statement.title),
        creator=f"ROPA Desktop {__version__}",
        lang=statement.language,
        initialFontName=font,
    )
    footer = PageFooter(font, footer_text)
    footer_artifact = artifact(footer)  # not the statement's text: a reader skips it

    def page_foot(canvas, document) -> None:
        phrase_languages(canvas)  # before the page's paragraphs draw
        footer_artifact(canvas, document)

    document.build(story, onFirstPage=page_foot, onLaterPages=page_foot, canvasmaker=footer.canvas_maker())
    if progress is not None:
        progress(len(statement.sections) + 1, len(statement.sections) + 1)
