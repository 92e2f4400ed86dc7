"""Keeping activities in the window: the form writes the database, undo undoes it."""

from __future__ import annotations

from form_helpers import choose, select_row, tick, type_text
from PySide6.QtCore import Qt

from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import ActivityRole
from ropa_desktop.register.storage import open_register


def _activity_by_name(register, name: str) -> dict:
    with register.session() as session:
        from ropa_desktop.register import rows

        found = [row for row in rows.rows(session, kinds.ACTIVITY) if name in row.name.values()]
    assert len(found) == 1, found
    return operations.read(register, kinds.ACTIVITY, found[0].id)


def test_a_new_activity_entered_in_the_form_is_in_the_database_after_reopening(window, answers, tmp_path):
    page = window.page_of[kinds.ACTIVITY]
    window.show_section(kinds.ACTIVITY)
    page.add_item()
    editor = page.editor
    fields = editor.form.fields
    editor.set_language("en")
    type_text(fields["name"], "Customer newsletter")

    purposes = fields["purposes"]
    purposes.add_row()
    type_text(purposes.panel.fields["description"], "Sending the newsletter")
    choose(purposes.panel.fields["legal_basis"], "consent")
    purposes.add_row()
    type_text(purposes.panel.fields["description"], "Measuring readership")
    choose(purposes.panel.fields["legal_basis"], "legitimate_interests")
    type_text(purposes.panel.fields["legitimate_interest"], "Improving what we write")

    contact_id = tick(fields["data_categories"], "Name and address details")
    processor_id = tick(fields["recipients"], "Hosting and cloud provider")
    answers.transfer = {"country_code": "BO", "tool": "standard_contractual_clauses"}
    fields["transfers"]._create()

    retention = fields["retention_rules"]
    retention.add_row()
    retention.panel.fields["period_value"].spin.setValue(2)
    choose(retention.panel.fields["period_unit"], "years")
    type_text(retention.panel.fields["wording"], "Two years after you unsubscribe")

    assert editor.is_dirty()
    assert editor.save(), answers.errors
    assert not editor.is_dirty()
    register_location = window.workspace.register.location  # a file, or a database on the server
    window.workspace.register.close()

    with open_register(register_location) as register:
        saved = _activity_by_name(register, "Customer newsletter")
        assert [p["description"]["en"] for p in saved["purposes"]] == ["Sending the newsletter", "Measuring readership"]
        assert [p["legal_basis"] for p in saved["purposes"]] == ["consent", "legitimate_interests"]
        assert saved["purposes"][1]["legitimate_interest"]["en"] == "Improving what we write"
        assert [c["id"] for c in saved["data_categories"]] == [contact_id]
        assert saved["recipients"] == [processor_id]
        assert len(saved["transfers"]) == 1
        transfer = operations.read(register, kinds.TRANSFER, saved["transfers"][0])
        assert (transfer["country_code"], transfer["tool"]) == ("BO", "standard_contractual_clauses")
        rule = saved["retention_rules"][0]
        assert (rule["period_value"], rule["period_unit"], rule["wording"]["en"]) == (
            2,
            "years",
            "Two years after you unsubscribe",
        )


