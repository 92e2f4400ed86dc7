"""Processors (Art. 28): whoever processes data on the organisation's behalf does so under a
written agreement with the terms of Art. 28(3), in force for as long as it processes. Where we
are the processor, the same holds towards each client we act for (Art. 28(3)), and a group
company that works on the client's data is our sub-processor (Art. 28(2), (4))."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import RECIPIENT
from ...register.models import RecipientKind
from ...register.views import Record
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import current_activities, names, processor_activities

# What officers type where no agreement exists: a reference that says there is none.
_NO_AGREEMENT = frozenset(
    {"", "niet nodig", "not needed", "n.v.t", "nvt", "n/a", "na", "geen", "none", "-", "—", "nee", "no"}
)


def has_agreement(recipient: Record) -> bool:
    """A data processing agreement on record: a signing date, or a reference that names one."""
    reference = (recipient.dpa_reference or "").strip().casefold().rstrip(".")
    return recipient.dpa_signed is not None or reference not in _NO_AGREEMENT


def group_companies_on_assignments(activities: list[Record]) -> dict[int, tuple[Record, list[Record]]]:
    """recipient id -> (group company, the processor activities it works on)."""
    found: dict[int, tuple[Record, list[Record]]] = {}
    for activity in activities:
        for recipient in activity.recipients:
            if recipient.kind == RecipientKind.GROUP_ENTITY:
                found.setdefault(recipient.id, (recipient, []))[1].append(activity)
    return found


def clients_served(activities: list[Record]) -> dict[int, tuple[Record, list[Record]]]:
    """recipient id -> (controller we act for, the processor activities we do for it)."""
    found: dict[int, tuple[Record, list[Record]]] = {}
    for activity in activities:
        for recipient in activity.controllers_served:
            found.setdefault(recipient.id, (recipient, []))[1].append(activity)
    return found


def _processors_in_use(context: CheckContext) -> list[Record]:
    """Processors that an activity of the register (retired ones aside) or a cookie uses."""
    found = context.cache.get("processors_in_use")
    if found is None:
        used: dict[int, Record] = {}
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
def processor_without_agreement(context: CheckContext) -> Iterator[Finding]:
    for recipient in _processors_in_use(context):
        if not has_agreement(recipient):
            yield context.finding("processor.no_agreement", RECIPIENT, recipient, "dpa_reference")


@rule("processor.agreement_ended", Severity.ERROR, "Art. 28(3) GDPR")
def processor_agreement_ended(context: CheckContext) -> Iterator[Finding]:
    for recipient in _processors_in_use(context):
        if recipient.dpa_end is not None and recipient.dpa_end < context.today:
            yield context.finding(
                "processor.agreement_ended", RECIPIENT, recipient, "dpa_end", end=recipient.dpa_end.isoformat()
            )


@rule("processor.group_no_agreement", Severity.ERROR, "Art. 28(2), Art. 28(4) GDPR")
def group_company_without_agreement(context: CheckContext) -> Iterator[Finding]:
    """A group company that works on what we process for clients is our sub-processor: no
    group exemption exists, so it needs the client's authorisation and a contract with the same
    terms (an intra-group agreement)."""
    for recipient, activities in group_companies_on_assignments(processor_activities(context)).values():
        if not has_agreement(recipient):
            yield context.finding(
                "processor.group_no_agreement",
                RECIPIENT,
                recipient,
                "dpa_reference",
                activities=names(context, activities),
            )


@rule("processor.client_no_agreement", Severity.ERROR, "Art. 28(3) GDPR")
def client_without_agreement(context: CheckContext) -> Iterator[Finding]:
    """We process for a client only under a contract or other legal act with the terms of
    Art. 28(3); "not needed" is never true of a controller we act for."""
    for recipient, activities in clients_served(processor_activities(context)).values():
        if not has_agreement(recipient):
            yield context.finding(
                "processor.client_no_agreement",
                RECIPIENT,
                recipient,
                "dpa_reference",
                activities=names(context, activities),
            )


@rule("processor.client_no_contact", Severity.ERROR, "Art. 30(2)(a) GDPR")
def client_without_contact(context: CheckContext) -> Iterator[Finding]:
    """The processor's record names each controller it acts for with its contact details."""
    for recipient, activities in clients_served(processor_activities(context)).values():
        if not (recipient.contact or "").strip():
            yield context.finding(
                "processor.client_no_contact", RECIPIENT, recipient, "contact", activities=names(context, activities)
            )
