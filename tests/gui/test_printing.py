"""File > Print statement and File > Print register (dossier): the system's print dialog is
replaced by a printer that writes a PDF file, and the printed file must hold the document."""

from __future__ import annotations

import io
import threading

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrinter

from ropa_desktop.documents.statement import build_statement
from ropa_desktop.gui import dialogs, printing
from ropa_desktop.gui.jobs import Cancelled
from ropa_desktop.gui.navigation_model import STATEMENT
from ropa_desktop.register.models import ProcessingActivity


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


@pytest.fixture
def printed(monkeypatch, tmp_path):
    """The print dialog answers a printer to a PDF file; the list holds the dialogs' titles."""
    asked: list[str] = []

    def choose_printer(parent, title):
        asked.append(title)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"printed-{len(asked)}.pdf"))
        return printer

    monkeypatch.setattr(dialogs, "choose_printer", choose_printer)
    return asked


def test_the_statement_is_printed_in_the_language_chosen_on_its_page(window, qtbot, printed, tmp_path, answers):
    page = window.page_of[STATEMENT]
    for number, language in enumerate(window.workspace.languages(), start=1):
        page.language.setCurrentIndex(page.language.findData(language))
        window.print_statement_action.trigger()
        with qtbot.waitSignal(window.print_job.done, timeout=30000):
            pass
        statement = build_statement(window.workspace.register, language)
        text = _text(tmp_path / f"printed-{number}.pdf")
        assert statement.title in text and " ".join(statement.sections[0].heading.split()) in text
    assert printed == ["Print statement"] * len(window.workspace.languages()) and not answers.errors
    assert window.statusBar().currentMessage() == "Printed"


def test_a_cancelled_print_dialog_prints_nothing(window, monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "choose_printer", lambda parent, title: None)
    assert window.print_statement() is None and window.print_register() is None
    assert list(tmp_path.glob("*.pdf")) == []


def _first_activity(window) -> str:
    language = window.workspace.name_language("en")  # the interface's language, as the export
    with window.workspace.register.session() as session:
        activity = session.query(ProcessingActivity).order_by(ProcessingActivity.id).first()
        return activity.name[language]


def test_the_dossier_is_made_in_the_background_and_printed(window, qtbot, printed, tmp_path, answers):
    window.print_register_action.trigger()
    job = window.print_job
    assert job.dialog is not None  # progress, with Cancel
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    text = _text(tmp_path / "printed-1.pdf")
    assert _first_activity(window) in text
    assert printed == ["Print register (dossier)"] and not answers.errors


def test_a_cancelled_dossier_prints_nothing(window, qtbot, printed, tmp_path, monkeypatch, answers):
    entered, go = threading.Event(), threading.Event()

    def slow_dossier(register, language, stream, progress=None, **options):
        entered.set()
        go.wait(10)
        progress(1, 2)  # raises Cancelled: the officer pressed Cancel meanwhile
        stream.write(b"never")

    monkeypatch.setattr(printing, "write_dossier", slow_dossier)
    job = window.print_register()
    assert entered.wait(10)
    job.cancel()
    go.set()
    with qtbot.waitSignal(job.failed, timeout=10000):
        pass
    assert not (tmp_path / "printed-1.pdf").exists() and not answers.errors


