"""Whether the data must be provided (Art. 13(2)(e)) makes the round trip through the visible
Register sheet: our export writes "<the requirement's label>: <the consequence>", and the import
reads both back (the column was a derived one, never read, before)."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook
from workbooks import foreign_workbook

from ropa_desktop.documents.importing.mapping import Mapping
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import create_register
from ropa_desktop.resources_path import load_toml

LABELS = load_toml("export", "labels.toml")["column"]


def _activities(register, language: str) -> dict[str, dict]:
    snaps = [operations.read(register, kinds.ACTIVITY, i) for i in operations.order(register, kinds.ACTIVITY)]
    return {snap["name"][language]: snap for snap in snaps}


def _provision(snap: dict, language: str) -> tuple[str, str]:
    return snap["provision_requirement"], (snap["provision_consequence"] or {}).get(language, "")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_provision_cell_is_read_back_into_a_new_register(demo_register, tmp_path, language):
    workbook = tmp_path / "export.xlsx"
    with open(workbook, "wb") as target:
        write_workbook(demo_register, language, target, exported_at=datetime(2026, 12, 3, 10, 0))
    sheet = load_workbook(workbook).worksheets[1]  # the Register sheet, after the cover
    headers = [cell.value for cell in sheet[1]]
    column = headers.index(LABELS["provision"][language]) + 1
    demo = _activities(demo_register, language)
    # The reopened workbook's cell holds the requirement's label and the consequence.
    contract = next(snap for snap in demo.values() if snap["provision_requirement"] == "prerequisite_for_contract")
    cells = [sheet.cell(row, column).value for row in range(2, sheet.max_row + 1)]
    assert any(cell and cell.endswith(": " + contract["provision_consequence"][language]) for cell in cells)

    with create_register(tmp_path / "new.ropa", "Connaxis B.V.") as fresh:
        report = import_workbook(fresh, workbook, mapping=Mapping(sheet=sheet.title), backup=False)
        assert not report.native
        assert not [n for n in report.notes if n.code == "not_understood" and "provision" in str(n.values)]
        read = _activities(fresh, language)
    wanted = {name: _provision(snap, language) for name, snap in demo.items()}
    assert {name: _provision(snap, language) for name, snap in read.items()} == wanted
    assert "voluntary" in {requirement for requirement, _ in wanted.values()}  # more than one kind looked at


def test_a_cell_that_names_no_requirement_is_not_understood(tmp_path):
    # The near miss: a wording that is no label of ours is left to the officer, not guessed.
    header = LABELS["provision"]["nl"]
    workbook = foreign_workbook(
        tmp_path / "eigen.xlsx",
        [["Naam verwerking", "Doel", header], ["Salarisadministratie", "Salaris betalen", "Misschien: geen idee"]],
    )
    with create_register(tmp_path / "new.ropa", "Bakkerij") as fresh:
        report = import_workbook(fresh, workbook, backup=False)
        (snap,) = _activities(fresh, "nl").values()
    assert [n.values["text"] for n in report.notes if n.code == "not_understood"] == ["Misschien: geen idee"]
    assert snap["provision_requirement"] == "not_applicable"  # the register's default, untouched
