"""Retention per data category (Art. 30(1)(f)): a retention rule that names a data category its
activity does not process."""

from __future__ import annotations

from registers import TODAY, add, both, change, ids, retention_rule

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register import kinds
from ropa_desktop.register.kinds import ACTIVITY

RULE = "retention.category_not_used"
RULES_TESTED = {RULE}


def _found(register):
    return run_rules(read_context(register, TODAY), only={RULE})


def _rules(register, *category_lists: list[int]) -> None:
    change(
        register,
        ACTIVITY,
        ids(register)[ACTIVITY],
        retention_rules=[retention_rule(data_category_ids=categories) for categories in category_lists],
    )


def test_a_rule_for_a_category_the_activity_does_not_process(clean):
    invoices = add(clean, kinds.DATA_CATEGORY, name=both("Factuurgegevens", "Invoice details"), kind="ordinary")
    _rules(clean, [], [ids(clean)[kinds.DATA_CATEGORY], invoices])
    [finding] = _found(clean)
    assert (finding.severity, finding.kind, finding.field, finding.row) == (
        Severity.WARNING,
        ACTIVITY,
        "retention_rules",
        1,
    )
    assert finding.reference == "Art. 30(1)(f) GDPR"
    assert finding.message("nl") == (
        "Klantenservice: bewaarregel 2 geldt voor ‘Factuurgegevens’, maar deze "
        "verwerkingsactiviteit verwerkt die gegevens niet."
    )
    assert finding.message("en") == (
        "Customer service: retention rule 2 applies to ‘Invoice details’, but this "
        "processing activity does not process those data."
    )


def test_near_miss_a_rule_for_a_category_the_activity_processes(clean):
    _rules(clean, [ids(clean)[kinds.DATA_CATEGORY]], [])
    assert _found(clean) == []


def test_near_miss_a_category_the_activity_stops_processing_is_found_again(clean):
    """Dropping the category from the activity's data, not from the rule, is what the rule finds."""
    category = ids(clean)[kinds.DATA_CATEGORY]
    other = add(clean, kinds.DATA_CATEGORY, name=both("Factuurgegevens", "Invoice details"), kind="ordinary")
    _rules(clean, [category])
    assert _found(clean) == []
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], data_categories=[{"id": other, "wording": {}}])
    assert [(f.rule, f.row) for f in _found(clean)] == [(RULE, 0)]
