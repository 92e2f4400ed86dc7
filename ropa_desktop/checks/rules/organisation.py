"""The organisation itself: how people reach it about their data (Art. 13(1)(a), Art. 30(1)(a))
and whether it must designate a data protection officer (Art. 37(1)(a) to (c))."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

from ...register.kinds import ORGANISATION
from ...register.views import Record
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule, rule_text
from .common import current_activities, names

# Art. 37(1)(b): core activities of regular and systematic monitoring on a large scale;
# Art. 37(1)(c): core activities of special-category or criminal data on a large scale.
# The screening answers of an activity are the register's only evidence of either.
_DPO_GROUNDS = {
    "b": ("wp248.systematic_monitoring", "wp248.large_scale"),
    "c": ("wp248.sensitive_data", "wp248.large_scale"),
}


def _reachable(contact: SimpleNamespace | None) -> bool:
    return contact is not None and bool(contact.email or contact.phone or (contact.address and contact.city))


@rule("organisation.no_contact", Severity.ERROR, "Art. 13(1)(a), Art. 30(1)(a) GDPR")
def no_contact(context: CheckContext) -> Iterator[Finding]:
    """Neither a privacy contact nor the organisation's own e-mail address or phone number:
    no one knows where to send a request or a question. Art. 30(1)(a) requires the contact
    details outright, so it is an error."""
    organisation = context.organisation
    if not _reachable(organisation.privacy_contact) and not (organisation.email or organisation.phone):
        yield context.finding("organisation.no_contact", ORGANISATION, organisation, "privacy_contact")


@rule("organisation.public_body_no_dpo", Severity.ERROR, "Art. 37(1)(a) GDPR")
def public_body_no_dpo(context: CheckContext) -> Iterator[Finding]:
    """A public authority or body must designate a DPO, whatever it processes: no judgement
    of core activities is needed, so a missing DPO is an error."""
    organisation = context.organisation
    if organisation.public_authority and organisation.dpo is None:
        yield context.finding("organisation.public_body_no_dpo", ORGANISATION, organisation, "dpo")


@rule("organisation.no_dpo", Severity.WARNING, "Art. 37(1)(b)–(c) GDPR")
def no_dpo(context: CheckContext) -> Iterator[Finding]:
    """Activities screened as large-scale monitoring, or large-scale sensitive data, and no
    DPO on record. A public body without a DPO has the error above already."""
    if context.organisation.dpo is not None or context.organisation.public_authority:
        return
    grounds: dict[str, list[Record]] = {}
    for activity in current_activities(context):
        screening = activity.dpia_screening
        if not screening:
            continue
        for paragraph, criteria in _DPO_GROUNDS.items():
            if all(screening.get(key) for key in criteria):
                grounds.setdefault(paragraph, []).append(activity)
    if not grounds:
        return
    reason = {
        language: "; ".join(
            rule_text("organisation.no_dpo", f"reason_{paragraph}", language) for paragraph in sorted(grounds)
        )
        for language in context.languages
    }
    activities = [a for paragraph in sorted(grounds) for a in grounds[paragraph]]
    activities = list({a.id: a for a in activities}.values())
    yield context.finding(
        "organisation.no_dpo",
        ORGANISATION,
        context.organisation,
        "dpo",
        reason=reason,
        activities=names(context, activities),
    )
