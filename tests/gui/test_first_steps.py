"""A new register without activities shows its first steps on the activities section: import a
spreadsheet, add an activity, fill in the organisation; each button does what it says."""

from __future__ import annotations

import pytest

from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import kinds
from ropa_desktop.register.storage import create_register, open_register


@pytest.fixture
def new_window(qtbot, tmp_path, settings, answers, english):
    register = create_register(tmp_path / "new.ropa", "Acme B.V.")
    window = MainWindow(Workspace(register), settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.stop_jobs()
    register.close()


def _steps(window):
    window.show_section(kinds.ACTIVITY)
    return window.page_of[kinds.ACTIVITY].empty


def test_a_new_register_shows_three_first_steps(new_window):
    empty = _steps(new_window)
    assert empty.first_steps.isVisible() and not empty.add_button.isVisible()
    assert empty.advice.text() == "This register has no processing activities yet. Start in one of three ways:"
    assert [b.text() for b in (empty.import_button, empty.add_first_button, empty.organisation_button)] == [
        "Import a spreadsheet…",
        "Add a processing activity",
        "Fill in the organisation",
    ]
    assert empty.import_button.isEnabled()


def test_import_a_spreadsheet_opens_the_import(new_window):
    empty = _steps(new_window)
    empty.import_button.click()
    assert new_window.import_wizard is not None and new_window.import_wizard.isVisible()
    new_window.import_wizard.reject()


def test_add_a_processing_activity_opens_a_new_one(new_window):
    page = new_window.page_of[kinds.ACTIVITY]
    _steps(new_window).add_first_button.click()
    assert page.editor.is_new() and page.editor.isVisible() and not page.empty.isVisible()


def test_fill_in_the_organisation_goes_there(new_window):
    _steps(new_window).organisation_button.click()
    assert new_window.current_page() is new_window.page_of[kinds.ORGANISATION]


def test_no_first_steps_once_there_are_activities_or_elsewhere(window, new_window):
    assert not _steps(window).first_steps.isVisible()  # the demo register has activities
    assert _steps(window).add_button.isVisible()
    new_window.show_section(kinds.COOKIE)  # an empty section of a new register: the plain advice
    cookies = new_window.page_of[kinds.COOKIE].empty
    assert not cookies.first_steps.isVisible() and cookies.add_button.isVisible()
    activities = new_window.page_of[kinds.ACTIVITY]
    new_window.show_section(kinds.ACTIVITY)
    activities.search.setText("salaris")  # a search in the empty register: clear it, no first steps
    assert not activities.empty.first_steps.isVisible() and activities.empty.clear_button.isVisible()


def test_a_register_only_read_here_offers_no_import(qtbot, tmp_path, settings, answers, english):
    register = create_register(tmp_path / "held.ropa", "Acme B.V.")
    other = open_register(register.path)
    assert other.take_hold() is None
    workspace = Workspace(register)
    workspace.take_hold()
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        assert register.read_only and not _steps(window).import_button.isEnabled()
    finally:
        window.stop_jobs()
        other.close()
        register.close()
