"""What lets a long sheet import quickly changes nothing that is imported: merged ranges are
found without reading the rows twice, readers remember what they read per text, and the cycle
collector waits until the import is done. (How fast: benchmarks/register_import.py.)"""

from __future__ import annotations

import gc

import pytest
from workbooks import HEADERS, SHEET_PART, foreign_workbook, rewrite

from ropa_desktop.documents import collector
from ropa_desktop.documents.importing import lists, parties, recognise
from ropa_desktop.documents.importing.problems import ImportRefused
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations

ROWS = [
    HEADERS,
    ["Payroll", "Paying staff", "Contract", None, None, None, "Human resources"],
    ["Recruitment", "Hiring", "Contract"],
    ["Newsletter", "Marketing", "Consent", None, None, None, "Sales"],
]


def _departments(register, before) -> dict[str, str]:
    return {
        a["name"]["en"]: a["department"]
        for a in (
            operations.read(register, kinds.ACTIVITY, i)
            for i in operations.order(register, kinds.ACTIVITY)
            if i not in before
        )
    }


MERGED = {"Payroll": "Human resources", "Recruitment": "Human resources", "Newsletter": "Sales"}


def test_a_range_merged_down_is_found_after_the_rows(demo_register, tmp_path):
    book = foreign_workbook(tmp_path / "merged.xlsx", ROWS, merges=["G2:G3"])
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    assert _departments(demo_register, before) == MERGED
    assert [n.code for n in report.notes] == ["merged"]


def test_a_sheet_whose_cells_say_sheetData_is_read_whole_and_its_ranges_found(demo_register, tmp_path):
    # The word that marks where the rows start and end, written in a cell: the rows cannot
    # be told apart from the rest by it, so the whole part is read, as it always was.
    rows = [HEADERS, [*ROWS[1][:3], "sheetData </sheetData>", *ROWS[1][4:]], *ROWS[2:]]
    book = foreign_workbook(tmp_path / "merged.xlsx", rows, merges=["G2:G3"])
    before = operations.order(demo_register, kinds.ACTIVITY)
    import_workbook(demo_register, book)
    assert _departments(demo_register, before) == MERGED


def test_a_sheet_without_merged_ranges_spreads_nothing(demo_register, tmp_path):
    book = foreign_workbook(tmp_path / "plain.xlsx", ROWS)
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    assert _departments(demo_register, before) == {
        "Payroll": "Human resources",
        "Recruitment": "",
        "Newsletter": "Sales",
    }
    assert report.notes == []


def test_damage_after_the_rows_is_still_refused(demo_register, tmp_path, unchanged):
    good = foreign_workbook(tmp_path / "good.xlsx", ROWS)
    damaged = rewrite(
        good,
        {
            SHEET_PART: lambda xml: xml.replace(
                b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="G2:G3"></mergeCells>'
            )
        },
        target=tmp_path / "damaged.xlsx",
    )
    with pytest.raises(ImportRefused) as refused:
        import_workbook(demo_register, damaged)
    assert refused.value.message.code == "damaged_sheet"
    unchanged()


# --- what readers remember --------------------------------------------------------------------


@pytest.mark.parametrize(
    "read",
    [
        recognise.split_values,
        recognise.legal_bases,
        recognise.countries,
        lambda text: lists.list_items(text, names=True),
    ],
)
def test_a_remembered_list_is_the_callers_own(read):
    text = "Verenigde Staten, India en Bolivia; uitvoering overeenkomst\nToestemming"
    first = read(text)
    expected = list(first)
    first.append("changed by the caller")
    assert read(text) == expected


def test_remembered_answers_are_the_answers_of_the_text_not_of_the_cell_before():
    assert recognise.retention("7 jaar na einde dienstverband").period_value == 7
    assert recognise.retention("4 weken").period_value == 4
    assert recognise.yes_no("Nee") is False and recognise.yes_no("Ja") is True
    assert parties.cross_reference("Als V-01").value == "V-01"
    assert parties.cross_reference("Als V-02").value == "V-02"


def test_a_reader_given_no_text_answers_as_before():
    # A cell that is no text (a number, nothing) cannot be remembered by its text; it is read as it is.
    assert recognise.yes_no(None) is None
    assert recognise.yes_no(1) is True
    assert recognise.split_values(None) == []


# --- the cycle collector ------------------------------------------------------------------------


@pytest.fixture
def collection_on():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.enable() if was else gc.disable()


def _import_watching(register, book) -> list[tuple[bool, bool]]:
    seen = []
    import_workbook(register, book, progress=lambda done, total: seen.append((gc.isenabled(), collector.importing())))
    return seen


def test_collection_waits_while_an_import_runs_and_resumes_after(demo_register, tmp_path, collection_on):
    book = foreign_workbook(tmp_path / "book.xlsx", ROWS)
    seen = _import_watching(demo_register, book)
    assert seen and set(seen) == {(False, True)}
    assert gc.isenabled() and not collector.importing()


def test_collection_resumes_after_a_refused_import(demo_register, tmp_path, collection_on):
    with pytest.raises(ImportRefused):
        import_workbook(demo_register, foreign_workbook(tmp_path / "empty.xlsx", [[None]]))
    assert gc.isenabled() and not collector.importing()


def test_a_program_that_turned_collection_off_keeps_it_off(demo_register, tmp_path, collection_on):
    gc.disable()
    _import_watching(demo_register, foreign_workbook(tmp_path / "book.xlsx", ROWS))
    assert not gc.isenabled()
