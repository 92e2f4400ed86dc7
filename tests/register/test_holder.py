"""One window per register file: the hold beside the register, who has it, and what a crash leaves."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy import select

from ropa_desktop.register import errors, holder
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import create_register, open_register

pytestmark = pytest.mark.skipif(os.name == "nt", reason="flock: the Windows byte lock is not tested here")


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "acme.ropa"
    create_register(path, "Acme").close()
    return path


def test_holding_writes_who_and_releasing_removes_the_file(path):
    hold = holder.take(path)
    sidecar = path.with_name("acme.ropa-holder")
    data = json.loads(sidecar.read_text())
    assert data["pid"] == os.getpid() and data["user"] and data["host"] and data["since"]
    assert sidecar.stat().st_mode & 0o777 == path.stat().st_mode & 0o777 & ~_umask()
    hold.release()
    assert not sidecar.exists()
    assert holder.holder_of(path) is None


def test_a_second_taker_is_told_who_holds_it(path):
    hold = holder.take(path)
    try:
        with pytest.raises(holder.Held) as held:
            holder.take(path)
        assert held.value.code == errors.HELD
        assert held.value.holder == hold.holder
        assert holder.holder_of(path) == hold.holder
        assert f"process {os.getpid()}" in str(held.value)
    finally:
        hold.release()
    holder.take(path).release()  # free again


def test_a_hold_left_by_a_killed_window_is_reclaimed_silently(path):
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from ropa_desktop.register import holder; "
            "h = holder.take(Path(sys.argv[1])); print('held', flush=True); time.sleep(600)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(holder.Held) as held:
            holder.take(path)
        assert held.value.holder.pid == child.pid
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    sidecar = holder.sidecar(path)
    assert sidecar.exists()  # left behind by the crash, but its lock died with the process
    assert holder.holder_of(path) is None
    hold = holder.take(path)
    assert json.loads(sidecar.read_text())["pid"] == os.getpid()
    hold.release()
    assert not sidecar.exists()


def test_a_stale_hold_is_cleared_and_a_live_one_kept(path):
    holder.sidecar(path).write_text("{}")  # left by a crash: nobody holds its lock
    assert holder.clear_stale(path) and not holder.sidecar(path).exists()
    hold = holder.take(path)
    assert not holder.clear_stale(path) and holder.sidecar(path).exists()
    hold.release()


def test_a_link_planted_at_the_holder_name_is_not_followed(path, tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep")
    holder.sidecar(path).symlink_to(elsewhere)
    assert holder.take(path) is None  # no hold kept, the window goes on unguarded
    assert elsewhere.read_text() == "keep"


def test_a_register_held_by_another_window_only_reads(path):
    with open_register(path) as first, open_register(path) as second:
        assert first.take_hold() is None
        assert not first.read_only
        who = second.take_hold()
        assert who is not None and who.pid == os.getpid()
        assert second.read_only and second.held_by == who
        with pytest.raises(RegisterError) as refused:
            with second.transaction() as session:
                session.add(ProcessingActivity(name={"nl": "X"}))
        assert refused.value.code == errors.HELD
        with first.transaction() as session:  # the holder writes as usual
            session.add(ProcessingActivity(name={"nl": "Eerste"}))
        with second.session() as session:  # and the other window reads it
            assert session.scalars(select(ProcessingActivity.id)).all()
        first.close()  # the first window closes: the second takes over
        assert second.take_hold() is None
        assert not second.read_only
        with second.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Tweede"}))
    assert not holder.sidecar(path).exists()


def test_the_command_line_takes_no_hold(path, ropa):
    with open_register(path) as window:
        window.take_hold()
        code, _out, _err = ropa("info", str(path))
        assert code == 0
        assert window.held_by is None and holder.holder_of(path).pid == os.getpid()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_holder_file_this_user_may_not_write_still_says_who_holds_it(path, monkeypatch):
    hold = holder.take(path)
    real_open = os.open

    def another_users_file(name, flags, *args):  # as a file of another user looks to us
        if flags & os.O_RDWR:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args)

    monkeypatch.setattr(holder.os, "open", another_users_file)
    try:
        with pytest.raises(holder.Held) as held:
            holder.take(path)
        assert held.value.holder == hold.holder
    finally:
        monkeypatch.undo()
        hold.release()
    again = holder.take(path)  # and once free, it is taken as usual
    assert again is not None
    again.release()


def test_opening_the_register_clears_a_holder_file_left_by_a_killed_window(path):
    holder.sidecar(path).write_text('{"user": "x", "host": "y", "pid": 1, "since": "2026-01-01T00:00:00"}')
    open_register(path).close()
    assert not holder.sidecar(path).exists()
    with open_register(path) as window:  # but never one of a window that is open
        window.take_hold()
        open_register(path).close()
        assert holder.sidecar(path).exists()
