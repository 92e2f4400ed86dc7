"""Retention (Art. 5(1)(e), Art. 30(1)(f), Art. 13(2)(a)): a period, or a criterion that can
be tested. "As long as relevant" is neither."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import current_activities, has_text

# Words that make a criterion open-ended, unless something objective ends it.
_VAGUE = re.compile(
    r"\b(zo ?lang|as long as|so long as|tant que|aussi longtemps|niet langer dan (nodig|noodzakelijk)|"
    r"no longer than (is )?(necessary|needed))\b",
    re.IGNORECASE,
)
_ANCHOR = re.compile(
    r"\b(na afloop|na (het )?einde|na beëindiging|daarna|vervolgens|after|once|then|until|tot(dat)?|"
    r"jaar|jaren|maand(en)?|weken|dagen|years?|months?|weeks?|days?)\b",
    re.IGNORECASE,
)


def is_vague(text: str) -> bool:
    return bool(text) and bool(_VAGUE.search(text)) and not _ANCHOR.search(text)


@rule("retention.vague", Severity.WARNING, "Art. 5(1)(e), Art. 13(2)(a) GDPR")
def vague_retention(context: CheckContext) -> Iterator[Finding]:
    """A retention rule without a period whose criterion is open-ended ("as long as relevant"):
    no one can test when the data must go."""
    for activity in current_activities(context):
        for row, rule_ in enumerate(activity.retention_rules):
            if rule_.period_value:
                continue
            texts = [t for t in (*(rule_.criterion or {}).values(), *(rule_.wording or {}).values()) if t]
            if texts and all(is_vague(text) for text in texts):
                yield context.finding("retention.vague", ACTIVITY, activity, "retention_rules", row, part="criterion")


@rule("retention.empty", Severity.WARNING, "Art. 30(1)(f), Art. 13(2)(a) GDPR")
def empty_retention(context: CheckContext) -> Iterator[Finding]:
    """A retention rule with no period, no criterion and no wording says nothing."""
    for activity in current_activities(context):
        for row, rule_ in enumerate(activity.retention_rules):
            if not rule_.period_value and not has_text(rule_.criterion) and not has_text(rule_.wording):
                yield context.finding(
                    "retention.empty", ACTIVITY, activity, "retention_rules", row, part="period_value", number=row + 1
                )
