"""`ropa verify` on a change log altered outside ROPA Desktop with sqlite3 (issue 16, "Also: bad
input"): each alteration is reported, naming the first broken entry, with exit code 1; what
leaves the log as it was (reading it, VACUUM, REINDEX) passes.

The end of the log is anchored by its head (register_meta "change_log_head": the last entry's
number and hash, written in the same transaction as the entries), so removing the last entries
shows too. What no hash chain can show: someone who rewrites every later hash and the head
(change_log_chain.py says so)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import select

from ropa_desktop.register import change_log, kinds, operations
from ropa_desktop.register.change_log_chain import GENESIS, HEAD, entry_hash
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import open_register

CHANGED = "its content was changed after it was recorded"
NOT_FOLLOWING = "it does not follow the entry before it"
MISSING = "it is missing"
INSERTED = "an entry was inserted"
NOT_LAST = "it is not the last entry recorded"
ENDS_EARLY = "the log ends too early"


@pytest.fixture
def logged(demo_path, tmp_path):
    """The demo register with three saves after its history start: a log of a few dozen entries."""
    path = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, path)
    with open_register(path) as register:
        with register.session() as session:
            first, second = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id).limit(2))
        with change_log.acting(who="jan", name="Jan de Vries"):
            operations.save(register, kinds.ACTIVITY, first, {"owner": "Finance"})
            operations.save(register, kinds.ACTIVITY, second, {"owner": "Legal", "department": "Juridische zaken"})
            operations.save(register, kinds.ACTIVITY, first, {"owner": "Finance and Control"})
    return path


def _sql(path, *statements) -> None:
    with closing(sqlite3.connect(path)) as raw, raw:
        for statement, *args in statements:
            raw.execute(statement, args)


def _one(path, sql, *args):
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute(sql, args).fetchone()


def _last(path) -> int:
    return _one(path, "SELECT max(sequence) FROM change_log")[0]


def _when(path, sequence) -> str:
    return _one(path, "SELECT recorded_at FROM change_log WHERE sequence = ?", sequence)[0][:19]


def _broken(ropa, path) -> tuple[int, str]:
    code, out, err = ropa("verify", str(path))
    assert err == ""
    return code, out.strip()


def _named(out: str) -> int:
    """The entry the sentence names as the first broken one."""
    found = re.match(r"The change log is broken at entry (\d+)( of [-0-9: ]+ UTC)?: ", out)
    assert found, out
    return int(found.group(1))


def test_the_untouched_log_passes(logged, ropa):
    assert _broken(ropa, logged) == (0, f"The change log is intact: {_last(logged):,} entries.")


def test_one_byte_changed_in_before_names_that_entry(logged, ropa):
    last = _last(logged)
    _sql(logged, ("UPDATE change_log SET before = replace(before, 'Finance', 'Financf') WHERE sequence = ?", last))
    assert _broken(ropa, logged) == (
        1,
        f"The change log is broken at entry {last} of {_when(logged, last)} UTC: {CHANGED}.",
    )


def test_one_byte_changed_in_a_history_start_entry_names_that_entry(logged, ropa):
    _sql(logged, ("UPDATE change_log SET after = replace(after, 'a', 'b') WHERE sequence = 3",))
    code, out = _broken(ropa, logged)
    assert code == 1 and out.startswith(f"The change log is broken at entry 3 of {_when(logged, 3)} UTC: {CHANGED}")


@pytest.mark.parametrize("column", ["who", "who_name", "recorded_at", "field", "comment", "item_name", "entry_hash"])
def test_any_column_of_an_entry_changed_names_that_entry(logged, ropa, column):
    target = _last(logged) - 1
    _sql(logged, (f"UPDATE change_log SET {column} = {column} || 'x' WHERE sequence = ?", target))
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == target and out.endswith(f"{CHANGED}.")


def test_an_entry_deleted_in_the_middle_names_it_missing(logged, ropa):
    target = _last(logged) - 2
    _sql(logged, ("DELETE FROM change_log WHERE sequence = ?", target))
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == target and MISSING in out


def test_an_entry_deleted_and_the_rest_renumbered_names_the_entry_after_the_hole(logged, ropa):
    """Closing the gap does not help: the entry after it names another as the one before."""
    target = _last(logged) - 2
    _sql(
        logged,
        ("DELETE FROM change_log WHERE sequence = ?", target),
        ("UPDATE change_log SET sequence = sequence - 1 WHERE sequence > ?", target),
    )
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == target and NOT_FOLLOWING in out


def test_two_entries_swapped_names_the_first_of_them(logged, ropa):
    last = _last(logged)
    a, b = last - 2, last
    _sql(
        logged,
        ("UPDATE change_log SET sequence = -1 WHERE sequence = ?", a),
        ("UPDATE change_log SET sequence = ? WHERE sequence = ?", a, b),
        ("UPDATE change_log SET sequence = ? WHERE sequence = -1", b),
    )
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == a and NOT_FOLLOWING in out


def test_an_entry_inserted_in_the_middle_names_it(logged, ropa):
    """A copy of an entry put in between (the later ones moved up one): it follows nothing."""
    last = _last(logged)
    target = last - 1
    _sql(
        logged,
        ("UPDATE change_log SET sequence = sequence + 1000 WHERE sequence >= ?", target),
        ("UPDATE change_log SET sequence = sequence - 999 WHERE sequence >= ?", target + 1000),
        (
            "INSERT INTO change_log SELECT ? , recorded_at, who, who_name, origin, change_set, action, item_kind, "
            "item_id, item_name, field, before, after, comment, previous_hash, entry_hash FROM change_log "
            "WHERE sequence = ?",
            target,
            last + 1,
        ),
    )
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == target and NOT_FOLLOWING in out


def test_an_entry_forged_with_good_hashes_before_another_is_still_found(logged, ropa):
    """Someone who knows the hash puts a well-made entry in between: the entry after it still
    names the old one as the one before."""
    last = _last(logged)
    target = last
    previous = _one(logged, "SELECT entry_hash FROM change_log WHERE sequence = ?", target - 1)[0]
    row = dict(
        zip(
            (
                "sequence",
                "recorded_at",
                "who",
                "who_name",
                "origin",
                "change_set",
                "action",
                "item_kind",
                "item_id",
                "item_name",
                "field",
                "before",
                "after",
                "comment",
            ),
            _one(
                logged,
                "SELECT sequence, recorded_at, who, who_name, origin, change_set, action, item_kind, "
                "item_id, item_name, field, before, after, comment FROM change_log WHERE sequence = ?",
                target,
            ),
            strict=True,
        )
    )
    row.update(after='"Forged"', previous_hash=previous)
    row["entry_hash"] = entry_hash(row)
    _sql(
        logged,
        ("UPDATE change_log SET sequence = sequence + 1 WHERE sequence = ?", target),
        (f"INSERT INTO change_log ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", *row.values()),
    )
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == target + 1 and NOT_FOLLOWING in out


def test_an_entry_added_after_the_last_one_is_found_by_the_head(logged, ropa):
    """Even with a correct hash: the head names the entry before it as the last recorded."""
    last = _last(logged)
    previous = _one(logged, "SELECT entry_hash FROM change_log WHERE sequence = ?", last)[0]
    row = {
        "sequence": last + 1,
        "recorded_at": "2026-12-01 10:00:00.000000",
        "who": "mallory",
        "who_name": "",
        "origin": "window",
        "change_set": "f" * 32,
        "action": "changed",
        "item_kind": "activity",
        "item_id": 1,
        "item_name": "Forged",
        "field": "owner",
        "before": '"Finance"',
        "after": '"Mallory"',
        "comment": "",
        "previous_hash": previous,
    }
    row["entry_hash"] = entry_hash(row)
    _sql(logged, (f"INSERT INTO change_log ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", *row.values()))
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == last + 1 and NOT_LAST in out


def test_an_entry_with_a_number_before_the_first_is_found(logged, ropa):
    _sql(
        logged,
        (
            "INSERT INTO change_log SELECT 0, recorded_at, who, who_name, origin, change_set, action, item_kind, "
            "item_id, item_name, field, before, after, comment, ?, entry_hash FROM change_log "
            "WHERE sequence = 1",
            GENESIS,
        ),
    )
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == 1 and INSERTED in out


def test_the_last_entry_removed_is_found_by_the_head(logged, ropa):
    last = _last(logged)
    _sql(logged, ("DELETE FROM change_log WHERE sequence = ?", last))
    assert _broken(ropa, logged) == (
        1,
        f"The change log is broken at entry {last}: it and any after it are missing ({ENDS_EARLY}).",
    )


def test_the_last_change_set_removed_is_found_by_the_head(logged, ropa):
    """The whole of the last save (two entries) removed: the first of them is named."""
    (change_set,) = _one(logged, "SELECT change_set FROM change_log ORDER BY sequence DESC LIMIT 1")
    (first,) = _one(logged, "SELECT min(sequence) FROM change_log WHERE change_set = ?", change_set)
    _sql(logged, ("DELETE FROM change_log WHERE change_set = ?", change_set))
    code, out = _broken(ropa, logged)
    assert code == 1 and out.startswith(f"The change log is broken at entry {first}: ") and ENDS_EARLY in out


def test_the_head_removed_is_reported_never_accepted(logged, ropa):
    last = _last(logged)
    _sql(logged, ("DELETE FROM register_meta WHERE key = ?", HEAD))
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == last + 1 and ENDS_EARLY in out


def test_a_time_written_otherwise_for_the_same_moment_is_a_changed_byte(logged, ropa):
    """ "T" for the space reads as the same moment, but it is not the entry as recorded."""
    target = _last(logged)
    _sql(logged, ("UPDATE change_log SET recorded_at = replace(recorded_at, ' ', 'T') WHERE sequence = ?", target))
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == target and out.endswith(f"{CHANGED}.")


def test_reading_vacuum_and_reindex_leave_it_intact(logged, ropa):
    """The near miss: sqlite3 touches the file without changing an entry."""
    count = _last(logged)
    with closing(sqlite3.connect(logged)) as raw:
        assert len(raw.execute("SELECT * FROM change_log ORDER BY item_kind, sequence DESC").fetchall()) == count
        raw.execute("VACUUM")
        raw.execute("REINDEX")
        raw.execute("ANALYZE")
    assert _broken(ropa, logged) == (0, f"The change log is intact: {count:,} entries.")


def _cut_after(path, keep: int) -> None:
    """Remove every entry after ``keep`` and write the head anew, as a careful forger would."""
    (last_hash,) = _one(path, "SELECT entry_hash FROM change_log WHERE sequence = ?", keep)
    _sql(
        path,
        ("DELETE FROM change_log WHERE sequence > ?", keep),
        ("UPDATE register_meta SET value = ? WHERE key = ?", f"{keep}:{last_hash}", HEAD),
    )


def test_the_last_entries_removed_with_the_head_rewritten_are_found_by_a_later_version(logged, ropa):
    from ropa_desktop.register import established

    with open_register(logged) as register:
        version = established.establish(register, "Versie 1")
    _cut_after(logged, version.log_sequence)  # the version's own entry, and nothing else, removed
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == version.log_sequence + 1 and ENDS_EARLY in out


def test_the_last_entries_removed_with_the_head_rewritten_and_nothing_naming_them_is_the_limit(logged, ropa):
    """What a hash chain cannot show: the entries since the last version or publication removed
    and the head written anew. Documented here so that a change of that limit is noticed."""
    _cut_after(logged, _last(logged) - 1)
    assert _broken(ropa, logged)[0] == 0


def test_a_value_stored_as_bytes_instead_of_text_names_that_entry(logged, ropa):
    """The same bytes, as a BLOB: not the entry as recorded, and no reason for the check to stop."""
    target = _last(logged)
    _sql(logged, ("UPDATE change_log SET after = CAST(after AS BLOB) WHERE sequence = ?", target))
    code, out = _broken(ropa, logged)
    assert code == 1 and _named(out) == target and out.endswith(f"{CHANGED}.")
