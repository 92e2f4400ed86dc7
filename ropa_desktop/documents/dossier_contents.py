"""The dossier's table of contents: ReportLab's, with its lines made once, read by a screen reader
as they read to the eye, and laid out in tables of about a page once they run over pages."""

from __future__ import annotations

from xml.sax.saxutils import unescape

from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from .pdf_tags import Element, Tagged

# Lines of the contents per table once they run over a page (about a page's worth).
_CONTENTS_ROWS = 40


class Contents(TableOfContents):
    """ReportLab's table of contents, but its lines are made once: an entry's page number is
    looked up as its line is drawn (ReportLab writes it into the line), so the lines laid out
    to count the contents' pages are the ones drawn (the same lines, dots and numbers)."""

    _made: list | None = None
    _chunks: list[PdfTable] | None = None  # the lines in tables, once they run over a page
    element: Element | None = None  # the contents' element (TOC): an entry is an item of it (TOCI)

    def wrap(self, availWidth, availHeight):
        entries = self._lastEntries  # type: ignore[attr-defined]  # TableOfContents' own, not in the stub
        if not entries:
            return super().wrap(availWidth, availHeight)
        made = [(level, text, key) for level, text, _, key in entries]
        if made != self._made:
            rows: list[list] = []
            self._items: dict[int, Element] = {}  # the entries' elements (TOCI) by number
            for number, (level, text, _, key) in enumerate(entries):
                style = self.getLevelStyle(level)
                line = f'<a href="#{key}">{text}</a>' if key else text
                if style.spaceBefore:
                    rows.append([Spacer(1, style.spaceBefore)])
                entry: Flowable = Paragraph(f'{line}<onDraw name="drawTOCEntryEnd" label="{number}"/>', style)
                if self.element is not None:  # its dots and page number are drawn as part of it
                    self._items[number] = self.element.tags.element("TOCI", self.element)
                    entry = Tagged(entry, self._items[number])
                rows.append([entry])
            self._rows, self._made = rows, made

        def line_end(canvas, kind, label):
            """The dots and the page number after an entry (as TableOfContents draws them)."""
            level, text, page, key = self._lastEntries[int(label)]  # type: ignore[attr-defined]  # as above
            dot = " . " if self.dotsMinLevel >= 0 and level >= self.dotsMinLevel else ""
            if self.formatter:
                page = self.formatter(page)
            item = self._items.get(int(label))
            if item is not None:  # read as it reads to the eye: the title, then its page
                item.actual_text = f"{unescape(text)} {page}"
            drawPageNumbers(canvas, self.getLevelStyle(level), [(page, key)], availWidth, availHeight, dot)

        self.canv.setNamedCB("drawTOCEntryEnd", line_end)
        if len(self._rows) > _CONTENTS_ROWS:
            # Measured as the tables split() gives: ReportLab measures a table's rows in a time
            # that grows with the square of their number.
            self._chunks = self._in_tables(availWidth)
            self.width = availWidth
            self.height = sum(chunk.wrapOn(self.canv, availWidth, availHeight)[1] for chunk in self._chunks)
            return self.width, self.height
        self._chunks = None
        self._table = PdfTable(self._rows, colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def _in_tables(self, width: float) -> list[PdfTable]:
        return [
            PdfTable(self._rows[start : start + _CONTENTS_ROWS], colWidths=(width,), style=self.tableStyle)
            for start in range(0, len(self._rows), _CONTENTS_ROWS)
        ]

    def drawOn(self, canvas, x, y, _sW=0):
        chunks = self._chunks
        if not chunks:
            return super().drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]  # the stub lacks _sW
        top = y + self.height  # all the tables fit here: one under the other
        for chunk in chunks:
            top -= chunk._height  # type: ignore[attr-defined]  # set by its wrap, not in the stub
            chunk.drawOn(canvas, x, top, _sW)  # type: ignore[call-arg]

    def split(self, availWidth, availHeight):
        """The lines in tables of ``_CONTENTS_ROWS`` at most, each laid out only where it lands.
        One table split over the pages is laid out again in full for what remains at every
        page: the contents of 10,000 activities (some 250 pages) cost the square of their
        length. The lines and their places on the pages stay the same: a table's style here
        is each cell's, nothing between two tables."""
        rows = getattr(self, "_rows", None)
        if not self._lastEntries or rows is None or len(rows) <= _CONTENTS_ROWS:  # type: ignore[attr-defined]
            return super().split(availWidth, availHeight)
        first, *rest = self._chunks or self._in_tables(availWidth)  # made by wrap, just before
        if first.wrapOn(self.canv, availWidth, availHeight)[1] <= availHeight:
            return [first, *rest]
        head = first.splitOn(self.canv, availWidth, availHeight)  # what goes first must fit
        return [*head, *rest] if head else []
