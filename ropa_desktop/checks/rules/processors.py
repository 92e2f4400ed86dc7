"""Processors (Art. 28): whoever processes data on the organisation's behalf does so under a
written agreement with the terms of Art. 28(3), in force for as long as it processes."""

from __future__ import annotations

from ...register.kinds import RECIPIENT
from ...register.models import RecipientKind
from ..findings import Severity
from ..rule import rule
from .common import current_activities


def _processors_in_use(context) -> list:
    """Processors that an activity of the register (retired ones aside) or a cookie uses."""
    found = context.cache.get("processors_in_use")
    if found is None:
        used: dict[int, object] = {}
        for activity in current_activities(context):
            for recipient in activity.recipients:
                if recipient.kind == RecipientKind.PROCESSOR:
                    used.setdefault(recipient.id, recipient)
        for cookie in context.view.cookies:
            if cookie.recipient is not None and cookie.recipient.kind == RecipientKind.PROCESSOR:
                used.setdefault(cookie.recipient.id, cookie.recipient)
        found = [used[key] for key in sorted(used)]
        context.cache["processors_in_use"] = found
    return found


@rule("processor.no_agreement", Severity.ERROR, "Art. 28(3) GDPR")
def processor_without_agreement(context):
    for recipient in _processors_in_use(context):
        if not (recipient.dpa_reference or "").strip() and recipient.dpa_signed is None:
            yield context.finding("processor.no_agreement", RECIPIENT, recipient, "dpa_reference")


@rule("processor.agreement_ended", Severity.ERROR, "Art. 28(3) GDPR")
def processor_agreement_ended(context):
    for recipient in _processors_in_use(context):
        if recipient.dpa_end is not None and recipient.dpa_end < context.today:
            yield context.finding("processor.agreement_ended", RECIPIENT, recipient, "dpa_end",
                                  end=recipient.dpa_end.isoformat())
