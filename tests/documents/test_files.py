"""Documents are written whole or not at all."""

from __future__ import annotations

import pytest

from ropa_desktop.documents.files import write_atomically


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


def test_a_new_file_gets_the_usual_permissions_and_a_replaced_file_keeps_its_own(tmp_path):
    import os
    import stat

    target = tmp_path / "new.html"
    write_atomically(target, b"x")
    current = os.umask(0)
    os.umask(current)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current
    target.chmod(0o640)
    write_atomically(target, b"y")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
