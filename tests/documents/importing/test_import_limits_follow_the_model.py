"""The import cuts a plain text to the length its model column keeps (String(n)), read from the
model, not written out again: owner and department (200), the DPIA document (500). A text that
fits is kept whole; one character more is cut, kept whole in the notes, and reported."""

from __future__ import annotations

import pytest
from workbooks import foreign_workbook

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import create_register
from ropa_desktop.register.texts import limit_of


def _imported(tmp_path, header: str, text: str):
    register = create_register(tmp_path / "r.ropa", "Flex", language="nl")
    try:
        report = import_workbook(
            register,
            foreign_workbook(
                tmp_path / "r.xlsx", [["Naam verwerking", "Doel", header], ["Werving", "Kandidaten vinden", text]]
            ),
        )
        (item,) = operations.order(register, kinds.ACTIVITY)
        return operations.read(register, kinds.ACTIVITY, item), report
    finally:
        register.close()


def test_the_limits_are_the_models():
    columns = ProcessingActivity.__table__.c
    assert limit_of(ProcessingActivity, "owner") == columns.owner.type.length == 200
    assert limit_of(ProcessingActivity, "dpia_reference") == columns.dpia_reference.type.length == 500
    assert limit_of(ProcessingActivity, "reference") == columns.reference.type.length == 60


@pytest.mark.parametrize(
    ("header", "key"), [("Eigenaar", "owner"), ("Afdeling", "department"), ("DPIA-document", "dpia_reference")]
)
def test_a_text_as_long_as_the_column_is_kept_whole(tmp_path, header, key):
    text = "x" * limit_of(ProcessingActivity, key)
    activity, report = _imported(tmp_path, header, text)
    assert activity[key] == text
    assert not any(note.code == "cut" for note in report.notes)


@pytest.mark.parametrize(("header", "key"), [("Eigenaar", "owner"), ("DPIA-document", "dpia_reference")])
def test_one_character_more_is_cut_to_the_column_and_kept_in_the_notes(tmp_path, header, key):
    limit = limit_of(ProcessingActivity, key)
    text = "y" * limit + "z"
    activity, report = _imported(tmp_path, header, text)
    assert activity[key] == "y" * limit
    assert text in activity["internal_notes"]
    assert [note.values["limit"] for note in report.notes if note.code == "cut"] == [limit]
