"""File > Save a copy, in the register layer: a consistent, private copy at the chosen place,
never through a link and never over the open register or its journal."""

from __future__ import annotations

import os
import stat

import pytest

from ropa_desktop.register import copies, rows
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import open_register

# About register files only (Save a copy writes a register file (a server register is copied with `ropa copy`)).
pytestmark = pytest.mark.sqlite_only


def _names(register) -> list[tuple[int, dict]]:
    with register.session() as session:
        return [
            (activity.id, dict(activity.name))
            for activity in session.query(ProcessingActivity).order_by(ProcessingActivity.id)
        ]


def test_the_copy_opens_with_the_same_activities_and_is_private(demo_register, tmp_path):
    os.chmod(demo_register.path, 0o644)  # the near miss: the register itself is readable by others
    target = tmp_path / "elsewhere" / "copy.ropa"
    target.parent.mkdir()
    assert copies.save_copy(demo_register.path, target) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    copy = open_register(target)
    try:
        assert _names(copy) == _names(demo_register) and _names(copy)
        with copy.session() as session, demo_register.session() as original:
            assert rows.counts(session) == rows.counts(original)
    finally:
        copy.close()
    assert [p.name for p in target.parent.iterdir()] == ["copy.ropa"]  # no temporary left


def test_an_existing_file_is_replaced_whole(demo_register, tmp_path):
    target = tmp_path / "old.ropa"
    target.write_bytes(b"an older copy")
    copies.save_copy(demo_register.path, target)
    assert target.read_bytes().startswith(b"SQLite format 3")


def test_a_link_as_target_is_refused_and_its_file_untouched(demo_register, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.ropa"
    link.symlink_to(victim)
    with pytest.raises(copies.CopyRefused) as refused:
        copies.save_copy(demo_register.path, link)
    assert refused.value.reason == copies.TARGET_IS_LINK
    assert victim.read_text() == "keep me" and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.ropa", "link.ropa", "victim.txt"]


@pytest.mark.parametrize("name", ["demo.ropa", "./demo.ropa", "demo.ropa-wal", "demo.ropa-journal"])
def test_the_open_register_and_its_journal_are_refused(demo_register, tmp_path, name):
    before = demo_register.path.read_bytes()
    with pytest.raises(copies.CopyRefused) as refused:
        copies.save_copy(demo_register.path, tmp_path / name)
    assert refused.value.reason == copies.TARGET_IS_REGISTER
    assert demo_register.path.read_bytes() == before
    assert not (tmp_path / "demo.ropa-wal").exists() or name != "demo.ropa-wal"


def test_a_hard_link_to_the_register_is_the_register(demo_register, tmp_path):
    alias = tmp_path / "alias.ropa"
    os.link(demo_register.path, alias)
    with pytest.raises(copies.CopyRefused):
        copies.save_copy(demo_register.path, alias)
    # The near miss: a name that merely looks like the register's, in another folder.
    other = tmp_path / "sub" / "demo.ropa"
    other.parent.mkdir()
    copies.save_copy(demo_register.path, other)
    assert other.exists()
