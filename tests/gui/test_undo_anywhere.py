"""Ctrl+Z wherever the focus is: the typing in a field while it has typing to take back,
else the register's last change; the Edit menu says which."""

from __future__ import annotations

from form_helpers import select_row, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ropa_desktop.register import kinds, operations, rows

JOB = "Job applications"


def _reference(register) -> str:
    with register.session() as session:
        found = [row for row in rows.rows(session, kinds.ACTIVITY) if JOB in row.name.values()]
    return operations.read(register, kinds.ACTIVITY, found[0].id)["reference"]


def _press(widget, key=Qt.Key.Key_Z, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier | (
        Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    )
    QTest.keyClick(widget, key, modifiers)


def _saved_reference(window, qtbot, answers):
    """The activity's reference saved as V-07 (one step in the history); returns the page."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, JOB)
    type_text(page.editor.form.fields["reference"], "V-07")
    assert page.editor.save(), answers.errors
    assert _reference(window.workspace.register) == "V-07"
    return page


def _focus(widget, qtbot) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_ctrl_z_while_typing_in_a_field_undoes_the_typing_not_the_register(window, qtbot, answers):
    page = _saved_reference(window, qtbot, answers)
    line = page.editor.form.fields["reference"].editor
    _focus(line, qtbot)
    QTest.keyClicks(line, "-b")
    assert line.text() == "V-07-b"
    window.undo.refresh()
    assert window.undo_action.text() == "&Undo typing"
    _press(line)
    assert line.text() == "V-07"
    assert _reference(window.workspace.register) == "V-07"  # the save stays
    assert window.workspace.undo_stack.index() == 1


def test_ctrl_z_in_a_field_with_nothing_to_undo_undoes_the_last_save(window, qtbot, answers):
    page = _saved_reference(window, qtbot, answers)
    line = page.editor.form.fields["reference"].editor
    _focus(line, qtbot)
    assert not line.isUndoAvailable()  # the save showed the item anew: no typing left to undo
    assert window.undo_action.text() == "&Undo Edit processing activity “Job applications”"
    _press(line)
    assert _reference(window.workspace.register) == ""
    assert line.text() == ""
    _press(line, shift=True)  # Ctrl+Shift+Z: redo, from the field as well
    assert _reference(window.workspace.register) == "V-07"


def test_ctrl_z_with_the_list_focused_undoes_the_last_save(window, qtbot, answers):
    page = _saved_reference(window, qtbot, answers)
    _focus(page.table, qtbot)
    _press(page.table)
    assert _reference(window.workspace.register) == ""
    assert "Undone: Edit processing activity" in window.statusBar().currentMessage()


def test_unsaved_edits_keep_the_register_history_where_it_is(window, qtbot, answers):
    """The near miss: a form with unsaved edits and nothing to undo in the focused field
    (another field was typed in) leaves the register alone and says why."""
    page = _saved_reference(window, qtbot, answers)
    type_text(page.editor.form.fields["reference"], "V-08")
    assert page.editor.is_dirty()
    _focus(page.table, qtbot)
    _press(page.table)
    assert _reference(window.workspace.register) == "V-07"
    assert "unsaved changes" in window.statusBar().currentMessage()


def test_a_text_box_of_several_lines_follows_the_same_rule(window, qtbot, answers):
    """The internal description, a text of several lines: its typing first, then the last save."""
    page = _saved_reference(window, qtbot, answers)
    box = page.editor.form.fields["internal_description"].editor
    assert page.editor.form.focus_field("internal_description")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    before = box.toPlainText()
    assert not box.document().isUndoAvailable()
    QTest.keyClicks(box, " More.")
    _press(box)
    assert box.toPlainText() == before and not page.editor.is_dirty()
    assert _reference(window.workspace.register) == "V-07"
    _press(box)  # nothing typed is left: now the save goes
    assert _reference(window.workspace.register) == ""
