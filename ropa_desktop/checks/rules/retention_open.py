"""Retention that ends nowhere (Art. 5(1)(e)): data kept "indefinitely", or a period with an
exception ("unless still needed for other purposes") that no one can test."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ...register.views import Record, may_mention
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import current_activities

_INDEFINITE = re.compile(
    r"\b(onbeperkt|onbepaalde tijd|voor altijd|voor onbepaalde duur|indefinitely|"
    r"indefinite period|unlimited|forever|for ever|without (a )?time limit)\b",
    re.IGNORECASE,
)
# "Not indefinitely" is the opposite: a negation just before the word does not count.
_NEGATION = re.compile(r"\b(niet|not|never|nooit)\s+$", re.IGNORECASE)
_OPEN_EXCEPTION = re.compile(
    r"\b(tenzij|behalve als|behalve wanneer)\b[^.;\n]*\b(nodig|noodzakelijk|vereist|relevant)\b[^.;\n]*"
    r"\b(andere|overige|verdere)\s+doel"
    r"|\bunless\b[^.;\n]*\b(needed|necessary|required|relevant)\b[^.;\n]*\b(other|further|another)\s+purpose",
    re.IGNORECASE,
)
# Without one of these words there is no exception: most texts are passed over by this test alone.
_EXCEPTION_WORD = re.compile(r"tenzij|behalve|unless", re.IGNORECASE)
# Without one of these words neither rule can match (tested before the texts are decoded).
_HINT = (
    "tenzij",
    "behalve",
    "unless",
    "onbeperkt",
    "onbepaalde",
    "altijd",
    "indefinite",
    "unlimited",
    "forever",
    "for ever",
    "time limit",
)


def _indefinite(text: str) -> bool:
    for match in _INDEFINITE.finditer(text):
        if not _NEGATION.search(text[max(0, match.start() - 8) : match.start()]):
            return True
    return False


def _texts(retention_rule: Record) -> str:
    """The rule's criterion and wording in every language, as one text to search."""
    return "\n".join(
        t for t in (*(retention_rule.criterion or {}).values(), *(retention_rule.wording or {}).values()) if t
    )


def _open_ended(context: CheckContext) -> list[tuple[Record, int, bool, bool]]:
    """(activity, row, kept indefinitely, open exception) of each retention rule with either,
    worked out in one pass over the texts for both rules."""
    found: list[tuple[Record, int, bool, bool]] | None = context.cache.get("retention_open_ended")
    if found is None:
        found = []
        for activity in current_activities(context):
            for row, retention_rule in enumerate(activity.retention_rules):
                if not may_mention(retention_rule, ("criterion", "wording"), _HINT):
                    continue
                text = _texts(retention_rule)
                # A rule with a period is not kept without end; its exception may still be open.
                indefinite = not retention_rule.period_value and _indefinite(text)
                exception = bool(_EXCEPTION_WORD.search(text)) and bool(_OPEN_EXCEPTION.search(text))
                if indefinite or exception:
                    found.append((activity, row, indefinite, exception))
        context.cache["retention_open_ended"] = found
    return found


@rule("retention.indefinite", Severity.WARNING, "Art. 5(1)(e), Art. 13(2)(a) GDPR")
def kept_indefinitely(context: CheckContext) -> Iterator[Finding]:
    """Data kept without end break storage limitation, save archiving in the public interest,
    research or statistics with the safeguards of Art. 89(1)."""
    for activity, row, indefinite, _exception in _open_ended(context):
        if indefinite:
            yield context.finding(
                "retention.indefinite", ACTIVITY, activity, "retention_rules", row, part="period_value", number=row + 1
            )


@rule("retention.open_exception", Severity.WARNING, "Art. 5(1)(e), Art. 13(2)(a) GDPR")
def open_exception(context: CheckContext) -> Iterator[Finding]:
    """A period followed by "unless still needed for other purposes" lets the exception swallow
    the period: the record names those purposes and how long they keep the data."""
    for activity, row, _indefinite, exception in _open_ended(context):
        if exception:
            yield context.finding(
                "retention.open_exception", ACTIVITY, activity, "retention_rules", row, part="criterion", number=row + 1
            )
