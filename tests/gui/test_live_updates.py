"""What another program saves to a register on a server shows in the window at once (LISTEN/NOTIFY,
register.live): in the lists, in an open editor without unsaved edits, in the Problems panel; an
editor with unsaved edits keeps them and says the item changed underneath. The fallback poll is
made too slow to matter here, so only the announcement can do it."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from form_helpers import select_row, type_text

from ropa_desktop.gui import workspace as workspace_module
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import ProcessingActivity

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

NEVER_MS = 3_600_000
SOON_MS = 2000
NO_TOOL = "transfer.no_tool"

_OTHER_PROCESS = """
import json, sys
from ropa_desktop.register import operations
from ropa_desktop.register.storage import open_register
with open_register(sys.argv[1]) as register:
    kind, item = sys.argv[2], int(sys.argv[3])
    snap = operations.read(register, kind, item)
    operations.save(register, kind, item, {**snap, **json.loads(sys.argv[4])}, base=snap)
"""


def _saved_by_another_process(window, kind: str, item: int, **changes) -> None:
    subprocess.run(
        [
            sys.executable,
            "-c",
            _OTHER_PROCESS,
            window.workspace.register.location,
            kind,
            str(item),
            json.dumps(changes),
        ],
        check=True,
        timeout=60,
    )


def _activity(window, name: str) -> int:
    with window.workspace.register.session() as session:
        return next(a.id for a in session.query(ProcessingActivity) if name in (a.name or {}).values())


def _listed(page) -> set[str]:
    return {
        page.model.index(r, c).data() for r in range(page.model.rowCount()) for c in range(page.model.columnCount())
    }


@pytest.fixture
def only_announcements(monkeypatch):
    monkeypatch.setattr(workspace_module, "POLL_MS", NEVER_MS)
    monkeypatch.setattr(workspace_module, "SERVER_POLL_MS", NEVER_MS)


@pytest.fixture
def window(only_announcements, window, qtbot):
    """The window of tests/gui/conftest.py, polling never, once its listener listens."""
    listener = window.workspace.listener
    assert listener is not None and window.workspace.watcher.interval() == NEVER_MS
    qtbot.waitUntil(lambda: listener.listening, timeout=10_000)
    return window


def test_another_programs_rename_shows_in_the_activity_list_at_once(window, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    assert "Renamed elsewhere" not in _listed(page)
    _saved_by_another_process(
        window,
        kinds.ACTIVITY,
        _activity(window, "Our services"),
        name={"en": "Renamed elsewhere", "nl": "Elders hernoemd"},
    )
    qtbot.waitUntil(lambda: "Renamed elsewhere" in _listed(page) or "Elders hernoemd" in _listed(page), timeout=SOON_MS)
    assert window.statusBar().currentMessage() == "Reloaded: the register was changed by another program"


def test_an_open_editor_without_edits_shows_the_new_value(window, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    editor = page.editor
    _saved_by_another_process(window, kinds.ACTIVITY, editor.item_id, owner="Their owner")
    qtbot.waitUntil(lambda: editor.form.value()["owner"] == "Their owner", timeout=SOON_MS)
    assert not editor.is_dirty() and editor.underneath.isHidden()


def test_an_editor_with_edits_keeps_them_and_says_the_item_changed_underneath(window, qtbot, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    editor = page.editor
    item = editor.item_id
    type_text(editor.form.fields["owner"], "My owner")
    assert editor.is_dirty()
    # Near miss: another activity changed: the window reloads, this editor has nothing to say.
    reloads = []
    window.workspace.reloaded.connect(lambda: reloads.append(1))
    _saved_by_another_process(window, kinds.ACTIVITY, _activity(window, "Job applications"), department="Elsewhere")
    qtbot.waitUntil(lambda: bool(reloads), timeout=SOON_MS)
    assert editor.underneath.isHidden() and editor.form.value()["owner"] == "My owner"

    _saved_by_another_process(window, kinds.ACTIVITY, item, department="Their department")
    qtbot.waitUntil(lambda: not editor.underneath.isHidden(), timeout=SOON_MS)
    text = editor.underneath.text.text()
    assert "changed “Our services” while you were editing it. Your edits are kept here" in text
    assert text.startswith("postgres changed")  # the database role the other program saved as
    assert editor.is_dirty() and editor.form.value()["owner"] == "My owner"
    assert editor.form.value()["department"] != "Their department"  # not taken over under the officer's hands
    assert not answers.asked

    assert editor.save()  # another field: no conflict, both kept
    assert editor.underneath.isHidden()
    saved = operations.read(window.workspace.register, kinds.ACTIVITY, item)
    assert (saved["owner"], saved["department"]) == ("My owner", "Their department")


def test_the_windows_own_save_brings_no_notice(window, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    editor = page.editor
    type_text(editor.form.fields["owner"], "Saved here")
    assert editor.save()
    type_text(editor.form.fields["owner"], "Typed after")  # unsaved edits again
    # The window's own save is announced to it too; then another program saves elsewhere.
    reloads = []
    window.workspace.reloaded.connect(lambda: reloads.append(1))
    _saved_by_another_process(window, kinds.ACTIVITY, _activity(window, "Job applications"), department="Elsewhere")
    qtbot.waitUntil(lambda: bool(reloads), timeout=SOON_MS)
    assert reloads == [1]  # once, for the other program; not for our own save
    assert editor.underneath.isHidden() and editor.form.value()["owner"] == "Typed after"


def test_the_problems_panel_follows_another_programs_fix(window, qtbot):
    def no_tool():
        return {f.item_name("en") for f in window.problems_dock.findings() if f.rule == NO_TOOL}

    qtbot.waitUntil(lambda: len(no_tool()) == 2, timeout=5000)
    cochabamba = next(
        f for f in window.problems_dock.findings() if f.rule == NO_TOOL and "Cochabamba" in f.item_name("en")
    )
    _saved_by_another_process(window, kinds.TRANSFER, cochabamba.item_id, tool="standard_contractual_clauses")
    qtbot.waitUntil(lambda: no_tool() == {"Bolivia — Connaxis, Santa Cruz office"}, timeout=SOON_MS)


def test_with_the_server_down_the_window_never_waits_and_hears_again_once_it_is_back(window, stoppable_server, qtbot):
    server = stoppable_server
    listener = window.workspace.listener
    start_again = server.stop_for_a_moment()
    try:
        qtbot.waitUntil(lambda: not listener.listening, timeout=5000)
        started = time.monotonic()
        assert not window.workspace.look_for_changes()  # the poll: asks the listener's thread, waits for nothing
        assert time.monotonic() - started < 0.1
    finally:
        start_again()
    qtbot.waitUntil(lambda: listener.listening, timeout=15_000)
    page = window.page_of[kinds.ACTIVITY]
    _saved_by_another_process(
        window,
        kinds.ACTIVITY,
        _activity(window, "Our services"),
        name={"en": "After the restart", "nl": "Na de herstart"},
    )
    qtbot.waitUntil(lambda: "After the restart" in _listed(page) or "Na de herstart" in _listed(page), timeout=SOON_MS)
