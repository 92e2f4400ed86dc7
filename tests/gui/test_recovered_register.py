"""A register whose interrupted save opening rolled back: the window says so, calmly, once."""

from __future__ import annotations

from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.workspace import Workspace

ROLLED_BACK = "A save that was interrupted last time was rolled back"


def _window(qtbot, register, settings) -> MainWindow:
    window = MainWindow(Workspace(register), settings)
    qtbot.addWidget(window)
    return window


def test_the_window_says_an_interrupted_save_was_rolled_back(qtbot, demo_register, settings, answers, english):
    demo_register.recovered = True  # as open_register sets it after rolling a hot journal back
    window = _window(qtbot, demo_register, settings)
    assert window.statusBar().currentMessage().startswith(ROLLED_BACK)
    window.stop_jobs()


def test_a_register_opened_normally_gets_no_such_message(qtbot, demo_register, settings, answers, english):
    window = _window(qtbot, demo_register, settings)
    assert ROLLED_BACK not in window.statusBar().currentMessage()
    window.stop_jobs()
