"""The workbook prints at a readable size (issue 20, point 3): landscape A4, never below 70%, a
wide sheet in column groups with the header row and the columns naming the row on every page."""

from __future__ import annotations

import io
from collections import Counter

import libreoffice
import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter
from pypdf import PdfReader

from ropa_desktop.documents.workbook import DATA_SHEET, write_workbook
from ropa_desktop.documents.workbook_print import PRINTABLE_MM, column_mm
from ropa_desktop.register.storage import open_register

BODY_POINTS = 11  # the workbook's default font size (Calibri 11)


@pytest.fixture(scope="module")
def book(demo_path):
    stream = io.BytesIO()
    with open_register(demo_path) as register:
        write_workbook(register, "en", stream, with_findings=True)
    return openpyxl.load_workbook(io.BytesIO(stream.getvalue()))


def _printed_groups(sheet) -> list[list[int]]:
    """The columns on each printed page width: the title columns, then a group each."""
    last = sheet.max_column
    titles = column_index_from_string(sheet.print_title_cols.split(":")[1].lstrip("$")) if sheet.print_title_cols else 0
    breaks = sorted(item.id for item in sheet.col_breaks.brk)
    starts = [titles + 1, *[b + 1 for b in breaks]]
    ends = [*breaks, last]
    return [list(range(1, titles + 1)) + list(range(s, e + 1)) for s, e in zip(starts, ends, strict=True)]


def _width(sheet, column: int) -> float:
    return sheet.column_dimensions[get_column_letter(column)].width or 8.43


def test_every_sheet_prints_landscape_on_a4_at_70_percent_or_more(book):
    for sheet in book.worksheets:
        if sheet.title == DATA_SHEET:
            continue
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and setup.paperSize == 9, sheet.title
        assert not sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title  # no shrinking to fit
        assert 70 <= setup.scale <= 100, sheet.title


def test_each_printed_page_width_holds_its_columns(book):
    for sheet in book.worksheets:
        if sheet.title == DATA_SHEET:
            continue
        scale = sheet.page_setup.scale / 100
        for group in _printed_groups(sheet):
            assert sum(column_mm(_width(sheet, c)) for c in group) * scale <= PRINTABLE_MM + 0.01, sheet.title


def test_the_register_sheet_prints_in_groups_naming_each_row(book):
    sheet = book["Register"]
    assert sheet.page_setup.scale == 70 and len(sheet.col_breaks.brk) >= 3
    assert sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$A:$C"
    assert [sheet.cell(1, c).value for c in (1, 2, 3)] == ["No.", "Reference", "Name"]


def test_a_narrow_sheet_prints_whole_at_full_size(book):
    """The near miss: the cover and a catalogue of few columns are not split or shrunk."""
    for title in ("Cover", "Data subjects"):
        sheet = book[title]
        assert sheet.page_setup.scale == 100 and not sheet.col_breaks.brk and not sheet.print_title_cols


@libreoffice.needed
def test_libreoffice_prints_every_sheet_at_60_percent_or_more(demo_path, tmp_path):
    """Converted to PDF by LibreOffice, the body text of every page is at least 60% of 11 pt."""
    with open_register(demo_path) as register, open(tmp_path / "register.xlsx", "wb") as stream:
        write_workbook(register, "nl", stream)
    converted = libreoffice.convert(tmp_path / "register.xlsx", "pdf", tmp_path, tmp_path / "lo")
    assert converted.returncode == 0, converted.stderr
    pages = PdfReader(tmp_path / "register.pdf").pages
    assert len(pages) > 10
    for number, page in enumerate(pages, start=1):
        sizes: Counter = Counter()

        def seen(text, cm, tm, font, size, sizes=sizes):
            if text.strip():
                sizes[round(size * tm[3] * cm[3], 1)] += len(text.strip())

        page.extract_text(visitor_text=seen)
        body = sizes.most_common(1)[0][0]
        assert body >= 0.6 * BODY_POINTS, f"page {number} prints at {body / BODY_POINTS:.0%}"
