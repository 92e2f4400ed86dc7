"""`ropa export --changes-since` and the start of the history in `ropa versions` and `ropa diff`
(issue 16 points 6 and 7)."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import ProcessingActivity

FIXTURES = Path(__file__).parent / "fixtures" / "registers"


def test_cli_export_adds_the_changes_since_a_version(demo_register, ropa, tmp_path):
    path, out = str(demo_register.path), tmp_path / "changes.xlsx"
    ropa("establish", path, "2026-1")
    with demo_register.session() as session:
        item = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()
    operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "V-01"})
    code, _, err = ropa("export", path, "--format", "xlsx", "--lang", "en", "-o", str(out), "--changes-since", "2026-1")
    assert code == 0 and err.startswith("Wrote the en register")
    rows = list(load_workbook(out)["Changes since version 1"].iter_rows(min_row=2, values_only=True))
    assert [(row[4], row[6]) for row in rows] == [("Reference", "V-01")]
    # By number, and since the start of the history, as `ropa diff` takes them.
    assert ropa("export", path, "--format", "pdf", "-o", str(tmp_path / "d.pdf"), "--changes-since", "1")[0] == 0
    assert ropa("export", path, "--format", "xlsx", "-o", str(out), "--changes-since", "start")[0] == 0


def test_cli_export_refuses_an_unknown_version_in_one_sentence(demo_register, ropa, tmp_path):
    path, out = str(demo_register.path), tmp_path / "refused.xlsx"
    ropa("establish", path, "2026-1")
    code, stdout, err = ropa("export", path, "--format", "xlsx", "-o", str(out), "--changes-since", "2026-2")
    assert (code, stdout) == (2, "") and len(err.splitlines()) == 1
    assert err.rstrip().endswith("no version or date (YYYY-MM-DD) is called '2026-2'; nothing was exported")
    assert not out.exists()
    # The near miss: a version that exists.
    assert ropa("export", path, "--format", "xlsx", "-o", str(out), "--changes-since", "2026-1")[0] == 0


def test_cli_versions_and_diff_know_the_start_of_an_upgraded_register(ropa, tmp_path):
    path = tmp_path / "old.ropa"
    shutil.copy2(FIXTURES / "schema-0007.ropa", path)
    code, out, _ = ropa("versions", str(path))
    start, none = out.splitlines()
    assert code == 0 and start.startswith("0  start  ") and "established by nobody" in start
    assert none == "No version established yet."
    code, out, err = ropa("diff", str(path), "start")
    assert (code, err) == (0, "") and out == "Changes from the start of the history to now\n\nNo changes.\n"
