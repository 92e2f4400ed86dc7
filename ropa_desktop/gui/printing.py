"""File > Print: the privacy statement and the register's PDF dossier through the system's print dialog.

Both are printed from their PDF, wholly in a background job (jobs.py: progress, Cancel): to a PDF
file the document itself is written (bookmarks, links and text kept); to a printer each page is
rasterised with PDFium (pypdfium2) and drawn on the printer. Drawing one page at 300 dpi takes Qt's
print engine a few hundred milliseconds, too long for the GUI thread; Qt lets a QPainter paint on a
QPrinter in another thread ("Painting in Threads", Thread-Support in Qt Modules) as long as only
that thread uses it, and no QObject is made there, so the job's rules (jobs.py) still hold."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable

import pypdfium2  # type: ignore[import-untyped]  # the library ships no type hints
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from ..documents.dossier import write_dossier
from ..documents.files import write_atomically
from ..documents.statement import build_statement, render
from . import dialogs
from .jobs import Cancelled, Job
from .status_message import show_status
from .workspace import Workspace

translate = QCoreApplication.translate
# Enough for sharp text on paper, and one A4 page stays near 26 MB (24-bit colour) while it is drawn.
MOST_DOTS_PER_INCH = 300
# PDFium may not be called from two threads at once, not even for two documents (pypdfium2's
# "Incompatibility with Threading"); two windows can each print a dossier at the same time.
_PDFIUM = threading.Lock()


def statement_pdf(workspace: Workspace, language: str, report=None) -> bytes:
    """The statement as the PDF export writes it: what the statement print shows. A PDF, printed
    like the dossier in the job, not HTML laid out on the GUI thread (at 10,000 activities
    QTextDocument.setHtml held the window for forty seconds)."""
    return render(build_statement(workspace.register, language), "pdf", progress=report)


def dossier_pdf(
    workspace: Workspace, language: str, report=None, with_findings: bool = False, internal_notes: bool = False
) -> bytes:
    stream = io.BytesIO()
    write_dossier(
        workspace.register, language, stream, report, with_findings=with_findings, internal_notes=internal_notes
    )
    return stream.getvalue()


def print_pdf(data: bytes, printer, report=None) -> None:
    """Print the PDF ``data``: to a PDF file, the PDF itself; to a printer, its pages drawn."""
    if writes_pdf_file(printer):
        write_atomically(printer.outputFileName(), data)  # private: the dossier holds internal details
        return
    draw_pdf_pages(data, printer, report)


def writes_pdf_file(printer) -> bool:
    """The officer chose "Print to file (PDF)" in the print dialog."""
    from PySide6.QtPrintSupport import QPrinter

    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName())


def pages_in_order(count: int, chosen: Callable[[int], bool], copies: int = 1, collate: bool = True) -> list[int]:
    """The page indexes (from 0) to draw, in order: the chosen pages (numbered from 1), ``copies`` times,
    as whole sets when ``collate``, else each page repeated before the next."""
    pages = [number for number in range(count) if chosen(number + 1)]
    if collate:
        return pages * copies
    return [number for number in pages for _ in range(copies)]


def _pages_for(printer, count: int) -> list[int]:
    """The pages and copies the print dialog asked for; copies only where the printer cannot make them."""
    from PySide6.QtPrintSupport import QPrinter

    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        chosen = ranges.contains
    else:
        chosen = lambda number: True  # noqa: E731
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    return pages_in_order(count, chosen, copies, printer.collateCopies())


def draw_pdf_pages(data: bytes, printer, report=None) -> None:
    """Draw each chosen page of the PDF ``data`` on ``printer``, scaled to fit its page.

    One page at a time is rasterised (at the printer's resolution, at most MOST_DOTS_PER_INCH),
    drawn and freed. ``report(done, total)`` follows the pages and may raise Cancelled between them."""
    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)  # a damaged PDF fails here, before the printer starts
        try:
            _draw_pages(document, printer, report)
        finally:
            document.close()


def _draw_pages(document, printer, report) -> None:
    pages = _pages_for(printer, len(document))
    printer.setFullPage(True)  # the dossier's pages carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("Printing", "the printer did not accept the document"))
    try:
        for done, number in enumerate(pages):
            if report is not None:
                report(done, len(pages))  # raises Cancelled between two pages
            if done:
                printer.newPage()
            _draw_page(document[number], printer, painter)
        if report is not None:
            report(len(pages), len(pages))
    except BaseException:
        printer.abort()  # where the printer allows it, nothing of a half print is sent
        raise
    finally:
        painter.end()


def _draw_page(page, printer, painter: QPainter) -> None:
    """Rasterise ``page`` at the size it gets on the paper and draw it there, centred."""
    try:
        width, height = page.get_size()  # points (1/72 inch)
        area = painter.viewport()
        fitted = QSize(round(width * 1000), round(height * 1000)).scaled(
            area.size(), Qt.AspectRatioMode.KeepAspectRatio
        )
        dots = min(printer.resolution(), MOST_DOTS_PER_INCH) / printer.resolution()
        bitmap = page.render(scale=fitted.width() * dots / width)  # BGR, 3 bytes a pixel
        try:
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888)
            painter.drawImage(
                QRect(
                    area.x() + (area.width() - fitted.width()) // 2,
                    area.y() + (area.height() - fitted.height()) // 2,
                    fitted.width(),
                    fitted.height(),
                ),
                image,
            )
            del image  # it reads the bitmap's memory: gone before the bitmap is
        finally:
            bitmap.close()
    finally:
        page.close()


def print_statement(parent: QWidget, workspace: Workspace, language: str) -> Job | None:
    """Ask for a printer, make the statement in ``language`` in the background, then print it."""
    return _print_pdf_job(
        parent,
        translate("Printing", "Print statement"),
        translate("Printing", "Preparing the statement for printing…"),
        lambda report: statement_pdf(workspace, language, report),
    )


def print_dossier(
    parent: QWidget, workspace: Workspace, language: str, with_findings: bool = False, internal_notes: bool = False
) -> Job | None:
    """Ask for a printer, write the PDF dossier in the background (progress, Cancel), then print its pages."""
    return _print_pdf_job(
        parent,
        translate("Printing", "Print register (dossier)"),
        translate("Printing", "Preparing the dossier for printing…"),
        lambda report: dossier_pdf(workspace, language, report, with_findings, internal_notes),
    )


def _print_pdf_job(parent: QWidget, title: str, preparing: str, make_pdf: Callable) -> Job | None:
    printer = dialogs.choose_printer(parent, title)
    if printer is None:
        return None

    def work(report) -> None:
        # One progress bar for both halves: writing the PDF, then drawing its pages.
        print_pdf(make_pdf(_part_of(report, 0)), printer, _part_of(report, 1))

    job = Job(parent, preparing, work)
    job.done.connect(lambda _: _say_printed(parent))
    job.failed.connect(lambda error: _failed(parent, error))
    return job.start()


def _part_of(report, half: int):
    """``report`` for one half of a two-part job: half 0 fills the bar's first half, half 1 the rest."""
    steps = 1000

    def part(done: int, total: int) -> None:
        report(half * steps + (steps * done // total if total else steps), 2 * steps)

    return part


def _say_printed(parent: QWidget) -> None:
    show_status(parent, translate("Printing", "Printed"))


def _failed(parent: QWidget, error) -> None:
    if isinstance(error, Cancelled):
        return
    dialogs.show_error(
        parent,
        translate("Printing", "Not printed"),
        translate("Printing", "The document could not be printed: %1").replace("%1", str(error)),
    )
