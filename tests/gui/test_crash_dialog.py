"""A bug in ROPA Desktop: logged with its traceback, and a dialog on the GUI thread with details to copy
(gui/crash_dialog.py, the failure path of gui/jobs.py)."""

from __future__ import annotations

import sqlite3
import sys
import threading
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from ropa_desktop import __version__, logs
from ropa_desktop.gui import crash_dialog
from ropa_desktop.gui.jobs import Cancelled, Job, unexpected
from ropa_desktop.register.errors import RegisterError

# The headless platform cannot raise a window; the dialog asks it to, for a real desktop.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", extend=True)


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_LOG_DIR", str(tmp_path / "log"))
    path = logs.set_up("ropa-desktop")
    yield path
    logs.tear_down()
    for dialog in list(crash_dialog._open):
        dialog.close()
        crash_dialog._closed(dialog)


@contextmanager
def hooks_installed(app: QApplication):
    """Installed inside the test's body: pytest and pytest-qt put their own hooks in place for each
    phase, and these must be gone (the earlier ones back) before the test ends."""
    before = (sys.excepthook, threading.excepthook)
    restore = crash_dialog.install(app)
    try:
        yield
    finally:
        restore()
        assert (sys.excepthook, threading.excepthook) == before


def _failing_work(report):
    raise ValueError("a deliberate bug in item 7")


def _run(qtbot, work) -> BaseException:
    job = Job(None, "test", work, show_progress=False)
    with qtbot.waitSignal(job.failed, timeout=5000) as failure:
        job.start()
    return failure.args[0]


def test_a_bug_in_a_background_job_shows_the_crash_dialog_and_is_logged(qtbot, qapp, log_file, english):
    with hooks_installed(qapp):
        error = _run(qtbot, _failing_work)  # the job's callers still hear of it through failed
        assert isinstance(error, ValueError)
        [dialog] = crash_dialog.open_dialogs()
    assert dialog.isVisible() and not dialog.details_box.isVisible()
    assert dialog.sentence.text() == (
        "Something went wrong in ROPA Desktop; the register is as it was when you last saved."
    )
    assert dialog.details.startswith("Traceback (most recent call last):")
    assert "in _failing_work" in dialog.details and "ValueError: a deliberate bug in item 7" in dialog.details
    assert f"ROPA Desktop {__version__}" in dialog.details and f"Log file {log_file}" in dialog.details
    text = log_file.read_text()
    assert "ERROR ropa_desktop.gui.jobs: a background job failed unexpectedly" in text
    assert "in _failing_work" in text and "ValueError: a deliberate bug in item 7" in text


def test_show_details_reveals_them_read_only_and_copy_puts_them_on_the_clipboard(qtbot, qapp, log_file, english):
    with hooks_installed(qapp):
        _run(qtbot, _failing_work)
        [dialog] = crash_dialog.open_dialogs()
    QGuiApplication.clipboard().setText("something else")
    dialog.toggle_button.click()
    assert dialog.details_box.isVisible() and dialog.details_box.isReadOnly()
    assert dialog.details_box.toPlainText() == dialog.details
    assert dialog.toggle_button.text() == "Hide details"
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    dialog.close_button.click()
    assert not dialog.isVisible() and crash_dialog.open_dialogs() == []


@pytest.mark.parametrize(
    "error", [Cancelled(), RegisterError("the register is read-only"), OSError(28, "No space left on device")]
)
def test_a_known_refusal_in_a_job_is_neither_a_crash_nor_logged(qtbot, qapp, log_file, error):
    """The near miss: the failures a job's caller words for the officer itself."""

    def work(report):
        raise error

    with hooks_installed(qapp):
        assert _run(qtbot, work) is error
    assert not unexpected(error)
    assert crash_dialog.open_dialogs() == []
    assert "ERROR" not in log_file.read_text()


def test_an_error_in_another_thread_is_shown_through_the_gui_thread(qtbot, qapp, log_file, english, monkeypatch):
    made_on = []
    details = logs.details

    def recording(exc_info):
        made_on.append(threading.current_thread())
        return details(exc_info)

    monkeypatch.setattr(logs, "details", recording)

    def thread_work():
        raise KeyError("item 3")

    with hooks_installed(qapp):
        thread = threading.Thread(target=thread_work)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(crash_dialog.open_dialogs()), timeout=5000)
    assert made_on == [threading.main_thread()]
    [dialog] = crash_dialog.open_dialogs()
    assert "in thread_work" in dialog.details and "KeyError: 'item 3'" in dialog.details
    text = log_file.read_text()
    assert "ERROR ropa_desktop.gui.crash_dialog: uncaught error in a background thread" in text
    assert "KeyError: 'item 3'" in text


