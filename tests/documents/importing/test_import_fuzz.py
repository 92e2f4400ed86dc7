"""Whatever an officer's sheet holds under a header row we know, the import either brings in
exactly what its report says or refuses and changes nothing; it never fails another way."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_helpers import database_rows
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from workbooks import HEADERS, foreign_workbook

from ropa_desktop.documents.importing.problems import ImportRefused
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register.rows import counts
from ropa_desktop.register.storage import create_register, open_register

# Texts the recognisers act on, so that examples reach past "not understood".
MEANINGFUL = [
    "Contract",
    "Consent",
    "Art. 6(1)(f) legitimate interests",
    "uitvoering overeenkomst",
    "wettelijke plicht",
    "Job applicants",
    "Klanten",
    "Employees; Clients",
    "• Name\n• Address",
    "1. a\n2. b",
    "- x\n- y",
    "United States; India",
    "Verenigde Staten",
    "US",
    "VS, IN en BR",
    "7 jaar",
    "6 months after the end",
    "4 weeks",
    "2 years; 10 years",
    "0 days",
    "-1 years",
    "99999999999999999999 years",
    "ja",
    "nee",
    "n.v.t.",
    ";",
    "•",
    "\n",
    " ",
    "_x000D_",
    "=1+1",
    "=",
    "'",
    "<script>",
    "&amp;",
    "Sales",
    "x" * 201,
]


def _legal(text: str) -> str:
    """openpyxl refuses the control characters XML cannot hold; Excel cannot hold them either."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


cells = st.one_of(
    st.none(),
    st.text().map(_legal),
    st.sampled_from(MEANINGFUL),
    st.lists(st.sampled_from(MEANINGFUL), min_size=2, max_size=5).map("\n".join),
    # Very long: around Excel's limit of 32,767 characters, on both sides of it.
    st.tuples(st.text(min_size=1, max_size=3).map(_legal).filter(bool), st.integers(5_000, 20_000)).map(
        lambda pair: pair[0] * pair[1]
    ),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)
sheet_rows = st.lists(st.lists(cells, max_size=len(HEADERS) + 2), max_size=6)


@pytest.fixture(scope="module")
def empty_register_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "empty.ropa"
    create_register(path, "Fuzz B.V.", language="en").close()
    return path


def _counts(register) -> dict[str, int]:
    with register.session() as session:
        return counts(session)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=sheet_rows)
def test_the_import_lands_whole_or_not_at_all(empty_register_file, tmp_path, rows):
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        folder = Path(folder)
        path = folder / "register.ropa"
        shutil.copy(empty_register_file, path)  # one register per example
        book = foreign_workbook(folder / "sheet.xlsx", [HEADERS, *rows])
        register = open_register(path)
        try:
            before = database_rows(path)
            counted = _counts(register)
            try:
                report = import_workbook(register, book, backup=False)
            except ImportRefused as refused:
                assert refused.words("en") and refused.words("nl")
                assert database_rows(path) == before  # nothing half-imported
                return
            after = _counts(register)
            for kind, outcome in report.outcomes.items():
                if kind in after:
                    assert after[kind] == counted[kind] + len(outcome.added), kind
            assert report.text("en") and report.text("nl")  # every note can be worded
        finally:
            register.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=sheet_rows)
def test_a_dry_run_changes_nothing_and_tells_what_the_import_does(empty_register_file, tmp_path, rows):
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        folder = Path(folder)
        path = folder / "register.ropa"
        shutil.copy(empty_register_file, path)
        book = foreign_workbook(folder / "sheet.xlsx", [HEADERS, *rows])
        register = open_register(path)
        try:
            before = database_rows(path)
            try:
                dry = import_workbook(register, book, dry_run=True)
            except ImportRefused:
                with pytest.raises(ImportRefused):
                    import_workbook(register, book, backup=False)
                return
            finally:
                assert database_rows(path) == before
            real = import_workbook(register, book, backup=False)
            assert {k: (o.added, o.updated, o.unchanged) for k, o in dry.outcomes.items()} == {
                k: (o.added, o.updated, o.unchanged) for k, o in real.outcomes.items()
            }
        finally:
            register.close()
