"""Catalogue entries no processing activity uses: a recipient, a transfer or a category of
data subjects on record for no processing. Either an activity lacks its link (and the record
of that activity is incomplete, Art. 30(1)(c)–(e)) or the entry is left over.

Retired activities count as users: their data may still be kept, and the entry with them."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import DATA_SUBJECT, RECIPIENT, TRANSFER
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .transfers import _named


def _used(context: CheckContext, catalogue: str, entry_id: int) -> bool:
    return bool(context.view.used_by.get((catalogue, entry_id)))


def _recipients_in_use(context: CheckContext) -> set[int]:
    """Recipients an activity links (as recipient, joint controller or controller served), a
    cookie names, a used transfer goes to, or a used processor engages as sub-processor."""
    view = context.view
    used = {entry_id for catalogue, entry_id in view.used_by if catalogue == "recipients"}
    used |= {cookie.recipient.id for cookie in view.cookies if cookie.recipient is not None}
    used |= {
        t.recipient.id for t in view.transfers.values() if t.recipient is not None and _used(context, "transfers", t.id)
    }
    pending = list(used)
    while pending:
        recipient = view.recipients.get(pending.pop())
        for sub in recipient.sub_processors if recipient is not None else ():
            if sub.id not in used:
                used.add(sub.id)
                pending.append(sub.id)
    return used


@rule("orphan.recipient", Severity.WARNING, "Art. 30(1)(d) GDPR")
def unused_recipient(context: CheckContext) -> Iterator[Finding]:
    used = _recipients_in_use(context)
    for recipient in context.view.recipients.values():
        if recipient.id not in used:
            yield context.finding("orphan.recipient", RECIPIENT, recipient, "")


@rule("orphan.transfer", Severity.WARNING, "Art. 30(1)(e) GDPR")
def unused_transfer(context: CheckContext) -> Iterator[Finding]:
    for transfer in context.view.transfers.values():
        if not _used(context, "transfers", transfer.id):
            yield context.finding("orphan.transfer", TRANSFER, _named(context, transfer), "")


@rule("orphan.data_subject", Severity.WARNING, "Art. 30(1)(c) GDPR")
def unused_data_subject(context: CheckContext) -> Iterator[Finding]:
    for category in context.view.data_subjects.values():
        if not _used(context, "data_subjects", category.id):
            yield context.finding("orphan.data_subject", DATA_SUBJECT, category, "")
