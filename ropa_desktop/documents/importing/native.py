"""Our own workbook: the hidden data sheet holds the register in full (documents/workbook.py
writes it), so importing it reproduces every field, language, link and the order.

Every entry is checked against the register's model before anything is written; an entry
changed by hand into something the register cannot hold refuses the whole file, naming the
row.
"""

from __future__ import annotations

import json
from contextlib import closing

from ...register import portable
from ..workbook import DATA_SHEET
from .problems import ImportRefused, Place


def is_native(book) -> bool:
    return DATA_SHEET in book.sheetnames


def read_entries(book, cancelled=None) -> list[portable.Entry]:
    # A row reader left half-read keeps the file open; closing() ends it on a refusal too.
    with closing(book[DATA_SHEET].iter_rows(values_only=True)) as rows:
        return _entries(rows, cancelled)


def _entries(rows, cancelled) -> list[portable.Entry]:
    first = next(rows, None)
    if not first or first[0] != portable.FORMAT:
        raise ImportRefused("data_format", Place(DATA_SHEET, 1), detail=str(first[0] if first else "")[:40])
    version = first[1] if len(first) > 1 else None
    if not isinstance(version, int) or version < 1:
        raise ImportRefused("data_format", Place(DATA_SHEET, 1), detail=str(version)[:40])
    if version > portable.FORMAT_VERSION:
        raise ImportRefused("data_version", Place(DATA_SHEET, 1), version=version)
    entries = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        if cancelled is not None and number % 200 == 0:
            cancelled()
        if not row or all(value in (None, "") for value in row):
            continue
        place = Place(DATA_SHEET, number)
        kind, reference, *chunks = (*row, None, None)[:max(len(row), 2)]
        if not isinstance(kind, str) or not isinstance(reference, str) or not reference:
            raise ImportRefused("data_entry", place, detail="the kind or reference is missing")
        if reference in seen:
            raise ImportRefused("data_entry", place, detail=f"{reference} appears twice")
        seen.add(reference)
        text = "".join(chunk for chunk in chunks if isinstance(chunk, str))
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            raise ImportRefused("data_entry", place, detail="the entry is not valid JSON") from None
        try:
            checked = portable.checked(kind, data)
        except portable.PortableError as exc:
            raise ImportRefused("data_entry", place, detail=f"{kind} {reference}: {exc}") from None
        entries.append(portable.Entry(kind, reference, checked, origin=(DATA_SHEET, number)))
    return entries
