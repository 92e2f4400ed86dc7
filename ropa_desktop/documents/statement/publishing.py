"""Before the statement is published: the errors the compliance checks find in the register.

A statement written to a file is published; one that rests on a register with errors tells the
public something the law does not allow (a transfer without a tool, a purpose without a basis).
A rule that could not be checked (a bug in it, checks/run.py) counts as an error here: nobody
knows what it would have found, and a legal document is not published on a guess.
The window and the command line ask the same question with these findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...checks.findings import REFERENCE_DATA, Finding, Severity
from ...checks.run import check
from ...register.storage import Register
from ..record.findings import broken_rule_lines
from ..record.labels import Labels


@dataclass(frozen=True)
class RuleNotChecked(Finding):
    """A rule that raised instead of checking: in the list of errors, said as such."""

    why: str = ""  # "KeyError: 'tool'" (checks/run.py)

    def message(self, language: str) -> str:
        return broken_rule_lines({self.rule: self.why}, Labels(language))[0]


def errors_before_publishing(register: Register, today: date | None = None) -> list[Finding]:
    """The findings of severity error, as `ropa check` finds them, and the rules that could not be checked."""
    run = check(register, today)
    return [finding for finding in run.findings if finding.severity is Severity.ERROR] + [
        RuleNotChecked(rule_id, Severity.ERROR, REFERENCE_DATA, None, {}, why=why)
        for rule_id, why in run.broken.items()
    ]


def error_lines(findings: list[Finding], language: str) -> list[str]:
    """One line per error: its message and the article it rests on."""
    return [f"{finding.message(language)} [{finding.citation(language)}]" for finding in findings]
