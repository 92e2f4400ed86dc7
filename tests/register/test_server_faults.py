"""A register on a PostgreSQL server that goes away (issue 17, faults): a save while the server is
down is refused in one sentence and writes nothing; once the server is back the same open register
saves and reads again without being opened anew; a server killed in the middle of a save (as by a
power cut: ``pg_ctl stop -m immediate``) loses nothing that was committed, keeps nothing of the
save it cut off, and its change log still verifies.

The server is the test run's own (tests/postgres_server.py), shared with the other tests of the
run: every test starts it again, whatever happens (try/finally)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from ropa_desktop.register import change_log, errors, kinds, operations, snapshots
from ropa_desktop.register import server as server_module
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import DataSubjectCategory
from ropa_desktop.register.storage import create_register

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def _subject(register, name: str) -> int:
    snap = snapshots.blank(kinds.DATA_SUBJECT)
    snap["name"] = {"nl": name, "en": name}
    item_id, _change = operations.save(register, kinds.DATA_SUBJECT, None, snap)
    return item_id


def _names(register) -> list[str]:
    with register.session() as session:
        return sorted(row.name["en"] for row in session.scalars(select(DataSubjectCategory)))


def _log_verifies(register) -> int:
    with register.session() as session:
        count, broken = change_log.verify(session)
    assert broken is None
    return count


@pytest.fixture
def server(stoppable_server):
    return stoppable_server


@pytest.fixture
def register(backend, register_target, postgres_server):
    url = register_target()
    # A commit is on disk before the server says it is done, as on any server left at its defaults
    # (the test run's cluster turns synchronous_commit off for speed; a crash would lose the last
    # commits, which no real server does).
    with postgres_server.server._admin.connect() as admin:
        admin.exec_driver_sql(f'ALTER DATABASE "{make_url(url).database}" SET synchronous_commit = on')
    with create_register(url, "Team B.V.") as made:
        yield made


def test_a_save_while_the_server_is_down_is_one_sentence_and_the_same_register_saves_once_it_is_back(server, register):
    _subject(register, "Leveranciers")
    generation, logged = register.generation(), _log_verifies(register)
    start_again = server.stop_for_a_moment()
    try:
        with pytest.raises(RegisterError) as refused:
            _subject(register, "Klanten")
        assert refused.value.code == errors.UNREACHABLE
        sentence = str(refused.value)
        assert sentence == (
            f"{register.location}: the database server cannot be reached "
            f"(is it running, and is the address right?); nothing was saved"
        )
        assert "\n" not in sentence
    finally:
        start_again()
    # The same Register object, not opened anew: the first save connects again.
    assert _names(register) == ["Leveranciers"]  # nothing of the refused save
    assert register.generation() == generation
    _subject(register, "Klanten")
    assert _names(register) == ["Klanten", "Leveranciers"]
    assert register.generation() == generation + 1
    assert _log_verifies(register) > logged


def test_after_a_restart_the_open_register_reads_and_saves_without_being_opened_again(server, register):
    """pg_ctl stop + start: every pooled connection is dead; pool_pre_ping replaces them unseen."""
    item = _subject(register, "Leveranciers")
    server.stop_for_a_moment()()
    assert operations.read(register, kinds.DATA_SUBJECT, item)["name"]["en"] == "Leveranciers"
    server.stop_for_a_moment()()
    snap = operations.read(register, kinds.DATA_SUBJECT, item)
    operations.save(register, kinds.DATA_SUBJECT, item, {**snap, "name": {"nl": "Klanten", "en": "Klanten"}}, base=snap)
    assert _names(register) == ["Klanten"]
    _log_verifies(register)


@pytest.mark.parametrize("stop", ["crash_for_a_moment", "stop_for_a_moment"])
def test_a_server_stopped_in_the_middle_of_a_save_keeps_what_was_committed_and_nothing_of_that_save(
    server, register, monkeypatch, stop
):
    """Killed (as kill -9 or a power cut: -m immediate) or restarted (-m fast) while a save has
    written its rows and its change log entries but not yet committed."""
    item, _other = _subject(register, "Leveranciers"), _subject(register, "Klanten")
    generation, logged = register.generation(), _log_verifies(register)
    snap = operations.read(register, kinds.DATA_SUBJECT, item)
    announce, started = server_module.announce, []

    def stopped_before_the_commit(connection, new_generation):
        started.append(getattr(server, stop)())  # the last statement of the save, then COMMIT
        return announce(connection, new_generation)

    monkeypatch.setattr(server_module, "announce", stopped_before_the_commit)
    try:
        with pytest.raises(RegisterError) as refused:
            operations.save(
                register, kinds.DATA_SUBJECT, item, {**snap, "name": {"nl": "Half", "en": "Half"}}, base=snap
            )
        assert refused.value.code == errors.UNREACHABLE
        assert str(refused.value).endswith(
            "cannot be reached (is it running, and is the address right?); nothing was saved"
        )
    finally:
        monkeypatch.setattr(server_module, "announce", announce)
        for start_again in started:
            start_again()
    assert started  # the server really went down in the middle of the save
    # Recovered by the server: the two saves, nothing of the one cut off, the log whole.
    assert _names(register) == ["Klanten", "Leveranciers"]
    assert register.generation() == generation
    assert _log_verifies(register) == logged
    # Near miss: the same save made again once the server is back lands, logged on the chain.
    operations.save(register, kinds.DATA_SUBJECT, item, {**snap, "name": {"nl": "Half", "en": "Half"}}, base=snap)
    assert _names(register) == ["Half", "Klanten"]
    assert register.generation() == generation + 1
    assert _log_verifies(register) > logged
