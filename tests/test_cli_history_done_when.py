"""Issue 16's "Done when", end to end on the demo: establish version 1, change two activities
(one in the register as the window does, one by import), publish the statement; then
`ropa diff` shows exactly those changes with who and when, `ropa verify` passes, and after one
byte of a log entry is changed with sqlite3 it fails naming that entry."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import openpyxl
from sqlalchemy import select

from ropa_desktop.register import change_log, kinds, operations
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.models.base import utcnow
from ropa_desktop.register.storage import open_register


def _department_sheet(path) -> None:
    """A department's own spreadsheet that updates one activity by its name."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Verwerkingen"
    sheet.append(["Naam verwerking", "Eigenaar"])
    sheet.append(["Wettelijke plichten", "Financiële administratie"])
    book.save(path)


def test_done_when_diff_shows_exactly_the_two_changes_and_verify_guards_the_log(demo_path, tmp_path, ropa):
    path = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, path)
    assert ropa("establish", str(path), "1", "--note", "Vastgesteld door de directie")[0] == 0

    with open_register(path) as register:
        with register.session() as session:  # "Onze dienstverlening"
            first = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()
        with change_log.acting(who="anna", name="Anna Jansen", origin=change_log.WINDOW):
            operations.save(register, kinds.ACTIVITY, first, {"reference": "V-01"})
    _department_sheet(tmp_path / "afdeling.xlsx")
    code, _, err = ropa("import", str(path), str(tmp_path / "afdeling.xlsx"))
    assert (code, err) == (0, "")
    code, _, err = ropa("publish", str(path), "--force")
    assert code == 0, err

    code, out, err = ropa("diff", str(path), "1", "now")
    today = utcnow().strftime("%Y-%m-%d")
    assert (code, err) == (0, "")
    changed = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(changed) == 2, out  # exactly those two changes: the publication changes no item
    window_line = next(line for line in changed if "V-01" in line)
    import_line = next(line for line in changed if "Financiële administratie" in line)
    assert "Anna Jansen (anna)" in window_line and today in window_line and "window" in window_line
    assert today in import_line and "import" in import_line
    assert "Onze dienstverlening" in out and "Wettelijke plichten" in out

    code, out, _ = ropa("verify", str(path))
    assert code == 0 and out.startswith("The change log is intact")

    with closing(sqlite3.connect(path)) as raw, raw:
        (sequence,) = raw.execute("SELECT sequence FROM change_log WHERE after LIKE '%V-01%'").fetchone()
        raw.execute("UPDATE change_log SET after = replace(after, 'V-01', 'V-02') WHERE sequence = ?", (sequence,))
    code, out, _ = ropa("verify", str(path))
    assert code == 1 and out.startswith(f"The change log is broken at entry {sequence} ")