def test_an_error_in_a_slot_goes_through_sys_excepthook_to_the_dialog(qtbot, qapp, log_file, english):
    def slot():
        raise RuntimeError("a deliberate bug in a slot")

    with hooks_installed(qapp):
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: bool(crash_dialog.open_dialogs()), timeout=5000)
        assert len(crash_dialog.open_dialogs()) == 1
        # A second error while the dialog is open is logged only: one dialog, not a pile.
        try:
            raise TypeError("a second bug")
        except TypeError:
            sys.excepthook(*sys.exc_info())
    [dialog] = crash_dialog.open_dialogs()
    assert "RuntimeError: a deliberate bug in a slot" in dialog.details
    text = log_file.read_text()
    assert text.count("ERROR ropa_desktop.gui.crash_dialog: uncaught error") == 2
    assert "TypeError: a second bug" in text


def test_without_the_hooks_a_bug_in_a_job_is_logged_but_shows_no_dialog(qtbot, log_file):
    """A window inside a test or another program: the crash dialog is the app's, installed at its start."""
    assert not crash_dialog.installed()
    _run(qtbot, _failing_work)
    assert crash_dialog.open_dialogs() == []
    assert "ValueError: a deliberate bug in item 7" in log_file.read_text()


def test_the_app_installs_the_hooks_and_the_log_at_start_and_puts_them_back(qapp, tmp_path, monkeypatch):
    from ropa_desktop.gui import app as app_module
    from ropa_desktop.register import change_log

    monkeypatch.setattr(change_log, "_default", change_log.current())  # main sets the window's origin
    monkeypatch.setenv("ROPA_LOG_DIR", str(tmp_path / "log"))
    seen = []

    def start(controller, register):
        seen.append(
            (
                crash_dialog.installed(),
                sys.excepthook is crash_dialog._sys_hook,
                threading.excepthook is crash_dialog._thread_hook,
                logs.log_file(),
            )
        )
        return False  # no window, no event loop

    monkeypatch.setattr(app_module.Controller, "start", start)
    before = (sys.excepthook, threading.excepthook)
    assert app_module.main([]) == 0
    assert seen == [(True, True, True, tmp_path / "log" / "ropa-desktop.log")]
    assert (sys.excepthook, threading.excepthook) == before and not crash_dialog.installed()
    assert logs.log_file() is None


# A value from the register (a person's name); in a constant, so no traceback's source line shows it.
SECRET = "Anna de Vries, geheim"


def _unknown_database_error(register):
    """A statement the database rejects, with a value from the register as its parameter: a bug
    of the program's, not a situation of the officer's."""

    def work(report):
        with register.transaction() as session:
            session.execute(text("INSERT INTO no_such_table VALUES (:name)"), {"name": SECRET})

    return work


def test_an_unknown_database_error_in_a_job_is_a_bug_logged_without_the_registers_values(
    qtbot, qapp, log_file, english, demo_register
):
    with hooks_installed(qapp):
        error = _run(qtbot, _unknown_database_error(demo_register))
        assert isinstance(error, DBAPIError) and unexpected(error)
        [dialog] = crash_dialog.open_dialogs()
    assert "INSERT INTO no_such_table" in dialog.details
    text = log_file.read_text()
    assert "a background job failed unexpectedly" in text and "INSERT INTO no_such_table" in text
    # Nothing personal in the log or the details: the statement's parameters are hidden.
    assert "Anna de Vries" not in text and "Anna de Vries" not in dialog.details


def test_a_locked_register_in_a_job_is_a_refusal_not_a_bug(qtbot, qapp, log_file, english):
    """The near miss: a database error the officer's situation explains."""
    locked = OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))

    def work(report):
        raise locked

    with hooks_installed(qapp):
        assert _run(qtbot, work) is locked
    assert not unexpected(locked)
    assert crash_dialog.open_dialogs() == []
    assert "ERROR" not in log_file.read_text()
