"""`ropa establish`, `ropa versions` and `ropa diff` (issue 16 point 3)."""

from __future__ import annotations

from sqlalchemy import select

from ropa_desktop.register import change_log, kinds, operations
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.models.base import utcnow


def _first_activity(register) -> int:
    with register.session() as session:
        return session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()


def test_cli_establish_and_versions_list_them(demo_register, ropa):
    path = str(demo_register.path)
    code, out, _ = ropa("versions", path)
    start, none = out.splitlines()  # the start of the history, which nobody established
    assert code == 0 and start.startswith("0  start  ") and "established by nobody" in start
    assert none == "No version established yet."
    code, out, err = ropa("establish", path, "1", "--note", "Vastgesteld door de directie")
    assert (code, err) == (0, "") and out.startswith("Version 1 \u201c1\u201d established")
    code, out, _ = ropa("versions", path)
    assert code == 0 and out.splitlines()[0] == start and len(out.splitlines()) == 2
    assert out.splitlines()[1].startswith("1  \u201c1\u201d  ") and out.rstrip().endswith(
        "Vastgesteld door de directie"
    )
    code, _, err = ropa("establish", path, "1")  # the near miss: a name taken is refused
    assert code == 2 and "exists already" in err and len(err.splitlines()) == 1


def test_cli_diff_from_the_last_version_to_now_names_the_change_who_and_when(demo_register, ropa):
    path, item = str(demo_register.path), _first_activity(demo_register)
    ropa("establish", path, "1")
    with change_log.acting(who="jan", name="Jan de Vries"):
        operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "V-01"})
    code, out, err = ropa("diff", path)
    today = utcnow().strftime("%Y-%m-%d")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Changes from version 1 \u201c1\u201d to now"
    assert f"  Reference: (empty) \u2192 V-01 (Jan de Vries (jan), {today} " in out
    assert len([line for line in out.splitlines() if line.startswith("  ")]) == 1  # nothing else
    code, markdown, _ = ropa("diff", path, "1", "now", "--format", "markdown")
    assert code == 0 and markdown.startswith("# Changes from version 1") and "**Reference**" in markdown
    code, html, _ = ropa("diff", path, "--format", "html")
    assert code == 0 and "<td>V-01</td>" in html


def test_cli_diff_takes_dates_and_now(demo_register, ropa):
    path, item = str(demo_register.path), _first_activity(demo_register)
    ropa("establish", path, "1")
    operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "V-01"})
    today = utcnow().strftime("%Y-%m-%d")
    # The end of today is now: nothing between them.
    assert ropa("diff", path, today, "now")[1].endswith("No changes.\n")
    _, by_version, _ = ropa("diff", path, "1", today)
    assert "Reference: (empty) \u2192 V-01" in by_version
    # The near miss: the end of a day before the log began holds nothing, so everything is added.
    _, from_before, _ = ropa("diff", path, "2000-01-01", "1")
    assert "Reference:" not in from_before and ": + added (" in from_before


def test_cli_diff_refuses_an_unknown_version_in_one_line(demo_register, ropa):
    path = str(demo_register.path)
    code, out, err = ropa("diff", path)  # no version yet, and no FROM: from the start of the history
    assert (code, err) == (0, "") and out.splitlines()[0] == "Changes from the start of the history to now"
    ropa("establish", path, "1")
    code, out, err = ropa("diff", path, "2026-1")
    assert (code, out) == (2, "") and 'no version, date (YYYY-MM-DD), "start" or "now" is called \'2026-1\'' in err
    assert len(err.splitlines()) == 1
    assert ropa("diff", path, "1")[0] == 0  # the near miss: a version that exists
