"""Copies of a register: private, never through a link, named only when complete, and nothing
left behind by a copy, an import or a window that was killed."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import copies, storage
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import open_register

# About register files only (copies of the register file beside it, and their names and permissions).
pytestmark = pytest.mark.sqlite_only

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"
MOMENT = datetime(2026, 1, 2, 3, 4, 5)
BACKUP = "demo.before-import-20260102-030405.ropa"
# Another process that holds an exclusive flock on a file until its stdin closes.


def rows(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return list(connection.iterdump())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def frozen(monkeypatch):
    monkeypatch.setattr(storage, "utcnow", lambda: MOMENT)


@pytest.fixture
def register(demo_register):
    demo_register.path.chmod(0o600)
    return demo_register


# --- copies beside the register ----------------------------------------------------------------


@pytest.mark.parametrize("permissions", [0o600, 0o640])
def test_a_backup_holds_the_register_with_its_own_permissions(register, frozen, permissions):
    register.path.chmod(permissions)
    copy = register.backup("before-import")
    assert copy == register.path.with_name(BACKUP)
    assert mode(copy) == permissions
    assert rows(copy) == rows(register.path)
    assert names(register.path.parent) == [BACKUP, "demo.ropa"]  # no temporary left


def test_a_symlink_planted_at_the_backup_name_is_not_followed(register, frozen, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    planted = register.path.with_name(BACKUP)
    planted.symlink_to(victim)
    dangling = register.path.with_name(BACKUP.replace(".ropa", "-2.ropa"))
    dangling.symlink_to(tmp_path / "would-be-created.ropa")
    copy = register.backup("before-import")
    assert copy.name == "demo.before-import-20260102-030405-3.ropa"
    assert not copy.is_symlink() and mode(copy) == 0o600 and rows(copy) == rows(register.path)
    assert victim.read_text() == "someone else's file" and planted.is_symlink()
    assert not (tmp_path / "would-be-created.ropa").exists() and dangling.is_symlink()


def test_a_file_at_the_name_is_left_alone_and_the_next_name_taken(register, frozen):
    taken = register.path.with_name(BACKUP)
    taken.write_text("mine")
    assert register.backup("before-import").name == "demo.before-import-20260102-030405-2.ropa"
    assert taken.read_text() == "mine"


def test_an_interrupted_copy_leaves_no_file_under_a_final_name(register, frozen, monkeypatch):
    def killed(source, target):
        target.write_bytes(b"SQLite format 3\x00 half a copy")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(copies, "_fill", killed)
    with pytest.raises(RegisterError) as info:
        register.backup("before-import")
    assert str(info.value).count("\n") == 0 and "cannot write a copy" in str(info.value)
    assert names(register.path.parent) == ["demo.ropa"]


def test_a_copy_the_folder_refuses_is_one_line(register, monkeypatch):
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(copies.tempfile, "mkstemp", refused)
    with pytest.raises(RegisterError) as info:
        register.backup("before-import")
    assert str(info.value) == f"{register.path}: cannot write a copy before the change (Permission denied)"


def test_the_schema_backup_before_an_upgrade_is_not_written_through_a_link(tmp_path):
    path = tmp_path / "old.ropa"
    shutil.copy2(FIXTURES / "schema-0001.ropa", path)
    path.chmod(0o600)
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    (tmp_path / "old.schema-0001.ropa").symlink_to(victim)
    before = rows(path)
    open_register(path).close()
    backup = tmp_path / "old.schema-0001-2.ropa"
    assert rows(backup) == before and mode(backup) == 0o600
    assert victim.read_text() == "untouched"
    assert names(tmp_path) == ["old.ropa", "old.schema-0001-2.ropa", "old.schema-0001.ropa", "victim.txt"]


# --- leftovers ---------------------------------------------------------------------------------


def test_a_temporary_whose_writer_died_is_removed_when_the_register_is_opened(register):
    folder = register.path.parent
    register.close()
    dead = folder / ".demo.ropa.d3adc0py.part"  # nobody holds its lock
    shutil.copy2(register.path, dead)
    (folder / ".demo.ropa.d3adc0py.part-journal").write_bytes(b"")
    orphan = folder / ".demo.ropa.0rphan__.part-journal"  # its copy is gone already
    orphan.write_bytes(b"")
    export = folder / ".register.xlsx.k1ll3d_x.part"  # a killed export to this folder: stale too
    export.write_bytes(b"PK")
    others = ["demo.ropa.d3adc0py.part", ".demo.ropa.notours.part", "report.part"]  # not names we make
    for name in others:
        (folder / name).write_bytes(b"")
    open_register(register.path).close()
    assert names(folder) == sorted(others + ["demo.ropa"])


def test_a_temporary_being_written_by_a_live_process_is_kept(register, lock_held_elsewhere):
    folder = register.path.parent
    register.close()
    live = folder / ".demo.ropa.l1vec0py.part"
    live.write_bytes(b"being written")
    with lock_held_elsewhere(live):
        open_register(register.path).close()
        assert live.read_bytes() == b"being written"
    open_register(register.path).close()  # its writer has finished (or died) now
    assert not live.exists()


def test_a_link_with_a_temporary_name_is_not_followed_when_cleaning(register, tmp_path):
    folder = register.path.parent
    register.close()
    victim = tmp_path.parent / f"{tmp_path.name}-victim.txt"
    victim.write_text("untouched")
    link = folder / ".demo.ropa.l1nkc0py.part"
    link.symlink_to(victim)
    try:
        open_register(register.path).close()
        assert link.is_symlink() and victim.read_text() == "untouched"
    finally:
        victim.unlink()


def _workbook(register, tmp_path_factory) -> Path:
    book = tmp_path_factory.mktemp("workbooks") / "register.xlsx"  # not beside the register
    with book.open("wb") as stream:
        write_workbook(register, "nl", stream)
    return book


def test_an_import_names_its_copy_only_after_it_committed(register, tmp_path_factory, monkeypatch):
    from ropa_desktop.documents.importing import service

    book = _workbook(register, tmp_path_factory)
    # The workbook must change something: an import that changes nothing leaves no copy. An
    # activity deleted since the export is added again (a field changed since would be kept).
    with register.transaction() as session:
        session.delete(session.scalars(select(ProcessingActivity)).first())
    seen = []
    real = service._merge

    def merge(*args):
        seen.append(names(register.path.parent))  # while the import runs
        return real(*args)

    monkeypatch.setattr(service, "_merge", merge)
    report = import_workbook(register, book)
    [during] = seen
    assert [n for n in during if "before-import" in n] == []
    assert [n for n in during if n.startswith(".demo.ropa.") and n.endswith(".part")]
    copy = Path(report.backup)
    assert copy.name.startswith("demo.before-import-") and mode(copy) == 0o600
    assert [n for n in names(register.path.parent) if n != "demo.ropa"] == [copy.name]


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_failed_import_and_a_dry_run_leave_no_copy(register, tmp_path_factory, monkeypatch, dry_run):
    from ropa_desktop.documents.importing import service

    book = _workbook(register, tmp_path_factory)
    if not dry_run:

        def broken(*args):
            raise RegisterError("the disk is full; nothing was saved")

        monkeypatch.setattr(service, "_merge", broken)
        with pytest.raises(RegisterError):
            import_workbook(register, book)
    else:
        assert import_workbook(register, book, dry_run=True).backup == ""
    assert names(register.path.parent) == ["demo.ropa"]


KILLED_IMPORT = textwrap.dedent("""
    import sys, time
    from ropa_desktop.documents.importing import service
    from ropa_desktop.register.storage import open_register

    def merge(*args):
        print("merging", flush=True)
        time.sleep(60)

    service._merge = merge
    service.import_workbook(open_register(sys.argv[1]), sys.argv[2])
