"""A new item exists only in the form until it is first saved (issue 15, point 5)."""

from __future__ import annotations

from form_helpers import select_row, type_text
from PySide6.QtWidgets import QApplication

from ropa_desktop.gui import dialogs
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import RecipientKind


def _names(register, kind: str) -> list[str]:
    from ropa_desktop.register import rows

    with register.session() as session:
        return [name for row in rows.rows(session, kind) for name in row.name.values()]


def _activities(window):
    window.show_section(kinds.ACTIVITY)
    return window.page_of[kinds.ACTIVITY]


def test_add_opens_an_unsaved_item_with_its_name_selected_for_typing(window):
    page = _activities(window)
    page.add_item()
    line = page.editor.form.fields["name"].editor
    assert page.editor.is_new() and page.editor.item_id is None
    assert line.selectedText() == "New processing activity"
    assert QApplication.focusWidget() is line
    assert page.editor.save_button.isEnabled()  # a new item can be saved as it is
    assert not page.table.selectionModel().hasSelection()  # the list shows no other item as the one edited


def test_a_new_activity_given_up_leaves_no_row_in_the_database(window, answers):
    page = _activities(window)
    register = window.workspace.register
    before = _names(register, kinds.ACTIVITY)
    page.add_item()
    type_text(page.editor.form.fields["name"], "Visitor registration")
    answers.unsaved = dialogs.Unsaved.DISCARD
    select_row(page, "Job applications")  # leaving it: asked, as for any unsaved edit
    assert answers.asked == ["unsaved:Visitor registration"]
    assert _names(register, kinds.ACTIVITY) == before
    assert window.workspace.undo_stack.count() == 0
    assert page.editor.item_id is not None and not page.editor.is_new()


def test_a_new_item_nobody_typed_in_is_given_up_without_asking(window, answers):
    page = _activities(window)
    register = window.workspace.register
    before = _names(register, kinds.ACTIVITY)
    page.add_item()
    select_row(page, "Job applications")
    assert answers.asked == []
    assert _names(register, kinds.ACTIVITY) == before


def test_cancel_keeps_the_new_item_in_the_form(window, answers):
    page = _activities(window)
    page.add_item()
    type_text(page.editor.form.fields["name"], "Visitor registration")
    answers.unsaved = dialogs.Unsaved.CANCEL
    select_row(page, "Job applications")
    assert page.editor.is_new()
    assert page.editor.form.fields["name"].editor.text() == "Visitor registration"
    assert not page.table.selectionModel().hasSelection()


def test_revert_gives_up_the_new_item_and_shows_the_one_before(window):
    page = _activities(window)
    register = window.workspace.register
    select_row(page, "Job applications")
    shown = page.editor.item_id
    before = _names(register, kinds.ACTIVITY)
    page.add_item()
    type_text(page.editor.form.fields["name"], "Visitor registration")
    page.editor.revert()
    assert _names(register, kinds.ACTIVITY) == before
    assert page.editor.item_id == shown and not page.editor.is_new()


def test_the_first_save_adds_one_row_and_undo_takes_it_away(window):
    page = _activities(window)
    register = window.workspace.register
    count = len(_names(register, kinds.ACTIVITY))
    page.add_item()
    type_text(page.editor.form.fields["name"], "Visitor registration")
    assert page.editor.save()
    assert _names(register, kinds.ACTIVITY).count("Visitor registration") == 1
    assert len(_names(register, kinds.ACTIVITY)) == count + 1
    new_id = page.editor.item_id
    assert operations.read(register, kinds.ACTIVITY, new_id)["status"] == "draft"
    assert page.table.currentIndex().isValid()  # selected in the list, as the item shown
    stack = window.workspace.undo_stack
    assert stack.undoText() == "Add processing activity “Visitor registration”"
    stack.undo()
    assert "Visitor registration" not in _names(register, kinds.ACTIVITY)
    stack.redo()
    assert operations.read(register, kinds.ACTIVITY, new_id)["name"]["en"] == "Visitor registration"


def test_a_new_recipient_from_the_list_is_asked_for_in_one_dialog(window, answers):
    window.show_section(kinds.RECIPIENT)
    page = window.page_of[kinds.RECIPIENT]
    register = window.workspace.register
    answers.recipient = None
    before = _names(register, kinds.RECIPIENT)
    page.add_item()  # cancelled
    assert _names(register, kinds.RECIPIENT) == before
    from datetime import date

    answers.recipient = {
        "name": "Payroll Ltd",
        "kind": RecipientKind.PROCESSOR,
        "country_code": "GB",
        "dpa_reference": "DPA-2026-04",
        "dpa_signed": date(2026, 4, 1),
    }
    page.add_item()
    saved = operations.read(register, kinds.RECIPIENT, page.editor.item_id)
    assert saved["name"]["en"] == "Payroll Ltd"
    assert (saved["kind"], saved["country_code"], saved["dpa_reference"], saved["dpa_signed"]) == (
        "processor",
        "GB",
        "DPA-2026-04",
        date(2026, 4, 1),
    )


def test_new_from_a_link_field_asks_the_recipient_dialog_with_the_typed_name(window, answers, monkeypatch):
    page = _activities(window)
    select_row(page, "Job applications")
    asked = []
    monkeypatch.setattr(
        dialogs,
        "ask_new_recipient",
        lambda parent, name="": (
            asked.append(name)
            or {
                "name": name,
                "kind": RecipientKind.INDEPENDENT_CONTROLLER,
                "country_code": "NL",
                "dpa_reference": "",
                "dpa_signed": None,
            }
        ),
    )
    field = page.editor.form.fields["recipients"]
    field.search.setText("Pension fund")
    field._create()
    assert asked == ["Pension fund"]
    assert "Pension fund" in field.summary.text()
    created = [row for row in window.catalogue.rows(kinds.RECIPIENT) if row.name.get("en") == "Pension fund"]
    assert len(created) == 1
    saved = operations.read(window.workspace.register, kinds.RECIPIENT, created[0].id)
    assert (saved["kind"], saved["country_code"]) == ("independent_controller", "NL")


def test_a_new_transfer_takes_its_recipient(window, answers):
    window.show_section(kinds.TRANSFER)
    page = window.page_of[kinds.TRANSFER]
    recipient = window.catalogue.rows(kinds.RECIPIENT)[0]
    answers.transfer = {"country_code": "BO", "tool": "standard_contractual_clauses", "recipient_id": recipient.id}
    page.add_item()
    saved = operations.read(window.workspace.register, kinds.TRANSFER, page.editor.item_id)
    assert (saved["country_code"], saved["tool"], saved["recipient_id"]) == (
        "BO",
        "standard_contractual_clauses",
        recipient.id,
    )
