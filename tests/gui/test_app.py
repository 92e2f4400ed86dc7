"""Starting the window: first start, the register used last, recent files, remembered layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ropa_desktop import paths
from ropa_desktop.gui import app as app_module
from ropa_desktop.gui import start_dialog
from ropa_desktop.gui.app import Controller
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.settings import Settings
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import kinds
from ropa_desktop.register.starting import RegisterStart


@pytest.fixture
def user_folders(tmp_path, monkeypatch):
    """platformdirs answers from these folders, never the real user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def controller(qapp: QApplication, user_folders, answers, english):
    controllers = []

    def make():
        made = Controller(qapp, Settings())
        controllers.append(made)
        return made

    yield make
    for made in controllers:
        if made.window is not None:
            made.window.close()
            made.window.deleteLater()
        made.shutdown()


def test_paths_come_from_platformdirs(user_folders):
    assert paths.default_register_path() == user_folders / "data" / "ropa-desktop" / "register.ropa"
    assert paths.settings_path() == user_folders / "config" / "ropa-desktop" / "settings.ini"


def test_first_start_offers_the_demo_and_the_next_start_reopens_it(controller, monkeypatch):
    offered = []
    monkeypatch.setattr(
        start_dialog, "ask_start", lambda parent=None: offered.append(1) or start_dialog.StartChoice.DEMO
    )
    first = controller()
    assert first.start()
    assert offered == [1]
    assert paths.demo_register_path().exists()
    assert first.window.windowTitle().startswith("Connaxis B.V.")
    first.window.close()
    first.shutdown()

    second = controller()
    assert second.start()
    assert offered == [1]  # no question the second time: the last register opens
    assert second.workspace.register.path == paths.demo_register_path()
    assert second.settings.recent_files == [str(paths.demo_register_path())]


def test_a_new_register_is_suggested_in_the_data_folder(controller, monkeypatch, answers):
    suggested = []

    def choose(parent, suggestion):
        suggested.append(suggestion)
        return str(Path(suggestion).with_name("acme.ropa"))

    monkeypatch.setattr(start_dialog, "ask_start", lambda parent=None: start_dialog.StartChoice.NEW)
    monkeypatch.setattr(app_module.dialogs, "choose_new_register", choose)
    answers.new_register = RegisterStart("Acme B.V.")
    made = controller()
    assert made.start()
    assert suggested == [str(paths.default_register_path())]
    assert made.workspace.register.path == paths.data_dir() / "acme.ropa"
    assert made.window.windowTitle().startswith("Acme B.V.")


def test_a_first_start_from_a_spreadsheet_makes_a_register_and_opens_the_import(
    controller, monkeypatch, answers, tmp_path
):
    monkeypatch.setattr(start_dialog, "ask_start", lambda parent=None: start_dialog.StartChoice.SPREADSHEET)
    monkeypatch.setattr(
        app_module.dialogs, "choose_new_register", lambda parent, suggestion: str(tmp_path / "acme.ropa")
    )
    answers.new_register = RegisterStart("Acme B.V.")
    made = controller()
    assert made.start()
    assert made.workspace.register.path == tmp_path / "acme.ropa"
    wizard = made.window.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.workspace is made.workspace
    wizard.reject()


def test_an_unreadable_file_is_refused_and_the_start_choice_offered(controller, monkeypatch, answers, tmp_path):
    junk = tmp_path / "junk.ropa"
    junk.write_text("not a register")
    monkeypatch.setattr(start_dialog, "ask_start", lambda parent=None: None)
    made = controller()
    assert not made.start(str(junk))
    assert "not a ROPA Desktop register" in answers.errors[-1][1]


def test_window_layout_is_remembered(qtbot, demo_register, settings, answers, english):
    first = MainWindow(Workspace(demo_register), settings)
    qtbot.addWidget(first)
    # Not smaller than the window can be with the Problems panel docked below the sections.
    first.resize(760, 640)
    page = first.page_of[kinds.ACTIVITY]
    page.splitter.setSizes([200, 300])
    first.show()
    sizes = page.splitter.sizes()
    first.close()

    second = MainWindow(Workspace(demo_register), settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (760, 640)
    assert second.page_of[kinds.ACTIVITY].splitter.sizes() == sizes


def test_about_names_the_version_and_the_reference_date(demo_register, english):
    from ropa_desktop import __version__
    from ropa_desktop.gui.about import about_text
    from ropa_desktop.register.reference.countries import adequacy_list_date

    text = about_text(demo_register)
    assert __version__ in text and adequacy_list_date().isoformat() in text


def test_the_interface_language_is_switched_in_preferences(controller, monkeypatch, answers):
    from ropa_desktop.gui import preferences

    monkeypatch.setattr(start_dialog, "ask_start", lambda parent=None: start_dialog.StartChoice.DEMO)
    made = controller()
    assert made.start()
    workspace, window = made.workspace, made.window
    monkeypatch.setattr(preferences, "ask_preferences", lambda parent, current, name: preferences.Chosen("nl", name))
    made.preferences()
    assert made.settings.language == "nl"
    assert made.workspace is workspace  # same register, same undo history
    assert made.window is window  # the same window, in the new language
    navigation = made.window.navigation_model
    assert navigation.index(navigation.row_of(kinds.ACTIVITY)).data().startswith("Verwerkingsactiviteiten")
    assert made.window.menuBar().actions()[0].text() == "&Bestand"


def test_changes_made_in_the_window_are_logged_as_made_in_the_window(monkeypatch, qapp):
    from ropa_desktop.register import change_log

    monkeypatch.setattr(change_log, "_default", change_log.current())  # put back after the test
    monkeypatch.setattr(Controller, "start", lambda self, register: False)  # no window, no event loop
    assert change_log.current().origin == change_log.COMMAND_LINE  # near miss: what `ropa` records
    app_module.main([])
    assert change_log.current().origin == change_log.WINDOW
