"""An item's History tab: after a save it names the field as the form labels it, the value
before and after, who saved it and from where; newest first; every kind of item has one."""

from __future__ import annotations

import pytest
from form_helpers import tick, type_text

from ropa_desktop.gui.history_model import AFTER, BEFORE, COMMENT, ORIGIN, WHAT, WHO
from ropa_desktop.register import change_log, kinds


def _open_activity(window, qtbot, row: int = 0):
    page = window.page_of[kinds.ACTIVITY]
    window.show_section(kinds.ACTIVITY)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.editor.item_id is not None)
    return page.editor


def _show_history(editor) -> None:
    editor.form.tabs.setCurrentIndex(editor.form.tabs.count() - 1)


def _cell(tab, row: int, column: int) -> str:
    model = tab.model
    return model.index(row, model.column(column)).data()


def test_a_saved_field_shows_in_the_history_tab_with_its_label_values_and_who(window, qtbot):
    editor = _open_activity(window, qtbot)
    old = editor.form.fields["reference"].value()
    type_text(editor.form.fields["reference"], "V-HIST-1")
    with change_log.acting(who="anna", name="Anna de Vries", origin=change_log.WINDOW, comment="audit fix"):
        assert editor.save()
    _show_history(editor)
    tab = editor.history
    assert tab.isVisible() and tab.model.rowCount() >= 1
    assert _cell(tab, 0, WHAT) == "Reference"  # the form's label, not the key "reference"
    assert _cell(tab, 0, BEFORE) == (old or "(empty)")
    assert _cell(tab, 0, AFTER) == "V-HIST-1"
    who = window.workspace.register.role or "anna"  # on a server the database role (Register._as_role)
    assert _cell(tab, 0, WHO) == f"Anna de Vries ({who})"
    assert _cell(tab, 0, COMMENT) == "audit fix"
    assert _cell(tab, 0, ORIGIN) == "window"


def test_the_history_tab_follows_a_later_save_while_it_is_shown(window, qtbot, qtmodeltester):
    editor = _open_activity(window, qtbot)
    _show_history(editor)
    before = editor.history.model.rowCount()
    editor.form.tabs.setCurrentIndex(0)
    type_text(editor.form.fields["reference"], "V-HIST-2")
    assert editor.save()
    _show_history(editor)
    tab = editor.history
    assert tab.model.rowCount() == before + 1
    assert _cell(tab, 0, AFTER) == "V-HIST-2"
    qtmodeltester.check(tab.model)


def test_a_save_of_another_item_leaves_this_items_history_alone(window, qtbot):
    """Near miss: the entries of another activity are not this one's."""
    editor = _open_activity(window, qtbot, row=1)
    _show_history(editor)
    count = editor.history.model.rowCount()
    first = editor.item_id
    editor.form.tabs.setCurrentIndex(0)
    editor = _open_activity(window, qtbot, row=0)
    assert editor.item_id != first
    type_text(editor.form.fields["reference"], "V-OTHER")
    assert editor.save()
    _open_activity(window, qtbot, row=1)
    _show_history(editor)
    assert editor.history.model.rowCount() == count
    assert all(_cell(editor.history, row, AFTER) != "V-OTHER" for row in range(count))


def test_the_history_is_read_only_when_its_tab_is_shown(window, qtbot):
    editor = _open_activity(window, qtbot)
    assert editor.history.model.rowCount() == 0  # on the first tab: nothing read
    _show_history(editor)
    assert editor.history.model.rowCount() >= 1  # the demo's "history starts here"


@pytest.mark.parametrize("kind", [kinds.ORGANISATION, kinds.DATA_CATEGORY, kinds.TRANSFER])
def test_every_kind_of_item_has_a_history_tab(window, qtbot, kind):
    window.show_section(kind)
    page = window.page_of[kind]
    if hasattr(page, "table"):
        page.table.selectRow(0)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.item_id is not None)
    assert editor.form.tabs.tabText(editor.form.tabs.count() - 1) == "History"
    assert editor.form.sections.isVisible() and editor.form.sections.buttons()[-1].text() == "History"
    _show_history(editor)
    assert editor.history.model.rowCount() >= 1


def test_a_chosen_change_is_told_in_full_below_the_table(window, qtbot):
    editor = _open_activity(window, qtbot)
    long_text = "A description far longer than any cell of the table can show " * 3
    type_text(editor.form.fields["internal_description"], long_text)
    with change_log.acting(who="anna", name="Anna de Vries", comment="audit fix"):
        assert editor.save()
    _show_history(editor)
    tab = editor.history
    assert tab.details.toPlainText() == ""  # nothing chosen yet
    assert _cell(tab, 0, AFTER).endswith("\u2026") and len(_cell(tab, 0, AFTER)) < len(long_text)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    told = tab.details.toPlainText()
    assert "Internal description" in told and long_text.strip() in told
    who = window.workspace.register.role or "anna"  # on a server the database role (Register._as_role)
    assert f"Anna de Vries ({who})" in told and "audit fix" in told


def test_a_name_changed_in_the_other_language_shows_that_language(window, qtbot):
    """The interface is English; the Dutch name changed: the cells show the Dutch texts, marked,
    not the English name that reads the same before and after."""
    editor = _open_activity(window, qtbot)
    name = dict(editor.snapshot()["name"])
    name["nl"] = "Geheel nieuwe naam"
    editor.set_language("nl")
    type_text(editor.form.fields["name"], "Geheel nieuwe naam")
    assert editor.save()
    _show_history(editor)
    assert _cell(editor.history, 0, WHAT) == "Name"
    assert _cell(editor.history, 0, AFTER) == "NL: Geheel nieuwe naam"
    # Near miss: an English name changed shows as it is, unmarked.
    editor.form.tabs.setCurrentIndex(0)
    editor.set_language("en")
    type_text(editor.form.fields["name"], "Wholly new name")
    assert editor.save()
    _show_history(editor)
    assert _cell(editor.history, 0, AFTER) == "Wholly new name"


def test_a_catalogue_entry_chosen_is_named_not_numbered(window, qtbot):
    from PySide6.QtCore import Qt

    editor = _open_activity(window, qtbot)
    picker = editor.form.fields["recipients"].model
    name = next(
        picker.index(row).data()
        for row in range(picker.rowCount())
        if picker.index(row).data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Unchecked, 0)
    )
    tick(editor.form.fields["recipients"], name)
    assert editor.save()
    _show_history(editor)
    tab = editor.history
    assert _cell(tab, 0, WHAT) == _label(editor, "recipients")
    after, before = (tab.model.index(0, tab.model.column(c)).data(Qt.ItemDataRole.ToolTipRole) for c in (AFTER, BEFORE))
    assert name in after and after.startswith(_cell(tab, 0, AFTER).rstrip("\u2026"))
    assert name not in before  # near miss: not there before
    assert not any(part.strip().lstrip("#").isdigit() for part in after.split(","))
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    told = tab.details.toPlainText()
    assert told.split("Added:")[1].strip().startswith(name) and "Removed:" not in told


def _label(editor, key: str) -> str:
    """What the form's label of field ``key`` says."""
    from PySide6.QtWidgets import QLabel

    return next(label.text() for label in editor.form.findChildren(QLabel) if label.buddy() is editor.form.fields[key])
