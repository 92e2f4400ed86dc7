"""File > Save a copy of a register on a server: a new, private register file holding the same
register row for row, its history included (register.copy_between); never over a link or a file."""

from __future__ import annotations

import stat

import pytest

from ropa_desktop.gui import dialogs
from ropa_desktop.register import change_log, rows
from ropa_desktop.register.storage import open_register

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def _copy(window, qtbot, monkeypatch, target, suggested=None):
    asked = [] if suggested is None else suggested
    monkeypatch.setattr(
        dialogs, "choose_copy_target", lambda parent, suggestion: asked.append(suggestion) or str(target)
    )
    window.copy_action.trigger()
    return window.copy_job


def test_a_server_register_is_saved_as_a_private_register_file_with_its_history(
    window, qtbot, monkeypatch, tmp_path, answers
):
    target = tmp_path / "kopie.ropa"
    suggested: list[str] = []
    job = _copy(window, qtbot, monkeypatch, target, suggested)
    with qtbot.waitSignal(job.done, timeout=30000):
        pass
    assert not answers.errors
    assert suggested[0].endswith(f"{window.workspace.register.engine.url.database}-copy.ropa")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert window.statusBar().currentMessage() == f"Copy saved as {target}"
    copy = open_register(target)
    try:
        with copy.session() as session, window.workspace.register.session() as original:
            assert rows.counts(session) == rows.counts(original) and rows.counts(session)["activity"] > 0
            assert change_log.verify(session) == change_log.verify(original)
    finally:
        copy.close()


def test_near_miss_an_existing_file_or_a_link_is_never_replaced(window, qtbot, monkeypatch, tmp_path, answers):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / "link.ropa").symlink_to(victim)
    for target in (victim, tmp_path / "link.ropa"):
        job = _copy(window, qtbot, monkeypatch, target)
        with qtbot.waitSignal(job.failed, timeout=30000):
            pass
    assert victim.read_text() == "keep me" and (tmp_path / "link.ropa").is_symlink()
    assert [title for title, _text in answers.errors] == ["No copy saved", "No copy saved"]
    assert all(text.startswith("A file with that name already exists.") for _title, text in answers.errors)
