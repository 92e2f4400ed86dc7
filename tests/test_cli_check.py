"""`ropa check` and `ropa rules`: the findings as lines or JSON, the exit status, the rule reference.

More rules arrive over time; these tests lean on what the demo register will always break
(the Bolivia transfers without a transfer tool: errors; two vague retention rules: warnings)
and compare everything else with check_register itself.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime

import pytest

from ropa_desktop.checks import run
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.rule import RULES
from ropa_desktop.checks.run import check_register, counts
from ropa_desktop.register.models import Transfer
from ropa_desktop.register.storage import open_register

SUMMARY_EN = re.compile(r"^(\d+) errors?, (\d+) warnings?, (\d+) notes?$")
SUMMARY_NL = re.compile(r"^(\d+) fouten?, (\d+) waarschuwing(?:en)?, (\d+) mededeling(?:en)?$")


def _findings(path):
    with open_register(path) as register:
        return check_register(register)


def _lines(out: str) -> tuple[list[str], str]:
    lines = out.rstrip("\n").split("\n")
    return lines[:-1], lines[-1]


def test_the_demo_register_has_errors_listed_worst_first_with_a_summary(demo_path, ropa):
    code, out, err = ropa("check", str(demo_path))
    assert (code, err) == (1, "")
    findings, summary = _lines(out)
    expected = _findings(demo_path)
    assert len(findings) == len(expected)
    # The register's primary language is Dutch: Dutch words, the item's part of the register first.
    bolivia = [line for line in findings if "transfer.no_tool" in line and "Cochabamba" in line]
    assert len(bolivia) == 1
    # The message names the item; the line does not say it twice.
    assert re.fullmatch(
        r"FOUT +transfer\.no_tool +Doorgifte naar Bolivia — Connaxis, vestiging Cochabamba: Bolivia heeft geen "
        r"adequaatheidsbesluit en er is geen doorgifte-instrument vastgelegd\.  "
        r"\[art\. 44–49 AVG\]",
        bolivia[0],
    ), bolivia[0]
    # Every reference in the Dutch citation style (glossary): "art. 28 lid 3 AVG", never "Art. 28(3) GDPR".
    assert any(line.endswith("  [art. 28 lid 3 AVG]") for line in findings)
    assert not re.search(r"Art\.|GDPR|\d\(\d+\)", out)
    assert any(re.match(r"WAARSCHUWING +retention\.vague +Kwaliteitsdoeleinden: ", line) for line in findings)
    # Grouped by severity, worst first; the columns line up.
    words = {"FOUT": 0, "WAARSCHUWING": 1, "INFORMATIE": 2}
    ranks = [words[line.split()[0]] for line in findings]
    assert ranks == sorted(ranks) and ranks[0] == 0
    assert len({line.index(line.split()[1]) for line in findings}) == 1
    total = counts(expected)
    match = SUMMARY_NL.match(summary)
    assert match, summary
    assert [int(n) for n in match.groups()] == [total[Severity.ERROR], total[Severity.WARNING], total[Severity.INFO]]
    assert total[Severity.ERROR] >= 2 and total[Severity.WARNING] >= 2


def test_english_words_on_request(demo_path, ropa):
    code, out, _ = ropa("check", str(demo_path), "--lang", "en")
    assert code == 1
    findings, summary = _lines(out)
    assert any(
        re.fullmatch(
            r"ERROR +transfer\.no_tool +Transfer to Bolivia — Connaxis, Santa Cruz office: Bolivia has no adequacy decision "
            r"and no transfer tool is on record\.  \[Art\. 44–49 GDPR\]",
            line,
        )
        for line in findings
    )
    assert any(
        re.match(
            r"WARNING +retention\.vague +Quality purposes: the "
            r"retention rule gives neither",
            line,
        )
        for line in findings
    )
    assert SUMMARY_EN.match(summary), summary
    assert "Doorgifte" not in out and "FOUT" not in out
    # Near miss of the Dutch style: English keeps the declared citation.
    assert any(line.endswith("  [Art. 28(3) GDPR]") for line in findings) and " AVG]" not in out


def test_severity_shows_that_level_and_worse_and_errors_still_decide_the_exit(demo_path, ropa):
    code, out, _ = ropa("check", str(demo_path), "--lang", "en", "--severity", "error")
    assert code == 1
    findings, summary = _lines(out)
    assert findings and all(line.startswith("ERROR ") for line in findings)
    assert len(findings) == counts(_findings(demo_path))[Severity.ERROR]
    assert re.fullmatch(r"\d+ errors?", summary), summary
    code, out, _ = ropa("check", str(demo_path), "--lang", "en", "--severity", "warning")
    findings, summary = _lines(out)
    assert {line.split()[0] for line in findings} == {"ERROR", "WARNING"}
    assert re.fullmatch(r"\d+ errors?, \d+ warnings?", summary), summary


def test_json_holds_what_check_register_finds(demo_path, ropa):
    code, out, err = ropa("check", str(demo_path), "--format", "json", "--lang", "en")
    assert (code, err) == (1, "")
    document = json.loads(out)
    expected = _findings(demo_path)
    assert document["findings"] == [finding.as_dict("en") for finding in expected]
    assert document["counts"] == {severity.value: n for severity, n in counts(expected).items()}
    assert document["register"] == str(demo_path)
    assert datetime.fromisoformat(document["checked_at"]).tzinfo is not None
    assert "—" in out and "\\u2014" not in out  # UTF-8, not escapes
    bolivia = [f for f in document["findings"] if f["rule"] == "transfer.no_tool"]
    assert {f["item"] for f in bolivia} >= {
        "Bolivia — Connaxis, Cochabamba office",
        "Bolivia — Connaxis, Santa Cruz office",
    }
    assert {f["reference"] for f in bolivia} == {"Art. 44–49 GDPR"}
    code, out, _ = ropa("check", str(demo_path), "--format", "json", "--severity", "error")
    document = json.loads(out)
    assert {f["severity"] for f in document["findings"]} == {"error"}
    assert document["counts"] == {"error": len(document["findings"])}
    bolivia = next(f for f in document["findings"] if f["rule"] == "transfer.no_tool")
    assert bolivia["message"].startswith("Doorgifte naar Bolivia")  # Dutch by default
    assert bolivia["reference"] == "art. 44–49 AVG"  # cited in the language of the messages


def test_a_register_with_warnings_only_exits_0(demo_path, ropa, monkeypatch):
    # Only the rule the demo breaks with warnings runs: whatever rules are added later,
    # this register then has findings, none of them an error.
    monkeypatch.setattr(run, "RULES", {"retention.vague": RULES["retention.vague"]})
    code, out, _ = ropa("check", str(demo_path), "--lang", "en")
    findings, summary = _lines(out)
    assert code == 0
    assert len(findings) == 2 and all(line.startswith("WARNING ") for line in findings)
    assert summary == "0 errors, 2 warnings, 0 notes"


def test_fixing_the_bolivia_transfers_removes_their_errors(demo_path, tmp_path, ropa):
    path = tmp_path / "fixed.ropa"
    shutil.copy2(demo_path, path)
    with open_register(path) as register, register.transaction() as session:
        bolivia = session.query(Transfer).filter_by(country_code="BO").all()
        assert len(bolivia) == 2
        for transfer in bolivia:
            transfer.tool = "standard_contractual_clauses"
    code, out, _ = ropa("check", str(path), "--lang", "en")
    assert "transfer.no_tool" not in out
    errors = [f for f in _findings(path) if f.severity is Severity.ERROR]
    # Exit 1 exactly when a rule (added since, perhaps) still finds an error.
    assert code == (1 if errors else 0)
    assert len([line for line in out.splitlines() if line.startswith("ERROR ")]) == len(errors)


def test_a_register_that_cannot_be_opened_is_one_line_and_exit_2(tmp_path, ropa):
    code, out, err = ropa("check", str(tmp_path / "missing.ropa"))
    assert code == 2 and out == "" and len(err.splitlines()) == 1


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_rules_lists_every_rule(ropa, fmt, language):
    code, out, err = ropa("rules", "--format", fmt, "--lang", language)
    assert (code, err) == (0, "")
    assert len(RULES) >= 2
    for rule_id, rule in RULES.items():
        assert rule_id in out
        title = rule.title(language)
        assert (title if fmt == "md" else title.replace("&", "&amp;")) in out
        assert rule.citation(language) in out
    assert ("Nalevingsregels" if language == "nl" else "Compliance rules") in out
    # Each language its own citation style (glossary); the explanations are prose and cite the same way.
    assert ("art. 28 lid 2, art. 28 lid 4 AVG" in out) == (language == "nl")
    assert ("Art. 28(2), Art. 28(4) GDPR" in out) == (language == "en")
    if language == "nl":
        assert not re.search(r"Art\. \d|GDPR|\d\(\d+\)", out)
    if fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and f'lang="{language}"' in out


def test_rules_to_a_file(tmp_path, ropa):
    target = tmp_path / "rules.html"
    target.write_text("old")
    code, out, err = ropa("rules", "--format", "html", "--lang", "en", "-o", str(target))
    assert (code, out) == (0, "") and "Wrote the en rule reference" in err
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and all(rule_id in text for rule_id in RULES)
    assert [p.name for p in tmp_path.iterdir()] == ["rules.html"]  # no temporary file left
    code, _, err = ropa("rules", "-o", str(tmp_path / "no-folder" / "rules.md"))
    assert code == 2 and "cannot be written" in err and len(err.splitlines()) == 1
