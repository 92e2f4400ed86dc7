"""Establish version… in the window (issue 16 point 3): the dialog names the version, says who is
recorded and what the register holds, refuses a name in use, and writes the version row."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa_desktop.gui import version_actions
from ropa_desktop.gui.establish_dialog import EstablishDialog
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import change_log, established
from ropa_desktop.register.models import EstablishedVersion


def _named(register):
    return [v.name for v in established.versions(register) if v.number]


@pytest.fixture
def dialog(qtbot, demo_register, answers, english):
    change_log.set_default(who="anna", name="Anna Jansen")
    shown = EstablishDialog(Workspace(demo_register))
    qtbot.addWidget(shown)
    yield shown
    change_log.set_default(who=change_log._os_user(), name="")
    if shown.job is not None:
        shown.job.stop()


def test_establishing_from_the_dialog_writes_the_version_row(dialog, qtbot, demo_register):
    who = demo_register.role or "anna"  # on a server the database role is recorded (Register._as_role)
    assert dialog.who.text() == f"Anna Jansen ({who})"
    assert "Processing activities: 7" in dialog.contents.text()
    assert not dialog.ok.isEnabled()  # a name is required
    dialog.name.setText("  2026-1 ")
    dialog.note.setPlainText("Vastgesteld door de directie")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        pass
    with demo_register.session() as session:
        row = session.scalars(select(EstablishedVersion).where(EstablishedVersion.name == "2026-1")).one()
        assert (row.who, row.who_name, row.note) == (who, "Anna Jansen", "Vastgesteld door de directie")
    assert dialog.version.name == "2026-1"


def test_a_name_in_use_is_refused_in_one_sentence(qtbot, demo_register, answers, english):
    established.establish(demo_register, "2026-1")
    dialog = EstablishDialog(Workspace(demo_register))
    qtbot.addWidget(dialog)
    dialog.name.setText("2026-1")
    assert not dialog.ok.isEnabled()
    assert dialog.refusal.text() == "A version named “2026-1” exists already: choose another name."
    assert dialog.start() is None and _named(demo_register) == ["2026-1"]
    dialog.name.setText("2026-2")  # the near miss: another name is taken
    assert dialog.ok.isEnabled() and dialog.refusal.isHidden()


def test_the_menu_offers_establishing_only_to_whoever_may_approve(window, monkeypatch, qtbot):
    actions = window.version_actions
    actions.refresh()
    assert actions.establish_action.isEnabled()
    monkeypatch.setattr(version_actions.approval, "may_approve", lambda register: False)
    actions.refresh()
    assert not actions.establish_action.isEnabled()
    assert actions.establish_action.toolTip().startswith("Only whoever may approve activities")
    assert actions.establish() is None


def test_the_menu_establishes_through_the_dialog(window, monkeypatch, qtbot):
    def answer(dialog):
        dialog.name.setText("Eerste versie")
        job = dialog.start()
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            pass
        return job is not None

    monkeypatch.setattr(version_actions, "run_establish_dialog", answer)
    window.version_actions.establish()
    assert _named(window.workspace.register) == ["Eerste versie"]
    assert "Eerste versie" in window.statusBar().currentMessage()


def test_establishing_tells_the_window(dialog, qtbot):
    seen = []
    dialog.workspace.changed.connect(seen.append)
    dialog.name.setText("2026-1")
    dialog.start()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        pass
    assert [(change.kind, change.ids) for change in seen] == [("version", (dialog.version.number,))]


def test_the_history_menu_leads_to_the_history_section(window):
    menu = next(action.menu() for action in window.menuBar().actions() if action.menu() and "story" in action.text())
    entry = next(action for action in menu.actions() if "all changes" in action.text())
    assert window.current_page().kind != "history"  # the near miss: not there before
    entry.trigger()
    assert window.current_page().kind == "history"