def test_edit_undo_redo(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    register = window.workspace.register
    select_row(page, "Job applications")
    original = _activity_by_name(register, "Job applications")["internal_notes"]
    assert original
    type_text(page.editor.form.fields["internal_notes"], "Reviewed in November")
    assert page.editor.save()
    assert _activity_by_name(register, "Job applications")["internal_notes"] == "Reviewed in November"
    assert "Job applications" in window.undo_action.text()
    assert window.statusBar().currentMessage().startswith("Saved: Edit processing activity")

    window.undo_action.trigger()
    assert _activity_by_name(register, "Job applications")["internal_notes"] == original
    assert page.editor.form.fields["internal_notes"].value() == original
    window.redo_action.trigger()
    assert _activity_by_name(register, "Job applications")["internal_notes"] == "Reviewed in November"
    assert page.editor.form.fields["internal_notes"].value() == "Reviewed in November"


def test_add_duplicate_move_status_and_delete_can_all_be_undone(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    register = window.workspace.register
    before = operations.order(register, kinds.ACTIVITY)
    select_row(page, "Job applications")
    page.duplicate_item()
    after = operations.order(register, kinds.ACTIVITY)
    assert len(after) == len(before) + 1 and after[:-1] == before
    copy = operations.read(register, kinds.ACTIVITY, after[-1])
    assert copy["name"]["en"] == "Job applications (copy)"
    assert page.editor.item_id == after[-1]

    page.move_item(-1)
    assert operations.order(register, kinds.ACTIVITY)[-2] == after[-1]
    page.set_status("retired")
    assert operations.read(register, kinds.ACTIVITY, after[-1])["status"] == "retired"
    page.delete_item()
    assert operations.order(register, kinds.ACTIVITY) == before
    assert any(a.startswith("confirm:") for a in answers.asked)

    stack = window.workspace.undo_stack
    for expected in (
        lambda: operations.order(register, kinds.ACTIVITY)[-2] == after[-1],  # undo delete
        lambda: operations.read(register, kinds.ACTIVITY, after[-1])["status"] == "active",
        lambda: operations.order(register, kinds.ACTIVITY) == after,  # undo move
        lambda: operations.order(register, kinds.ACTIVITY) == before,  # undo duplicate
    ):
        stack.undo()
        assert expected()
    assert page.model.rowCount() == len(before)
    stack.redo()
    assert operations.order(register, kinds.ACTIVITY) == after


def test_switching_items_with_unsaved_changes_asks_first(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    shown = page.editor.item_id
    type_text(page.editor.form.fields["owner"], "Sales")

    answers.unsaved = answers.unsaved.CANCEL
    select_row(page, "Job applications")
    assert page.editor.item_id == shown and page.editor.is_dirty()
    assert page.editor.form.fields["owner"].value() == "Sales"

    answers.unsaved = answers.unsaved.SAVE
    select_row(page, "Job applications")
    assert page.editor.item_id != shown
    assert operations.read(window.workspace.register, kinds.ACTIVITY, shown)["owner"] == "Sales"

    type_text(page.editor.form.fields["owner"], "HR")
    answers.unsaved = answers.unsaved.DISCARD
    select_row(page, "Our services")
    assert _activity_by_name(window.workspace.register, "Job applications")["owner"] == ""
    assert len([a for a in answers.asked if a.startswith("unsaved:")]) == 3


def test_closing_with_unsaved_changes_asks_first(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    type_text(page.editor.form.fields["owner"], "Sales")
    answers.unsaved = answers.unsaved.CANCEL
    assert not window.close()
    assert window.isVisible()
    answers.unsaved = answers.unsaved.DISCARD
    assert window.close()


def test_inline_checks_mark_what_the_law_requires(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    fields = page.editor.form.fields
    purposes = fields["purposes"]
    choose(purposes.panel.fields["legal_basis"], "legitimate_interests")
    # Marked at the selected purpose's interest field itself (test_form_follows_activity.py has more).
    assert "legitimate interest" in purposes.panel.fields["legitimate_interest"]._problem.text()
    choose(purposes.panel.fields["legal_basis"], "contract")
    assert purposes.panel.fields["legitimate_interest"]._problem.isHidden()
    assert purposes._problem.isHidden()
    choose(fields["role"], ActivityRole.PROCESSOR)
    assert "controller" in fields["controllers_served"]._problem.text()


FINANCIAL = "Your financial details (bank details, VAT number and the like)"
INVOICES = "Our transaction history and/or any invoices"


def _offered(field) -> list[str]:
    return [field.model.index(row).data() for row in range(field.model.rowCount())]


def test_a_retention_rule_keeps_the_data_categories_ticked_for_it(window, answers):
    """Art. 30(1)(f): the officer ticks which of the activity's data categories a rule keeps."""
    page = window.page_of[kinds.ACTIVITY]
    register = window.workspace.register
    select_row(page, "Legal obligations")
    fields = page.editor.form.fields
    retention = fields["retention_rules"]
    scope = retention.panel.fields["data_category_ids"]
    # Offered: the activity's own data categories, in its order; none ticked is all its data.
    assert _offered(scope) == [
        "Name and address details and/or company details",
        "Contact details, including e-mail address and telephone number",
        "Our contract with you",
        FINANCIAL,
        INVOICES,
    ]
    assert scope.summary.text() == "None ticked: this rule applies to all data of this activity."
    retention.add_row()
    retention.panel.fields["period_value"].spin.setValue(7)
    choose(retention.panel.fields["period_unit"], "years")
    financial = tick(scope, FINANCIAL)
    invoices = tick(scope, INVOICES)
    assert scope.summary.text() == f"Applies only to: {FINANCIAL}; {INVOICES}"
    assert page.editor.save(), answers.errors
    assert [r["data_category_ids"] for r in _activity_by_name(register, "Legal obligations")["retention_rules"]] == [
        [],
        [financial, invoices],
    ]

    window.undo_action.trigger()
    assert [r["data_category_ids"] for r in _activity_by_name(register, "Legal obligations")["retention_rules"]] == [[]]
    window.redo_action.trigger()
    assert _activity_by_name(register, "Legal obligations")["retention_rules"][1]["data_category_ids"] == [
        financial,
        invoices,
    ]


def test_the_rules_choices_follow_the_activitys_data_as_it_is_edited(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Legal obligations")
    fields = page.editor.form.fields
    scope = fields["retention_rules"].panel.fields["data_category_ids"]
    tick(scope, INVOICES)
    data = fields["data_categories"]
    row = next(r for r in range(data.model.rowCount()) if data.model.index(r).data() == INVOICES)
    data.model.setData(data.model.index(row), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    # Ticked for the rule but no longer the activity's: still listed, marked, so it can be unticked.
    assert _offered(scope)[-1] == f"{INVOICES} (not used by this activity)"
    assert scope.value() != []
    # The near miss: a category neither the activity nor the rule holds is not offered at all.
    row = next(r for r in range(data.model.rowCount()) if data.model.index(r).data() == FINANCIAL)
    data.model.setData(data.model.index(row), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert FINANCIAL not in _offered(scope) and all(FINANCIAL not in label for label in _offered(scope))


def _listed(page) -> list[tuple[str, str]]:
    """(reference, name) of every activity the list shows, in its order."""
    reference = next(i for i, c in enumerate(page.model._columns) if c.key == "reference")
    return [
        (page.proxy.index(r, reference).data(), page.proxy.index(r, page.model.marker_column).data())
        for r in range(page.proxy.rowCount())
    ]


def test_the_officers_reference_is_saved_listed_found_and_undone(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    register = window.workspace.register
    select_row(page, "Job applications")
    type_text(page.editor.form.fields["reference"], "V-07")
    assert page.editor.save(), answers.errors
    assert _activity_by_name(register, "Job applications")["reference"] == "V-07"
    assert ("V-07", "Job applications") in _listed(page)

    window.undo_action.trigger()
    assert _activity_by_name(register, "Job applications")["reference"] == ""
    assert page.editor.form.fields["reference"].value() == ""
    assert ("", "Job applications") in _listed(page)
    window.redo_action.trigger()

    page.search.setText("v-07")  # typed in any case, the reference finds its activity
    assert _listed(page) == [("V-07", "Job applications")]
    page.search.setText("V-08")  # the near miss
    assert _listed(page) == []


def test_a_reference_stops_at_60_characters_and_is_saved_whole(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    field = page.editor.form.fields["reference"]
    type_text(field, "V" * 61)  # the box takes what the column keeps (String(60)), no more
    assert field.value() == "V" * 60
    assert field._problem.isHidden()
    assert page.editor.save(), answers.errors
    assert _activity_by_name(window.workspace.register, "Job applications")["reference"] == "V" * 60