def _pixels(pdf: bytes, width: int = 120) -> list[bytes]:
    """Each page of ``pdf`` rasterised ``width`` pixels wide, as grey bytes (255 is white)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            bitmap = page.render(scale=width / page.get_width(), grayscale=True)
            pages.append(
                b"".join(
                    bytes(bitmap.buffer)[row * bitmap.stride : row * bitmap.stride + bitmap.width]
                    for row in range(bitmap.height)
                )
            )
            bitmap.close()
            page.close()
        return pages
    finally:
        document.close()


def _ink(pixels: bytes) -> float:
    """The share of a page that is not white."""
    return sum(1 for value in pixels if value < 200) / len(pixels)


def _alike(drawn: bytes, original: bytes) -> bool:
    """Two rasterised pages show the same thing: of the same size, and hardly a pixel far apart in grey
    (a page drawn at 96 dpi differs from its original in under 1% of them, from the next page in over 2%)."""
    far = sum(1 for a, b in zip(drawn, original, strict=False) if abs(a - b) > 64)
    return len(drawn) == len(original) and far / len(drawn) < 0.015


def _a4_printer(path, mode=QPrinter.PrinterMode.ScreenResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the dossier's own paper
    return printer


def test_the_dossier_pages_are_drawn_for_a_printer(window, tmp_path):
    data = printing.dossier_pdf(window.workspace, window.workspace.languages()[0])
    printing.draw_pdf_pages(data, _a4_printer(tmp_path / "drawn.pdf"))
    drawn, original = _pixels((tmp_path / "drawn.pdf").read_bytes()), _pixels(data)
    assert len(original) > 1 and len(drawn) == len(original)
    assert all(_ink(page) > 0.005 for page in drawn)  # not blank
    assert all(_alike(*pair) for pair in zip(drawn, original, strict=True))  # each page in its place
    # The near miss: a page compared with another page is not alike.
    assert not _alike(drawn[0], original[1])


def test_only_the_chosen_pages_are_drawn(window, tmp_path):
    data = printing.dossier_pdf(window.workspace, window.workspace.languages()[0])
    printer = _a4_printer(tmp_path / "drawn.pdf")
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printing.draw_pdf_pages(data, printer)
    drawn, original = _pixels((tmp_path / "drawn.pdf").read_bytes()), _pixels(data)
    assert len(drawn) == 2 and _alike(drawn[0], original[1]) and _alike(drawn[1], original[2])


def test_a_page_range_is_ignored_when_all_pages_are_chosen(window, tmp_path):
    data = printing.dossier_pdf(window.workspace, window.workspace.languages()[0])
    printer = _a4_printer(tmp_path / "drawn.pdf")
    ranges = QPageRanges()
    ranges.addPage(2)
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printing.draw_pdf_pages(data, printer)
    assert len(PdfReader(tmp_path / "drawn.pdf").pages) == len(PdfReader(io.BytesIO(data)).pages)


def test_copies_the_printer_cannot_make_are_drawn_as_sets_or_page_by_page():
    every = lambda number: True  # noqa: E731
    assert printing.pages_in_order(3, every) == [0, 1, 2]
    assert printing.pages_in_order(3, every, copies=2, collate=True) == [0, 1, 2, 0, 1, 2]
    assert printing.pages_in_order(3, every, copies=2, collate=False) == [0, 0, 1, 1, 2, 2]
    assert printing.pages_in_order(3, lambda number: number != 2, copies=2) == [0, 2, 0, 2]


def test_drawing_stops_between_pages_when_cancelled(window, tmp_path):
    data = printing.dossier_pdf(window.workspace, window.workspace.languages()[0])
    printer = _a4_printer(tmp_path / "drawn.pdf")
    seen: list[tuple[int, int]] = []

    def report(done, total):
        seen.append((done, total))
        if done == 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        printing.draw_pdf_pages(data, printer, report)
    assert seen == [(0, seen[0][1]), (1, seen[0][1])] and seen[0][1] > 2
    assert printer.printerState() != QPrinter.PrinterState.Active  # the painter let go of the printer


def test_the_dossier_is_drawn_in_the_background_for_a_printer(window, qtbot, printed, tmp_path, monkeypatch, answers):
    monkeypatch.setattr(printing, "writes_pdf_file", lambda printer: False)  # as for a paper printer
    monkeypatch.setattr(printing, "MOST_DOTS_PER_INCH", 72)  # quick; the dots do not matter here
    main_thread = threading.current_thread()
    drawn_on: list[threading.Thread] = []
    draw = printing.draw_pdf_pages
    monkeypatch.setattr(
        printing, "draw_pdf_pages", lambda *a: (drawn_on.append(threading.current_thread()), draw(*a))[1]
    )
    window.print_register_action.trigger()
    with qtbot.waitSignal(window.print_job.done, timeout=60000):
        pass
    pages = _pixels((tmp_path / "printed-1.pdf").read_bytes())
    language = window.workspace.languages()[0]
    expected = len(PdfReader(io.BytesIO(printing.dossier_pdf(window.workspace, language))).pages)
    assert len(pages) == expected and all(_ink(page) > 0.005 for page in pages)
    assert drawn_on and drawn_on[0] is not main_thread  # not on the GUI thread
    assert not answers.errors and window.statusBar().currentMessage() == "Printed"


def test_a_damaged_dossier_is_not_printed(window, qtbot, printed, tmp_path, monkeypatch, answers):
    monkeypatch.setattr(printing, "writes_pdf_file", lambda printer: False)
    monkeypatch.setattr(printing, "dossier_pdf", lambda *a, **k: b"%PDF-1.4 cut off")
    with qtbot.waitSignal(window.print_register().failed, timeout=10000):
        pass
    assert answers.errors and answers.errors[0][0] == "Not printed"
    assert "could not be printed" in answers.errors[0][1]
    assert not (tmp_path / "printed-1.pdf").exists()  # the printer was never started
    assert window.statusBar().currentMessage() != "Printed"
