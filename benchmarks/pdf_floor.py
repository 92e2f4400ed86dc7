"""The floor a PDF writer is measured against (issue 19): ReportLab drawing the text of the PDF
just produced, line by line with ``canvas.drawString`` in the same embedded font, one page of
the canvas per page of the PDF. What is left above it is our layout: paragraphs, tables, breaks.

    from pdf_floor import floor_seconds
    ratio = seconds_of_our_writer / floor_seconds(pdf_bytes)
"""

from __future__ import annotations

import io
import time

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ropa_desktop.documents.pdf_fonts import register_fonts


def page_lines(pdf: bytes) -> list[list[str]]:
    """The text of each page of ``pdf``, as lines (pypdf's extraction; read before timing)."""
    return [page.extract_text().splitlines() for page in PdfReader(io.BytesIO(pdf)).pages]


def draw(pages: list[list[str]]) -> bytes:
    """The same lines drawn on a canvas, 9 pt DejaVu Sans, a line every 11 pt down each page."""
    font = register_fonts()
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=A4)
    width, height = A4
    for lines in pages:
        canvas.setFont(font, 9)
        y = height - 40
        for line in lines:
            canvas.drawString(40, y, line)
            y -= 11
            if y < 30:  # a page's text that does not fit at this spacing goes on up top again
                y = height - 40
        canvas.showPage()
    canvas.save()
    return stream.getvalue()


def floor_seconds(pdf: bytes, repeat: int = 3) -> float:
    """The median time ReportLab takes to draw ``pdf``'s text (the extraction is not timed)."""
    pages = page_lines(pdf)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        draw(pages)
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]
