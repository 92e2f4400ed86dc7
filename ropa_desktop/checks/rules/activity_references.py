"""The officer's own references of the activities ("V-01"): register hygiene, which the law does
not ask for. A reference two activities share makes every document that cites it ambiguous: the
DPIA, the processing agreement, the answer to the supervisory authority."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ...register.views import Record
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule


@rule("record.duplicate_reference", Severity.WARNING, "Art. 30(1) GDPR")
def duplicate_reference(context: CheckContext) -> Iterator[Finding]:
    """Two or more activities of the register (retired ones too: their reference still names
    them in old documents) share a reference, case and surrounding spaces aside."""
    sharing: dict[str, list[Record]] = {}
    for activity in context.view.activities:
        reference = (activity.reference or "").strip()
        if reference:
            sharing.setdefault(reference.casefold(), []).append(activity)
    for activities in sharing.values():
        if len(activities) < 2:
            continue
        for activity in activities:
            others = [context.name(other.name) for other in activities if other is not activity]
            yield context.finding(
                "record.duplicate_reference",
                ACTIVITY,
                activity,
                "reference",
                reference=activity.reference.strip(),
                others={
                    language: ", ".join(f"‘{name[language]}’" for name in others) for language in context.languages
                },
            )
