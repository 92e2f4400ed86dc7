"""Another program writing the open register: the window notices and reloads, keeps unsaved
edits, refuses to save over the same field, and a second window on one file only reads."""

from __future__ import annotations

import os

import pytest
from form_helpers import select_row, type_text

from ropa_desktop.gui import workspace as workspace_module
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import errors, kinds, operations, snapshots
from ropa_desktop.register.storage import open_register

RELOADED = "Reloaded: the register was changed by another program"


@pytest.fixture
def other(demo_register):
    """Another program with the same register open."""
    with open_register(demo_register.location) as register:  # the same file, or the same database
        yield register


def _listed(page) -> set[str]:
    return {
        page.model.index(r, c).data() for r in range(page.model.rowCount()) for c in range(page.model.columnCount())
    }


def _add_activity(register, name: str) -> int:
    snap = snapshots.blank(kinds.ACTIVITY)
    snap["name"] = {"en": name, "nl": name}
    return operations.save(register, kinds.ACTIVITY, None, snap)[0]


def _edit(register, item_id: int, **fields) -> None:
    snap = operations.read(register, kinds.ACTIVITY, item_id)
    operations.save(register, kinds.ACTIVITY, item_id, {**snap, **fields}, base=snap)


def test_another_programs_new_activity_shows_within_the_poll(window, other, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    # On a server the window hears every save at once (register.live) and polls only as a fallback.
    poll = workspace_module.SERVER_POLL_MS if other.path is None else workspace_module.POLL_MS
    assert window.workspace.watcher.isActive() and window.workspace.watcher.interval() == poll
    _add_activity(other, "Written elsewhere")
    qtbot.waitUntil(lambda: "Written elsewhere" in _listed(page), timeout=5000)
    assert window.statusBar().currentMessage() == RELOADED


def test_the_windows_own_save_is_no_reason_to_reload(window, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    type_text(page.editor.form.fields["owner"], "Sales")
    assert page.editor.save()
    reloads = []
    window.workspace.reloaded.connect(lambda: reloads.append(1))
    assert not window.workspace.look_for_changes()  # what the poll does
    assert not reloads and window.statusBar().currentMessage().startswith("Saved:")


def test_a_write_by_another_program_between_own_saves_is_noticed(window, other, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    _add_activity(other, "Between")
    select_row(page, "Our services")
    type_text(page.editor.form.fields["owner"], "Sales")
    assert page.editor.save()  # the generation is ours now, but the step before it was not
    if other.path is None:  # on a server the look is the listener's, in its thread: its answer comes back
        qtbot.waitUntil(lambda: "Between" in _listed(page), timeout=5000)
    else:
        assert window.workspace.look_for_changes()
    assert "Between" in _listed(page)


def test_a_reload_keeps_the_officers_unsaved_edit_and_saving_keeps_the_colleagues(window, other, qtbot, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    item = page.editor.item_id
    type_text(page.editor.form.fields["owner"], "Sales")
    _edit(other, item, department="Operations")
    with qtbot.waitSignal(window.workspace.reloaded, timeout=5000):
        pass
    assert page.editor.is_dirty() and page.editor.form.value()["owner"] == "Sales"
    assert not answers.asked  # no question popped up by the reload
    assert page.editor.save()
    saved = operations.read(window.workspace.register, kinds.ACTIVITY, item)
    assert (saved["owner"], saved["department"]) == ("Sales", "Operations")


def test_saving_over_a_colleagues_change_to_the_same_field_is_refused(window, other, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    item = page.editor.item_id
    type_text(page.editor.form.fields["owner"], "Sales")
    _edit(other, item, owner="Marketing")
    assert not page.editor.save()  # the conflict dialog (conflict_dialog.py), cancelled
    [dialog] = answers.conflict_dialogs
    assert [(c.field, c.theirs, c.ours) for c in dialog.conflicts] == [("owner", "Marketing", "Sales")]
    assert not answers.errors
    assert page.editor.is_dirty() and page.editor.form.value()["owner"] == "Sales"
    assert operations.read(window.workspace.register, kinds.ACTIVITY, item)["owner"] == "Marketing"
    page.editor.revert()  # shows the colleague's version
    assert page.editor.form.value()["owner"] == "Marketing" and not page.editor.is_dirty()


def test_undo_of_a_save_is_refused_when_a_colleague_changed_that_field_since(window, other, qtbot, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    item = page.editor.item_id
    type_text(page.editor.form.fields["owner"], "Sales")
    assert page.editor.save()
    _edit(other, item, owner="Marketing")
    with qtbot.waitSignal(window.workspace.failed, timeout=5000) as failed:
        window.undo_action.trigger()
    assert failed.args[0].code == errors.CONFLICT
    assert operations.read(window.workspace.register, kinds.ACTIVITY, item)["owner"] == "Marketing"


# --- one window per register file -------------------------------------------------------------------


@pytest.fixture
def held_window(qtbot, demo_register, settings, answers, english):
    """A window on a register that another window (here: another Register object) holds."""
    first = open_register(demo_register.path)
    assert first.take_hold() is None
    workspace = Workspace(demo_register)
    workspace.take_hold()
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    yield window, first
    window.stop_jobs()
    first.close()


@pytest.mark.sqlite_only  # the holder lock of a register file (one window writes, others read)
def test_a_second_window_only_reads_and_says_who_has_the_register(held_window):
    window, first = held_window
    assert window.holder_banner.isVisible()
    text = window.holder_text.text()
    assert text.startswith("Read-only: ") and first.held_by is None
    holder = window.workspace.register.held_by
    assert holder.user in text and holder.host in text and "Try again" in text
    assert "(read-only)" in window.location.text()
    assert not window.import_action.isEnabled()


@pytest.mark.sqlite_only  # the holder lock of a register file (one window writes, others read)
def test_try_again_takes_over_only_once_the_other_window_has_closed(held_window, answers):
    window, first = held_window
    assert not window.take_over()
    assert window.holder_banner.isVisible()
    assert window.statusBar().currentMessage() == "The register is still open in another window."
    first.close()
    window.try_again.click()
    assert not window.holder_banner.isVisible()
    assert window.workspace.register.held_by is None and "(read-only)" not in window.location.text()
    assert window.import_action.isEnabled()
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    type_text(page.editor.form.fields["owner"], "Sales")
    assert page.editor.save()


@pytest.mark.sqlite_only  # the holder lock of a register file (one window writes, others read)
def test_a_read_only_window_refuses_a_save_with_its_reason(held_window, answers):
    window, _first = held_window
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    type_text(page.editor.form.fields["owner"], "Sales")
    assert not page.editor.save()
    assert "Another window has this register open" in answers.errors[-1][1]


def test_a_window_with_no_other_holder_shows_no_banner(window):
    assert not window.holder_banner.isVisible()


@pytest.mark.sqlite_only  # the holder lock of a register file (one window writes, others read)
@pytest.mark.skipif(os.name == "nt", reason="flock")
def test_the_application_window_holds_its_register(qtbot, demo_register, settings, answers, english):
    class Controller:  # the menu's jobs are not used here
        def __getattr__(self, name):
            return lambda *args: None

    window = MainWindow(Workspace(demo_register), settings, Controller())
    qtbot.addWidget(window)
    from ropa_desktop.register import holder

    assert holder.holder_of(demo_register.path).pid == os.getpid()
    window.stop_jobs()
    demo_register.release_hold()
    assert holder.holder_of(demo_register.path) is None


@pytest.mark.sqlite_only  # the holder lock of a register file (one window writes, others read)
def test_reopening_the_open_register_in_this_program_takes_over_once_the_old_window_closes(held_window, qtbot):
    """File > Open of the register already open: the new window is made before the old one
    closes, then takes over without asking."""
    window, first = held_window
    assert window.holder_banner.isVisible()
    window.workspace._retried = False
    window.workspace.take_hold()  # as when the window opened: one more look is planned
    first.close()  # the old window goes, as Controller._show does right after
    qtbot.waitUntil(lambda: not window.holder_banner.isVisible(), timeout=2000)
    assert window.workspace.register.held_by is None
