"""A sheet's cells as plain rows of values, the way the officer sees them.

- Formulas are never run: a formula cell gives the value the spreadsheet stored when it was
  last saved (read from a second, values-only view of the file), or nothing.
- A range merged over several rows gives its value to each of them (a department written
  once beside ten activities belongs to all ten).
- Trailing empty rows and columns are dropped; limits keep a hostile sheet from eating
  the machine.
- A sheet damaged inside (openpyxl reads a sheet lazily, while its rows are asked for) is
  refused naming the sheet, never a crash.
"""

from __future__ import annotations

import io
import re
from contextlib import closing
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException, ElementTree
from openpyxl.utils.cell import range_boundaries

from .opening import OpenedWorkbook, _sheet_part, _short, check_sheet_size, load
from .problems import ImportRefused, Note, Place

MAX_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELL = 32_767  # Excel's own limit
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@dataclass
class SheetCells:
    name: str
    rows: list[list[object]]
    notes: list[Note] = field(default_factory=list)


def read_cells(opened: OpenedWorkbook, book, name: str, cancelled=None) -> SheetCells:
    if name not in book.sheetnames:
        raise ImportRefused("no_sheet", sheet=name)
    check_sheet_size(opened, book, name)
    sheet = book[name]
    rows: list[list[object]] = []
    formulas: list[tuple[int, int]] = []
    notes: list[Note] = []
    xml = _part(opened, book, name)
    # Without formulas the values are all there is to read: openpyxl then makes no cell objects.
    values_only = xml is not None and not _has_formulas(xml)
    _whole(sheet)
    # A refusal midway must not leave the file open.
    with closing(sheet.iter_rows(values_only=values_only)) as reader:
        _read_rows(guarded(reader, opened, book, name), name, rows, formulas, cancelled, values_only)
    while rows and all(v in (None, "") for v in rows[-1]):
        rows.pop()
    if formulas:
        notes += _stored_values(opened, name, rows, formulas)
    notes += _spread_merged(opened, book, name, rows, xml)
    return SheetCells(name, rows, notes)


def _part(opened: OpenedWorkbook, book, name: str) -> bytes | None:
    """The sheet's XML, read once for what openpyxl's rows do not tell: whether it holds
    formulas, and its merged ranges."""
    part = _sheet_part(book, name)
    if not part:
        return None
    try:
        return opened.archive.read(part)
    except Exception as exc:  # noqa: BLE001 (opening checked every part; this is the wall behind it)
        raise ImportRefused("damaged_sheet", Place(name), detail=_short(exc)) from None


# A formula element, with or without a prefix: "<f>", "<f t="shared" .../>", "<x:f>". A text
# cannot hold these (its "<" is written "&lt;"); another element that looks alike only makes
# the sheet be read the slower way.
_FORMULA_MARKS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ", b":f/")


def _has_formulas(xml: bytes) -> bool:
    return any(mark in xml for mark in _FORMULA_MARKS)


def _whole(sheet) -> None:
    """Read the sheet whole, whatever size it claims. openpyxl's read-only mode trusts the
    <dimension> a program wrote, and some write a wrong one ("A1"): the rows and columns
    beyond it were silently left out."""
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()


def guarded(items, opened: OpenedWorkbook, book, name: str):
    """``items`` as they are read; damage found while reading them is refused, naming the
    sheet. openpyxl parses a read-only sheet only while its rows are asked for, so a garbled
    part or cell (a number that is none, a shared string that is not there) surfaced here as
    a ParseError, ValueError or IndexError out of the import. Only reading is guarded: what
    the caller raises between items (a Cancel) passes untouched."""
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except ImportRefused:
            raise
        except DefusedXmlException:
            raise ImportRefused("xml_entities", file=opened.path.name, part=_sheet_part(book, name) or name) from None
        except Exception as exc:  # noqa: BLE001 (openpyxl and the XML parser raise a wide variety on damage)
            raise ImportRefused("damaged_sheet", Place(name), detail=_short(exc)) from None
        yield item


