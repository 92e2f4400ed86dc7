"""File > Save a copy from the window: a private copy that opens with the same activities, and
one clear sentence when the place chosen is a link or the open register itself."""

from __future__ import annotations

import stat

import pytest

from ropa_desktop.gui import dialogs
from ropa_desktop.register import rows
from ropa_desktop.register.storage import open_register

# Save a copy writes the register *file* page by page; a register on a server is copied with
# `ropa copy` (its backups are the server's), so this is about files only.
pytestmark = pytest.mark.sqlite_only


def test_save_a_copy_writes_a_private_copy_with_the_same_activities(window, qtbot, monkeypatch, tmp_path, answers):
    target = tmp_path / "copies" / "kopie.ropa"
    target.parent.mkdir()
    suggested = []
    monkeypatch.setattr(
        dialogs, "choose_copy_target", lambda parent, suggestion: suggested.append(suggestion) or str(target)
    )
    assert window.copy_action.shortcut().toString() == "Ctrl+Shift+S"
    window.copy_action.trigger()
    with qtbot.waitSignal(window.copy_job.done, timeout=10000):
        pass
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and not answers.errors
    assert suggested == [str(window.workspace.register.path.with_name("demo-copy.ropa"))]
    assert window.statusBar().currentMessage() == f"Copy saved as {target}"
    copy = open_register(target)
    try:
        with copy.session() as session, window.workspace.register.session() as original:
            assert rows.counts(session) == rows.counts(original) and rows.counts(session)["activity"] > 0
    finally:
        copy.close()


def _refused(window, qtbot, monkeypatch, target) -> None:
    monkeypatch.setattr(dialogs, "choose_copy_target", lambda parent, suggestion: str(target))
    with qtbot.waitSignal(window.save_copy().failed, timeout=10000):
        pass


def test_a_link_is_refused_with_one_sentence(window, qtbot, monkeypatch, tmp_path, answers):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / "link.ropa").symlink_to(victim)
    _refused(window, qtbot, monkeypatch, tmp_path / "link.ropa")
    assert answers.errors == [
        ("No copy saved", "That name is a link to another file, so no copy was written there: choose another name.")
    ]
    assert victim.read_text() == "keep me"


def test_the_open_register_is_refused_with_one_sentence(window, qtbot, monkeypatch, answers):
    before = window.workspace.register.path.read_bytes()
    _refused(window, qtbot, monkeypatch, window.workspace.register.path)
    assert answers.errors == [
        ("No copy saved", "That is the open register itself, so no copy was written: choose another name.")
    ]
    assert window.workspace.register.path.read_bytes() == before


def test_a_cancelled_choice_writes_nothing(window, monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "choose_copy_target", lambda parent, suggestion: None)
    assert window.save_copy() is None
    assert not list(tmp_path.glob("*copy*"))
