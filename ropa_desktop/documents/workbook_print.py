"""How a sheet of the workbook prints (or is saved as PDF) for an auditor: readable, not shrunk.

Fitting the Register sheet's 35 columns onto one page width printed it at 11%: nobody can read
that. Instead every sheet prints landscape on A4 (the paper of Dutch and European offices) at
the largest scale from 100% down to 70% at which it is one page wide; a sheet wider than that
prints at 70% in column groups, a page break between the groups, with the header row and the
columns that say which row it is (number, reference and name) repeated on every page, so each
printed page can be read on its own. Rows break over pages where they fall.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break

A4 = "9"  # the paperSize code of ECMA-376, Part 1, 18.3.1.63
# Scales tried from the top: the first at which the sheet is one page wide is used; the last
# is the least a sheet ever prints at (issue 20: at least 60%, with a margin for the printer).
SCALES = (100, 90, 80, 70)
MARGIN_INCHES = 0.4
PRINTABLE_MM = 297 - 2 * MARGIN_INCHES * 25.4  # A4 landscape between the side margins


def column_mm(width: float) -> float:
    """A column's printed width at 100%: Excel's width is in characters of the default font
    (Calibri 11: 7 pixels a character, plus 5 pixels of padding), at 96 pixels an inch."""
    return int(width * 7 + 5) * 25.4 / 96


def print_setup(sheet, widths: list[float], title_columns: int = 0, title_row: bool = True) -> None:
    """Landscape A4 at a readable scale; ``widths`` are the sheet's column widths in order,
    ``title_columns`` how many columns from the left say which row it is (repeated on every
    page of a sheet printed in column groups), ``title_row``: the header row repeated."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = A4
    sheet.page_margins = PageMargins(left=MARGIN_INCHES, right=MARGIN_INCHES, top=0.6, bottom=0.6)
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    if title_row:
        sheet.print_title_rows = "1:1"
    printed = [column_mm(width) for width in widths]
    for scale in SCALES:
        if sum(printed) * scale / 100 <= PRINTABLE_MM:
            sheet.page_setup.scale = scale
            return
    scale = SCALES[-1]
    sheet.page_setup.scale = scale
    if title_columns:
        sheet.print_title_cols = f"A:{get_column_letter(title_columns)}"
    room = PRINTABLE_MM * 100 / scale - sum(printed[:title_columns])
    used = 0.0
    for number, width in enumerate(printed[title_columns:], start=title_columns + 1):
        if used and used + width > room:
            sheet.col_breaks.append(Break(id=number - 1))  # the page ends after the column before
            used = 0.0
        used += width
