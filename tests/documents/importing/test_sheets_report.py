"""No sheet is left out silently (issue 14 point 8), and what the officer reviews before
importing, with the corrections kept in the mapping (point 9): the report, `ropa import
--dry-run` and `--mapping` with "cells"."""

from __future__ import annotations

import json

import pytest
from import_helpers import database_rows
from workbooks import sheets_workbook

from ropa_desktop.documents.importing.mapping import Mapping
from ropa_desktop.documents.importing.problems import ImportRefused
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import create_register

REGISTER = [
    ["Name of processing activity", "Purpose of processing", "Lawful basis", "Recipients", "Who is in charge"],
    ["Payroll", "Paying salaries", "Contract", "Tax authority", "HR"],
    ["Recruitment", "Hiring staff", "because we always did", "", "HR"],
]


@pytest.fixture
def register(tmp_path):
    register = create_register(tmp_path / "r.ropa", "Bookkeeping B.V.", language="en")
    yield register
    register.close()


def _activity(register, name: str) -> dict:
    for reference in operations.order(register, kinds.ACTIVITY):
        data = operations.read(register, kinds.ACTIVITY, reference)
        if data["name"].get("en") == name:
            return data
    raise AssertionError(name)


def test_every_sheet_not_read_is_named_with_why(register, tmp_path):
    path = sheets_workbook(
        tmp_path / "b.xlsx",
        {
            "Toelichting": [["Vul per verwerking één rij in."], ["Gebruik de keuzelijsten."]],
            "Register": REGISTER,
            "Leeg": [],
            "Scratch": [["some", "numbers"], [1, 2], [3, 4]],
            "Old register": [["Name of processing activity", "Purpose of processing"], ["Canteen", "Lunch"]],
            "Archive": [["Name of processing activity", "Purpose of processing"], ["Old", "Gone"]],
        },
        hidden=("Archive",),
    )
    report = import_workbook(register, path, dry_run=True)
    assert [(use.sheet, use.code, use.read) for use in report.sheets] == [
        ("Register", "register", True),
        ("Toelichting", "instructions", False),
        ("Leeg", "empty", False),
        ("Scratch", "no_header", False),
        ("Old register", "other_register", False),
        ("Archive", "hidden", False),
    ]
    text = report.text("en")
    assert "Sheets (6)" in text
    assert "- “Toelichting”: not read: instructions, a legend or lists of choices." in text
    assert "- “Archive”: not read: the sheet is hidden." in text
    assert "- “Leeg”: not read: the sheet is empty." in text
    assert "- “Scratch”: not read: no header row found and no column naming the activities." in text
    assert "- “Old register”: not read: it has a header row of its own and adds nothing to “Register”." in text
    assert "- “Toelichting”: niet gelezen: uitleg, een legenda of keuzelijsten." in report.text("nl")


def test_a_workbook_of_one_sheet_has_no_list_of_sheets(register, tmp_path):
    report = import_workbook(register, sheets_workbook(tmp_path / "b.xlsx", {"Register": REGISTER}), dry_run=True)
    assert [use.code for use in report.sheets] == ["register"] and "Sheets (" not in report.text("en")


def test_a_damaged_sheet_beside_the_register_is_reported_not_refused(register, tmp_path, monkeypatch):
    """Only the sheet the import reads can refuse it; any other is reported with its problem."""
    from ropa_desktop.documents.importing import foreign, sheet_cells
    from ropa_desktop.documents.importing.problems import Place

    real = sheet_cells.read_cells

    def read_cells(opened, workbook, name, cancelled=None):
        if name == "Notes":
            raise ImportRefused("damaged_sheet", Place(name), detail="bad XML")
        return real(opened, workbook, name, cancelled)

    monkeypatch.setattr(foreign, "read_cells", read_cells)
    path = sheets_workbook(tmp_path / "b.xlsx", {"Register": REGISTER, "Notes": [["x"]]})
    report = import_workbook(register, path, dry_run=True)
    assert "“Notes”: not read: Sheet “Notes” is damaged and cannot be read (bad XML)." in report.text("en")
    # Near miss: the sheet to be read refuses the import, as it always did.
    path = sheets_workbook(tmp_path / "c.xlsx", {"Notes": [["x"]], "Register": REGISTER})
    with pytest.raises(ImportRefused, match="damaged"):
        import_workbook(register, path, dry_run=True)


