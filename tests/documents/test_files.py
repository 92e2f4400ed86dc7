"""Documents are written whole or not at all."""

from __future__ import annotations

import pytest

from ropa_desktop.documents.files import write_atomically

# Another process that holds an exclusive flock on a file until its stdin closes.


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "statement.html"
    target.write_text("old")

    def broken(stream):
        stream.write(b"half a new fi")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(target, broken)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["statement.html"]


def test_a_good_write_replaces_the_file(tmp_path):
    target = tmp_path / "statement.html"
    target.write_text("old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["statement.html"]


def test_a_new_public_file_gets_the_usual_permissions_and_a_replaced_file_keeps_its_own(tmp_path):
    import os
    import stat

    target = tmp_path / "new.html"
    write_atomically(target, b"x", private=False)
    current = os.umask(0)
    os.umask(current)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current
    target.chmod(0o640)
    write_atomically(target, b"y", private=False)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def _mode(path) -> int:
    import stat

    return stat.S_IMODE(path.stat().st_mode)


def test_a_private_document_is_readable_by_its_owner_only_new_or_replaced(tmp_path):
    target = tmp_path / "register.xlsx"
    write_atomically(target, b"x")
    assert _mode(target) == 0o600
    target.chmod(0o644)  # an export made before, readable by everyone
    write_atomically(target, b"y")
    assert _mode(target) == 0o600 and target.read_bytes() == b"y"


def test_a_symlink_planted_at_the_target_is_replaced_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone else's")
    target = tmp_path / "register.pdf"
    target.symlink_to(elsewhere)
    write_atomically(target, b"%PDF")
    assert not target.is_symlink() and target.read_bytes() == b"%PDF"
    assert elsewhere.read_text() == "someone else's"


def test_the_folder_is_synced_after_the_rename(tmp_path, monkeypatch):
    import os
    import stat

    synced = []
    real = os.fsync

    def fsync(fd):
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write_atomically(tmp_path / "register.xlsx", b"x")
    assert synced == [False, True]  # the file, then the folder that holds its new name


def test_a_temporary_left_by_a_killed_export_is_removed_when_the_target_is_written_again(tmp_path):
    target = tmp_path / "register.xlsx"
    dead = tmp_path / ".register.xlsx.k1ll3d_x.part"  # nobody holds its lock: the writer died
    dead.write_bytes(b"")
    other = tmp_path / ".other.xlsx.k1ll3d_x.part"  # another target's: not ours to judge now
    other.write_bytes(b"")
    write_atomically(target, b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.xlsx.k1ll3d_x.part", "register.xlsx"]


def test_a_temporary_being_written_by_a_live_export_is_kept(tmp_path, lock_held_elsewhere):
    target = tmp_path / "register.xlsx"
    live = tmp_path / ".register.xlsx.w0rk1ng_.part"
    live.write_bytes(b"half")
    with lock_held_elsewhere(live):
        write_atomically(target, b"x")
        assert live.read_bytes() == b"half"
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "register.xlsx"]


def test_the_temporary_is_locked_while_it_is_written(tmp_path):
    import fcntl
    import os

    seen = []

    def write(stream):
        [part] = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
        fd = os.open(part, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            seen.append(part.name)
        finally:
            os.close(fd)
        stream.write(b"x")

    write_atomically(tmp_path / "register.xlsx", write)
    assert seen and [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]
