"""Data protection impact assessment (Art. 35). The screening answers of an activity say
whether one is required: two or more of the nine WP248 criteria (EDPB-endorsed guidelines,
rev.01), or any kind of processing on the Dutch AP list (Stcrt. 2019, 64418).

The DPIA is the controller's duty (Art. 35(1)); a processor only assists (Art. 28(3)(f)), so
processor activities are not checked."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ...register.models import ActivityStatus, DataCategoryKind, DpiaStatus
from ...register.reference.vocabulary import term
from ...register.views import Record
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import activities_with, controller_activities
from .dpia_criteria import effective_criteria

WP248 = "wp248."
AP = "ap."
REFERENCE = "Art. 35(1), Art. 35(3)–(4) GDPR; WP248 rev.01; AP list (Stcrt. 2019, 64418)"


def met_criteria(activity: Record) -> list[str]:
    """The screening criteria answered yes, in the order they are stored."""
    return [key for key, yes in (activity.dpia_screening or {}).items() if yes]


def dpia_required(criteria: list[str]) -> bool:
    return sum(key.startswith(WP248) for key in criteria) >= 2 or any(key.startswith(AP) for key in criteria)


def _required(context: CheckContext) -> list[tuple[Record, list[str]]]:
    """(activity, criteria met) of every controller activity whose screening requires a DPIA."""
    found: list[tuple[Record, list[str]]] | None = context.cache.get("dpia_required")
    if found is None:
        found = []
        for activity in controller_activities(context):
            # Sensitive data and vulnerable people count even where the screening missed them.
            criteria = effective_criteria(context, activity)
            if dpia_required(criteria):
                found.append((activity, criteria))
        context.cache["dpia_required"] = found
    return found


def _labels(context: CheckContext, criteria: list[str]) -> dict[str, str]:
    terms = [term("dpia_criteria", key) for key in criteria]
    return {
        language: ", ".join(
            t.label_in(language) if t is not None else key for t, key in zip(terms, criteria, strict=True)
        )
        for language in context.languages
    }


@rule("dpia.not_done", Severity.ERROR, REFERENCE)
def dpia_not_done(context: CheckContext) -> Iterator[Finding]:
    """The screening requires a DPIA and none has been started (status: not screened, or
    required). (Status "not required" is dpia.wrongly_not_required; "in progress" is
    dpia.in_progress.)"""
    for activity, criteria in _required(context):
        if activity.dpia_status not in (DpiaStatus.DONE, DpiaStatus.IN_PROGRESS, DpiaStatus.NOT_REQUIRED):
            yield context.finding(
                "dpia.not_done", ACTIVITY, activity, "dpia_status", criteria=_labels(context, criteria)
            )


@rule("dpia.in_progress", Severity.WARNING, "Art. 35(1) GDPR")
def dpia_in_progress(context: CheckContext) -> Iterator[Finding]:
    """The DPIA is carried out prior to the processing: until it is done, the processing
    should wait (or the DPIA should be finished)."""
    for activity, criteria in _required(context):
        if activity.dpia_status == DpiaStatus.IN_PROGRESS:
            yield context.finding(
                "dpia.in_progress", ACTIVITY, activity, "dpia_status", criteria=_labels(context, criteria)
            )


@rule("dpia.wrongly_not_required", Severity.ERROR, REFERENCE)
def dpia_wrongly_not_required(context: CheckContext) -> Iterator[Finding]:
    """The status says no DPIA is needed while the activity's own screening says it is."""
    for activity, criteria in _required(context):
        if activity.dpia_status == DpiaStatus.NOT_REQUIRED:
            yield context.finding(
                "dpia.wrongly_not_required", ACTIVITY, activity, "dpia_status", criteria=_labels(context, criteria)
            )


@rule("dpia.not_screened", Severity.WARNING, "Art. 35(1), Art. 35(3)(b) GDPR")
def special_data_not_screened(context: CheckContext) -> Iterator[Finding]:
    """An active activity with special-category data that was never screened: sensitive data
    are one WP248 criterion, and health, genetic and biometric data are on the AP list."""
    for activity, _special in activities_with(context, DataCategoryKind.SPECIAL, controller_activities(context)):
        if activity.status == ActivityStatus.ACTIVE and activity.dpia_status == DpiaStatus.NOT_SCREENED:
            yield context.finding("dpia.not_screened", ACTIVITY, activity, "dpia_status")
