"""The server goes away while the officer edits an activity (issue 17, faults): Save keeps the edit
in the form and says in the editor that it is saved once the server is back, without an error
dialog and without holding the window still; the server back, the save lands by itself. Revert
gives the waiting save up; leaving the item asks about it as about any unsaved edit. A server
killed in the middle of the save (kill -9, a power cut) loses nothing, and the save lands when
it is back.

The server is the test run's own, shared with the other tests of the run: every test starts it
again, whatever happens (try/finally)."""

from __future__ import annotations

import threading
import time
from itertools import pairwise

import pytest
from form_helpers import select_row, type_text
from PySide6.QtCore import QTimer
from sqlalchemy.engine import make_url

from ropa_desktop.gui import dialogs, save_retry
from ropa_desktop.register import change_log, kinds, operations
from ropa_desktop.register import server as server_module
from ropa_desktop.register.storage import open_register

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

WAITING = "The server cannot be reached. Your changes are kept here and will be saved as soon as it is back."
SAVED = "The server is back and your changes are saved."


@pytest.fixture
def server(stoppable_server):
    return stoppable_server


@pytest.fixture
def fast_retry(monkeypatch):
    """The server is asked every half second (the window asks every few): the tests wait less."""
    monkeypatch.setattr(save_retry, "RETRY_MS", 500)


class Heartbeat:
    """A timer on the GUI thread: the longest gap between its ticks is how long the window stood still."""

    def __init__(self):
        self.ticks = [time.monotonic()]
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))
        self.timer.start()

    def longest_pause(self) -> float:
        return max(later - earlier for earlier, later in pairwise(self.ticks))


def _editing(window, **typed):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    for field, text in typed.items():
        type_text(page.editor.form.fields[field], text)
    return page.editor, page.editor.item_id


def _stored(window, item: int) -> dict:
    return operations.read(window.workspace.register, kinds.ACTIVITY, item)


def _log_verifies(window) -> int:
    with window.workspace.register.session() as session:
        count, broken = change_log.verify(session)
    assert broken is None
    return count


def test_a_save_while_the_server_is_down_keeps_the_edit_and_lands_once_it_is_back(
    window, answers, server, fast_retry, qtbot
):
    editor, item = _editing(window, owner="Sales")
    register = window.workspace.register
    generation, logged = register.generation(), _log_verifies(window)
    # The question "are you back?" takes a second, as from a server that does not answer at once.
    asked_on, ask = [], editor.retry._probe

    def slow_question():
        asked_on.append(threading.current_thread())
        time.sleep(1.0)
        return ask()

    editor.retry._probe = slow_question
    start_again = server.stop_for_a_moment()
    try:
        heartbeat = Heartbeat()
        assert not editor.save()
        # No dialog: the form keeps the edit, the bar under it says what happens to it.
        assert answers.errors == []
        assert editor.is_dirty() and editor.form.value()["owner"] == "Sales"
        assert editor.retry.isVisible() and editor.retry.text.text() == WAITING
        # The officer types on while it waits; the server is asked off the GUI thread, several times.
        type_text(editor.form.fields["internal_notes"], "Checked in March")
        qtbot.wait(2000)
        assert editor.retry.waiting() and editor.retry.isVisible() and editor.is_dirty()
        assert heartbeat.longest_pause() < 0.3, heartbeat.longest_pause()  # about 0.1 s here, with the save
        assert asked_on and threading.main_thread() not in asked_on
    finally:
        start_again()
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=15000)
    stored = _stored(window, item)
    assert (stored["owner"], stored["internal_notes"]) == ("Sales", "Checked in March")  # typed while waiting too
    assert editor.retry.isVisible() and editor.retry.text.text() == SAVED
    assert answers.errors == [] and editor.form.value()["internal_notes"] == "Checked in March"
    assert register.generation() == generation + 1  # one save, not one per try
    assert _log_verifies(window) > logged
    # The bar goes after a while.
    editor.retry.fade.timeout.emit()
    assert editor.retry.isHidden()


def test_revert_while_the_server_is_down_gives_the_waiting_save_up(window, answers, server, fast_retry, qtbot):
    editor, item = _editing(window, owner="Sales")
    register = window.workspace.register
    before, generation = _stored(window, item)["owner"], register.generation()
    start_again = server.stop_for_a_moment()
    try:
        assert not editor.save()
        assert editor.retry.waiting()
        editor.revert_button.click()  # the server is away: the item is shown as it was read
        assert not editor.is_dirty() and editor.form.value()["owner"] == before
        assert editor.retry.isHidden() and not editor.retry.waiting()
    finally:
        start_again()
    qtbot.wait(1500)  # three times as long as the retry would have taken
    assert _stored(window, item)["owner"] == before != "Sales"
    assert register.generation() == generation
    assert answers.errors == [] and editor.retry.isHidden()


