"""An established record that was changed since (Art. 5(2), Art. 24(1)): the organisation
approved a text that is no longer the one in the register, so its approval no longer proves
what the record says until it is approved again."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import current_activities

RULE = "approval.changed_since_established"


@rule(RULE, Severity.WARNING, "Art. 5(2), Art. 24(1) GDPR")
def changed_since_established(context: CheckContext) -> Iterator[Finding]:
    """A warning, not an error: the change may be a typo; the approver decides whether it
    needs a new approval. Concept and in-review activities are not approved yet: nothing to
    warn about (the approval list shows them)."""
    approvals = context.approvals
    for activity in current_activities(context):
        found = approvals.get(activity.id)
        if found is not None and found.changed:
            yield context.finding(RULE, ACTIVITY, activity, "")
