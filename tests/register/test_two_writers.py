"""Two writers on one register lose nothing silently: the write lock comes first, items carry
a version, saves write only what the officer changed, and a copy put back never erases
another program's change."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing

import pytest
from sqlalchemy import func, select
from workbook_history import without_history

from ropa_desktop.documents.importing import service
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import errors, kinds, operations, snapshots
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import Organisation, ProcessingActivity, Purpose, RegisterMeta
from ropa_desktop.register.rows import counts
from ropa_desktop.register.storage import GENERATION, create_register, open_register


def _activity(register, nl_name: str) -> int:
    with register.session() as session:
        return session.scalars(
            select(ProcessingActivity.id).where(ProcessingActivity.name["nl"].as_string() == nl_name)
        ).one()


def _version(register, item_id: int) -> int:
    with register.session() as session:
        return session.get(ProcessingActivity, item_id).version


def _other_writer_can_lock(path) -> bool:
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            assert "locked" in str(exc)
            return False
        other.execute("ROLLBACK")
        return True


# --- the write lock first -------------------------------------------------------------------------


def test_a_write_transaction_holds_the_write_lock_before_it_writes_anything(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        with register.transaction() as session:
            session.scalars(select(Organisation)).one()  # only read so far
            assert not _other_writer_can_lock(path)
            with closing(sqlite3.connect(path, timeout=0)) as reader:  # readers still read
                assert reader.execute("SELECT legal_name FROM organisation").fetchone() == ("Acme",)
            session.add(ProcessingActivity(name={"nl": "Eerste"}))
        assert _other_writer_can_lock(path)  # released by the commit
        with register.session() as session:
            assert session.scalar(select(func.count()).select_from(ProcessingActivity)) == 1


def test_a_failed_write_transaction_rolls_back_and_releases_the_lock(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        before = register.generation()
        with pytest.raises(ZeroDivisionError):
            with register.transaction() as session:
                session.add(ProcessingActivity(name={"nl": "Weg"}))
                session.flush()
                raise ZeroDivisionError("a failure inside the transaction")
        assert _other_writer_can_lock(path)
        assert register.generation() == before
        with register.session() as session:
            assert session.scalar(select(func.count()).select_from(ProcessingActivity)) == 0


def test_reading_takes_no_write_lock(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register, register.session() as session:
        session.scalars(select(Organisation)).one()
        assert _other_writer_can_lock(path)


def test_a_second_writer_waits_and_is_refused_as_locked(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register, closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(RegisterError) as refused:
                with register.transaction() as session:
                    session.scalars(select(Organisation)).one()
        finally:
            other.execute("ROLLBACK")
    assert refused.value.code == errors.LOCKED


def test_two_imports_of_one_workbook_at_once_add_every_activity_once(demo_register, tmp_path, monkeypatch):
    book = tmp_path / "book.xlsx"
    with open(book, "wb") as target:
        write_workbook(demo_register, "nl", target)
    path = tmp_path / "empty.ropa"
    create_register(path, "Connaxis B.V.").close()

    # The first import to merge holds its transaction open until the second has started its
    # own: without the write lock first, the second would read the register before the
    # first commits, and add everything again.
    arrived, first_merged = threading.Event(), threading.Event()
    arrivals = []
    real_merge, real_transaction_merge = service.merge, service._merge

    def _merge(register, entries, dry_run, progress, *more):
        arrivals.append(register)
        if len(arrivals) == 2:
            arrived.set()
        return real_transaction_merge(register, entries, dry_run, progress, *more)

    def merge(session, entries, progress=None, **more):
        outcomes = real_merge(session, entries, progress, **more)
        if not first_merged.is_set():
            first_merged.set()
            assert arrived.wait(10)
            time.sleep(0.3)  # the second is now waiting for the lock (or reading, without it)
        return outcomes

    monkeypatch.setattr(service, "_merge", _merge)
    monkeypatch.setattr(service, "merge", merge)
    failures = []

    def run(register):
        try:
            import_workbook(register, book, backup=False)
        except BaseException as exc:  # reported below, not lost in the thread
            failures.append(exc)

    registers = [open_register(path), open_register(path)]  # two programs, each its own connection
    threads = [threading.Thread(target=run, args=(register,)) for register in registers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for register in registers:
        register.close()
    assert not failures
    with open_register(path) as register, register.session() as session:
        names = [a.name["nl"] for a in session.scalars(select(ProcessingActivity))]
        found = counts(session)
    with demo_register.session() as session:
        expected = [a.name["nl"] for a in session.scalars(select(ProcessingActivity))]
        assert found == counts(session)  # every catalogue entry once too
    assert sorted(names) == sorted(expected)


# --- the generation ---------------------------------------------------------------------------------


def test_every_write_transaction_raises_the_generation_and_knows_it_wrote_it(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register, open_register(path) as other:
        start = register.generation()
        with register.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Eerste"}))
        assert register.generation() == other.generation() == start + 1
        assert register.wrote_all_since(start, start + 1)
        assert not other.wrote_all_since(start, start + 1)
        with other.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Tweede"}))
        assert register.generation() == start + 2
        assert not register.wrote_all_since(start, start + 2)  # the second write was another's
        assert register.wrote_step(start, start + 1) and not register.wrote_step(start + 1, start + 2)


def test_a_dry_run_or_a_refused_change_leaves_the_generation(demo_register, tmp_path):
    book = tmp_path / "book.xlsx"
    with open(book, "wb") as target:
        write_workbook(demo_register, "nl", target)
    before = demo_register.generation()
    import_workbook(demo_register, book, dry_run=True)
    with pytest.raises(RegisterError):
        operations.delete(demo_register, kinds.ACTIVITY, 9999)
    assert demo_register.generation() == before


def test_a_transaction_that_writes_nothing_leaves_the_generation(demo_register):
    item = _activity(demo_register, "Administratie")
    before = demo_register.generation()
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    operations.save(demo_register, kinds.ACTIVITY, item, snap, base=snap)
    operations.set_order(demo_register, kinds.ACTIVITY, operations.order(demo_register, kinds.ACTIVITY))
    assert demo_register.generation() == before
    operations.save(demo_register, kinds.ACTIVITY, item, {**snap, "owner": "X"}, base=snap)
    assert demo_register.generation() == before + 1


# --- versions ------------------------------------------------------------------------------------------


def test_an_item_version_goes_up_once_per_change_of_it_or_its_rows(demo_register):
    item = _activity(demo_register, "Administratie")
    start = _version(demo_register, item)
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    assert snap[snapshots.VERSION] == start
    operations.save(demo_register, kinds.ACTIVITY, item, {**snap, "owner": "Finance"}, base=snap)
    assert _version(demo_register, item) == start + 1
    with demo_register.transaction() as session:  # a child row alone
        session.scalars(select(Purpose).where(Purpose.activity_id == item)).first().lia_reference = "LIA-1"
    assert _version(demo_register, item) == start + 2
    operations.set_status(demo_register, {item: "retired"})
    assert _version(demo_register, item) == start + 3


def test_an_import_raises_the_version_of_what_it_changed_only(demo_register, tmp_path):
    book = tmp_path / "book.xlsx"
    with open(book, "wb") as target:
        write_workbook(demo_register, "nl", target)
    without_history(book)  # taken as it stands: it puts back the owner changed after the export
    item, other = _activity(demo_register, "Administratie"), _activity(demo_register, "Sollicitaties")
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    operations.save(demo_register, kinds.ACTIVITY, item, {**snap, "owner": "Changed"}, base=snap)
    versions = _version(demo_register, item), _version(demo_register, other)
    import_workbook(demo_register, book, backup=False)  # puts the owner back
    assert operations.read(demo_register, kinds.ACTIVITY, item)["owner"] == snap["owner"]
    assert (_version(demo_register, item), _version(demo_register, other)) == (versions[0] + 1, versions[1])


def test_moving_an_item_or_saving_it_unchanged_leaves_its_version(demo_register):
    item = _activity(demo_register, "Administratie")
    start = _version(demo_register, item)
    order = operations.order(demo_register, kinds.ACTIVITY)
    operations.set_order(demo_register, kinds.ACTIVITY, list(reversed(order)))
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    operations.save(demo_register, kinds.ACTIVITY, item, snap)  # the whole snapshot, as it is
    assert _version(demo_register, item) == start


def test_a_contact_block_or_office_of_the_organisation_raises_its_version(demo_register):
    org = operations.organisation_id(demo_register)
    snap = operations.read(demo_register, kinds.ORGANISATION, org)
    role = next(role for role in ("privacy_contact", "dpo") if snap[role] is not None)
    with demo_register.transaction() as session:  # the contact row alone, as a merge might
        getattr(session.get(Organisation, org), role).email = "privacy@example.org"
    assert operations.read(demo_register, kinds.ORGANISATION, org)[snapshots.VERSION] == snap[snapshots.VERSION] + 1
    office = {"country_code": "BE", "address": "Rue 1", "postal_code": "1000", "city": "Brussel"}
    now = operations.read(demo_register, kinds.ORGANISATION, org)
    operations.save(demo_register, kinds.ORGANISATION, org, {**now, "offices": [*now["offices"], office]}, base=now)
    assert operations.read(demo_register, kinds.ORGANISATION, org)[snapshots.VERSION] == now[snapshots.VERSION] + 1


def test_a_new_item_starts_at_version_one(demo_register):
    new_id, _ = operations.duplicate(demo_register, _activity(demo_register, "Administratie"), {"nl": "Kopie"})
    assert _version(demo_register, new_id) == 1


# --- saves write only what changed --------------------------------------------------------------------


def _edited_elsewhere(register, item_id: int, **fields) -> None:
    """Another program (another Register on the same file) edits the item."""
    with open_register(register.location) as other:
        snap = operations.read(other, kinds.ACTIVITY, item_id)
        operations.save(other, kinds.ACTIVITY, item_id, {**snap, **fields}, base=snap)


def test_a_save_keeps_a_colleagues_change_to_another_field(demo_register):
    item = _activity(demo_register, "Administratie")
    mine = operations.read(demo_register, kinds.ACTIVITY, item)
    _edited_elsewhere(demo_register, item, department="Finance")
    operations.save(demo_register, kinds.ACTIVITY, item, {**mine, "owner": "Controller"}, base=mine)
    now = operations.read(demo_register, kinds.ACTIVITY, item)
    assert (now["owner"], now["department"]) == ("Controller", "Finance")


def test_a_save_over_a_colleagues_change_to_the_same_field_is_refused_and_changes_nothing(demo_register):
    item = _activity(demo_register, "Administratie")
    mine = operations.read(demo_register, kinds.ACTIVITY, item)
    _edited_elsewhere(demo_register, item, owner="Finance", systems="Exact")
    theirs = operations.read(demo_register, kinds.ACTIVITY, item)
    generation = demo_register.generation()
    with pytest.raises(RegisterError) as refused:
        operations.save(
            demo_register, kinds.ACTIVITY, item, {**mine, "owner": "Controller", "internal_notes": "mine"}, base=mine
        )
    error = refused.value
    assert error.code == errors.CONFLICT
    assert str(error) == (
        f"activity {item} was changed by another program since you opened it: owner; your edit is still in the form"
    )
    [conflict] = error.conflicts
    assert (conflict.field, conflict.base, conflict.theirs, conflict.ours) == (
        "owner",
        mine["owner"],
        "Finance",
        "Controller",
    )
    assert operations.read(demo_register, kinds.ACTIVITY, item) == theirs  # not even the notes
    assert demo_register.generation() == generation


def test_the_same_change_made_by_both_is_no_conflict(demo_register):
    item = _activity(demo_register, "Administratie")
    mine = operations.read(demo_register, kinds.ACTIVITY, item)
    _edited_elsewhere(demo_register, item, owner="Finance")
    operations.save(demo_register, kinds.ACTIVITY, item, {**mine, "owner": "Finance"}, base=mine)
    assert operations.read(demo_register, kinds.ACTIVITY, item)["owner"] == "Finance"


def test_without_a_concurrent_change_only_the_edited_field_is_written(demo_register):
    item = _activity(demo_register, "Administratie")
    mine = operations.read(demo_register, kinds.ACTIVITY, item)
    # A stale value in a field the officer did not touch is not written back.
    operations.save(demo_register, kinds.ACTIVITY, item, {**mine, "owner": "Controller"}, base=mine)
    now = operations.read(demo_register, kinds.ACTIVITY, item)
    assert now["owner"] == "Controller"
    assert {k: v for k, v in now.items() if k not in ("owner", "version")} == {
        k: v for k, v in mine.items() if k not in ("owner", "version")
    }
    assert now[snapshots.VERSION] == mine[snapshots.VERSION] + 1


def test_a_child_list_changed_elsewhere_conflicts_with_an_edit_of_it(demo_register):
    item = _activity(demo_register, "Administratie")
    mine = operations.read(demo_register, kinds.ACTIVITY, item)
    _edited_elsewhere(demo_register, item, purposes=mine["purposes"][:1])
    with pytest.raises(RegisterError) as refused:
        operations.save(demo_register, kinds.ACTIVITY, item, {**mine, "purposes": []}, base=mine)
    assert refused.value.code == errors.CONFLICT and refused.value.conflicts[0].field == "purposes"


def test_saving_an_item_deleted_meanwhile_is_not_found(demo_register):
    snap = snapshots.blank(kinds.DATA_SUBJECT)
    snap["name"] = {"nl": "Stagiairs"}
    item, _ = operations.save(demo_register, kinds.DATA_SUBJECT, None, snap)
    mine = operations.read(demo_register, kinds.DATA_SUBJECT, item)
    operations.delete(demo_register, kinds.DATA_SUBJECT, item)
    with pytest.raises(RegisterError) as refused:
        operations.save(demo_register, kinds.DATA_SUBJECT, item, {**mine, "name": {"nl": "X"}}, base=mine)
    assert refused.value.code == errors.NOT_FOUND
    with pytest.raises(RegisterError):
        operations.read(demo_register, kinds.DATA_SUBJECT, item)  # not brought back


# --- putting a copy back --------------------------------------------------------------------------------


def _generation_in(path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT value FROM register_meta WHERE key = 'generation'").fetchone()[0])


def test_putting_back_a_copy_moves_the_generation_and_versions_forward(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        with register.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Eerste"}))
        copy = register.copy_to(tmp_path / "copy.ropa")
        item = _activity(register, "Eerste")
        for owner in ("a", "b", "c"):
            snap = operations.read(register, kinds.ACTIVITY, item)
            operations.save(register, kinds.ACTIVITY, item, {**snap, "owner": owner}, base=snap)
        before, version = register.generation(), _version(register, item)
        written = register.restore_from(copy, expected_generation=before)
        assert written == register.generation() > before > _generation_in(copy)
        assert register.wrote_step(before, written)
        assert _version(register, item) > version
        assert operations.read(register, kinds.ACTIVITY, item)["owner"] == ""


def test_putting_back_a_copy_after_another_programs_write_is_refused_and_changes_nothing(tmp_path):
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register, open_register(path) as other:
        copy = register.copy_to(tmp_path / "copy.ropa")
        expected = register.generation()
        with other.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Van een ander"}))
        with pytest.raises(RegisterError) as refused:
            register.restore_from(copy, expected_generation=expected)
        assert refused.value.code == errors.CHANGED_SINCE
        assert _activity(register, "Van een ander")
        assert register.generation() == expected + 1


def test_an_older_register_gets_versions_and_a_generation(tmp_path):
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "fixtures" / "registers" / "schema-0001.ropa"
    path = tmp_path / "old.ropa"
    path.write_bytes(fixture.read_bytes())
    with open_register(path) as register:
        with register.session() as session:
            assert {a.version for a in session.scalars(select(ProcessingActivity))} == {1}
            assert session.get(RegisterMeta, GENERATION).value == "1"
        assert register.generation() == 1
