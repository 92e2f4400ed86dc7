"""Fingerprints of a workbook's rows as written, to notice later that someone edited them.

Our workbook's visible sheets are for people and its hidden data sheet for the import. An
officer who edits a visible cell and imports the workbook would otherwise see the edit
silently ignored; a short digest per row, kept in the data sheet, lets the import say which
sheets and rows differ from what was exported.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .excel_cells import CELL_UNITS, fit_cell


def shown(value, yes_no) -> object:
    """A value as a spreadsheet gives it back: lists as lines, yes/no as words, dates as
    date-times, no control codes, empty as nothing."""
    if isinstance(value, list):
        value = "\n".join(str(v) for v in value if v not in (None, ""))
    elif isinstance(value, bool):
        value = yes_no(value)
    elif isinstance(value, date) and not isinstance(value, datetime):
        value = datetime.combine(value, time())
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        value = fit_cell(ILLEGAL_CHARACTERS_RE.sub("", value).replace("\r\n", "\n"))
        if not value:
            return None
    return value


def digest(values) -> str:
    """Ten hex digits for a row; trailing empty cells do not count."""
    values = list(values)
    while values and values[-1] is None:
        values.pop()
    text = "\x1f".join("" if v is None else f"{type(v).__name__}:{v}" for v in values)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()


def read_digest(values) -> str:
    """The digest of a row as read back (openpyxl's values): ``digest`` of each value as
    ``shown`` gives it. A row of plain values (nothing, whole numbers, texts with nothing to
    take out) is written straight, its texts searched at once: an import of our own workbook
    digests every visible cell, 600,000 of them for 10,000 activities."""
    values = values if isinstance(values, (tuple, list)) else list(values)
    parts = []
    texts = []
    for value in values:
        kind = type(value)
        if kind is str:
            if value:
                texts.append(value)
                parts.append("str:" + value)
            else:
                parts.append("")  # shown as nothing
        elif value is None:
            parts.append("")
        elif kind is int or kind is bool:
            parts.append(f"{kind.__name__}:{value}")
        else:  # a date, a fraction: as shown
            value = shown(value, str)
            parts.append("" if value is None or value == "" else f"{type(value).__name__}:{value}")
    if texts:
        joined = "".join(texts)  # a line break split between two texts only sends the row the long way
        if "\r\n" in joined or ILLEGAL_CHARACTERS_RE.search(joined) or max(map(len, texts)) * 2 > CELL_UNITS:
            return _digest_shown(values)
    while parts and parts[-1] == "":  # trailing empty cells do not count
        parts.pop()
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()


def _digest_shown(values) -> str:
    return digest(shown(v, str) if not isinstance(v, bool) else v for v in values)
