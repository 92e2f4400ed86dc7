"""The WP248 criteria an activity meets: those ticked in its screening, and those the register
itself shows (sensitive data: criterion 4; vulnerable people such as employees and job
applicants: criterion 7), which count whether ticked or not."""

from __future__ import annotations

from ...register.models import DataCategoryKind
from ...register.views import Record
from ..context import CheckContext
from .common import activities_with, controller_activities
from .lawful_basis_limits import staff_categories

SENSITIVE = "wp248.sensitive_data"
VULNERABLE = "wp248.vulnerable_subjects"
_SENSITIVE_KINDS = (DataCategoryKind.SPECIAL, DataCategoryKind.CRIMINAL)


def _with_sensitive_data(context: CheckContext) -> set[int]:
    found: set[int] | None = context.cache.get("dpia_sensitive")
    if found is None:
        activities = controller_activities(context)
        found = {a.id for kind in _SENSITIVE_KINDS for a, _categories in activities_with(context, kind, activities)}
        context.cache["dpia_sensitive"] = found
    return found


def shown_criteria(context: CheckContext, activity: Record) -> list[str]:
    """The criteria the register shows for ``activity``, whatever its screening says."""
    shown: list[str] = []
    if activity.id in _with_sensitive_data(context):
        shown.append(SENSITIVE)
    if any(c.vulnerable for c in activity.data_subject_categories) or staff_categories(context, activity):
        shown.append(VULNERABLE)
    return shown


def effective_criteria(context: CheckContext, activity: Record) -> list[str]:
    """Ticked criteria, in stored order, then those the register shows and the screening missed
    (worked out once per activity and run: three DPIA rules ask)."""
    known: dict[int, list[str]] = context.cache.setdefault("dpia_effective_criteria", {})
    found = known.get(activity.id)
    if found is None:
        ticked = [key for key, yes in (activity.dpia_screening or {}).items() if yes]
        found = known[activity.id] = ticked + [key for key in shown_criteria(context, activity) if key not in ticked]
    return found
