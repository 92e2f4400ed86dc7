"""Creating and opening registers; refusing what is not ours, newer, or locked."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, select

from ropa_desktop.register import errors, schema
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import (
    ActivityDataCategory,
    Base,
    ChangeLogEntry,
    Cookie,
    DataCategory,
    Organisation,
    ProcessingActivity,
)
from ropa_desktop.register.storage import create_register, open_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"


def test_new_register_holds_its_organisation_and_languages(tmp_path):
    path = tmp_path / "acme.ropa"
    with create_register(path, " Acme B.V. ", country="be", language="en") as register:
        with register.session() as session:
            org = register.organisation(session)
            assert org.legal_name == "Acme B.V."
            assert org.country_code == "BE"
            assert org.languages == ["en", "nl"]
            assert org.primary_language == "en"
    with open_register(path) as again:
        assert again.schema_revision() == schema.head_revision()


def test_new_register_marks_the_file_as_ours(tmp_path):
    path = tmp_path / "acme.ropa"
    create_register(path, "Acme").close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x524F5041
    assert conn.execute("SELECT value FROM register_meta WHERE key='format'").fetchone() == ("ropa-desktop-register",)
    conn.close()


def test_create_refuses_an_existing_file_and_leaves_it(tmp_path):
    path = tmp_path / "taken.ropa"
    path.write_bytes(b"precious")
    with pytest.raises(RegisterError, match="already exists"):
        create_register(path, "Acme")
    assert path.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.ropa"]


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"organisation_name": "  "}, "needs a name"),
        ({"organisation_name": "Acme", "country": "XX"}, "unknown country"),
        ({"organisation_name": "Acme", "language": "de"}, "unsupported language"),
    ],
)
def test_create_refuses_bad_input_without_leaving_a_file(tmp_path, kwargs, reason):
    with pytest.raises(RegisterError, match=reason):
        create_register(tmp_path / "x.ropa", **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_create_in_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(RegisterError, match="no such folder"):
        create_register(tmp_path / "nope" / "x.ropa", "Acme")


def test_a_failure_while_filling_leaves_no_file(tmp_path):
    def fail(session, organisation):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        create_register(tmp_path / "x.ropa", "Acme", fill=fail)
    assert list(tmp_path.iterdir()) == []


def _refused_unchanged(path: Path, reason: str, others: tuple[str, ...] = ()) -> None:
    before = path.read_bytes()
    with pytest.raises(RegisterError, match=reason) as info:
        open_register(path)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, *others])


def test_a_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a register\n")
    _refused_unchanged(path, "not a ROPA register")


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.ropa"
    path.write_bytes(b"")
    _refused_unchanged(path, "not a ROPA register")


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    _refused_unchanged(path, "another program")


def test_a_truncated_register_is_refused(tmp_path):
    path = tmp_path / "x.ropa"
    create_register(path, "Acme").close()
    path.write_bytes(path.read_bytes()[:200])
    _refused_unchanged(path, "damaged|not a ROPA register")


def test_a_register_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.ropa"
    create_register(path, "Acme").close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    _refused_unchanged(path, "newer version")


def test_a_locked_register_is_refused_and_untouched(tmp_path):
    path = tmp_path / "busy.ropa"
    create_register(path, "Acme").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE organisation SET legal_name = 'being edited'")
    try:
        # The journal is the other program's, of its unfinished change.
        _refused_unchanged(path, "locked by another program", others=("busy.ropa-journal",))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(RegisterError, match="no such file"):
        open_register(tmp_path / "gone.ropa")
    assert list(tmp_path.iterdir()) == []


def test_foreign_keys_are_enforced(tmp_path):
    with create_register(tmp_path / "x.ropa", "Acme") as register:
        with pytest.raises(RegisterError) as refused:
            with register.transaction() as session:
                activity = ProcessingActivity(name={"nl": "X"})
                session.add(activity)
                session.flush()
                session.add(ActivityDataCategory(activity_id=activity.id, data_category_id=999))
        assert refused.value.code == errors.INVALID and "FOREIGN KEY" in str(refused.value)
        with register.session() as session:
            assert session.scalar(select(func.count()).select_from(ProcessingActivity)) == 0


def test_a_catalogue_entry_in_use_cannot_be_deleted_underneath(tmp_path):
    with create_register(tmp_path / "x.ropa", "Acme") as register:
        with register.transaction() as session:
            category = DataCategory(name={"nl": "Naam"})
            session.add(ProcessingActivity(name={"nl": "X"}, data_categories=[category]))
        with pytest.raises(RegisterError) as refused:
            with register.transaction() as session:
                session.execute(DataCategory.__table__.delete())
        assert refused.value.code == errors.INVALID
        with register.session() as session:
            assert session.scalars(select(DataCategory)).one().name == {"nl": "Naam"}


def test_migrations_build_exactly_the_models_schema():
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        schema.upgrade(conn)
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_every_migration_downgrades_and_upgrades_again(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as conn:
        schema.upgrade(conn)
        from alembic import command

        command.downgrade(schema.alembic_config(conn), "base")
        assert schema.current_revision(conn) is None
        schema.upgrade(conn)
        assert schema.current_revision(conn) == schema.head_revision()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.ropa")), ids=lambda p: p.stem)
def test_registers_of_every_released_schema_open_with_data_intact(tmp_path, fixture):
    """One stored register per released schema: each migrates to head, keeping its data."""
    path = tmp_path / "old.ropa"
    shutil.copy2(fixture, path)
    old_revision = fixture.stem.removeprefix("schema-")
    with open_register(path) as register:
        assert register.schema_revision() == schema.head_revision()
        with register.session() as session:
            org = session.scalars(select(Organisation)).one()
            assert org.legal_name == "Connaxis B.V."
            assert org.public_authority is False  # added by 0003: a private organisation until told otherwise
            activities = session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.position)).all()
            assert [a.name["nl"] for a in activities][:2] == ["Onze dienstverlening", "Wettelijke plichten"]
            assert len(activities) == 7
            assert all(a.purposes and a.retention_rules for a in activities)
            # Added by 0005: no purpose of an older register is direct marketing until told so.
            if old_revision < "0005":
                assert not any(p.direct_marketing for a in activities for p in a.purposes)
            assert activities[0].data_categories
            # 0006: a rule keeps all its activity's data; a cookie's name goes to the main language.
            if old_revision < "0006":
                assert all(r.data_category_ids == [] for a in activities for r in a.retention_rules)
            # 0007: no activity of an older register has the officer's own reference yet.
            if old_revision < "0007":
                assert all(a.reference == "" for a in activities)
            # 0008: the change log starts with every item as it was (origin "migration").
            starts = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.item_kind == "activity")).all()
            assert sorted(e.item_id for e in starts) == sorted(a.id for a in activities)
            assert {(e.action, e.origin) for e in starts} == {("start", "migration")}
            cookies = session.scalars(select(Cookie).order_by(Cookie.position)).all()
            if "0002" <= old_revision < "0006":  # 0006 moved the one name to the main language
                assert cookies[0].name == {"nl": "Sessiecookie"} and len(cookies) == 4
            elif old_revision >= "0006":  # a register of 0006 on has a name per language
                assert cookies[0].name["nl"] == "Sessiecookie" and len(cookies) == 4
    backup = tmp_path / f"old.schema-{old_revision}.ropa"
    if old_revision != schema.head_revision():
        # Made with SQLite's backup API (register.copies): every row, not every header byte.
        with (
            closing(sqlite3.connect(backup)) as copy,
            closing(sqlite3.connect(f"{fixture.as_uri()}?mode=ro", uri=True)) as original,
        ):
            assert list(copy.iterdump()) == list(original.iterdump())
    else:
        assert not backup.exists()


def test_the_oldest_fixture_is_older_than_head():
    """Keeps the migration test above honest: at least one stored register must migrate."""
    revisions = [p.stem.removeprefix("schema-") for p in FIXTURES.glob("schema-*.ropa")]
    assert revisions and min(revisions) != schema.head_revision()
    assert set(revisions) <= set(schema.known_revisions())


# --- faults while saving: a coded one-line error, and the register as it was ----------------


def _names(register) -> list[str]:
    with register.session() as session:
        return [a.name["nl"] for a in session.scalars(select(ProcessingActivity))]


def _add(register, name: str) -> None:
    with register.transaction() as session:
        session.add(ProcessingActivity(name={"nl": name}))


def test_saving_to_a_read_only_register_is_refused(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        _add(register, "Eerste")
    path.chmod(0o444)
    before = path.read_bytes()
    with open_register(path) as register:
        assert register.read_only
        with pytest.raises(RegisterError) as info:
            _add(register, "Tweede")
        assert info.value.code == "read_only" and "read-only" in str(info.value)
        assert _names(register) == ["Eerste"]
    assert path.read_bytes() == before


def test_saving_while_another_program_holds_the_lock_is_refused(tmp_path):
    path = tmp_path / "x.ropa"
    create_register(path, "Acme").close()
    with open_register(path) as register:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(RegisterError) as info:
                _add(register, "Tweede")
            assert info.value.code == "locked"
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert _names(register) == []
        _add(register, "Derde")  # once the other program lets go, saving works again
        assert _names(register) == ["Derde"]


def test_saving_to_a_vanished_file_is_refused_and_creates_nothing(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        path.unlink()
        with pytest.raises(RegisterError) as info:
            _add(register, "Tweede")
        assert info.value.code == "vanished"
    assert not path.exists()


def test_saving_to_a_replaced_file_is_refused(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        other = tmp_path / "other.ropa"
        create_register(other, "Other").close()
        other.replace(path)
        with pytest.raises(RegisterError) as info:
            _add(register, "Tweede")
        assert info.value.code == "vanished"


def test_a_full_disk_while_saving_keeps_the_register_as_it_was(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        _add(register, "Eerste")
        pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]

        @event_listens_for_connect(register.engine)
        def _small_disk(dbapi_connection, _record):
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        register.engine.dispose()  # new connections get the limit
        with pytest.raises(RegisterError) as info:
            with register.transaction() as session:
                session.add_all(ProcessingActivity(name={"nl": "x"}, internal_notes="x" * 5000) for _ in range(50))
        assert info.value.code == "disk_full"
        assert _names(register) == ["Eerste"]


def event_listens_for_connect(engine):
    from sqlalchemy import event

    return lambda fn: event.listen(engine, "connect", fn) or fn


# --- copies: made before a change, and put back to undo it ----------------------------------


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


@pytest.fixture
def copied(tmp_path):
    """A register whose copy holds "Eerste" while the register holds "Eerste" and "Tweede"."""
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        _add(register, "Eerste")
        copy = register.copy_to(tmp_path / "copy.ropa")
        _add(register, "Tweede")
    return path, copy


def test_a_register_put_back_from_its_copy_holds_exactly_the_copy(copied):
    path, copy = copied
    with open_register(path) as register:
        with register.session() as session:  # a session open elsewhere sees the change after it ends
            assert len(session.scalars(select(ProcessingActivity)).all()) == 2
        register.restore_from(copy)
        assert _names(register) == ["Eerste"]
        _add(register, "Derde")  # and the register goes on as usual
        assert _names(register) == ["Eerste", "Derde"]
    assert _dump(copy) != _dump(path)


def test_putting_back_a_copy_while_another_program_writes_is_refused_and_changes_nothing(copied):
    path, copy = copied
    before = _dump(path)
    with open_register(path) as register, closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(RegisterError) as refused:
            register.restore_from(copy)
        other.execute("ROLLBACK")
    assert refused.value.code == errors.LOCKED and "locked by another program" in str(refused.value)
    assert _dump(path) == before


def test_putting_back_a_copy_into_a_read_only_register_is_refused(copied):
    path, copy = copied
    path.chmod(0o444)
    before = path.read_bytes()
    try:
        with open_register(path) as register:
            if not register.read_only:
                pytest.skip("the file system does not make the file read-only")
            with pytest.raises(RegisterError) as refused:
                register.restore_from(copy)
            assert refused.value.code == errors.READ_ONLY
        assert path.read_bytes() == before
    finally:
        path.chmod(0o644)
