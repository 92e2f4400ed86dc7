"""Recipients established outside the EEA (Art. 44, Art. 30(1)(e)): whoever receives the data
there receives them by a transfer, and the transfer must be on record with its tool.

A transfer covers a recipient when it names that recipient, or names no recipient but goes
to the recipient's country."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import RECIPIENT
from ...register.reference.countries import abroad_without_transfer
from ...register.views import Record
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import current_activities


def recipients_in_use(context: CheckContext) -> list[Record]:
    """Recipients, joint controllers and sub-processors the current activities use, and the
    third parties of cookies: everyone the data reach, once each, by id."""
    used: dict[int, Record] = {}
    for activity in current_activities(context):
        for recipient in (*activity.recipients, *activity.joint_controllers):
            used.setdefault(recipient.id, recipient)
    for cookie in context.view.cookies:
        if cookie.recipient is not None:
            used.setdefault(cookie.recipient.id, cookie.recipient)
    for recipient in list(used.values()):
        for sub_processor in recipient.sub_processors:
            used.setdefault(sub_processor.id, sub_processor)
    return [used[key] for key in sorted(used)]


@rule("transfer.recipient_abroad_without_transfer", Severity.ERROR, "Art. 44, Art. 30(1)(e) GDPR")
def recipient_abroad_without_transfer(context: CheckContext) -> Iterator[Finding]:
    """A processor or other recipient established in a third country, and no transfer to it on
    record: the transfer happens all the same, without a tool anyone has checked."""
    for recipient, code in abroad_without_transfer(recipients_in_use(context), context.view.transfers.values()):
        yield context.finding(
            "transfer.recipient_abroad_without_transfer",
            RECIPIENT,
            recipient,
            "country_code",
            country=context.country(code),
        )
