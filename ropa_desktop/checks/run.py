"""Running every rule over a register: the one entry point for the window, ``ropa check``,
the exports' findings annex and the tests."""

from __future__ import annotations

from datetime import date

from ..register.storage import Register
from . import rules  # noqa: F401  (importing the package registers every rule)
from .context import CheckContext, read_context
from .findings import Finding, Severity
from .rule import RULES


def run_rules(context: CheckContext, only: set[str] | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for rule_id, rule in RULES.items():
        if only is None or rule_id in only:
            findings.extend(rule.check(context))
    findings.sort(key=lambda f: (f.severity.rank, f.rule, f.kind, f.item_id or 0, f.row or 0))
    return findings


def check_register(register: Register, today: date | None = None) -> list[Finding]:
    return run_rules(read_context(register, today))


def counts(findings: list[Finding]) -> dict[Severity, int]:
    result = {severity: 0 for severity in Severity}
    for finding in findings:
        result[finding.severity] += 1
    return result