def _read_rows(reader, name: str, rows: list, formulas: list, cancelled, values_only: bool = False) -> None:
    """``values_only``: the reader gives values, not cells (a sheet without formulas)."""
    for number, cells in enumerate(reader, start=1):
        if number > MAX_ROWS:
            # Excel writes rows that hold only formatting (a height, a border) far down;
            # only a value beyond the limit makes the sheet too long to read.
            if any((cell if values_only else getattr(cell, "value", None)) not in (None, "") for cell in cells):
                raise ImportRefused("too_many_rows", Place(name), rows=f"> {MAX_ROWS:,}", limit=f"{MAX_ROWS:,}")
            if cancelled is not None and number % 500 == 0:
                cancelled()
            continue
        if cancelled is not None and number % 500 == 0:
            cancelled()
        values = []
        for column, cell in enumerate(cells[:MAX_COLUMNS], start=1):
            value = cell if values_only else getattr(cell, "value", None)
            if not values_only and getattr(cell, "data_type", None) == "f":
                formulas.append((number, column))
                value = None
            elif isinstance(value, str) and len(value) > MAX_CELL:
                raise ImportRefused(
                    "cell_too_long", Place(name, number, column), length=f"{len(value):,}", limit=f"{MAX_CELL:,}"
                )
            values.append(value)
        rows.append(values)


def _stored_values(opened: OpenedWorkbook, name: str, rows, formulas) -> list[Note]:
    """Each formula cell gets the value the spreadsheet stored for it."""
    book = load(opened, read_only=True, values=True)
    try:
        wanted: dict[int, list[int]] = {}
        for row, column in formulas:
            wanted.setdefault(row, []).append(column)
        notes = []
        _whole(book[name])
        with closing(book[name].iter_rows(max_row=max(wanted))) as reader:
            stored = {
                number: [cell.value for cell in cells]
                for number, cells in enumerate(guarded(reader, opened, book, name), start=1)
                if number in wanted
            }
        for number, columns in wanted.items():
            cells = stored.get(number, [])
            for column in columns:
                value = cells[column - 1] if column - 1 < len(cells) else None
                if number - 1 < len(rows) and column - 1 < len(rows[number - 1]):
                    rows[number - 1][column - 1] = value
                code = "formula" if value not in (None, "") else "formula_no_value"
                notes.append(Note(code, Place(name, number, column)))
        return notes
    finally:
        book.close()


_PREFIX = re.compile(rb"(?:[A-Za-z_][\w.-]*:)?")


def _without_rows(data: bytes):
    """The sheet part without its rows, to find the merged ranges (which the schema puts after
    the rows): the rows were read already, and parsing them a second time cost as much as all
    the rest of the reading. The part as it is when its rows cannot be told apart for certain
    (the word "sheetData" other than in their two tags) or what remains is no whole document."""
    if data.count(b"sheetData") != 2:
        return io.BytesIO(data)
    first, last = data.find(b"sheetData"), data.rfind(b"sheetData")
    start, end = data.rfind(b"<", 0, first), data.rfind(b"</", 0, last)
    close = data.find(b">", last)
    if (
        start < 0
        or end < 0
        or close < 0
        or not _PREFIX.fullmatch(data, start + 1, first)
        or not _PREFIX.fullmatch(data, end + 2, last)
        or data[last + 9 : close].strip()
    ):
        return io.BytesIO(data)
    rest = data[:start] + data[close + 1 :]
    try:
        for _item in ElementTree.iterparse(io.BytesIO(rest)):
            pass
    except Exception:  # noqa: BLE001 (then the whole part is parsed, and any damage in it refused as before)
        return io.BytesIO(data)
    return io.BytesIO(rest)


def _spread_merged(opened: OpenedWorkbook, book, name: str, rows, xml: bytes | None) -> list[Note]:
    if xml is None:
        return []
    notes = []
    with _without_rows(xml) as stream:
        for _event, element in guarded(iter(ElementTree.iterparse(stream)), opened, book, name):
            if element.tag != f"{_MAIN}mergeCell":
                if element.tag == f"{_MAIN}row":
                    element.clear()  # keep memory flat on big sheets
                continue
            try:
                first_col, first_row, last_col, last_row = range_boundaries(element.get("ref", ""))
            except (ValueError, TypeError):
                continue
            # None: a whole-row or whole-column range, never a merge Excel writes.
            if first_row is None or last_row is None or first_col is None or first_row > len(rows):
                continue
            last_row = min(last_row, len(rows))
            source = rows[first_row - 1]
            value = source[first_col - 1] if first_col - 1 < len(source) else None
            # Down, not across: a text merged over three columns belongs to the first one
            # only, or it would land in the fields of the other two.
            for row in range(first_row + 1, last_row + 1):
                cells = rows[row - 1]
                while len(cells) < first_col:
                    cells.append(None)
                cells[first_col - 1] = value
            if last_row > first_row and value not in (None, ""):
                notes.append(Note("merged", Place(name, first_row, first_col)))
    return notes
