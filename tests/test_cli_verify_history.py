"""`ropa verify` and `ropa history`: the change log checked and read without a window (issue 16)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

from sqlalchemy import select

from ropa_desktop.register import change_log, kinds, operations
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import open_register


def _demo_with_a_change(demo_path, tmp_path):
    path = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, path)
    with open_register(path) as register:
        with register.session() as session:
            item = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()
        with change_log.acting(who="jan", name="Jan de Vries", comment="new owner"):
            operations.save(register, kinds.ACTIVITY, item, {"owner": "Finance"})
    return path


def _count(path) -> int:
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute("SELECT count(*) FROM change_log").fetchone()[0]


def test_verify_passes_on_an_untouched_register(demo_path, tmp_path, ropa):
    path = _demo_with_a_change(demo_path, tmp_path)
    code, out, err = ropa("verify", str(path))
    assert (code, err) == (0, "")
    assert out.strip() == f"The change log is intact: {_count(path):,} entries."


def test_verify_names_the_entry_whose_byte_was_changed(demo_path, tmp_path, ropa):
    path = _demo_with_a_change(demo_path, tmp_path)
    with closing(sqlite3.connect(path)) as raw, raw:
        last, when = raw.execute("SELECT sequence, recorded_at FROM change_log ORDER BY sequence DESC").fetchone()
        raw.execute("UPDATE change_log SET after = replace(after, 'Finance', 'Financf') WHERE sequence = ?", (last,))
    code, out, _err = ropa("verify", str(path))
    assert code == 1
    assert out.strip() == (
        f"The change log is broken at entry {last} of {when[:19]} UTC: its content was changed after it was recorded."
    )


def test_verify_finds_a_deleted_entry(demo_path, tmp_path, ropa):
    path = _demo_with_a_change(demo_path, tmp_path)
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("DELETE FROM change_log WHERE sequence = 2")
    code, out, _err = ropa("verify", str(path))
    assert code == 1 and out.startswith("The change log is broken at entry 2 ") and "missing" in out


def test_history_lists_the_changes_newest_first(demo_path, tmp_path, ropa):
    path = _demo_with_a_change(demo_path, tmp_path)
    code, out, _err = ropa("history", str(path))
    lines = out.splitlines()
    assert code == 0 and len(lines) == _count(path)
    assert "Jan de Vries (jan)  [command line]  Processing activity “Onze dienstverlening”  Owner: " in lines[0]
    assert lines[0].endswith("→ “Finance”  — new owner")
    assert lines[-1].endswith("history starts here")


def test_history_in_dutch_names_items_fields_and_origins_as_the_register_does(demo_path, tmp_path, ropa):
    path = _demo_with_a_change(demo_path, tmp_path)
    code, out, _err = ropa("history", str(path), "--language", "nl")
    lines = out.splitlines()
    assert code == 0
    assert (
        "Jan de Vries (jan)  [opdrachtregel]  Verwerkingsactiviteit “Onze dienstverlening”  Eigenaar: (leeg) → “Finance”"
        in lines[0]
    )
    assert lines[-1].endswith("geschiedenis begint hier")
    # The near miss: without --language the lines stay English.
    assert "[command line]" in ropa("history", str(path))[1]


def test_history_of_one_item_and_since_a_date(demo_path, tmp_path, ropa):
    path = _demo_with_a_change(demo_path, tmp_path)
    code, out, _err = ropa("history", str(path), "--item", "onze dienstverlening")
    assert code == 0 and [line.rsplit("  ", 1)[-1] for line in out.splitlines()][-1] == "history starts here"
    assert len(out.splitlines()) == 2  # its start and the one change; no other item
    # The near miss: part of a name matches every item whose name holds it.
    code, out, _err = ropa("history", str(path), "--item", "onze dienstverl")
    assert code == 0 and "Data category “Overige gegevens noodzakelijk ter uitvoering van onze" in out
    code, out, _err = ropa("history", str(path), "--since", "2999-01-01")
    assert (code, out.strip()) == (0, "No changes recorded that match.")
    code, _out, err = ropa("history", str(path), "--since", "yesterday")
    assert code == 2 and "not a date" in err


def test_history_read_by_a_reader_that_stops_early_ends_quietly(demo_path, tmp_path, monkeypatch, capsys):
    """`ropa history REG | head -1`: the reader has closed the pipe; nothing went wrong."""
    import os
    import sys

    from ropa_desktop import cli

    path = _demo_with_a_change(demo_path, tmp_path)
    reading, writing = os.pipe()
    os.close(reading)  # as head does after its line
    with os.fdopen(writing, "w", buffering=1) as closed_pipe:  # each line written at once
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        assert cli.main(["history", str(path)]) == 0
    assert capsys.readouterr().err == ""  # near miss of "ropa: unexpected error: BrokenPipeError"
