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
from ...register.three_way import Stamp
from ..fingerprints import read_digest
from ..workbook import DATA_SHEET, FINGERPRINT
from . import fast_rows
from .limits import MAX_ENTRY, Budget
from .problems import ImportRefused, Note, Place
from .sheet_cells import guarded

_EMPTY_ROW = read_digest([])


def is_native(book) -> bool:
    return DATA_SHEET in book.sheetnames


def read_entries(
    opened, book, cancelled=None, budget: Budget | None = None
) -> tuple[list[portable.Entry], dict[str, list[str]]]:
    """The register's entries, each fitted and counted by ``budget``, and the row digests of
    each visible sheet as exported."""
    fingerprints: dict[str, list[str]] = {}
    budget = budget or Budget("en")
    plain = fast_rows.rows(opened, book, DATA_SHEET)  # the sheet as we write it, read straight
    if plain is not None:
        return _entries(iter(plain), cancelled, fingerprints, budget), fingerprints
    # A row reader left half-read keeps the file open; closing() ends it on a refusal too.
    with closing(book[DATA_SHEET].iter_rows(values_only=True)) as rows:
        return _entries(guarded(rows, opened, book, DATA_SHEET), cancelled, fingerprints, budget), fingerprints


def history(book) -> Stamp | None:
    """Where the register's history stood at the export: the data sheet's first row after the
    format and schema holds the change log's last sequence and that entry's hash. None for a
    workbook written before programs noted it, or one whose note is unreadable: it is then
    imported as before, without keeping what others changed since (register/three_way.py)."""
    with closing(book[DATA_SHEET].iter_rows(min_row=1, max_row=1, values_only=True)) as rows:
        first = next(rows, None) or ()
    sequence, entry_hash = (*first[3:5], None, None)[:2]
    if isinstance(sequence, float) and sequence.is_integer():  # a spreadsheet may keep a number as a float
        sequence = int(sequence)
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        return None
    if not isinstance(entry_hash, str) or len(entry_hash) != 64:
        return None
    return Stamp(sequence, entry_hash.lower())


def visible_edits(opened, book, fingerprints: dict[str, list[str]], cancelled=None) -> list[Note]:
    """A note per visible sheet whose rows are no longer as exported (someone edited the
    sheet, expecting the import to take it): the import reads the data sheet only."""
    notes = []
    for title, digests in fingerprints.items():
        if title not in book.sheetnames:
            continue
        plain = fast_rows.rows(opened, book, title)  # the sheet as we write it, read straight
        if plain is not None:
            found = [read_digest(row) for row in plain]
        else:
            with closing(book[title].iter_rows(values_only=True)) as rows:
                found = [read_digest(row) for row in guarded(rows, opened, book, title)]
        while found and found[-1] == _EMPTY_ROW:
            found.pop()
        changed = [number for number, (a, b) in enumerate(zip(digests, found, strict=False), start=1) if a != b]
        changed += list(range(min(len(digests), len(found)) + 1, max(len(digests), len(found)) + 1))
        if changed:
            notes.append(
                Note(
                    "visible_edits",
                    Place(title, changed[0]),
                    {"sheet": title, "count": len(changed), "row": changed[0]},
                )
            )
        if cancelled is not None:
            cancelled()
    return notes


def _entries(rows, cancelled, fingerprints: dict[str, list[str]], budget: Budget) -> list[portable.Entry]:
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
        kind, reference, *chunks = (*row, None, None)[: max(len(row), 2)]
        if not isinstance(kind, str) or not isinstance(reference, str) or not reference:
            raise ImportRefused("data_entry", place, detail="the kind or reference is missing")
        if reference in seen:
            raise ImportRefused("data_entry", place, detail=f"{reference} appears twice")
        seen.add(reference)
        chunks = [chunk for chunk in chunks if isinstance(chunk, str)]
        length = sum(map(len, chunks))
        if length > MAX_ENTRY:  # measured before joining: one shared string in every cell is huge joined
            raise ImportRefused("entry_too_large", place, length=f"{length:,}", limit=f"{MAX_ENTRY:,}")
        text = "".join(chunks)
        if kind == FINGERPRINT:
            try:
                digests = json.loads(text)
            except (ValueError, RecursionError):
                digests = None  # only used to warn about edits: a damaged one is no reason to refuse
            if isinstance(digests, list) and all(isinstance(d, str) for d in digests):
                fingerprints[reference] = digests
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            raise ImportRefused("data_entry", place, detail="the entry is not valid JSON") from None
        try:
            checked = portable.checked(kind, portable.upgraded(kind, data, version, budget.language))
        except portable.PortableError as exc:
            raise ImportRefused("data_entry", place, detail=f"{kind} {reference}: {exc}") from None
        entry = portable.Entry(kind, reference, checked, origin=(DATA_SHEET, number))
        budget.take(entry)
        entries.append(entry)
    return entries
