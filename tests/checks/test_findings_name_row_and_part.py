"""A finding about one row of a list names the row and the field within it to fix, so the
window can go straight there; a finding about the whole list names neither."""

from __future__ import annotations

from registers import TODAY, change, ids, purpose, retention_rule

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register import snapshots
from ropa_desktop.register.kinds import ACTIVITY
from ropa_desktop.register.models import Purpose, RetentionRule


def _found(register, rule: str):
    return run_rules(read_context(register, TODAY), only={rule})


def test_a_purpose_without_its_interest_names_the_row_and_the_interest_field(clean):
    change(
        clean,
        ACTIVITY,
        ids(clean)[ACTIVITY],
        purposes=[purpose(), purpose(legal_basis="legitimate_interests", lia_reference="LIA-1")],
    )
    [finding] = _found(clean, "legitimate_interest.not_described")
    assert (finding.field, finding.row, finding.part) == ("purposes", 1, "legitimate_interest")
    assert finding.part in snapshots.blank_child(Purpose)
    assert finding.as_dict("en")["part"] == "legitimate_interest"


def test_a_purpose_without_a_basis_names_the_basis_field(clean):
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], purposes=[purpose(), purpose(legal_basis="")])
    [finding] = _found(clean, "record.purpose_without_basis")
    assert (finding.field, finding.row, finding.part) == ("purposes", 1, "legal_basis")


def test_an_empty_retention_rule_names_a_field_of_its_row(clean):
    change(
        clean,
        ACTIVITY,
        ids(clean)[ACTIVITY],
        retention_rules=[retention_rule(), retention_rule(period_value=None, starts_from={}, wording={})],
    )
    [finding] = _found(clean, "retention.empty")
    assert (finding.field, finding.row) == ("retention_rules", 1)
    assert finding.part in snapshots.blank_child(RetentionRule)


def test_near_miss_a_finding_about_the_whole_list_names_no_row_and_no_part(clean):
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], purposes=[])
    [finding] = _found(clean, "record.no_purpose")
    assert (finding.field, finding.row, finding.part) == ("purposes", None, "")
