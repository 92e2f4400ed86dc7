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

from .excel_cells import fit_cell


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
    """The digest of a row as read back (openpyxl's values)."""
    return digest(shown(v, str) if not isinstance(v, bool) else v for v in values)
