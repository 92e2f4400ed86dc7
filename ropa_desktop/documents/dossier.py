"""The register as a PDF dossier for a supervisory authority (Art. 30(4)), with ReportLab.

A cover page marked confidential, a table of contents with page numbers, the controller's
record (Art. 30(1)) and the processor's record (Art. 30(2)) with one section per activity and
every field in a labelled block, annexes (processors and recipients, transfers, retention,
security measures, and on request the changes since a version and the compliance check's
findings), "page X / Y" and the organisation in every footer, the version of the register
shown (or "working copy") on the cover and atop every page, bookmarks and metadata, and an
embedded Unicode font.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser
from reportlab.platypus.tableofcontents import TableOfContents

from ..checks.findings import Severity
from ..checks.rule import RULES
from ..checks.run import counts
from ..register.storage import Register
from .collector import collector_paused
from .dossier_contents import Contents
from .dossier_tags import tagged_fields, tagged_rows
from .pdf_fonts import BOLD, register_fonts
from .pdf_pages import GREY, PageFooter, PageHeader
from .pdf_tags import ReadHere, TableArtifacts, Tagged, Tags, artifact, tagged, unwrapped
from .pdf_text import heading, markup, one_line, pieces
from .record.changes_annex import ChangesAnnex
from .record.columns import ACTIVITY, PROCESSOR_IN_FULL, is_processor, without_internal
from .record.findings import broken_rule_lines, field_label, none_found, place, severity_word, summary
from .record.record import Record, Table, read_record
from .text_block import TextBlock, TextBlocks

BLUE = colors.HexColor("#1f4e79")
SEVERITY_COLORS = {
    Severity.ERROR: colors.HexColor("#b3261e"),
    Severity.WARNING: colors.HexColor("#8a5a00"),
    Severity.INFO: GREY,
}
STRIPE = colors.HexColor("#eef2f7")


def _text(value) -> str:
    return markup(value)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, splitLongWords=1)
    return {
        "body": body,
        "field": ParagraphStyle("field", body, spaceBefore=4),
        "cover_title": ParagraphStyle(
            "cover_title", body, fontName=BOLD, fontSize=28, leading=34, textColor=BLUE, spaceAfter=18
        ),
        "cover": ParagraphStyle("cover", body, fontSize=12, leading=17),
        "confidential": ParagraphStyle(
            "confidential",
            body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=colors.HexColor("#b3261e"),
            spaceBefore=30,
        ),
        "h1": ParagraphStyle("h1", body, fontName=BOLD, fontSize=17, leading=21, textColor=BLUE, spaceAfter=10),
        "h2": ParagraphStyle(
            "h2", body, fontName=BOLD, fontSize=12.5, leading=16, textColor=BLUE, spaceBefore=14, spaceAfter=2
        ),
        "h3": ParagraphStyle("h3", body, fontName=BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=1),
        "toc0": ParagraphStyle("toc0", body, fontName=BOLD, fontSize=10.5, leading=15, leftIndent=0),
        "toc1": ParagraphStyle("toc1", body, fontSize=9, leading=12, leftIndent=14),
        "cell": ParagraphStyle("cell", body, fontSize=8, leading=10.5),
        "cell_head": ParagraphStyle("cell_head", body, fontName=BOLD, fontSize=8, leading=10.5, textColor=colors.white),
        "intro": ParagraphStyle("intro", body, spaceBefore=2, spaceAfter=8),
    }


# Per style: the fragment ReportLab's parser makes of a word, for _words.
_WORD_FRAGMENTS: dict[tuple, ParaFrag] = {}


def _words(words: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """The fragments the paragraph parser makes of ``words`` (one line of plain words, as
    one_line gives), made without parsing: one fragment of the style's face holding the words,
    as for any word. None (parse it) for text that holds markup characters (escaped, they
    become entities) or spacing the parser would change."""
    if not words or "&" in words or "<" in words or ">" in words or cleanBlockQuotedText(words) != words:
        return None
    key = (style.name, style.fontName, style.fontSize, style.leading, str(style.textColor))
    fragment = _WORD_FRAGMENTS.get(key)
    if fragment is None:
        parsed = ParaParser().parse("word", style)[1]
        if len(parsed) != 1 or parsed[0].text != "word":
            return None
        fragment = _WORD_FRAGMENTS[key] = parsed[0]
    return [fragment.clone(text=words)]


class _Heading(Paragraph):
    """A heading that goes into the table of contents and the PDF outline."""

    def __init__(self, text: str, style, level: int, key: str, counts: bool = False):
        # One line of words however the name was typed (a name may hold line breaks), so that the
        # longest name the register accepts still fits a page; a longer one (from an older
        # register) is cut here and printed in full below it. The contents re-parse their
        # entries as markup, so they get the title escaped again.
        self.title, self.cut = heading(text)
        super().__init__(_text(self.title), style, frags=_words(self.title, style))
        self.toc_level = level
        self.key = key
        self.counts = counts  # an activity: moves the progress bar

    def split(self, available_width: float, available_height: float) -> list:
        """Never split: a heading moves whole to the next page (it always fits one)."""
        return []


_FRAME = (20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 38 * mm)


def _frame() -> Frame:
    return Frame(*_FRAME, id="body")


def _nothing(*args, **kwargs) -> None:
    return None


class _LayoutOnly(Frame):
    """A frame that places flowables as the dossier's frame does but draws none of them: for
    counting pages."""

    def _add(self, flowable, canv, trySplit=0):
        flowable.drawOn = _nothing  # this flowable only: its class draws as ever elsewhere
        try:
            return super()._add(flowable, canv, trySplit)  # type: ignore[misc]  # Frame's, not in the stub
        finally:
            del flowable.drawOn

    add = _add


class _Numbered(ActionFlowable):
    """The next page gets ``number`` (and the pages after it the numbers after that); with
    ``contents`` the table of contents gets the entries the headings laid out so far."""

    def __init__(self, number: int, contents: TableOfContents | None = None):
        super().__init__()
        self.number = number
        self.contents = contents

    def apply(self, document) -> None:
        document.next_number = self.number
        if self.contents is not None:
            self.contents.clearEntries()
            self.contents.addEntries(document.contents_entries)
            self.contents.beforeBuild()  # the entries become the ones it lays out


class _Dossier(BaseDocTemplate):
    def __init__(self, target, record: Record, font: str, progress, total_units: int, tags: Tags, **kwargs):
        super().__init__(target, pagesize=A4, **kwargs)
        self.record = record
        self.tags = tags
        self.font = font
        self.progress = progress
        self.total_units = total_units
        self.units_done = 0
        # The contents' entries as the headings are laid out: (level, title, page, key).
        self.contents_entries: list[tuple[int, str, int, str]] = []
        self.next_number: int | None = None  # the number of the next page, when not the next one
        labels = record.context.labels
        self.footer = PageFooter(
            font,
            f"{record.organisation.legal_name} – {labels.get('title', 'register')} – "
            f"{labels.get('title', 'confidential')}",
            labels.get("title", "page"),
        )
        self.header = PageHeader(font, record.version_line)
        frame = _frame()
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame]),
                # The running head and foot: artifacts, which a reader skips (pdf_tags).
                PageTemplate(id="body", frames=[frame], onPage=artifact(self._decorate)),
            ]
        )

    def _decorate(self, canvas, document) -> None:
        self.header(canvas, document)
        self.footer(canvas, document)

    def afterFlowable(self, flowable) -> None:
        flowable = unwrapped(flowable)  # a heading is drawn as tagged content (pdf_tags)
        if not isinstance(flowable, _Heading):
            return
        self.canv.bookmarkPage(flowable.key)
        self.canv.addOutlineEntry(flowable.title, flowable.key, level=flowable.toc_level, closed=flowable.toc_level > 0)
        entry = (flowable.toc_level, escape(flowable.title), self.page, flowable.key)
        self.contents_entries.append(entry)
        self.notify("TOCEntry", entry)
        if flowable.counts and self.progress is not None:
            self.units_done += 1
            # Raises Cancelled when the officer cancels: the build stops, nothing is written.
            self.progress(min(self.units_done, self.total_units), self.total_units)

    def handle_documentBegin(self) -> None:
        self.footer.reset()
        self.tags.reset()  # laid out again (multiBuild's passes): only the last layout's marks count
        self.contents_entries = []
        super().handle_documentBegin()

    def handle_pageBegin(self) -> None:
        if self.next_number is not None:  # numbered out of order (_Numbered): the canvas counts on from it
            self.page = self.next_number - 1
            self.canv._pageNumber = self.next_number  # type: ignore[attr-defined]  # not in the stub
            self.next_number = None
        super().handle_pageBegin()


def _referenced(activity, context) -> str:
    """The activity's name, after the officer's own reference when it has one ("V-01 · Werving")."""
    name = context.t(activity.name) or "—"
    reference = (activity.reference or "").strip()
    return f"{reference} · {name}" if reference else name


def _blocks(values: list, headers: list[str], font: str, yes_no=None) -> list:
    """Every field of an item as a label with its value below it (fast plain-text blocks);
    ``yes_no`` words a yes/no value (never Python's True and False)."""
    flowables = []
    for header, value in zip(headers, values, strict=True):
        if isinstance(value, bool):
            items, listing = [yes_no(value) if yes_no else ""], False
        elif isinstance(value, list):
            items, listing = ([str(v) for v in value] or ["—"]), bool(value)
        elif isinstance(value, (date, datetime)):
            items, listing = [value.isoformat()], False
        elif value in (None, ""):
            items, listing = ["—"], False
        else:
            items, listing = [str(value)], False
        make = TextBlock.listing if listing else TextBlock
        flowables.append(make(header, items, font=font, bold=BOLD, label_color=GREY))
    # One flowable for the frame, laid out as the blocks one by one.
    return [TextBlocks(flowables)] if flowables else []


class _Story:
    """The dossier's flowables, each drawn as content of the structure element it is (pdf_tags):
    headings H1 to H3 as the outline nests them, paragraphs (a field is one), the contents, tables."""

    def __init__(self, record: Record, font: str, tags: Tags):
        self.record = record
        self.tags = tags
        self.context = record.context
        self.labels = record.context.labels
        self.styles = _styles(font)
        self.font = font
        self.flowables: list = []
        self._keys = 0

    def key(self) -> str:
        self._keys += 1
        return f"k{self._keys}"

    def read_as(self, role: str, flowable) -> Tagged:
        """``flowable`` drawn as a structure element of its own (H1, P, ...)."""
        return Tagged(flowable, self.tags.element(role))

    def heading(self, text: str, style: str, level: int, counts: bool = False) -> Tagged:
        """A heading of the contents and the outline: level 0 is an H1, level 1 an H2."""
        return self.read_as(f"H{level + 1}", _Heading(text, self.styles[style], level, self.key(), counts))

    def fields(self, values: list, headers: list[str], yes_no=None) -> list:
        """Every field of an item (_blocks), each read as a paragraph: its label and value."""
        return tagged_fields(_blocks(values, headers, self.font, yes_no), self.tags)

    def table(self, rows: list[list], widths: list[float]) -> PdfTable:
        """An annex's table: its first row the column headings, repeated atop every page."""
        # splitInRow: a row taller than what is left of a page (a long name) goes on over the page.
        table = PdfTable(
            tagged_rows(rows, self.tags), colWidths=widths, repeatRows=1, splitInRow=1, renderCB=TableArtifacts()
        )
        table.setStyle(self._table_style())
        return table

    def build(self) -> list:
        """The story in reading order: cover, contents, records, annexes (for two passes: the
        first finds the page numbers the contents print in the second)."""
        self.cover()
        self._contents_at = len(self.flowables)
        self.contents()
        activities = self.record.table("register").items
        self.record_section(
            "controller", [a for a in activities if not is_processor(a)], without_internal(ACTIVITY, self.context)
        )
        self.record_section(
            "processor", [a for a in activities if is_processor(a)], without_internal(PROCESSOR_IN_FULL, self.context)
        )
        self.annexes()
        # The contents get their entries before the first pass (page numbers still unknown), so
        # the first pass already lays out pages as the second will: two passes, not three.
        headings = [f for f in map(unwrapped, self.flowables) if isinstance(f, _Heading)]
        self.toc.addEntries([(f.toc_level, escape(f.title), 1, f.key) for f in headings])
        return self.flowables

    def contents_last(self, contents_pages: int) -> list:
        """The story of build() with the contents laid out last, once the headings' pages are
        known, and numbered as the pages after the cover (they take ``contents_pages`` pages;
        write_dossier moves them there): one pass instead of two."""
        at = self._contents_at
        cover, contents, body = self.flowables[: at - 1], self.flowables[at : at + 2], self.flowables[at + 3 :]
        return [
            *cover,  # ends with the next page template; its page break follows
            ReadHere(self._contents_elements),  # read after the cover, where they will stand
            _Numbered(contents_pages + 2),
            PageBreak(),
            *body,
            _Numbered(2, self.toc),
            PageBreak(),
            *contents,
        ]

    def contents_pages(self, font: str) -> int:
        """How many pages the contents take: their layout does not depend on the page numbers
        they print (the dots and numbers are drawn after each line), so the headings suffice."""
        counter = BaseDocTemplate(io.BytesIO(), pagesize=A4, initialFontName=font)
        counter.addPageTemplates([PageTemplate(id="body", frames=[_LayoutOnly(*_FRAME)])])
        counter._doSave = 0  # type: ignore[attr-defined]  # laid out on a canvas that is thrown away
        at = self._contents_at
        self.toc.beforeBuild()  # the entries build() gave it
        counter.build(self.flowables[at : at + 2])
        return counter.page

    def cover(self) -> None:
        s, org, record = self.styles, self.record.organisation, self.record
        lines = self.context.contact_lines(org, reach=False)
        label = self.labels.get
        contact = "\n".join(line for line in lines if line)
        last_change = record.last_change.strftime("%Y-%m-%d %H:%M") if record.last_change else "—"
        facts = [  # each a paragraph of its own
            f"{label('cover', 'exported')}: {record.exported_at.strftime('%Y-%m-%d %H:%M')}",
            f"{label('cover', 'last_change')}: {last_change}",
            f"{label('cover', 'register_version')}: {record.version_line}",
            f"{label('cover', 'version')}: {record.version}",
            f"{label('cover', 'reference_date')}: {record.reference_date.isoformat()}",
        ]
        self.flowables += [
            Spacer(1, 50 * mm),
            self.read_as("H1", Paragraph(_text(label("title", "register")), s["cover_title"])),
            # The organisation's name and address: one text, in pieces for a long one (pdf_text).
            *tagged([Paragraph(_text(part), s["cover"]) for part in pieces(contact)], self.tags.element("P")),
            Spacer(1, 12 * mm),
            *[self.read_as("P", Paragraph(_text(fact), s["cover"])) for fact in facts],
            self.read_as("P", Paragraph(_text(label("title", "confidential").upper()), s["confidential"])),
            NextPageTemplate("body"),
            PageBreak(),
        ]

    def contents(self) -> None:
        # The contents' table would otherwise set Helvetica (not embedded) in every cell.
        table_style = TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), self.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        toc = Contents(levelStyles=[self.styles["toc0"], self.styles["toc1"]], dotsMinLevel=0, tableStyle=table_style)
        self.toc = toc
        title = self.read_as("H1", Paragraph(_text(self.labels.get("title", "contents")), self.styles["h1"]))
        toc.element = self.tags.element("TOC")  # an entry (TOCI) for each line
        self._contents_elements = [title.element, toc.element]
        # Not wrapped itself: multiBuild tells the contents of every heading (IndexingFlowable).
        self.flowables += [title, toc, PageBreak()]
        self.contacts()

    def contacts(self) -> None:
        """The controller and its contacts open the record (Art. 30(1)(a))."""
        # Whether a DPO is required whatever is processed (Art. 37(1)(a)) belongs beside the DPO.
        headers = [self.labels.get("cover", "public_authority")]
        values: list[str | list[str]] = [self.labels.yes_no(self.record.organisation.public_authority)]
        for key, contact in self.record.contacts.items():
            headers.append(self.labels.get("cover", key))
            if contact is None:
                values.append(self.labels.get("cover", "none"))
                continue
            values.append(self.context.contact_lines(contact))
        self.flowables.append(self.heading(self.labels.get("cover", "organisation"), "h1", 0))
        self.flowables += self.fields(values, headers, self.labels.yes_no)
        self.flowables.append(PageBreak())

    def record_section(self, title_key: str, activities: list, columns) -> None:
        self.flowables.append(self.heading(self.labels.get("title", title_key), "h1", 0))
        if not activities:
            no_activities = Paragraph(_text(self.labels.get("title", "no_activities")), self.styles["body"])
            self.flowables.append(self.read_as("P", no_activities))
        # Number, the officer's reference and name are the heading already.
        columns = [column for column in columns if column.key not in ("number", "activity_reference", "name")]
        headers = [self.labels.column(column.key) for column in columns]
        for activity in activities:
            name = f"{activity.position + 1}. {_referenced(activity, self.context)}"
            heading = _Heading(name, self.styles["h2"], 1, self.key(), counts=True)
            self.flowables.append(self.read_as("H2", heading))
            if heading.cut:
                self.flowables += self.fields([name], [self.labels.column("name")])
            values = [column.value(activity, self.context) for column in columns]
            self.flowables += self.fields(values, headers, self.labels.yes_no)
        self.flowables.append(PageBreak())

    def annexes(self) -> None:
        self.flowables.append(self.heading(self.labels.get("title", "annexes"), "h1", 0))
        for key in ("recipients", "transfers", "retention", "security"):
            table: Table = self.record.table(key)
            self.flowables.append(self.heading(self.labels.get("sheet", key), "h2", 1))
            headers = table.headers(self.context)
            for values in table.rows(self.context):
                title = values[0] if values[0] else "—"
                words = one_line(title)
                title_line = Paragraph(_text(words), self.styles["h3"], frags=_words(words, self.styles["h3"]))
                self.flowables.append(self.read_as("H3", title_line))  # not in the outline: too many
                self.flowables += self.fields(values[1:], headers[1:], self.labels.yes_no)
        if self.record.changes is not None:
            self.changes_annex(self.record.changes)
        if self.record.findings is not None:
            self.findings_annex(self.record.findings)

    def changes_annex(self, changes: ChangesAnnex) -> None:
        """The changes since a version: one row per change in the log, oldest first."""
        labels, s = self.labels, self.styles
        self.flowables.append(PageBreak())  # a table of its own, as the findings
        self.flowables.append(self.heading(changes.title, "h2", 1))
        self.flowables.append(self.read_as("P", Paragraph(_text(changes.intro), s["intro"])))
        if not changes.rows:
            self.flowables.append(self.read_as("P", Paragraph(_text(labels.get("changes", "none")), s["body"])))
            return
        grey = "#" + GREY.hexval()[2:]
        heads = [
            f"{labels.column('change_when')}, {labels.column('change_who').lower()}, "
            f"{labels.column('change_origin').lower()}",
            f"{labels.column('item')}, {labels.column('field').lower()}",
            labels.column("change_before"),
            labels.column("change_after"),
        ]
        rows = [[Paragraph(_text(head), s["cell_head"]) for head in heads]]
        for change in changes.rows:
            who = (
                _text(change.when.strftime("%Y-%m-%d %H:%M"))
                + "<br/>"
                + _text(change.who)
                + f'<br/><font color="{grey}">{_text(change.origin)}</font>'
            )
            what = _text(change.item) + f'<br/><font color="{grey}">{_text(change.field)}</font>'
            if change.comment:
                what += f"<br/>{_text(labels.column('change_comment'))}: {_text(change.comment)}"
            rows.append(
                [
                    Paragraph(who, s["cell"]),
                    Paragraph(what, s["cell"]),
                    Paragraph(_text(change.before), s["cell"]),
                    Paragraph(_text(change.after), s["cell"]),
                ]
            )
        self.flowables.append(self.table(rows, [34 * mm, 46 * mm, 45 * mm, 45 * mm]))

    @staticmethod
    def _table_style() -> TableStyle:
        return TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BLUE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d3df")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )

    def findings_annex(self, findings: list) -> None:
        """The compliance check's findings: one row each, errors first."""
        labels, s = self.labels, self.styles
        # A page of its own: a table, not another item, and never a heading left at the foot of a page.
        self.flowables.append(PageBreak())
        self.flowables.append(self.heading(labels.get("title", "findings"), "h2", 1))
        intro = labels.get("findings", "intro").format(
            date=self.context.today.isoformat(), summary=summary(counts(findings), labels)
        )
        self.flowables.append(self.read_as("P", Paragraph(_text(intro), s["intro"])))
        broken = self.record.broken_rules
        for line in broken_rule_lines(broken, labels):  # the check is incomplete: said before the table
            self.flowables.append(self.read_as("P", Paragraph(_text(line), s["body"])))
        if not findings:
            none = Paragraph(_text(none_found(broken, len(RULES), labels)), s["body"])
            self.flowables.append(self.read_as("P", none))
            return
        rows = [
            [
                Paragraph(_text(labels.column(key)), s["cell_head"])
                for key in ("severity", "item", "message", "reference")
            ]
        ]
        severities = {
            severity: ParagraphStyle(f"severity_{severity.value}", s["cell"], fontName=BOLD, textColor=color)
            for severity, color in SEVERITY_COLORS.items()
        }
        grey = "#" + GREY.hexval()[2:]
        for finding in findings:
            item = _text(place(finding, labels))
            field = field_label(finding, labels)
            if field:  # what to open in the item, in grey below its name
                item += f'<br/><font color="{grey}">{_text(field)}</font>'
            rows.append(
                [
                    Paragraph(_text(severity_word(finding.severity, labels)), severities[finding.severity]),
                    Paragraph(item, s["cell"]),
                    Paragraph(_text(finding.message(self.context.language)), s["cell"]),
                    Paragraph(_text(finding.citation(self.context.language)), s["cell"]),
                ]
            )
        # 50 mm holds "verwerkingsverantwoordelijke(n)", the longest word of our own labels, whole.
        self.flowables.append(self.table(rows, [27 * mm, 50 * mm, 61 * mm, 27 * mm]))


