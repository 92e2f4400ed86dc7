"""A sheet's rows read straight from its XML, as openpyxl's read-only ``iter_rows(values_only=True)``
gives them, for a sheet written the way our own export writes it.

Importing our own workbook reads every visible sheet (to notice edits, native.py) and the data
sheet: through openpyxl that was most of an import's time, an object and a dictionary made for
every cell. Our sheets are plain: rows of cells holding an inline text, a number, a shared text
or a yes/no. Such a sheet is read here with one regular expression, each value made as openpyxl
makes it (the same functions for numbers and dates). Anything else in the sheet (a formula, rich
text, a prefix, attributes in another order, an unusual encoding, a sheet not read from its
first row) and the caller reads it with openpyxl as before: this reader answers exactly or not
at all. So the import says and refuses the same things either way: the part must be well-formed
XML (expat, as openpyxl's parser), and what openpyxl reads around the rows (page setup, views)
is still read by openpyxl, so a damaged part is refused as before.
"""

from __future__ import annotations

import io
import re

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet._reader import WorkSheetParser, _cast_number  # type: ignore[attr-defined]

from .opening import _sheet_part
from .sheet_size import SizedLazily, well_formed

Row = tuple | list

_MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_DECLARATION = re.compile(rb'<\?xml\s[^>]*?encoding\s*=\s*["\']([^"\']*)["\']')
_ROOT = re.compile(
    r'\A(?:<\?xml[^>]*\?>)?\s*<worksheet\s+xmlns="http://schemas\.openxmlformats\.org/spreadsheetml/2006/main"[\s/>]'
)
_SPACE = r"[ \t\r\n]*"


def _attributes(*read: str) -> str:
    """Further attributes, none of those ``read`` (matched before them, in their order)."""
    unread = r"(?!(?:" + "|".join(read) + r")=)" if read else ""
    return r"(?:\s+" + unread + r'[\w:.-]+="[^"<&]*")*'


