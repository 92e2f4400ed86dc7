"""A register on a PostgreSQL server (issue 17): created and migrated with the same migrations as
a file, an older one migrated once however many programs open it at once, a newer one refused,
every save under the server's writer lock and recorded as made by the database role, and a
server that cannot be reached said in one sentence. The test run's own server: tests/postgres_server.py."""

from __future__ import annotations

import multiprocessing
import time
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from ropa_desktop.register import change_log, errors, kinds, operations, schema, server, snapshots
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ChangeLogEntry, EstablishedVersion, Organisation, RegisterMeta
from ropa_desktop.register.models.meta import REGISTER_FORMAT
from ropa_desktop.register.storage import create_register, open_register


@contextmanager
def _raw(url: str):
    """A connection of another program: plain SQL, no ROPA Desktop in between."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def _subject(register, name: str) -> int:
    snap = snapshots.blank(kinds.DATA_SUBJECT)
    snap["name"] = {"nl": name, "en": name}
    item_id, _change = operations.save(register, kinds.DATA_SUBJECT, None, snap)
    return item_id


def test_a_new_server_register_has_this_versions_schema_and_opens_again(postgres_url):
    with create_register(postgres_url, "Team B.V.") as register:
        assert register.schema_revision() == schema.head_revision()
        assert register.path is None and register.backup("before") is None  # the server keeps its own
    with open_register(postgres_url) as register:
        with register.session() as session:
            assert register.organisation(session).legal_name == "Team B.V."
            assert change_log.verify(session)[1] is None
        assert register.role == "postgres"  # the role the tests connect as
    # postgresql:// (no driver named) is the same register, through the driver this program ships.
    bare = make_url(postgres_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with open_register(bare) as register:
        assert register.engine.dialect.driver == "psycopg"


def test_a_save_lands_in_the_table_recorded_as_the_database_role(postgres_url):
    with create_register(postgres_url, "Team B.V.") as register:
        generation = register.generation()
        with change_log.acting(who="someone-else", name="Jan"):
            item = _subject(register, "Leveranciers")
        assert register.generation() == generation + 1
        assert register.wrote_all_since(generation, generation + 1)  # its own save: no reload
    with _raw(postgres_url) as other:
        name = other.execute(text("SELECT name FROM data_subject_categories WHERE id = :id"), {"id": item}).scalar()
        assert name == {"nl": "Leveranciers", "en": "Leveranciers"}
        who = other.execute(
            text("SELECT DISTINCT who, who_name FROM change_log WHERE item_id = :id AND item_kind = :kind"),
            {"id": item, "kind": kinds.DATA_SUBJECT},
        ).all()
        # The server vouches for the role, not for what the program says about its user.
        assert who == [("postgres", "Jan")]


def _older_register(url: str) -> None:
    """A register of schema 0007 (before the change log) with its organisation."""
    engine = create_engine(url)
    with engine.begin() as conn:
        schema.upgrade(conn, "0007")
        conn.execute(RegisterMeta.__table__.insert(), [{"key": "format", "value": REGISTER_FORMAT}])
        conn.execute(
            Organisation.__table__.insert().values(legal_name="Team B.V.", country_code="NL", languages=["nl", "en"])
        )
    engine.dispose()


def test_an_older_register_is_migrated_on_open_and_its_history_started(postgres_url):
    _older_register(postgres_url)
    with open_register(postgres_url) as register:
        assert register.schema_revision() == schema.head_revision()
        with register.session() as session:
            assert change_log.verify(session)[1] is None
            assert session.scalar(select(ChangeLogEntry.who).limit(1)) == "postgres"


def test_a_register_of_a_newer_version_is_refused_in_one_sentence(postgres_url):
    create_register(postgres_url, "Team B.V.").close()
    with _raw(postgres_url) as other:
        other.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(RegisterError) as refused:
        open_register(postgres_url)
    assert refused.value.code == errors.NEWER_VERSION
    assert "newer version of ROPA Desktop (schema 9999)" in str(refused.value) and "\n" not in str(refused.value)
    # Near miss: the schema of this version opens.
    with _raw(postgres_url) as other:
        other.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": schema.head_revision()})
    open_register(postgres_url).close()


def _open_in_another_program(url: str, done) -> None:
    try:
        with open_register(url) as register:
            done.put(("opened", register.schema_revision()))
    except BaseException as exc:  # noqa: BLE001 (the test reads what went wrong)
        done.put(("failed", f"{type(exc).__name__}: {exc}"))


def test_two_programs_opening_an_older_register_at_once_migrate_it_once(postgres_url):
    _older_register(postgres_url)
    engine = create_engine(postgres_url)
    context = multiprocessing.get_context("spawn")
    done = context.Queue()
    # A third program is migrating (holds the migration lock): both must wait for it.
    with engine.connect() as migrating:
        migrating.execute(text("SELECT pg_advisory_lock(:key)"), {"key": server.MIGRATION_LOCK})
        programs = [context.Process(target=_open_in_another_program, args=(postgres_url, done)) for _ in range(2)]
        for program in programs:
            program.start()
        deadline = time.monotonic() + 60
        while _waiting_for_lock(engine) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _waiting_for_lock(engine) == 2, "both wait for the migration lock"
        assert all(program.is_alive() for program in programs)
        with engine.connect() as conn:
            assert schema.current_revision(conn) == "0007"  # neither went ahead
        migrating.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": server.MIGRATION_LOCK})
        migrating.commit()
    results = [done.get(timeout=120) for _ in programs]
    for program in programs:
        program.join(60)
        assert program.exitcode == 0
    assert results == [("opened", schema.head_revision())] * 2
    # The history was started once, not by each of them.
    with engine.connect() as conn:
        assert conn.execute(select(EstablishedVersion.number)).scalars().all() == [0]
    engine.dispose()
    with open_register(postgres_url) as register, register.session() as session:
        count, broken = change_log.verify(session)
        assert broken is None
        assert session.scalars(select(ChangeLogEntry.sequence).order_by(ChangeLogEntry.sequence)).all() == list(
            range(1, count + 1)
        )


def _waiting_for_lock(engine) -> int:
    """How many connections wait for an advisory lock of this database."""
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()"
            )
        ).scalar()


def test_a_save_waits_for_another_programs_save_and_is_refused_when_it_takes_too_long(postgres_url, monkeypatch):
    monkeypatch.setattr(server, "LOCK_WAIT_SECONDS", 1)
    with create_register(postgres_url, "Team B.V.") as register:
        engine = create_engine(postgres_url)
        with engine.connect() as other:  # another program in the middle of a save
            other.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": server.WRITE_LOCK})
            with pytest.raises(RegisterError) as refused:
                _subject(register, "Leveranciers")
            assert refused.value.code == errors.LOCKED and "nothing was saved" in str(refused.value)
            other.rollback()  # its save ends: the lock is released
        engine.dispose()
        # Near miss: with nobody saving, the same save goes through.
        item = _subject(register, "Leveranciers")
        assert operations.read(register, kinds.DATA_SUBJECT, item)["name"]["nl"] == "Leveranciers"


def test_a_server_that_cannot_be_reached_is_said_in_one_sentence():
    # A port nobody listens on (the test run's server listens elsewhere).
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/register"
    for attempt in (open_register, lambda target: create_register(target, "Team B.V.")):
        with pytest.raises(RegisterError) as refused:
            attempt(url)
        assert refused.value.code == errors.UNREACHABLE
        assert str(refused.value) == (
            f"{url}: the database server cannot be reached (is it running, and is the address right?)"
        )


def test_a_database_that_does_not_exist_is_said_in_one_sentence(postgres_url):
    missing = make_url(postgres_url).set(database="no_such_register").render_as_string(hide_password=False)
    with pytest.raises(RegisterError) as refused:
        open_register(missing)
    assert "has no such database" in str(refused.value) and "\n" not in str(refused.value)


def test_a_register_whose_connections_the_server_dropped_goes_on_saving(postgres_url):
    """The server restarted (its connections gone): the next save connects anew, nothing is lost."""
    with create_register(postgres_url, "Team B.V.") as register:
        _subject(register, "Leveranciers")
        with _raw(postgres_url) as admin:
            admin.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
        item = _subject(register, "Klanten")
        assert operations.read(register, kinds.DATA_SUBJECT, item)["name"]["en"] == "Klanten"
        with register.session() as session:
            assert change_log.verify(session)[1] is None


def test_a_database_that_holds_something_else_is_not_a_register_and_is_left_alone(postgres_url):
    with _raw(postgres_url) as other:
        other.execute(text("CREATE TABLE invoices (id integer)"))
    with pytest.raises(RegisterError) as refused:
        open_register(postgres_url)
    assert refused.value.code == errors.NOT_A_REGISTER
    with pytest.raises(RegisterError) as refused:
        create_register(postgres_url, "Team B.V.")
    assert "the database is not empty" in str(refused.value)
    with _raw(postgres_url) as other:
        assert (
            other.execute(text("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).scalar()
            == 1
        )
