"""Which fields of a record apply, given what the rest of the record says: the legitimate
interest only for a purpose on Art. 6(1)(f), the controllers we process for only when our role
is processor, an Art. 9(2) exception only where special data is processed, and so on.

One declaration for the whole register: an editor hides what does not apply (or, when the
officer has entered something there, shows it with the reason it does not apply), and any
other reader can ask the same question. A field not named here always applies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .kinds import ACTIVITY, TRANSFER
from .models import ActivityRole, DataCategoryKind, DataSource, ProvisionRequirement
from .reference.countries import in_eea
from .snapshots import Snapshot

# Why a field does not apply: stable codes, worded by whoever shows them.
NOT_LEGITIMATE_INTERESTS = "not_legitimate_interests"  # Art. 6(1)(f), 13(1)(d)
NOT_CONSENT = "not_consent"  # Art. 7(3), 13(2)(c)
NO_SPECIAL_DATA = "no_special_data"  # Art. 9
NO_CRIMINAL_DATA = "no_criminal_data"  # Art. 10
NO_NATIONAL_ID = "no_national_id"  # UAVG art. 46
NOT_PROCESSOR = "not_processor"  # Art. 30(2)
NOT_JOINT_CONTROLLER = "not_joint_controller"  # Art. 26
NO_AUTOMATED_DECISIONS = "no_automated_decisions"  # Art. 22, 13(2)(f)
NO_PROVISION_REQUIREMENT = "no_provision_requirement"  # Art. 13(2)(e)
ONLY_FROM_DATA_SUBJECT = "only_from_data_subject"  # Art. 14
FIXED_PERIOD = "fixed_period"  # Art. 13(2)(a): a criterion only where there is no period
INSIDE_EEA = "inside_eea"  # Chapter V

ITEM = ""  # the list key of an item's own fields (not a child list's rows)


@dataclass(frozen=True)
class Situation:
    """What a condition may look at."""

    item: Snapshot
    # The purpose or retention rule the field belongs to; empty for the item's own fields.
    row: Snapshot = field(default_factory=dict)
    # The kinds (DataCategoryKind values) of the activity's data categories.
    data_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AppliesWhen:
    test: Callable[[Situation], bool]
    reason: str  # the code given when the test fails


def _basis(*keys: str) -> Callable[[Situation], bool]:
    return lambda s: (s.row.get("legal_basis") or "") in keys


def _consent(s: Situation) -> bool:
    # Explicit consent under Art. 9(2)(a) can be withdrawn as much as consent under Art. 6(1)(a).
    return s.row.get("legal_basis") == "consent" or s.row.get("special_category_condition") == "explicit_consent"


def _role(role: ActivityRole) -> Callable[[Situation], bool]:
    return lambda s: (s.item.get("role") or "") == role


def _processes(kind: DataCategoryKind) -> Callable[[Situation], bool]:
    return lambda s: kind in s.data_kinds


def _not_only_from_data_subject(s: Situation) -> bool:
    sources = set(s.item.get("sources") or [])
    # Nothing ticked yet: the officer has not said, so Art. 14 may well apply.
    return not sources or bool(sources - {DataSource.DATA_SUBJECT})


def _provision_said(s: Situation) -> bool:
    return (
        s.item.get("provision_requirement") or ProvisionRequirement.NOT_APPLICABLE
    ) != ProvisionRequirement.NOT_APPLICABLE


def _outside_eea(s: Situation) -> bool:
    country = s.item.get("country_code") or ""
    # No country yet: the officer still needs to see what a transfer asks for.
    return not country or not in_eea(country)


_LEGITIMATE_INTERESTS = AppliesWhen(_basis("legitimate_interests"), NOT_LEGITIMATE_INTERESTS)
_THIRD_COUNTRY = AppliesWhen(_outside_eea, INSIDE_EEA)

# kind -> list key (ITEM for the item's own fields) -> field key -> when it applies.
RULES: dict[str, dict[str, dict[str, AppliesWhen]]] = {
    ACTIVITY: {
        ITEM: {
            "joint_controllers": AppliesWhen(_role(ActivityRole.JOINT_CONTROLLER), NOT_JOINT_CONTROLLER),
            "controllers_served": AppliesWhen(_role(ActivityRole.PROCESSOR), NOT_PROCESSOR),
            "source_details": AppliesWhen(_not_only_from_data_subject, ONLY_FROM_DATA_SUBJECT),
            "criminal_data_authorisation": AppliesWhen(_processes(DataCategoryKind.CRIMINAL), NO_CRIMINAL_DATA),
            "national_id_legal_basis": AppliesWhen(_processes(DataCategoryKind.NATIONAL_ID), NO_NATIONAL_ID),
            "provision_consequence": AppliesWhen(_provision_said, NO_PROVISION_REQUIREMENT),
            "automated_logic": AppliesWhen(
                lambda s: bool(s.item.get("automated_decision_making")), NO_AUTOMATED_DECISIONS
            ),
            "automated_consequences": AppliesWhen(
                lambda s: bool(s.item.get("automated_decision_making")), NO_AUTOMATED_DECISIONS
            ),
        },
        "purposes": {
            "legitimate_interest": _LEGITIMATE_INTERESTS,
            "lia_reference": _LEGITIMATE_INTERESTS,
            "special_category_condition": AppliesWhen(_processes(DataCategoryKind.SPECIAL), NO_SPECIAL_DATA),
            "consent_withdrawal": AppliesWhen(_consent, NOT_CONSENT),
        },
        "retention_rules": {
            "criterion": AppliesWhen(lambda s: s.row.get("period_value") is None, FIXED_PERIOD),
        },
    },
    TRANSFER: {
        ITEM: {"tool": _THIRD_COUNTRY, "tool_reference": _THIRD_COUNTRY, "tia_date": _THIRD_COUNTRY},
    },
}


@dataclass(frozen=True)
class NotApplying:
    """The fields of one item that do not apply, each with its reason code."""

    fields: dict[str, str] = field(default_factory=dict)
    # Per child list: one {field key: reason} per row, in row order.
    rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)


def not_applying(kind: str, item: Snapshot, data_kinds: frozenset[str] = frozenset()) -> NotApplying:
    """Which fields of ``item`` (a snapshot, possibly mid-edit) do not apply, and why."""
    rules = RULES.get(kind, {})
    found = NotApplying()
    for list_key, conditions in rules.items():
        if list_key == ITEM:
            found.fields.update(_failing(conditions, Situation(item, {}, data_kinds)))
        else:
            found.rows[list_key] = [
                _failing(conditions, Situation(item, row or {}, data_kinds)) for row in item.get(list_key) or []
            ]
    return found


def _failing(conditions: dict[str, AppliesWhen], situation: Situation) -> dict[str, str]:
    return {key: rule.reason for key, rule in conditions.items() if not rule.test(situation)}


def holds_value(value) -> bool:
    """Whether a field's value says anything: a text in some language, a choice, a tick, a link."""
    if isinstance(value, dict):
        return any(holds_value(v) for v in value.values())
    if isinstance(value, (list, tuple, set)):
        return bool(value)
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None and value is not False
