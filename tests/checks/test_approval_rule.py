"""The check warns when an established activity was changed since it was established, until it
is approved again (issue 16 point 4); an unapproved or untouched one gives no finding."""

from __future__ import annotations

from registers import TODAY, change, ids

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register import approval
from ropa_desktop.register.kinds import ACTIVITY

RULE = "approval.changed_since_established"
RULES_TESTED = {RULE}


def _found(register):
    return run_rules(read_context(register, TODAY), only={RULE})


def _establish(register, item):
    approval.take_step(register, approval.SUBMIT, [item])
    approval.take_step(register, approval.APPROVE, [item])


def test_approval_rule_warns_for_an_established_activity_changed_since(clean):
    item = ids(clean)[ACTIVITY]
    _establish(clean, item)
    assert _found(clean) == []  # established and untouched: nothing to say
    change(clean, ACTIVITY, item, owner="Facilitair")
    (finding,) = _found(clean)
    assert (finding.severity, finding.kind, finding.item_id) == (Severity.WARNING, ACTIVITY, item)
    assert "was changed after it was established" in finding.message("en")
    assert "gewijzigd nadat zij is vastgesteld" in finding.message("nl")
    approval.take_step(clean, approval.APPROVE, [item])  # approved again: the warning goes
    assert _found(clean) == []


def test_approval_rule_is_silent_for_a_changed_concept(clean):
    item = ids(clean)[ACTIVITY]
    change(clean, ACTIVITY, item, owner="Facilitair")  # near miss: never established
    approval.take_step(clean, approval.SUBMIT, [item])
    change(clean, ACTIVITY, item, owner="Financiën")  # in review, changed: not established yet
    assert _found(clean) == []
