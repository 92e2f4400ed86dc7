"""Putting back the copy made before an import (its undo) restores the register's content, never
its history: the change log, the publications and the established versions stay (issue 16)."""

from __future__ import annotations

import pytest

from ropa_desktop.register import change_log, established, kinds, operations

# About register files only (an import's undo puts a copy of the file back).
pytestmark = pytest.mark.sqlite_only


def test_a_version_established_after_the_copy_survives_the_undo(demo_register, tmp_path):
    copy = demo_register.copy_to(tmp_path / "before.ropa")
    version = established.establish(demo_register, "Versie 1", "na de import")
    demo_register.restore_from(copy)
    kept = [(v.number, v.name, v.log_sequence, v.content_hash) for v in established.versions(demo_register)]
    assert (version.number, "Versie 1", version.log_sequence, version.content_hash) in kept
    with demo_register.session() as session:
        assert change_log.verify(session)[1] is None


def test_the_content_itself_is_put_back(demo_register, tmp_path):
    """The near miss: what the undo is for still happens."""
    item = operations.order(demo_register, kinds.ACTIVITY)[0]
    before = operations.read(demo_register, kinds.ACTIVITY, item)["owner"]
    copy = demo_register.copy_to(tmp_path / "before.ropa")
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    established.establish(demo_register, "Versie 1")
    demo_register.restore_from(copy)
    assert operations.read(demo_register, kinds.ACTIVITY, item)["owner"] == before
