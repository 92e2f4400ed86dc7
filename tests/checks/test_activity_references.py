"""Register hygiene: two activities that share the officer's own reference ("V-01")."""

from __future__ import annotations

from registers import TODAY, add, both, change, ids

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register import operations
from ropa_desktop.register.kinds import ACTIVITY

RULE = "record.duplicate_reference"
RULES_TESTED = {RULE}


def _found(register):
    return run_rules(read_context(register, TODAY), only={RULE})


def _second(register, reference: str, status: str = "active") -> int:
    first = operations.read(register, ACTIVITY, ids(register)[ACTIVITY])
    snap = {key: value for key, value in first.items() if key != "version"}
    return add(
        register, ACTIVITY, **{**snap, "name": both("Plaatsing", "Placement"), "reference": reference, "status": status}
    )


def test_two_activities_with_one_reference_are_each_found(clean):
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], reference="V-01")
    second = _second(clean, " v-01")  # case and spaces aside, the same reference
    found = _found(clean)
    assert [(f.item_id, f.severity, f.kind, f.field) for f in found] == [
        (ids(clean)[ACTIVITY], Severity.WARNING, ACTIVITY, "reference"),
        (second, Severity.WARNING, ACTIVITY, "reference"),
    ]
    assert found[0].message("nl") == "Klantenservice: het kenmerk ‘V-01’ hoort ook bij ‘Plaatsing’."
    assert found[1].message("en") == "Placement: the reference ‘v-01’ also belongs to ‘Customer service’."
    assert found[0].reference == "Art. 30(1) GDPR"


def test_a_retired_activity_keeps_its_reference(clean):
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], reference="V-01")
    _second(clean, "V-01", status="retired")
    assert len(_found(clean)) == 2


def test_near_miss_references_that_differ_and_activities_without_one(clean):
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], reference="V-01")
    _second(clean, "V-1")
    _second(clean, "")
    _second(clean, "")
    assert _found(clean) == []
