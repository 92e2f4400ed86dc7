"""The red bar when the register's change log was altered outside ROPA Desktop, checked off the GUI thread."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QTranslator

from ropa_desktop.gui import log_banner
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register.storage import open_register


@pytest.fixture
def open_window(qtbot, settings, answers, english):
    """open_window(path): a window on the register file, once its change log has been checked."""
    made = []

    def open_(path):
        register = open_register(path)
        window = MainWindow(Workspace(register), settings)
        made.append((window, register))
        qtbot.addWidget(window)
        # The result arrives queued on the GUI thread: not before the event loop runs here.
        with qtbot.waitSignal(window.log_banner.checked, timeout=30_000):
            window.show()
        return window

    yield open_
    for window, register in made:
        window.stop_jobs()
        register.close()


@pytest.fixture
def register_file(demo_path, tmp_path):
    path = tmp_path / "register.ropa"
    shutil.copy2(demo_path, path)
    return path


def _alter(path, sql: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(sql)
    connection.close()


def test_a_log_entry_changed_with_sqlite3_shows_the_banner_naming_the_entry(open_window, register_file, monkeypatch):
    _alter(register_file, "UPDATE change_log SET after = '\"Someone else\"' WHERE sequence = 7")
    window = open_window(register_file)
    banner = window.log_banner
    assert banner.isVisible()
    assert banner.text.text() == (
        "The change log of this register was altered outside ROPA Desktop: entry 7 was changed after it was recorded."
    )

    shown = []
    monkeypatch.setattr(log_banner, "show_how_to_check", lambda parent, text, details: shown.append((text, details)))
    banner.details.click()
    text, details = shown[0]
    assert f'ropa verify "{register_file}"' in text
    assert "The entry was recorded on" in text
    assert details.startswith("The change log is broken at entry 7 of ")  # the command line's own sentence


def test_an_untouched_register_shows_no_banner(open_window, register_file):
    window = open_window(register_file)
    assert not window.log_banner.isVisible()
    assert window.log_banner.broken is None and window.log_banner.error is None


def test_entries_removed_at_the_end_are_found_too(open_window, register_file):
    with sqlite3.connect(register_file) as connection:
        last = connection.execute("SELECT max(sequence) FROM change_log").fetchone()[0]
    connection.close()
    _alter(register_file, f"DELETE FROM change_log WHERE sequence = {last}")
    window = open_window(register_file)
    assert window.log_banner.isVisible()
    assert window.log_banner.text.text() == (
        f"The change log of this register was altered outside ROPA Desktop: "
        f"entry {last:,} and any after it are missing."
    )


def test_the_log_is_checked_again_when_another_program_changed_the_register(open_window, register_file, qtbot):
    window = open_window(register_file)
    assert not window.log_banner.isVisible()
    _alter(register_file, "UPDATE change_log SET who = 'mallory' WHERE sequence = 3")
    with qtbot.waitSignal(window.log_banner.checked, timeout=30_000):
        window.workspace.reloaded.emit()
    assert window.log_banner.isVisible()
    assert "entry 3 was changed" in window.log_banner.text.text()


class _Shouting(QTranslator):
    """A stand-in for a language: the banner's texts in capitals (the Dutch ones are filled in later)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "LogBanner" else ""

    def isEmpty(self):  # else Qt does not install it
        return False


def test_the_banner_is_worded_anew_when_the_language_changes(qapp, register_file, open_window):
    _alter(register_file, "UPDATE change_log SET comment = 'x' WHERE sequence = 2")
    window = open_window(register_file)
    shouting = _Shouting()
    qapp.installTranslator(shouting)
    try:
        qapp.processEvents()  # LanguageChange reaches the widgets posted
        assert window.log_banner.text.text().startswith("THE CHANGE LOG OF THIS REGISTER WAS ALTERED")
        assert window.log_banner.details.text() == "HOW TO CHECK…"
    finally:
        qapp.removeTranslator(shouting)
        qapp.processEvents()
    assert window.log_banner.details.text() == "How to check…"