# One token of the rows: a row's start (or an empty row), a row's end, or a whole cell. The
# attributes openpyxl reads come first, in the order our export (and Excel) writes them; a
# token in any other form is not matched and the sheet goes to openpyxl.
_TOKEN = re.compile(
    _SPACE + r"(?:"
    r'(?P<row><row)(?: r="(?P<number>[0-9]+)")?' + _attributes("r") + r"\s*(?P<empty>/?)>"
    r"|(?P<end></row\s*>)"
    r'|<c(?: r="(?P<letters>[A-Z]{1,3})[1-9][0-9]*")?(?: s="(?P<style>[0-9]+)")?(?: t="(?P<kind>\w+)")?'
    + _attributes("r", "s", "t")
    + r"\s*(?:/>|>"
    + _SPACE
    + r"(?:<v>(?P<value>[^<]*)</v>|<v/>"
    r"|(?P<inline><is>)"
    + _SPACE
    + r"(?:<t"
    + _attributes()
    + r">(?P<text>[^<]*)</t>|<t"
    + _attributes()
    + r"/>)?"
    + _SPACE
    + r"</is>|(?P<blank><is/>))?"
    + _SPACE
    + r"</c>)"
    r")"
)
_ENTITY = re.compile(r"&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_ROW_ELEMENT = re.compile(rb"<(?:[\w.-]+:)?row[\s/>]")


class _NotPlain(Exception):
    """The sheet holds something this reader does not read: openpyxl reads it."""


def rows(opened, book, name: str) -> list[Row] | None:
    """The rows of sheet ``name`` exactly as openpyxl's read-only ``iter_rows(values_only=True)``
    gives them, or None when this reader cannot be sure (the caller then asks openpyxl)."""
    sheet = book[name]
    if type(sheet) is not SizedLazily or not _whole_sheet(sheet):
        return None
    part = _sheet_part(book, name)
    if not part:
        return None
    try:
        return _rows(opened.archive.read(part), sheet)
    except Exception:  # noqa: BLE001 (_NotPlain or any surprise: openpyxl reads it, and refuses what it refuses)
        return None


def _whole_sheet(sheet) -> bool:
    """openpyxl reads the sheet from its first row and column to its last (no size noted in it)."""
    return sheet.max_row is None and sheet.max_column is None and sheet.min_row == 1 and sheet.min_column == 1


def _rows(data: bytes, sheet) -> list[Row]:
    declared = _DECLARATION.match(data)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        raise _NotPlain
    if data.count(b"sheetData") != 2 or data.count(b"<sheetData>") != 1 or data.count(b"</sheetData>") != 1:
        raise _NotPlain
    start = data.index(b"<sheetData>") + len(b"<sheetData>")
    end = data.index(b"</sheetData>")
    head, tail = data[:start], data[end:]
    # Every element around the rows in the main namespace (declared once, on the root), and
    # no row among them (openpyxl reads a row wherever it stands).
    if head.count(b"xmlns=") != 1 or _MAIN not in head or b"xmlns=" in tail:
        raise _NotPlain
    if _ROW_ELEMENT.search(head) or _ROW_ELEMENT.search(tail) or not _ROOT.match(head.decode("utf-8")):
        raise _NotPlain
    if b"extLst" in head or b"extLst" in tail or b"conditionalFormatting" in tail:
        raise _NotPlain  # openpyxl warns about these: let it
    if not (sheet.checked_whole or well_formed(data)):  # checked already when the workbook was opened
        raise _NotPlain
    # What openpyxl reads around the rows, read by openpyxl: damage there refuses as before.
    for _ in WorkSheetParser(io.BytesIO(head + tail), []).parse():
        raise _NotPlain
    return _values(data[start:end].decode("utf-8"), sheet)


def _values(text: str, sheet) -> list[Row]:
    """The rows, each value made as openpyxl's WorkSheetParser.parse_cell makes it."""
    parent = sheet.parent
    shared = sheet._shared_strings
    dates, durations, epoch = parent._date_formats, parent._timedelta_formats, parent.epoch
    columns: dict[str, int] = {}
    result: list[Row] = []
    counter = 1  # the next row openpyxl yields
    number = 0
    cells: list[tuple[int, object]] | None = None
    position = 0
    for token in _TOKEN.finditer(text):
        if token.start() != position:
            raise _NotPlain  # something between the tokens
        position = token.end()
        (row, number_text, empty, end, letters, style, kind, raw, inline, inline_text, blank) = token.groups()
        if row is not None:
            if cells is not None:
                raise _NotPlain  # a row inside a row
            number = int(number_text) if number_text is not None else number + 1
            cells = []
            if empty:
                counter = _emit(result, counter, number, cells)
                cells = None
            continue
        if end is not None:
            if cells is None:
                raise _NotPlain
            counter = _emit(result, counter, number, cells)
            cells = None
            continue
        if cells is None:
            raise _NotPlain  # a cell outside a row
        if letters is not None:
            column = columns.get(letters)
            if column is None:
                column = columns[letters] = column_index_from_string(letters)
        else:
            column = (cells[-1][0] if cells else 0) + 1
        value: object = None
        if kind == "inlineStr":  # the text of <is>; none without it (a <v> is not read)
            if inline is not None:
                value = _text(inline_text) if inline_text else ""
            elif blank is not None:
                value = ""
        elif raw:  # an empty <v> is no value
            raw = _text(raw)
            if kind is None or kind == "n":
                value = _cast_number(raw)
                number_style = int(style) if style else 0
                if number_style in dates:  # out of range: openpyxl warns, and reads it then
                    value = from_excel(value, epoch, timedelta=number_style in durations)
            elif kind == "s":
                value = shared[int(raw)]
            elif kind == "b":
                value = bool(int(raw))
            elif kind == "d":
                value = from_ISO8601(raw)
            else:  # "str", "e" and others: the text as it stands
                value = raw
        cells.append((column, value))
    if cells is not None or text[position:].strip(" \t\r\n"):
        raise _NotPlain
    return result


def _emit(result: list[Row], counter: int, number: int, cells: list[tuple[int, object]]) -> int:
    """Add a row as openpyxl's read-only sheet yields it (no size noted): rows left out as empty
    lists, a row without cells as an empty tuple, a row out of order not at all; returns the
    number of the next row."""
    while counter < number:
        result.append([])
        counter += 1
    if counter <= number:
        if not cells:
            result.append(())
        else:
            width = cells[-1][0]
            values: list[object] = [None] * width
            for column, value in cells:
                if 1 <= column <= width:
                    values[column - 1] = value
            result.append(tuple(values))
        counter += 1
    return counter


def _text(raw: str) -> str:
    """A text as the XML parser gives it: line ends as "\\n", references replaced."""
    if "&" not in raw and "\r" not in raw:
        return raw
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in raw:
        raw = _ENTITY.sub(_reference, raw)
    return raw


def _reference(match: re.Match) -> str:
    decimal, hexadecimal, name = match.groups()
    if decimal is not None:
        return chr(int(decimal))
    if hexadecimal is not None:
        return chr(int(hexadecimal, 16))
    return _NAMED[name]
