"""How long the register exports take: the Excel workbook against a bare openpyxl
write-only loop writing the same cells, and the PDF dossier, for 100, 2,000 and 10,000
activities (the PDF only up to 2,000).

    .venv/bin/python benchmarks/register_export.py
"""

from __future__ import annotations

import io
from datetime import date, datetime

from common import SIZES, median_seconds, synthetic_register
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.record.record import read_record
from ropa_desktop.documents.workbook import write_record, write_workbook
from ropa_desktop.register.storage import open_register


def bare_loop(cells: dict[str, list[list]]) -> None:
    """The floor for plain values: no styles, tables, sizing or cover."""
    book = Workbook(write_only=True)
    for title, rows in cells.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(io.BytesIO())


def bare_styled_loop(cells: dict[str, list[list]]) -> None:
    """The floor for the same cells as the export writes them: the same values with the same
    cell styles (header; wrapped, top-aligned text in multi-line rows; dates), but no tables,
    sizing, row heights or cover."""
    book = Workbook(write_only=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for title, rows in cells.items():
        sheet = book.create_sheet(title)
        for number, row in enumerate(rows):
            out = []
            tall = any(isinstance(v, str) and (len(v) > 40 or "\n" in v) for v in row)
            for value in row:
                if number == 0 or (tall and value is not None and not isinstance(value, date)):
                    cell = WriteOnlyCell(sheet, value)
                    cell.alignment = wrap
                    if number == 0:
                        cell.font = Font(bold=True, color="FFFFFF")
                    value = cell
                elif isinstance(value, date):
                    cell = WriteOnlyCell(sheet, value)
                    cell.number_format = "yyyy-mm-dd"
                    value = cell
                out.append(value)
            sheet.append(out)
    book.save(io.BytesIO())


def read_values(register):
    """Read the register and compute every cell's value (the part before writing)."""
    record = read_record(register, "nl")
    for table in record.tables:
        table.rows(record.context)
    return record


def same_cells(record) -> dict[str, list[list]]:

    def plain(value):
        if isinstance(value, list):
            return "\n".join(value)
        return value if isinstance(value, (str, int, float, date, datetime)) or value is None else str(value)

    return {
        table.key: [table.headers(record.context)] + [[plain(v) for v in row] for row in table.rows(record.context)]
        for table in record.tables
    }


if __name__ == "__main__":
    print(
        f"{'activities':>10} {'export':>8} {'read':>7} {'write':>7} {'bare plain':>10} {'bare styled':>11} "
        f"{'write/styled':>12} {'write/plain':>11} {'PDF dossier':>11} {'progress':>9}"
    )
    for size in SIZES:
        with open_register(synthetic_register(size)) as register:
            workbook = median_seconds(lambda: write_workbook(register, "nl", io.BytesIO()), 3)
            read = median_seconds(lambda: read_values(register), 3)
            record = read_values(register)
            cells = same_cells(record)
            write = median_seconds(lambda: write_record(record, io.BytesIO()), 3)
            bare = median_seconds(lambda: bare_loop(cells), 3)
            styled = median_seconds(lambda: bare_styled_loop(cells), 3)
            pdf, calls = "-", "-"
            if size <= 2_000:
                seen = []
                pdf = median_seconds(
                    lambda: write_dossier(register, "nl", io.BytesIO(), progress=lambda d, t: seen.append(d)), 1
                )
                calls = str(len(seen))
                pdf = f"{pdf:.1f} s"
        print(
            f"{size:>10} {workbook:>6.2f} s {read:>5.2f} s {write:>5.2f} s {bare:>8.2f} s {styled:>9.2f} s "
            f"{write / styled:>12.2f} {write / bare:>11.2f} {pdf:>11} {calls:>9}"
        )
