"""Running every rule over a register: the one entry point for the window, ``ropa check``,
the exports' findings annex and the tests.

A rule that raises is a mistake of ours, not of the register: it must not hide what every
other rule finds. So each rule runs on its own; one that fails is left out, logged with its
traceback for whoever maintains the program, and named in the run's ``broken`` so that every
caller (the Problems panel, ``ropa check``, the workbook's findings sheet, the dossier's
annex) tells the officer the check is incomplete, and which rule is missing."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from ..register.storage import Register
from . import rules  # noqa: F401  (importing the package registers every rule)
from .context import CheckContext, read_context
from .findings import Finding, Severity
from .rule import RULES

log = logging.getLogger(__name__)


@dataclass
class RulesRun:
    """What one run of the rules found, and the rules that could not be checked."""

    findings: list[Finding]
    # Rule id: why it failed ("KeyError: 'tool'"), in the order of the rules' ids.
    broken: dict[str, str] = field(default_factory=dict)


def run_all(context: CheckContext, only: set[str] | None = None) -> RulesRun:
    """Every rule (or those in ``only``) over ``context``, each on its own: one that raises
    is left out and reported, the others' findings still come."""
    findings: list[Finding] = []
    broken: dict[str, str] = {}
    for rule_id, rule in RULES.items():
        if only is not None and rule_id not in only:
            continue
        try:
            # Taken in full here: a rule that yields fails while it is being read.
            found = list(rule.check(context))
        except Exception as error:  # noqa: BLE001 - any mistake in a rule; the others go on
            log.error("Compliance rule %s could not be checked", rule_id, exc_info=True)
            broken[rule_id] = f"{type(error).__name__}: {error}"
            continue
        findings.extend(found)
    findings.sort(key=lambda f: (f.severity.rank, f.rule, f.kind, f.item_id or 0, f.row or 0))
    return RulesRun(findings, dict(sorted(broken.items())))


def run_rules(context: CheckContext, only: set[str] | None = None) -> list[Finding]:
    """The findings of ``run_all`` (a broken rule is logged and left out)."""
    return run_all(context, only).findings


def check(register: Register, today: date | None = None) -> RulesRun:
    """Every rule over the register as of ``today``: the findings and the broken rules."""
    return run_all(read_context(register, today))


def check_register(register: Register, today: date | None = None) -> list[Finding]:
    return check(register, today).findings


def counts(findings: list[Finding]) -> dict[Severity, int]:
    result = {severity: 0 for severity in Severity}
    for finding in findings:
        result[finding.severity] += 1
    return result
