"""Art. 30: what each entry of the record must hold. A controller's entry (Art. 30(1)) names
the purposes with their legal basis, the people and the data, the recipients and, where
possible, retention and security; a processor's entry (Art. 30(2)) names the controller it
acts for, what it does for them and, where possible, the security measures.

Drafts are checked (they are meant to become entries); retired activities are not."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ...register.models import ActivityRole
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import controller_activities, current_activities, has_text, processor_activities


@rule("record.no_purpose", Severity.ERROR, "Art. 30(1)(b), Art. 5(1)(b) GDPR")
def no_purpose(context: CheckContext) -> Iterator[Finding]:
    """A controller's activity without a described purpose."""
    for activity in controller_activities(context):
        if not any(has_text(p.description) for p in activity.purposes):
            yield context.finding("record.no_purpose", ACTIVITY, activity, "purposes")


@rule("record.purpose_without_basis", Severity.ERROR, "Art. 6(1), Art. 30(1)(b) GDPR")
def purpose_without_basis(context: CheckContext) -> Iterator[Finding]:
    """Every purpose of a controller's activity needs one of the six legal bases."""
    for activity in controller_activities(context):
        for row, purpose in enumerate(activity.purposes):
            if not purpose.legal_basis:
                yield context.finding(
                    "record.purpose_without_basis",
                    ACTIVITY,
                    activity,
                    "purposes",
                    row,
                    part="legal_basis",
                    number=row + 1,
                )


@rule("record.no_data_subjects", Severity.ERROR, "Art. 30(1)(c) GDPR")
def no_data_subjects(context: CheckContext) -> Iterator[Finding]:
    for activity in controller_activities(context):
        if not activity.data_subject_categories:
            yield context.finding("record.no_data_subjects", ACTIVITY, activity, "data_subject_categories")


@rule("record.no_data_categories", Severity.ERROR, "Art. 30(1)(c) GDPR")
def no_data_categories(context: CheckContext) -> Iterator[Finding]:
    for activity in controller_activities(context):
        if not activity.data_category_links:
            yield context.finding("record.no_data_categories", ACTIVITY, activity, "data_categories")


@rule("record.no_recipients", Severity.WARNING, "Art. 30(1)(d) GDPR")
def no_recipients(context: CheckContext) -> Iterator[Finding]:
    """No recipients may be true (data that stay in-house), but it is rare: a hosting
    provider or a payroll service is a recipient too. Confirm it."""
    for activity in controller_activities(context):
        if not activity.recipients:
            yield context.finding("record.no_recipients", ACTIVITY, activity, "recipients")


@rule("record.no_retention", Severity.WARNING, "Art. 30(1)(f), Art. 5(1)(e) GDPR")
def no_retention(context: CheckContext) -> Iterator[Finding]:
    """ "Where possible": a warning, not an error. (A rule on record that says nothing is
    retention.empty.)"""
    for activity in controller_activities(context):
        if not activity.retention_rules:
            yield context.finding("record.no_retention", ACTIVITY, activity, "retention_rules")


@rule("record.no_security", Severity.WARNING, "Art. 30(1)(g), Art. 30(2)(d), Art. 32 GDPR")
def no_security(context: CheckContext) -> Iterator[Finding]:
    """Controllers and processors alike describe their security measures "where possible"."""
    for activity in current_activities(context):
        if not activity.security_measures:
            yield context.finding("record.no_security", ACTIVITY, activity, "security_measures")


@rule("record.no_joint_controller", Severity.ERROR, "Art. 26(1), Art. 30(1)(a) GDPR")
def no_joint_controller(context: CheckContext) -> Iterator[Finding]:
    """An activity marked as joint control names the other controller(s)."""
    for activity in current_activities(context):
        if activity.role == ActivityRole.JOINT_CONTROLLER and not activity.joint_controllers:
            yield context.finding("record.no_joint_controller", ACTIVITY, activity, "joint_controllers")


@rule("record.no_controller_served", Severity.ERROR, "Art. 30(2)(a) GDPR")
def no_controller_served(context: CheckContext) -> Iterator[Finding]:
    """A processor's entry names each controller on whose behalf it acts."""
    for activity in processor_activities(context):
        if not activity.controllers_served:
            yield context.finding("record.no_controller_served", ACTIVITY, activity, "controllers_served")


@rule("record.no_processing_categories", Severity.ERROR, "Art. 30(2)(b) GDPR")
def no_processing_categories(context: CheckContext) -> Iterator[Finding]:
    """A processor's entry says what it does for the controller: a purpose, or a description."""
    for activity in processor_activities(context):
        if not (
            any(has_text(p.description) for p in activity.purposes)
            or (activity.internal_description or "").strip()
            or has_text(activity.public_explanation)
        ):
            yield context.finding("record.no_processing_categories", ACTIVITY, activity, "purposes")
