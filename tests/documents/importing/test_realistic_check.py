"""After an import, `ropa check` is not dominated by errors the import caused (issue 14,
"Also"): for each realistic workbook, no error of the register's check is about what a row of
the sheet says (a purpose, a basis, a category, a controller served, a transfer's country) or
about an activity no row describes. The classifier itself is tested on a row that lost its cells."""

from __future__ import annotations

import pytest

from realistic import WORKBOOKS
from realistic.checked import CONTACT_BLOCK, check_errors
from realistic.corpus import Workbook, header, row
from realistic.facts import Categories, Name, Purposes, Subjects


@pytest.mark.parametrize("name", list(WORKBOOKS))
def test_no_error_of_the_check_is_caused_by_the_import(tmp_path, name):
    errors = check_errors(WORKBOOKS[name], tmp_path)
    assert [e.line() for e in errors if e.caused and e.caused != CONTACT_BLOCK] == []


def test_an_error_about_cells_the_import_lost_is_told_apart_from_a_gap(tmp_path):
    # "Xyzzy" is no header the import knows: the first row's purpose lands in the notes, an
    # error the import caused; the second row really has none, a gap of the register.
    workbook = Workbook("probe", "probe", "en", "en", {"Register": [
        header("Activity", "Xyzzy", "Data subjects", "Personal data"),
        row("Payroll", ("Payroll", Name()), ("Paying staff", Purposes("Paying staff")),
            ("Employees", Subjects("Employees")), ("Bank account", Categories("Bank account"))),
        row("Canteen", ("Canteen", Name()), None, ("Employees", Subjects("Employees")),
            ("Meal choices", Categories("Meal choices"))),
    ]})
    errors = {(e.rule, e.item): e.caused for e in check_errors(workbook, tmp_path)}
    assert errors[("record.no_purpose", "Payroll")] == "the row has Purposes"
    assert errors[("record.no_purpose", "Canteen")] == ""
