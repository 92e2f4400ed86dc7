"""Retention per data category (Art. 30(1)(f)): a rule that names a data category the activity
does not process keeps nothing, and the data it was meant for go unnamed."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ...register.models import text_in
from ...register.retention_scope import unused_ids
from ...register.views import holds_nothing
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import current_activities


@rule("retention.category_not_used", Severity.WARNING, "Art. 30(1)(f) GDPR")
def category_not_used(context: CheckContext) -> Iterator[Finding]:
    """A retention rule for a data category that its activity does not (or no longer) process."""
    for activity in current_activities(context):
        for row, retention_rule in enumerate(activity.retention_rules):
            # Most rules keep all the activity's data: their empty list is not even decoded.
            if holds_nothing(retention_rule, "data_category_ids"):
                continue
            unused = unused_ids(retention_rule, activity)
            if unused:
                yield context.finding(
                    "retention.category_not_used",
                    ACTIVITY,
                    activity,
                    "retention_rules",
                    row,
                    part="data_category_ids",
                    number=row + 1,
                    categories=_listed(context, unused),
                )


def _listed(context: CheckContext, category_ids: list[int]) -> dict[str, str]:
    """‘Name’, ‘Name’ per language; a category no longer in the register by its number."""
    catalogue = context.view.data_categories
    return {
        language: ", ".join(
            f"‘{text_in(catalogue[i].name, language, context.primary)}’" if i in catalogue else f"#{i}"
            for i in category_ids
        )
        for language in context.languages
    }
