"""The legal basis of each purpose (Art. 6(1)): what the bases that need more than their
name ask for. Legitimate interests: the interest itself (it is published, Art. 13(1)(d)) and
the balancing test behind it; consent: a way to withdraw it as easily as it was given."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import controller_activities, current_activities, has_text

LEGITIMATE_INTERESTS = "legitimate_interests"
CONSENT = "consent"


@rule("legitimate_interest.not_described", Severity.ERROR, "Art. 6(1)(f), Art. 13(1)(d), Art. 14(2)(b) GDPR")
def interest_not_described(context: CheckContext) -> Iterator[Finding]:
    """Checked for every role, like the form rule: a basis on record must be complete."""
    for activity in current_activities(context):
        for row, purpose in enumerate(activity.purposes):
            if purpose.legal_basis == LEGITIMATE_INTERESTS and not has_text(purpose.legitimate_interest):
                yield context.finding(
                    "legitimate_interest.not_described",
                    ACTIVITY,
                    activity,
                    "purposes",
                    row,
                    part="legitimate_interest",
                    number=row + 1,
                )


@rule("legitimate_interest.no_assessment", Severity.WARNING, "Art. 5(2), Art. 6(1)(f) GDPR")
def interest_without_assessment(context: CheckContext) -> Iterator[Finding]:
    """The balancing test is the controller's to make and to show (accountability); a
    processor's entry is not asked for one."""
    for activity in controller_activities(context):
        for row, purpose in enumerate(activity.purposes):
            if purpose.legal_basis == LEGITIMATE_INTERESTS and not (purpose.lia_reference or "").strip():
                yield context.finding(
                    "legitimate_interest.no_assessment",
                    ACTIVITY,
                    activity,
                    "purposes",
                    row,
                    part="lia_reference",
                    number=row + 1,
                )


@rule("consent.no_withdrawal", Severity.WARNING, "Art. 7(3), Art. 13(2)(c) GDPR")
def consent_without_withdrawal(context: CheckContext) -> Iterator[Finding]:
    """The controller collects the consent and lets people withdraw it; a processor's entry
    is not checked."""
    for activity in controller_activities(context):
        for row, purpose in enumerate(activity.purposes):
            if purpose.legal_basis == CONSENT and not has_text(purpose.consent_withdrawal):
                yield context.finding(
                    "consent.no_withdrawal",
                    ACTIVITY,
                    activity,
                    "purposes",
                    row,
                    part="consent_withdrawal",
                    number=row + 1,
                )