""")


def test_a_killed_import_leaves_no_before_import_copy_and_its_temporary_goes_on_the_next_open(
    register, tmp_path_factory
):
    book = _workbook(register, tmp_path_factory)
    register.close()
    importer = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(register.path), str(book)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert importer.stdout.readline().strip() == "merging"
        importer.send_signal(signal.SIGKILL)
    finally:
        importer.wait(timeout=10)
        importer.stdout.close()
    left = names(register.path.parent)
    assert [n for n in left if "before-import" in n] == []
    assert [n for n in left if n.endswith(".part")]  # the copy it was making, unnamed
    open_register(register.path).close()
    assert names(register.path.parent) == ["demo.ropa"]


# --- the window's undo folders ----------------------------------------------------------------


def test_an_undo_folder_is_private_locked_and_removed_with_its_lock(tmp_path):
    folder = copies.UndoFolder(tmp_path)
    assert folder.path.name.startswith("ropa-undo-") and mode(folder.path) == 0o700
    (folder.path / "before-import-1.ropa").write_bytes(b"a copy")
    assert copies.remove_stale_undo_folders(tmp_path) == []  # held by this window
    assert (folder.path / "before-import-1.ropa").exists()
    folder.remove()
    assert names(tmp_path) == []


def test_undo_folders_of_windows_that_died_are_removed_and_live_ones_kept(tmp_path, lock_held_elsewhere):
    dead = tmp_path / "ropa-undo-d3ad"
    dead.mkdir()
    (dead / "before-import-1.ropa").write_bytes(b"a full copy of the register")
    (tmp_path / "ropa-undo-d3ad.lock").write_bytes(b"")  # nobody holds it
    lockless = tmp_path / "ropa-undo-0ld"  # made by an earlier version, without a lock
    lockless.mkdir()
    live = tmp_path / "ropa-undo-l1ve"
    live.mkdir()
    (tmp_path / "ropa-undo-l1ve.lock").write_bytes(b"")
    (tmp_path / "unrelated").mkdir()
    with lock_held_elsewhere(tmp_path / "ropa-undo-l1ve.lock"):
        removed = copies.remove_stale_undo_folders(tmp_path)
    assert sorted(p.name for p in removed) == ["ropa-undo-0ld", "ropa-undo-d3ad"]
    assert names(tmp_path) == ["ropa-undo-l1ve", "ropa-undo-l1ve.lock", "unrelated"]


def test_a_symlinked_undo_folder_is_not_followed(tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("keep")
    base = tmp_path / "tmp"
    base.mkdir()
    (base / "ropa-undo-l1nk").symlink_to(precious)
    copies.remove_stale_undo_folders(base)
    assert (precious / "keep.txt").read_text() == "keep"


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_temporary_is_locked_and_private_while_written(tmp_path):
    import fcntl

    temporary = copies.Temporary(tmp_path, prefix=".x.")
    try:
        assert mode(temporary.path) == 0o600
        fd = os.open(temporary.path, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
    finally:
        temporary.discard()
    assert names(tmp_path) == []


def test_without_hard_links_the_name_is_still_taken_exclusively(register, frozen, monkeypatch, tmp_path):
    """FAT and some network shares have no hard links: the name is created exclusively, then
    the finished copy renamed over it; a link at the name is still not followed."""

    def no_links(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(copies.os, "link", no_links)
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    register.path.with_name(BACKUP).symlink_to(victim)
    copy = register.backup("before-import")
    assert copy.name == "demo.before-import-20260102-030405-2.ropa"
    assert rows(copy) == rows(register.path) and mode(copy) == 0o600
    assert victim.read_text() == "untouched"
    assert names(register.path.parent) == sorted([BACKUP, copy.name, "demo.ropa", "victim.txt"])
