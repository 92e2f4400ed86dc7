"""After an import, `ropa check` is not dominated by errors the import caused (issue 14,
"Also"): for each realistic workbook, no error of the register's check is about what a row of
the sheet says (a purpose, a basis, a category, a controller served, a transfer's country) or
about an activity no row describes, nor about the organisation's details that the contact block
above the table gave. The classifier itself is tested on a row that lost its cells and on a block
that was not read."""

from __future__ import annotations

import pytest
from realistic import WORKBOOKS
from realistic.block import Org, block
from realistic.checked import check_errors
from realistic.corpus import Workbook, header, row
from realistic.facts import Categories, Name, Purposes, Subjects


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=[pytest.mark.xfail(strict=True, reason=f"held-out: {w.known_check_gap}")]
            if w.known_check_gap
            else [],
        )
        for name, w in WORKBOOKS.items()
    ],
)
def test_no_error_of_the_check_is_caused_by_the_import(tmp_path, name):
    errors = check_errors(WORKBOOKS[name], tmp_path)
    assert [e.line() for e in errors if e.caused] == []


def test_an_error_about_cells_the_import_lost_is_told_apart_from_a_gap(tmp_path):
    # "Xyzzy" is no header the import knows: the first row's purpose lands in the notes, an
    # error the import caused; the second row really has none, a gap of the register.
    workbook = Workbook(
        "probe",
        "probe",
        "en",
        "en",
        {
            "Register": [
                header("Activity", "Xyzzy", "Data subjects", "Personal data"),
                row(
                    "Payroll",
                    ("Payroll", Name()),
                    ("Paying staff", Purposes("Paying staff")),
                    ("Employees", Subjects("Employees")),
                    ("Bank account", Categories("Bank account")),
                ),
                row(
                    "Canteen",
                    ("Canteen", Name()),
                    None,
                    ("Employees", Subjects("Employees")),
                    ("Meal choices", Categories("Meal choices")),
                ),
            ]
        },
    )
    errors = {(e.rule, e.item): e.caused for e in check_errors(workbook, tmp_path)}
    assert errors[("record.no_purpose", "Payroll")] == "the row has Purposes"
    assert errors[("record.no_purpose", "Canteen")] == ""


def test_an_organisation_error_the_contact_block_answers_is_told_apart_from_a_gap(tmp_path):
    # "Vragen" is no label the import knows: the e-mail address stays out of the register, so
    # organisation.no_contact is an error the import caused; without the block it is a gap.
    rows = [
        header("Activity", "Purpose", "Data subjects", "Personal data"),
        row(
            "Payroll",
            ("Payroll", Name()),
            ("Paying staff", Purposes("Paying staff")),
            ("Employees", Subjects("Employees")),
            ("Bank account", Categories("Bank account")),
        ),
    ]
    asked = block(("Vragen: privacy@probe.example", Org(email="privacy@probe.example")))
    with_block = Workbook("probe", "probe", "en", "en", {"Register": [asked, *rows]})
    without = Workbook("bare", "bare", "en", "en", {"Register": rows})
    errors = {e.rule: e.caused for e in check_errors(with_block, tmp_path)}
    assert errors["organisation.no_contact"] == "the block above the table gives email"
    assert {e.rule: e.caused for e in check_errors(without, tmp_path)}["organisation.no_contact"] == ""
