"""A rule that raises is a mistake of ours: every caller of the checks (checks/run.py) leaves it
out, keeps what the other rules find, names it for the officer and logs it. ``ropa check``,
the workbook's findings sheet and the dossier's findings annex alike; the window's own tests
are in tests/gui/test_problems_dock.py."""

from __future__ import annotations

import io
import json
import logging
from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa_desktop.checks import run
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.rule import RULES, Rule
from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register.storage import open_register

BROKEN = "record.no_purpose"  # any rule; the demo's Bolivia transfers break another (transfer.no_tool)
MOMENT = datetime(2026, 11, 25, 10, 30)
BREAKS_A_RULE = True  # tests/checks/conftest.py: the broken rule's log is expected here


@pytest.fixture
def broken_rule(monkeypatch):
    """``BROKEN`` raises as a rule with a mistake in it would."""
    rule = RULES[BROKEN]

    def check(_context):
        raise KeyError("tool")

    monkeypatch.setitem(RULES, BROKEN, Rule(rule.id, rule.severity, rule.reference, check))
    return rule


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_the_run_leaves_the_broken_rule_out_names_it_and_logs_it(demo_register, broken_rule, caplog):
    with caplog.at_level(logging.ERROR, logger="ropa_desktop.checks.run"):
        checked = run.check(demo_register, MOMENT.date())
    assert checked.broken == {BROKEN: "KeyError: 'tool'"}
    assert any(f.rule == "transfer.no_tool" for f in checked.findings)
    assert not any(f.rule == BROKEN for f in checked.findings)
    (record,) = [r for r in caplog.records if r.name == "ropa_desktop.checks.run"]
    assert record.levelno == logging.ERROR and BROKEN in record.getMessage()
    assert record.exc_info is not None and record.exc_info[0] is KeyError


def test_ropa_check_lists_the_other_findings_and_names_the_broken_rule(demo_path, broken_rule, ropa):
    code, out, _ = ropa("check", str(demo_path), "--lang", "en")
    assert "transfer.no_tool" in out
    line = next(line for line in out.splitlines() if "could not be checked" in line)
    assert line.startswith(f"Rule {BROKEN} “{broken_rule.title('en')}” could not be checked (KeyError).")
    # The exit status is what the other rules' findings make it: the demo has errors.
    with open_register(demo_path) as register:
        findings = run.check_register(register)
    assert any(f.severity is Severity.ERROR for f in findings)
    assert code == 1
    code, out, _ = ropa("check", str(demo_path), "--format", "json", "--lang", "nl")
    document = json.loads(out)
    assert code == 1
    (broken,) = document["broken_rules"]
    assert broken["rule"] == BROKEN and broken["error"] == "KeyError"
    assert broken["message"].startswith(f"Regel {BROKEN} “{broken_rule.title('nl')}” kon niet worden gecontroleerd")
    assert any(f["rule"] == "transfer.no_tool" for f in document["findings"])


def test_near_miss_ropa_check_without_a_broken_rule_names_none(demo_path, ropa):
    code, out, _ = ropa("check", str(demo_path), "--lang", "en")
    assert "transfer.no_tool" in out and "could not be checked" not in out
    _, out, _ = ropa("check", str(demo_path), "--format", "json")
    assert json.loads(out)["broken_rules"] == []


def _findings_sheet(register, language: str) -> list[list]:
    buffer = io.BytesIO()
    write_workbook(register, language, buffer, exported_at=MOMENT, with_findings=True)
    book = load_workbook(io.BytesIO(buffer.getvalue()))
    sheet = book["Findings" if language == "en" else "Bevindingen"]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _dossier_text(register, language: str) -> str:
    buffer = io.BytesIO()
    write_dossier(register, language, buffer, exported_at=MOMENT, with_findings=True)
    return _squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages))


def test_the_workbook_and_the_dossier_name_the_broken_rule(demo_register, broken_rule):
    rows = _findings_sheet(demo_register, "en")
    # The findings as rows of the table, then (outside it) the sentence about the broken rule.
    assert any(row[1] == "transfer.no_tool" for row in rows)
    (line,) = [row[0] for row in rows if row and isinstance(row[0], str) and "could not be checked" in row[0]]
    assert line.startswith(f"Rule {BROKEN} “{broken_rule.title('en')}” could not be checked (KeyError).")
    text = _dossier_text(demo_register, "nl")
    assert f"Regel {BROKEN} “{broken_rule.title('nl')}” kon niet worden gecontroleerd (KeyError)." in text
    assert "Bolivia" in text.split("kon niet worden gecontroleerd", 1)[1]  # the other findings follow


def test_near_miss_the_exports_without_a_broken_rule_name_none(demo_register):
    rows = _findings_sheet(demo_register, "en")
    assert any(row[1] == "transfer.no_tool" for row in rows)
    assert not any("could not be checked" in str(cell) for row in rows for cell in row)
    assert "kon niet worden gecontroleerd" not in _dossier_text(demo_register, "nl")


def test_with_no_findings_left_the_note_counts_only_the_rules_checked(demo_register, monkeypatch, broken_rule):
    # Only the broken rule and one the demo meets: no findings, and no claim that all rules are met.
    monkeypatch.setattr(
        run, "RULES", {BROKEN: RULES[BROKEN], "organisation.no_contact": RULES["organisation.no_contact"]}
    )
    rows = _findings_sheet(demo_register, "en")
    notes = [row[0] for row in rows[1:] if row and row[0]]
    assert notes[0] == "No findings from the rules that could be checked."
    assert "could not be checked (KeyError)" in notes[1]
