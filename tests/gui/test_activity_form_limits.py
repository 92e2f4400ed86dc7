"""The activity form's one-line boxes for a column of declared length (String(n)) take no more
than the column keeps, read from the model (texts.limit_of): the officer sees the box stop
instead of a save refused for a text one character too long."""

from __future__ import annotations

from form_helpers import select_row, type_text

from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import ProcessingActivity, Purpose
from ropa_desktop.register.texts import MAX_TEXT_LENGTH

# The activity's and its purposes' one-line boxes of a declared length, with that length.
LIMITED = {"reference": 60, "owner": 200, "department": 200, "dpia_reference": 500}


def _editor(window):
    page = window.page_of[kinds.ACTIVITY]
    window.show_section(kinds.ACTIVITY)
    select_row(page, "Job applications")
    return page.editor


def test_each_short_box_keeps_what_its_column_keeps(window, answers):
    editor = _editor(window)
    fields = editor.form.fields
    for key, length in LIMITED.items():
        assert ProcessingActivity.__table__.c[key].type.length == length  # the model's own number
        assert fields[key].editor.maxLength() == length, key
        type_text(fields[key], "x" * (length + 1))  # one more: the box refuses it
        assert fields[key].value() == "x" * length, key
    purpose = fields["purposes"].panel.fields["lia_reference"]
    assert purpose.editor.maxLength() == Purpose.__table__.c.lia_reference.type.length == 500
    assert editor.save(), answers.errors
    stored = operations.read(window.workspace.register, kinds.ACTIVITY, editor.item_id)
    assert {key: stored[key] for key in LIMITED} == {key: "x" * length for key, length in LIMITED.items()}


def test_a_box_for_a_column_of_no_declared_length_is_not_cut_short(window, answers):
    # The near miss: the legal basis for criminal data is a Text column; Qt's own limit (32,767)
    # is above the register's, so the save's check, not the box, guards it.
    fields = _editor(window).form.fields
    assert fields["criminal_data_authorisation"].editor.maxLength() > MAX_TEXT_LENGTH