def test_leaving_the_item_while_the_save_waits_asks_as_for_unsaved_edits(window, answers, server, fast_retry, qtbot):
    editor, item = _editing(window, owner="Sales")
    start_again = server.stop_for_a_moment()
    try:
        assert not editor.save()
        answers.unsaved = dialogs.Unsaved.CANCEL
        select_row(window.page_of[kinds.ACTIVITY], "Job applications")
        assert answers.asked and answers.asked[-1].startswith("unsaved:")
        assert editor.item_id == item and editor.retry.waiting()  # stayed, still waiting
    finally:
        start_again()
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=15000)
    assert _stored(window, item)["owner"] == "Sales"


def test_a_server_killed_in_the_middle_of_the_save_loses_nothing_and_the_save_lands_when_it_is_back(
    window, answers, server, postgres_server, fast_retry, monkeypatch, qtbot
):
    register = window.workspace.register
    # A commit is on disk before the server says it is done, as on any server at its defaults (the
    # test run's cluster turns that off for speed; a kill would lose the last commits). This
    # synchronous commit puts every earlier one on disk too; connections made after it commit so.
    with postgres_server.server._admin.connect() as admin:
        admin.exec_driver_sql("SET synchronous_commit = on")
        admin.exec_driver_sql(f'ALTER DATABASE "{make_url(register.location).database}" SET synchronous_commit = on')
    editor, item = _editing(window, owner="Sales")
    generation, logged = register.generation(), _log_verifies(window)
    announce, started = server_module.announce, []

    def killed_before_the_commit(connection, new_generation):
        # The save's rows and its change log entries are written, the commit not yet made.
        monkeypatch.setattr(server_module, "announce", announce)
        started.append(server.crash_for_a_moment())
        return announce(connection, new_generation)

    monkeypatch.setattr(server_module, "announce", killed_before_the_commit)
    try:
        assert not editor.save()
        assert started and answers.errors == []
        assert editor.is_dirty() and editor.form.value()["owner"] == "Sales"
        assert editor.retry.text.text() == WAITING
    finally:
        for start_again in started:
            start_again()
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=20000)
    assert _stored(window, item)["owner"] == "Sales"
    assert register.generation() == generation + 1  # the cut-off save left nothing; the retry is the one
    assert _log_verifies(window) == logged + 1
    assert editor.retry.text.text() == SAVED and answers.errors == []


def test_a_colleagues_save_of_the_same_field_meanwhile_still_brings_the_conflict_dialog(
    window, answers, server, monkeypatch, qtbot
):
    monkeypatch.setattr(save_retry, "RETRY_MS", 60_000)  # the test says when the retry looks
    editor, item = _editing(window, owner="Sales")
    start_again = server.stop_for_a_moment()
    try:
        assert not editor.save()
    finally:
        start_again()
    # The server is back, and a colleague saves the same field before the retry comes.
    with open_register(window.workspace.register.location) as other:
        snap = operations.read(other, kinds.ACTIVITY, item)
        operations.save(other, kinds.ACTIVITY, item, {**snap, "owner": "Marketing"}, base=snap)
    editor.retry.timer.timeout.emit()  # the retry's next look: the server answers, the save is made
    qtbot.waitUntil(lambda: bool(answers.conflict_dialogs), timeout=15000)
    # Cancelled: nothing of the officer's is saved over the colleague's, the edit stays, the bar goes.
    assert _stored(window, item)["owner"] == "Marketing"
    assert editor.is_dirty() and editor.form.value()["owner"] == "Sales"
    assert editor.retry.isHidden() and not editor.retry.waiting() and answers.errors == []


def test_a_server_killed_while_the_officer_types_saves_at_once_when_it_is_back(window, answers, server, qtbot):
    """Every pooled connection died with the server; the save takes a new one, no retry needed."""
    editor, item = _editing(window, owner="Sales")
    server.crash_for_a_moment()()
    assert editor.save()
    assert _stored(window, item)["owner"] == "Sales"
    assert editor.retry.isHidden() and answers.errors == [] and not editor.is_dirty()


def test_save_by_hand_once_the_server_is_back_saves_and_ends_the_waiting(window, answers, server, monkeypatch, qtbot):
    monkeypatch.setattr(save_retry, "RETRY_MS", 60_000)  # the officer is quicker than the retry
    editor, item = _editing(window, owner="Sales")
    start_again = server.stop_for_a_moment()
    try:
        editor.save_button.click()
        assert editor.retry.waiting()
        editor.save_button.click()  # again by hand, the server still away: still waiting, no dialog
        assert editor.retry.waiting() and editor.is_dirty() and answers.errors == []
    finally:
        start_again()
    editor.save_button.click()
    assert _stored(window, item)["owner"] == "Sales" and not editor.is_dirty()
    assert editor.retry.text.text() == SAVED and not editor.retry.timer.isActive()
