"""Before the statement is published: the errors the compliance checks find in the register.

A statement written to a file is published; one that rests on a register with errors tells the
public something the law does not allow (a transfer without a tool, a purpose without a basis).
The window and the command line ask the same question with these findings.
"""

from __future__ import annotations

from datetime import date

from ...checks.findings import Finding, Severity
from ...checks.run import check_register
from ...register.storage import Register


def errors_before_publishing(register: Register, today: date | None = None) -> list[Finding]:
    """The findings of severity error, as `ropa check` finds them."""
    return [finding for finding in check_register(register, today) if finding.severity is Severity.ERROR]


def error_lines(findings: list[Finding], language: str) -> list[str]:
    """One line per error: its message and the article it rests on."""
    return [f"{finding.message(language)} [{finding.citation(language)}]" for finding in findings]
