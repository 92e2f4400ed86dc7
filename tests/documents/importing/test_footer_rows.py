"""A line under the table ("Vragen over dit register: privacy@…") is a note of the report, not
an activity (footer_rows.py); a row named like an activity whose other cells are empty is still
an activity, in the middle of the table and at its end."""

from __future__ import annotations

import pytest
from workbooks import foreign_workbook

from ropa_desktop.documents.importing.footer_rows import footer_rows, is_footer_line
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import create_register


@pytest.mark.parametrize(
    ("text", "footer"),
    [
        ("Vragen over dit register: privacy@oor.example", True),
        ("Meer informatie op https://www.school.example/privacy", True),
        ("Contact: 030 123 45 67", True),
        ("Stand: 01.02.2025", True),
        ("Vastgesteld door het College van Bestuur op 3 maart 2025.", True),
        # Near misses: names of activities.
        ("Cameratoezicht", False),
        ("Werving en selectie", False),
        ("Leerlingadministratie (ParnasSys)", False),
        ("Stand van zaken", False),
    ],
)
def test_a_footer_line_is_a_contact_line_a_stamp_or_a_sentence(text, footer):
    assert is_footer_line(text) is footer


def test_only_lines_after_the_last_full_row_in_the_first_column_are_footers():
    rows = [
        ["Naam", "Doel"],
        ["Werving", "Mensen vinden"],
        ["Vragen: privacy@x.example", None],
        ["Salaris", "Betalen"],
        ["Cameratoezicht", None],
        [None, None],
        ["Vragen over dit register: privacy@x.example", None],
        [None, "Zie ook www.x.example"],
    ]
    # Row 3 stands inside the table; row 8 is not in the first column.
    assert footer_rows(rows, 1, 1) == {7: (1, "Vragen over dit register: privacy@x.example")}


SHEET = [
    ["Verwerking", "Doel", "Betrokkenen"],
    ["Leerlingadministratie", "Inschrijven van leerlingen", "Leerlingen"],
    ["Cameratoezicht", None, None],
    ["Personeelsdossier", "Uitvoeren van de arbeidsovereenkomst", "Medewerkers"],
    ["Schoolfotograaf", None, None],
    [],
    ["Vragen over dit register: privacy@oor.example"],
]


def test_a_footer_becomes_a_note_and_activities_with_empty_cells_still_import(tmp_path):
    register = create_register(tmp_path / "s.ropa", "School", language="nl")
    report = import_workbook(register, foreign_workbook(tmp_path / "s.xlsx", SHEET))
    names = [
        operations.read(register, kinds.ACTIVITY, i)["name"]["nl"] for i in operations.order(register, kinds.ACTIVITY)
    ]
    assert names == ["Leerlingadministratie", "Cameratoezicht", "Personeelsdossier", "Schoolfotograaf"]
    footer = [note for note in report.notes if note.code == "footer_line"]
    assert [(n.place.row, n.place.column) for n in footer] == [(7, 1)]
    assert "privacy@oor.example" in footer[0].text("nl") and "niet als verwerking" in footer[0].text("nl")
