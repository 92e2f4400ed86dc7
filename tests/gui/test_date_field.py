"""An unknown date is shown empty and saved as no date (NULL), never as a made-up day."""

from __future__ import annotations

import datetime

from form_helpers import select_row
from PySide6.QtCore import QDate

from ropa_desktop.gui.forms.fields import DateField
from ropa_desktop.register import kinds, operations


def test_a_new_date_field_is_empty(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    assert field.value() is None
    assert field.edit.text().strip() == ""  # not 2000-01-01
    field.known.setChecked(True)  # saying there is a date offers today to start from
    assert field.value() == datetime.date.today()
    field.known.setChecked(False)
    assert field.value() is None and field.edit.text().strip() == ""


def test_an_empty_date_field_saves_null_and_a_set_one_its_date(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    item = page.editor.item_id
    field = page.editor.form.fields["dpia_date"]
    field.known.setChecked(True)
    field.edit.setDate(QDate(2026, 3, 1))
    assert page.editor.save(), answers.errors
    assert operations.read(window.workspace.register, kinds.ACTIVITY, item)["dpia_date"] == datetime.date(2026, 3, 1)
    field.known.setChecked(False)
    assert field.edit.text().strip() == ""
    assert page.editor.save(), answers.errors
    assert operations.read(window.workspace.register, kinds.ACTIVITY, item)["dpia_date"] is None
    assert field.edit.text().strip() == ""  # shown again from the register: still empty
