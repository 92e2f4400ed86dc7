"""The start of the history as the first version (issue 16 point 7): version 0, written with the
"history starts here" entries of a new register and of one upgraded from schema 0007, offered
wherever versions are, and never claimed to be established by anyone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ropa_desktop.register import as_of, change_log, established, kinds, operations, register_diff, working_copy
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ChangeLogEntry, EstablishedVersion, ProcessingActivity, VersionIsReadOnly
from ropa_desktop.register.models.change_log import START
from ropa_desktop.register.storage import create_register, open_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"


def _last_start(register) -> int:
    with register.session() as session:
        return session.scalar(select(func.max(ChangeLogEntry.sequence)).where(ChangeLogEntry.action == START))


def _assert_history_start(register) -> EstablishedVersion:
    start, *others = established.versions(register)
    assert others == []
    assert (start.number, start.name, start.is_history_start) == (0, "start", True)
    assert (start.who, start.who_name, start.note) == ("", "", "")  # nobody established it
    assert start.log_sequence == _last_start(register)
    with register.session() as session:
        assert start.content_hash == as_of.content_hash(as_of.rebuild(session, sequence=start.log_sequence))
        assert start.established_at == session.get(ChangeLogEntry, start.log_sequence).recorded_at
        assert established.latest(session) is None  # the last version someone established: none
    return start


def test_a_new_register_has_the_start_of_its_history_as_version_0(tmp_path):
    with create_register(tmp_path / "new.ropa", "Nieuw B.V.") as register:
        _assert_history_start(register)


def test_the_upgraded_0007_fixture_has_the_start_of_its_history_as_version_0(tmp_path):
    path = tmp_path / "old.ropa"
    shutil.copy2(FIXTURES / "schema-0007.ropa", path)
    with open_register(path) as register:
        start = _assert_history_start(register)
        with register.session() as session:  # all seven activities of the fixture are in it
            items = as_of.rebuild(session, sequence=start.log_sequence)
            assert sum(kind == kinds.ACTIVITY for kind, _id in items) == 7
            assert change_log.verify(session)[1] is None
    with open_register(path) as again:  # opened a second time: no second start
        assert [v.number for v in established.versions(again)] == [0]


def test_the_start_is_a_moment_to_compare_with_and_established_numbers_follow_it(demo_register):
    with demo_register.session() as session:
        item = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()
    operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "V-01"})
    version = established.establish(demo_register, "2026-1")
    assert version.number == 1
    with demo_register.session() as session:
        assert established.latest(session).number == 1
        for name in ("start", "START", "0"):
            sequence, said = established.moment(session, name)
            assert (sequence, said) == (_last_start(demo_register), "the start of the history")
        diff = register_diff.compare(
            session, established.moment(session, "start")[0], established.moment(session, "2026-1")[0]
        )
    assert [(f.field, f.after) for item in diff.items for f in item.fields] == [("reference", "V-01")]
    # The near miss: "start" is the start's name, so no established version may take it.
    with pytest.raises(RegisterError, match="exists already"):
        established.establish(demo_register, "start")


def test_the_start_of_the_history_is_read_only_like_every_version(demo_register):
    with pytest.raises(VersionIsReadOnly):
        with demo_register.transaction() as session:
            session.get(EstablishedVersion, 0).who = "someone"
    assert established.versions(demo_register)[0].who == ""


def test_an_export_never_shows_the_start_as_an_established_version(demo_register):
    with demo_register.session() as session:
        shown = working_copy.shown_version(session)
    assert (shown.version, shown.working_copy) == (None, True)