def test_the_review_lists_guesses_and_cells_going_to_the_notes_with_their_place(register, tmp_path):
    report = import_workbook(register, sheets_workbook(tmp_path / "b.xlsx", {"Register": REGISTER}), dry_run=True)
    found = {(item.kind, item.cell, item.text) for item in report.review}
    assert ("recipient_kind", "Register!D2", "Tax authority") in found
    assert ("not_understood", "Register!C3", "because we always did") in found
    assert ("unmapped", "Register!E2", "HR") in found and ("unmapped", "Register!E3", "HR") in found
    assert not any(item.cell == "Register!B2" for item in report.review)  # read by rule: nothing to check


def test_dry_run_prints_the_review_grouped_with_place_and_text(demo_register, tmp_path, ropa):
    path = sheets_workbook(tmp_path / "b.xlsx", {"Register": REGISTER})
    code, out, err = ropa("import", demo_register.location, str(path), "--dry-run", "--lang", "en")
    assert code == 0 and err == ""
    review = out[out.index("To check before importing") :]
    assert "Guesses (" in review and "To the internal notes (" in review
    assert "    Register!D2: “Tax authority” → Tax authority" in review
    assert (
        "  Not understood (1):\n    Register!C3: “because we always did” [Lawful basis] → to the internal notes"
        in review
    )
    assert "    Register!E2: “HR” [Who is in charge] → to the internal notes" in review
    # Near miss: an import that is no dry run does not list them.
    code, out, err = ropa("import", demo_register.location, str(path), "--lang", "en")
    assert code == 0 and "To check before importing" not in out


def test_cells_corrected_in_the_mapping_are_read_as_corrected(register, tmp_path, ropa):
    path = sheets_workbook(tmp_path / "b.xlsx", {"Register": REGISTER})
    saved = tmp_path / "map.json"
    assert ropa("import", register.location, str(path), "--dry-run", "--save-mapping", str(saved))[0] == 0
    mapping = json.loads(saved.read_text(encoding="utf-8"))
    assert "cells" not in mapping  # nothing corrected yet
    mapping["cells"] = {"Register!D2": None, "Register!C3": "Legitimate interest"}
    saved.write_text(json.dumps(mapping), encoding="utf-8")
    code, out, err = ropa("import", register.location, str(path), "--mapping", str(saved), "--lang", "en")
    assert code == 0, err
    payroll, recruitment = _activity(register, "Payroll"), _activity(register, "Recruitment")
    assert not payroll.get("recipients") and "Recipients: Tax authority" in payroll["internal_notes"]
    assert recruitment["purposes"][0]["legal_basis"] == "legitimate_interests"
    assert "because we always did" not in (recruitment.get("internal_notes") or "")


def test_a_correction_of_a_cell_outside_the_sheets_changes_nothing(register, tmp_path):
    path = sheets_workbook(tmp_path / "b.xlsx", {"Register": REGISTER})
    report = import_workbook(
        register, path, mapping=Mapping(cells={"Other!A1": None, "Register!Z99": "x"}), dry_run=True
    )
    assert not any(item.group == "corrected" for item in report.review)


@pytest.mark.parametrize(
    "cells, why",
    [
        ('{"C5": null}', "'C5' is not a cell such as \"Register!C5\""),
        ('{"Register!5C": null}', "'Register!5C' is not a cell"),
        ('{"Register!C5": 3}', "null or a text"),
        ("[]", "cells: an object"),
    ],
)
def test_a_bad_cells_correction_is_refused_and_changes_nothing(register, tmp_path, cells, why):
    sheets_workbook(tmp_path / "b.xlsx", {"Register": REGISTER})
    before = database_rows(register)
    with pytest.raises(ImportRefused, match="cannot be used") as refused:
        Mapping.from_json(f'{{"cells": {cells}}}')
    assert why in str(refused.value)
    assert database_rows(register) == before
