"""What shows the DPIA decision (Art. 35, Art. 5(2)): a DPIA done has a date and a document;
"not required" rests on a screening on record; and one WP248 criterion is enough to consider
a DPIA, so "not required" then says why (WP248 rev.01, III.B.a).

Controller activities only: the DPIA is the controller's duty (Art. 35(1))."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ...register.models import DpiaStatus
from ...register.views import Record
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import controller_activities
from .dpia import AP, WP248, _labels
from .dpia_criteria import effective_criteria


def _documented(activity: Record) -> bool:
    return activity.dpia_date is not None and bool((activity.dpia_reference or "").strip())


def _not_required(context: CheckContext) -> Iterator[tuple[Record, list[str]]]:
    """(activity, effective criteria) of each controller activity marked "not required"."""
    for activity in controller_activities(context):
        if activity.dpia_status == DpiaStatus.NOT_REQUIRED:
            yield activity, effective_criteria(context, activity)


@rule("dpia.done_undocumented", Severity.WARNING, "Art. 35(7), Art. 5(2) GDPR")
def done_without_evidence(context: CheckContext) -> Iterator[Finding]:
    """A DPIA marked done says when it was done (before the processing began) and where it is."""
    for activity in controller_activities(context):
        if activity.dpia_status == DpiaStatus.DONE and not _documented(activity):
            field = "dpia_date" if activity.dpia_date is None else "dpia_reference"
            yield context.finding("dpia.done_undocumented", ACTIVITY, activity, field)


@rule("dpia.not_required_unscreened", Severity.WARNING, "Art. 35(1), Art. 5(2) GDPR")
def not_required_without_screening(context: CheckContext) -> Iterator[Finding]:
    """ "Not required" with no criterion answered and no date or document of a screening: nothing
    shows that anyone asked the question."""
    for activity, criteria in _not_required(context):
        if (
            not criteria
            and not activity.dpia_screening
            and activity.dpia_date is None
            and not (activity.dpia_reference or "").strip()
        ):
            yield context.finding("dpia.not_required_unscreened", ACTIVITY, activity, "dpia_screening")


@rule("dpia.consider", Severity.WARNING, "Art. 35(1) GDPR; WP248 rev.01")
def one_criterion_to_consider(context: CheckContext) -> Iterator[Finding]:
    """One WP248 criterion may already call for a DPIA: "not required" then records why not
    (two or more require one, which is dpia.wrongly_not_required)."""
    for activity, criteria in _not_required(context):
        wp248 = [key for key in criteria if key.startswith(WP248)]
        if (
            len(wp248) == 1
            and not any(key.startswith(AP) for key in criteria)
            and not (activity.dpia_reference or "").strip()
        ):
            yield context.finding(
                "dpia.consider", ACTIVITY, activity, "dpia_reference", criteria=_labels(context, wp248)
            )
