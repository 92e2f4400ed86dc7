"""The digest of a row as read back (fingerprints.read_digest) is the digest of each value as a
spreadsheet shows it (fingerprints.shown): its shortcut for plain values must not change it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from ropa_desktop.documents.excel_cells import CELL_UNITS
from ropa_desktop.documents.fingerprints import digest, read_digest, shown

ROWS: list[list[Any]] = [
    [],
    [None, None],
    ["Verwerking 1", None, 3, None],
    ["twee\r\nregels", "tab\tin", "", None],
    ["stuur\x01teken", 2.0, 2.5, True, False],
    ["x" * (CELL_UNITS // 2 + 1), "😀" * (CELL_UNITS // 2)],
    [datetime(2026, 1, 2, 3, 4), date(2026, 1, 2), time(3, 4), timedelta(days=2)],
    [0, -1, 10**20, float("inf")],
]


def _as_shown(values) -> str:
    return digest(shown(v, str) if not isinstance(v, bool) else v for v in values)


def test_each_row_digests_as_its_values_are_shown():
    for row in ROWS:
        assert read_digest(row) == _as_shown(row), row
        assert read_digest(tuple(row)) == _as_shown(row), row


def test_a_row_that_differs_in_one_character_or_type_digests_differently():
    assert read_digest(["Verwerking 1", 3]) != read_digest(["Verwerking 2", 3])
    assert read_digest(["3"]) != read_digest([3])
    assert read_digest([True]) != read_digest([1])


def test_trailing_empty_cells_do_not_count_but_empty_cells_between_do():
    assert read_digest(["a", None, ""]) == read_digest(["a"])
    assert read_digest(["a", None, "b"]) != read_digest(["a", "b"])