def write_dossier(
    register: Register,
    language: str,
    target: BinaryIO,
    progress=None,
    exported_at: datetime | None = None,
    with_findings: bool = False,
    internal_notes: bool = False,
    changes_since: str | None = None,
    tags: Tags | None = None,
) -> str:
    """The dossier; ``with_findings`` adds the compliance check's findings as the last annex,
    ``changes_since`` (a version, "start" or a date) the changes since then as an annex before it,
    ``internal_notes`` the activities' internal descriptions and notes (left out unless asked:
    the dossier is for the supervisory authority). What it draws is marked as the structure
    elements it records in ``tags`` (pdf_tags.add_structure writes their tree into the PDF).
    Returns the dossier's title."""
    # ReportLab makes hundreds of thousands of objects that live until the file is written; the
    # cycle collector walked them again and again (a quarter of the time at 2,000 activities).
    with collector_paused():
        return _write(
            register,
            language,
            target,
            progress,
            exported_at,
            with_findings,
            internal_notes,
            changes_since,
            tags or Tags(),
        )


def _write(
    register: Register,
    language: str,
    target: BinaryIO,
    progress,
    exported_at: datetime | None,
    with_findings: bool,
    internal_notes: bool,
    changes_since: str | None,
    tags: Tags,
) -> str:
    font = register_fonts()
    record = read_record(
        register,
        language,
        exported_at,
        with_findings=with_findings,
        internal_notes=internal_notes,
        changes_since=changes_since,
    )
    activities = max(len(record.table("register").items), 1)
    story = _Story(record, font, tags)
    story.build()
    contents_pages = story.contents_pages(font)
    document = _document(target, record, font, progress, language, tags, total_units=activities)
    document._doSave = 0  # type: ignore[attr-defined]  # saved below, once the contents' pages are in place
    document.build(story.contents_last(contents_pages), canvasmaker=document.footer.canvas_maker())
    pages = document.canv._doc.Pages.pages  # type: ignore[attr-defined]  # the page tree, not in the stub
    if document.page == contents_pages + 1 and len(pages) > contents_pages + 1:
        # The contents, drawn last and numbered as the pages after the cover, go there.
        moved = pages[-contents_pages:]
        del pages[-contents_pages:]
        pages[1:1] = moved
        document.canv.save()
    else:  # the contents took another number of pages than counted: two passes as before
        done = document.units_done
        document = _document(target, record, font, progress, language, tags, total_units=done + 2 * activities)
        document.units_done = done
        # The second pass writes the page numbers the first found into the contents.
        story_again = _Story(record, font, tags).build()
        document.multiBuild(story_again, maxPasses=4, canvasmaker=document.footer.canvas_maker())
    if progress is not None:
        progress(document.total_units, document.total_units)
    return _title(record)


def _title(record: Record) -> str:
    return f"{record.context.labels.get('title', 'register')} – {record.organisation.legal_name}"


def _document(target, record: Record, font: str, progress, language: str, tags: Tags, total_units: int) -> _Dossier:
    return _Dossier(
        target,
        record,
        font,
        progress,
        total_units=total_units,
        tags=tags,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=_title(record),
        author=record.organisation.legal_name,
        subject=record.context.labels.get("title", "register"),
        creator=record.version,
        keywords=record.version_line,
        lang=language,
        initialFontName=font,
    )
