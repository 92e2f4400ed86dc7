"""register.applicability: which fields of a record apply, given the rest of it."""

from __future__ import annotations

import pytest

from ropa_desktop.register import applicability as why
from ropa_desktop.register import kinds, snapshots
from ropa_desktop.register.applicability import holds_value, not_applying
from ropa_desktop.register.models import ActivityRole, DataCategoryKind, ProvisionRequirement, Purpose, RetentionRule


def _activity(*bases: str, **values) -> dict:
    snap = snapshots.blank(kinds.ACTIVITY)
    snap["purposes"] = [{**snapshots.blank_child(Purpose), "legal_basis": basis} for basis in bases]
    snap.update(values)
    return snap


def _purpose_reasons(snap, data_kinds=frozenset()) -> list[dict[str, str]]:
    return not_applying(kinds.ACTIVITY, snap, data_kinds).rows["purposes"]


def test_the_interest_and_balancing_test_apply_only_to_legitimate_interests():
    first, second = _purpose_reasons(_activity("consent", "legitimate_interests"))
    assert first["legitimate_interest"] == first["lia_reference"] == why.NOT_LEGITIMATE_INTERESTS
    assert "legitimate_interest" not in second and "lia_reference" not in second


def test_withdrawal_applies_to_consent_and_explicit_consent():
    snap = _activity("contract", "consent", "contract")
    snap["purposes"][2]["special_category_condition"] = "explicit_consent"
    reasons = _purpose_reasons(snap, frozenset({DataCategoryKind.SPECIAL}))
    assert [r.get("consent_withdrawal") for r in reasons] == [why.NOT_CONSENT, None, None]


@pytest.mark.parametrize(
    "data_kinds, applies",
    [
        (frozenset({DataCategoryKind.SPECIAL}), True),
        (frozenset({DataCategoryKind.ORDINARY}), False),
        (frozenset(), False),
    ],
)
def test_the_article_9_exception_applies_only_with_special_data(data_kinds, applies):
    (reasons,) = _purpose_reasons(_activity("contract"), data_kinds)
    assert ("special_category_condition" not in reasons) is applies


@pytest.mark.parametrize(
    "role, served, joint",
    [
        (ActivityRole.PROCESSOR, True, False),
        (ActivityRole.JOINT_CONTROLLER, False, True),
        (ActivityRole.CONTROLLER, False, False),
        ("processor", True, False),
    ],
)
def test_the_parties_follow_the_role(role, served, joint):
    reasons = not_applying(kinds.ACTIVITY, _activity(role=role)).fields
    assert ("controllers_served" not in reasons) is served
    assert ("joint_controllers" not in reasons) is joint


@pytest.mark.parametrize(
    "sources, applies",
    [([], True), (["data_subject"], False), (["data_subject", "public_source"], True), (["third_party"], True)],
)
def test_the_source_details_apply_unless_all_data_comes_from_the_data_subject(sources, applies):
    assert ("source_details" not in not_applying(kinds.ACTIVITY, _activity(sources=sources)).fields) is applies


@pytest.mark.parametrize(
    "requirement, applies",
    [
        (ProvisionRequirement.NOT_APPLICABLE, False),
        (ProvisionRequirement.STATUTORY, True),
        (ProvisionRequirement.VOLUNTARY, True),
    ],
)
def test_the_consequence_applies_once_the_requirement_is_said(requirement, applies):
    reasons = not_applying(kinds.ACTIVITY, _activity(provision_requirement=requirement)).fields
    assert ("provision_consequence" not in reasons) is applies


@pytest.mark.parametrize("period, applies", [(None, True), (3, False)])
def test_a_criterion_applies_only_without_a_fixed_period(period, applies):
    snap = _activity(retention_rules=[{**snapshots.blank_child(RetentionRule), "period_value": period}])
    (reasons,) = not_applying(kinds.ACTIVITY, snap).rows["retention_rules"]
    assert ("criterion" not in reasons) is applies


@pytest.mark.parametrize("country, applies", [("", True), ("US", True), ("BO", True), ("DE", False), ("NO", False)])
def test_a_transfer_tool_applies_outside_the_eea(country, applies):
    snap = {**snapshots.blank(kinds.TRANSFER), "country_code": country}
    reasons = not_applying(kinds.TRANSFER, snap).fields
    assert all((key not in reasons) is applies for key in ("tool", "tool_reference", "tia_date"))


@pytest.mark.parametrize(
    "value, holds",
    [
        (None, False),
        ("", False),
        ("  ", False),
        ({}, False),
        ({"nl": "", "en": ""}, False),
        ([], False),
        (False, False),
        ("x", True),
        ({"en": "x"}, True),
        ([3], True),
        (True, True),
        (0, True),
    ],
)
def test_what_counts_as_a_value(value, holds):
    assert holds_value(value) is holds
