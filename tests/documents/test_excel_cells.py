"""Excel counts a cell's characters in UTF-16 units: long texts are cut and chunked by that
count, and a workbook whose visible cell had to be shortened imports without an edit note."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from ropa_desktop.documents.excel_cells import CELL_UNITS, chunks, fit_cell, units
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import kinds, operations, snapshots
from ropa_desktop.register.models import Purpose
from ropa_desktop.register.storage import create_register
from ropa_desktop.register.texts import MAX_TEXT_LENGTH


def test_chunks_never_cut_a_character_and_give_the_text_back():
    text = "😀" * 20_000 + "abc"
    parts = chunks(text, 32_000)
    assert "".join(parts) == text
    assert all(units(part) <= 32_000 for part in parts)
    assert chunks("", 10) == [""]
    assert chunks("abcde", 2) == ["ab", "cd", "e"]


def test_fit_cell_keeps_what_fits_and_shortens_the_rest():
    assert fit_cell("a" * CELL_UNITS) == "a" * CELL_UNITS
    assert fit_cell("😀" * (CELL_UNITS // 2)) == "😀" * (CELL_UNITS // 2)
    shortened = fit_cell("😀" * CELL_UNITS)
    assert units(shortened) <= CELL_UNITS and shortened.endswith("😀…")


def test_joined_long_purposes_fit_their_cell_and_import_without_an_edit_note(tmp_path):
    with create_register(tmp_path / "r.ropa", "Acme", language="en") as register:
        activity = snapshots.blank(kinds.ACTIVITY)
        activity["name"] = {"en": "Payroll"}
        activity["purposes"] = [
            {
                **snapshots.blank_child(Purpose),
                "description": {"en": letter * MAX_TEXT_LENGTH},
                "legal_basis": "contract",
            }
            for letter in "abc"
        ]
        operations.save(register, kinds.ACTIVITY, None, activity)
        path = tmp_path / "r.xlsx"
        with path.open("wb") as target:
            write_workbook(register, "en", target)
        book = load_workbook(io.BytesIO(path.read_bytes()))
        cells = [
            cell
            for row in book["Register"].iter_rows(values_only=True)
            for cell in row
            if isinstance(cell, str) and cell.startswith("a" * 100)
        ]
        assert cells and all(units(cell) <= CELL_UNITS for cell in cells)
        assert any(cell.endswith("…") for cell in cells)
        report = import_workbook(register, path, dry_run=True)
        assert [note.code for note in report.notes] == []
