"""The change log (issue 16): every committed change recorded where every write passes, one entry
per field with before and after, chained by hashes that find an entry altered, removed or moved."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import change_log, file_schema, kinds, operations, schema, snapshots
from ropa_desktop.register.models import ChangeLogEntry, ProcessingActivity
from ropa_desktop.register.models.change_log import ADDED, CHANGED, DELETED, START
from ropa_desktop.register.storage import create_register, open_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"


def _entries(register) -> list[ChangeLogEntry]:
    with register.session() as session:
        return list(session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.sequence)))


def _first_activity(register) -> int:
    with register.session() as session:
        return session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()


def _verify(register):
    with register.session() as session:
        return change_log.verify(session)


def test_a_save_records_the_field_with_before_after_and_who(demo_register):
    item = _first_activity(demo_register)
    before = len(_entries(demo_register))
    with change_log.acting(who="jan", name="Jan de Vries", comment="as agreed with legal"):
        operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "V-01", "owner": "HR"})
    new = _entries(demo_register)[before:]
    assert [(e.action, e.item_kind, e.item_id, e.field) for e in new] == [
        (CHANGED, kinds.ACTIVITY, item, "reference"),
        (CHANGED, kinds.ACTIVITY, item, "owner"),
    ]
    reference = new[0]
    assert (change_log.value(reference.before), change_log.value(reference.after)) == ("", "V-01")
    # On a server the change log records the database role, which the server vouches for.
    who = demo_register.role or "jan"
    assert (reference.who, reference.who_name, reference.comment) == (who, "Jan de Vries", "as agreed with legal")
    assert reference.origin == change_log.COMMAND_LINE and reference.item_name == "Onze dienstverlening"
    assert new[0].change_set == new[1].change_set  # one transaction, one change set
    assert _verify(demo_register) == (before + 2, None)


def test_a_save_that_changes_nothing_records_nothing(demo_register):
    item = _first_activity(demo_register)
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    before = len(_entries(demo_register))
    operations.save(demo_register, kinds.ACTIVITY, item, {"reference": snap["reference"]})
    assert len(_entries(demo_register)) == before
    # The near miss: a real change is recorded.
    operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "X"})
    assert len(_entries(demo_register)) == before + 1


def test_a_change_to_a_purpose_is_recorded_as_the_activitys_purposes(demo_register):
    item = _first_activity(demo_register)
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    purposes = snap["purposes"]
    purposes[0]["description"] = {**purposes[0]["description"], "nl": "Een ander doel"}
    operations.save(demo_register, kinds.ACTIVITY, item, {"purposes": purposes})
    last = _entries(demo_register)[-1]
    assert (last.field, last.item_id) == ("purposes", item)
    assert change_log.value(last.after)[0]["description"]["nl"] == "Een ander doel"
    assert change_log.value(last.before)[0]["description"]["nl"] != "Een ander doel"


def test_delete_and_its_undo_are_two_new_entries_and_nothing_is_erased(demo_register):
    item = _first_activity(demo_register)
    before = _entries(demo_register)
    snap, _change = operations.delete(demo_register, kinds.ACTIVITY, item)
    deleted = _entries(demo_register)[-1]
    assert (deleted.action, deleted.item_id, deleted.after) == (DELETED, item, None)
    assert change_log.value(deleted.before)["name"]["nl"] == "Onze dienstverlening"
    # The undo of the delete writes the snapshot back: a new change, not an erasure.
    operations.save(demo_register, kinds.ACTIVITY, item, snap)
    entries = _entries(demo_register)
    assert entries[-1].action == ADDED and entries[-1].item_id == item
    assert [e.sequence for e in entries[: len(before)]] == [e.sequence for e in before]
    assert any(e.item_id == item and e.action == START for e in entries)  # its history is kept
    assert _verify(demo_register)[1] is None


def test_an_undone_edit_is_a_new_entry(demo_register):
    item = _first_activity(demo_register)
    old = operations.read(demo_register, kinds.ACTIVITY, item)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": old["owner"]})  # what undo writes
    last_two = _entries(demo_register)[-2:]
    assert [(change_log.value(e.before), change_log.value(e.after)) for e in last_two] == [
        (old["owner"], "Finance"),
        ("Finance", old["owner"]),
    ]


def test_an_import_records_its_changes_with_origin_import(demo_register, tmp_path):
    book = tmp_path / "register.xlsx"
    with open(book, "wb") as target:
        write_workbook(demo_register, "nl", target)
    with create_register(tmp_path / "other.ropa", "Ander B.V.") as other:
        started = len(_entries(other))
        import_workbook(other, book)
        new = _entries(other)[started:]
        assert new and {e.origin for e in new} == {change_log.IMPORT}
        added = {e.item_name for e in new if e.action == ADDED and e.item_kind == kinds.ACTIVITY}
        assert "Onze dienstverlening" in added
        assert _verify(other)[1] is None
        # Each added activity is logged as it is stored (the import adds them without the ORM).
        with other.session() as session:
            for entry in new:
                if entry.action == ADDED:
                    stored = change_log.tidy(snapshots.read(session, entry.item_kind, entry.item_id))
                    assert entry.after == change_log.canonical(stored), entry.item_name


@pytest.mark.sqlite_only  # the import's undo puts a copy of the file back
def test_undoing_an_import_keeps_the_log(demo_register, tmp_path):
    """Putting the copy made before an import back (the import's undo) never erases entries."""
    copy = demo_register.copy_to(tmp_path / "before.ropa")
    item = _first_activity(demo_register)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    count = len(_entries(demo_register))
    demo_register.restore_from(copy)
    entries = _entries(demo_register)
    assert len(entries) == count + 1  # kept, and the undo recorded as a new change
    assert (entries[-1].field, change_log.value(entries[-1].after)) == (
        "owner",
        operations.read(demo_register, kinds.ACTIVITY, item)["owner"],
    )
    assert change_log.value(entries[-1].before) == "Finance"
    assert _verify(demo_register)[1] is None
    with demo_register.session() as session:  # read back through SQLAlchemy as any entry
        assert change_log.entries(session, limit=1)[0].recorded_at == entries[-1].recorded_at


def _tamper(register, sql: str, *args) -> None:
    """Another program changes the register's tables behind ROPA Desktop's back."""
    if register.path is None:  # a server: the same SQL through its own connection
        with register.engine.begin() as conn:
            conn.exec_driver_sql(sql.replace("?", "%s"), args)
        return
    with closing(sqlite3.connect(register.path)) as raw, raw:
        raw.execute(sql, args)


def test_one_changed_byte_in_an_entry_breaks_the_chain_at_that_entry(demo_register):
    item = _first_activity(demo_register)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Legal"})
    entries = _entries(demo_register)
    target = entries[-2]
    assert _verify(demo_register) == (len(entries), None)  # the near miss: untouched, intact
    _tamper(
        demo_register,
        "UPDATE change_log SET after = replace(after, 'Finance', 'Financf') WHERE sequence = ?",
        target.sequence,
    )
    _count, broken = _verify(demo_register)
    assert broken is not None and broken.sequence == target.sequence
    assert f"entry {target.sequence} of " in broken.sentence() and "changed" in broken.sentence()


def test_a_removed_entry_is_found(demo_register):
    item = _first_activity(demo_register)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    _tamper(demo_register, "DELETE FROM change_log WHERE sequence = 3")
    assert _verify(demo_register)[1].sequence == 3


def test_a_removed_last_entry_is_found(demo_register):
    item = _first_activity(demo_register)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    last = _entries(demo_register)[-1].sequence
    _tamper(demo_register, "DELETE FROM change_log WHERE sequence = ?", last)
    broken = _verify(demo_register)[1]
    assert broken is not None and broken.sequence == last


def test_two_entries_swapped_are_found(demo_register):
    entries = _entries(demo_register)
    a, b = entries[4], entries[5]
    _tamper(demo_register, "UPDATE change_log SET sequence = -1 WHERE sequence = ?", a.sequence)
    _tamper(demo_register, "UPDATE change_log SET sequence = ? WHERE sequence = ?", a.sequence, b.sequence)
    _tamper(demo_register, "UPDATE change_log SET sequence = ? WHERE sequence = -1", b.sequence)
    broken = _verify(demo_register)[1]
    assert broken is not None and broken.sequence == a.sequence


def test_a_new_register_starts_its_history_with_each_item(tmp_path):
    with create_register(tmp_path / "new.ropa", "Nieuw B.V.") as register:
        entries = _entries(register)
        assert [(e.action, e.item_kind, e.item_name) for e in entries] == [(START, kinds.ORGANISATION, "Nieuw B.V.")]
        assert _verify(register) == (1, None)


def test_the_migration_from_0007_starts_history_with_every_item_and_verifies(tmp_path):
    path = tmp_path / "old.ropa"
    shutil.copy2(FIXTURES / "schema-0007.ropa", path)
    with closing(sqlite3.connect(path)) as raw:
        activities = raw.execute("SELECT count(*) FROM activities").fetchone()[0]
    with open_register(path) as register:
        assert register.schema_revision() == schema.head_revision()
        entries = _entries(register)
        assert {(e.action, e.origin) for e in entries} == {(START, change_log.MIGRATION)}
        assert sum(e.item_kind == kinds.ACTIVITY for e in entries) == activities == 7
        first = next(e for e in entries if e.item_kind == kinds.ACTIVITY)
        assert change_log.value(first.after)["name"]["nl"] == first.item_name
        assert _verify(register) == (len(entries), None)
        operations.save(register, kinds.ACTIVITY, first.item_id, {"owner": "HR"})
    with open_register(path) as again:  # opened a second time: no second start
        assert [e.action for e in _entries(again)].count(START) == len(entries)


def test_the_upgraded_file_has_exactly_the_schema_of_a_new_register_with_its_log(tmp_path):
    path = tmp_path / "old.ropa"
    shutil.copy2(FIXTURES / "schema-0007.ropa", path)
    open_register(path).close()
    with closing(sqlite3.connect(path)) as raw:
        found = file_schema.read(raw)
    assert file_schema.difference(found, file_schema.expected(schema.head_revision())) is None
    # The near miss: the 0007 structure has no change log (the check tells them apart).
    # (0008 adds other tables too, named first when they sort first: activity_approvals.)
    assert "does not make" in file_schema.difference(found, file_schema.expected("0007"))
    assert "change_log" in found.tables and "change_log" not in file_schema.expected("0007").tables


def test_the_statements_own_wording_is_recorded_as_the_organisations(demo_register):
    before = len(_entries(demo_register))
    operations.save_statement_text(demo_register, "intro", {"nl": "Onze eigen inleiding"})
    new = _entries(demo_register)[before:]
    assert [(e.item_kind, e.field) for e in new] == [(kinds.ORGANISATION, change_log.STATEMENT_TEXTS)]
    assert change_log.value(new[0].after)["intro"] == {"nl": "Onze eigen inleiding"}
    assert "intro" not in change_log.value(new[0].before)
    # Back to the default wording: a new entry; the same wording again: none.
    operations.save_statement_text(demo_register, "intro", {})
    operations.save_statement_text(demo_register, "intro", {})
    assert len(_entries(demo_register)) == before + 2


def test_no_code_of_ropa_desktop_updates_or_deletes_an_entry():
    """Append-only: the only statement on the log's table is the insert (change_log.append)."""
    package = Path(__file__).parents[2] / "ropa_desktop"
    forbidden = (
        "update(ChangeLogEntry",
        "delete(ChangeLogEntry",
        "UPDATE change_log",
        "DELETE FROM change_log",
        "UPDATE main.change_log",
        "DELETE FROM main.change_log",
    )
    found = [
        (path.name, phrase)
        for path in package.rglob("*.py")
        for phrase in forbidden
        if phrase.lower() in path.read_text(encoding="utf-8").lower()
    ]
    assert found == []
    # The near miss: the phrase is what a writer would use (the test itself names it).
    assert "delete from change_log" in Path(__file__).read_text(encoding="utf-8").lower()
