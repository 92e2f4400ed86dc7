"""What the window adds to the change log: the officer's name from Preferences, a comment with a save."""

from __future__ import annotations

import shutil

import pytest
from form_helpers import select_row, type_text
from PySide6.QtCore import Qt
from sqlalchemy import select

from ropa_desktop.gui import preferences
from ropa_desktop.gui.app import Controller
from ropa_desktop.gui.settings import Settings
from ropa_desktop.register import change_log, kinds
from ropa_desktop.register.models import ChangeLogEntry


@pytest.fixture(autouse=True)
def default_actor(monkeypatch):
    """The actor set by the window is put back after each test."""
    monkeypatch.setattr(change_log, "_default", change_log.current())


def _newest(register) -> list[ChangeLogEntry]:
    """The entries of the last save."""
    with register.session() as session:
        last = session.scalar(select(ChangeLogEntry).order_by(ChangeLogEntry.sequence.desc()).limit(1))
        found = list(session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.change_set == last.change_set)))
        session.expunge_all()
        return found


def _edit_notes(window, text: str):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    type_text(page.editor.form.fields["internal_notes"], text)
    return page.editor


def test_the_name_set_in_preferences_is_recorded_with_a_save_from_the_window(
    qapp, tmp_path, demo_path, answers, english, monkeypatch
):
    path = tmp_path / "register.ropa"
    shutil.copy2(demo_path, path)
    controller = Controller(qapp, Settings(tmp_path / "settings.ini"))
    try:
        assert controller.open_location(str(path))
        window = _edit_notes(controller.window, "Before the name is set").window()
        assert window.page_of[kinds.ACTIVITY].editor.save()
        assert {entry.who_name for entry in _newest(controller.workspace.register)} == {""}  # near miss

        def fill_in(dialog):
            assert dialog.display_name.text() == ""
            dialog.display_name.setText("  Anna   de Vries ")
            return True

        monkeypatch.setattr(preferences, "run", fill_in)
        controller.preferences()
        assert controller.settings.display_name == "Anna de Vries"
        assert _edit_notes(controller.window, "After the name is set").save()
        entries = _newest(controller.workspace.register)
        assert [(e.field, e.who_name, e.who) for e in entries] == [
            ("internal_notes", "Anna de Vries", change_log.current().who)
        ]  # the login name too

        # Shown again when the dialog opens next; cancelled, nothing changes.
        monkeypatch.setattr(
            preferences,
            "run",
            lambda dialog: (
                dialog.display_name.text() == "Anna de Vries" and dialog.display_name.setText("Someone else") and False
            ),
        )
        controller.preferences()
        assert controller.settings.display_name == "Anna de Vries"
        assert change_log.current().name == "Anna de Vries"
    finally:
        if controller.window is not None:
            controller.window.stop_jobs()
            controller.window.close()
        controller.shutdown()


def test_the_name_in_the_settings_is_recorded_from_the_start(qapp, tmp_path, monkeypatch):
    from ropa_desktop.gui import app as app_module
    from ropa_desktop.gui import launch

    settings = Settings(tmp_path / "settings.ini")
    settings.display_name = "Bram Jansen"
    settings.sync()
    monkeypatch.setattr(launch, "Settings", lambda: Settings(tmp_path / "settings.ini"))
    monkeypatch.setattr(Controller, "start", lambda self, register: False)  # no window, no event loop
    app_module.main([])
    assert change_log.current().name == "Bram Jansen"


def test_a_comment_given_with_a_save_is_in_every_entry_of_that_save(window, answers):
    register = window.workspace.register
    editor = _edit_notes(window, "Reviewed in November")
    assert editor.comment.isEnabled()
    editor.form.fields["owner"].editor.setText("HR department")
    editor.comment.setText("Annual review with  the HR manager ")
    assert editor.save(), answers.errors
    entries = _newest(register)
    assert sorted(e.field for e in entries) == ["internal_notes", "owner"]
    assert {e.comment for e in entries} == {"Annual review with the HR manager"}
    assert editor.comment.text() == "" and not editor.comment.isEnabled()  # the comment went with the save

    type_text(editor.form.fields["internal_notes"], "Reviewed again")  # near miss: no comment given
    assert editor.save()
    assert [e.comment for e in _newest(register)] == [""]


def test_enter_in_the_comment_saves_and_a_refused_save_keeps_the_comment(window, answers, qtbot):
    register = window.workspace.register
    editor = _edit_notes(window, "Reviewed in December")
    editor.comment.setText("After the audit")
    qtbot.keyClick(editor.comment, Qt.Key.Key_Return)
    assert not editor.is_dirty()
    assert [e.comment for e in _newest(register)] == ["After the audit"]

    type_text(editor.form.fields["internal_notes"], "x" * 10)
    editor.comment.setText("Given up")
    editor.revert()
    assert editor.comment.text() == ""  # a comment belongs to the change it was typed for

    type_text(editor.form.fields["internal_notes"], "ring the bell\x07")  # refused: a control character
    editor.comment.setText("Kept for the next try")
    assert not editor.save()
    assert answers.errors and editor.comment.text() == "Kept for the next try"
    type_text(editor.form.fields["internal_notes"], "ring the bell")
    assert editor.save()
    assert [e.comment for e in _newest(register)] == ["Kept for the next try"]
