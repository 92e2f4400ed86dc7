"""What shows that a transfer tool holds: the approval of binding corporate rules (Art. 47),
the day a recipient's Data Privacy Framework certification was checked, and an adequacy
decision still in force (Art. 45)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...register.kinds import TRANSFER
from ...register.reference.countries import adequacy_decision
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .transfers import ADEQUACY, _named, _third_country_transfers

BCR = "binding_corporate_rules"
# Partial decisions that cover a recipient by its certification, checked on a public list.
_CERTIFICATION_LISTS = {"US": {"nl": "EU-VS Data Privacy Framework", "en": "EU-US Data Privacy Framework"}}
# A day written out: 2026-03-01, 1-3-2026, 01/03/2026, 1.3.2026.
_DAY = re.compile(r"\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\b")


@rule("transfer.bcr_unapproved", Severity.ERROR, "Art. 46(2)(b), Art. 47(1) GDPR")
def bcr_without_approval(context: CheckContext) -> Iterator[Finding]:
    """Binding corporate rules are a transfer tool only once the competent supervisory
    authority has approved them: the reference names that approval."""
    for transfer, _code in _third_country_transfers(context):
        if transfer.tool == BCR and not (transfer.tool_reference or "").strip():
            yield context.finding("transfer.bcr_unapproved", TRANSFER, _named(context, transfer), "tool_reference")


@rule("transfer.certification_unverified", Severity.WARNING, "Art. 45 GDPR; Implementing Decision (EU) 2023/1795")
def certification_not_verified(context: CheckContext) -> Iterator[Finding]:
    """A transfer relying on the recipient's certification (EU-US Data Privacy Framework) says
    on which day the certification was checked: it lapses unless renewed every year."""
    for transfer, code in _third_country_transfers(context):
        scheme = _CERTIFICATION_LISTS.get(code)
        if scheme is None or transfer.tool != ADEQUACY or transfer.recipient is None:
            continue
        if not transfer.recipient.partial_adequacy_certified:
            continue  # not relied on: transfer.partial_adequacy_uncertified says so
        if not _DAY.search(f"{transfer.tool_reference or ''} {transfer.notes or ''}"):
            yield context.finding(
                "transfer.certification_unverified",
                TRANSFER,
                _named(context, transfer),
                "tool_reference",
                scheme=scheme,
            )


@rule("transfer.adequacy_expired", Severity.ERROR, "Art. 45(3), Art. 44 GDPR")
def adequacy_expired(context: CheckContext) -> Iterator[Finding]:
    """The adequacy decision the transfer relies on (by name, or for want of any tool) ended:
    the transfer needs another tool from the day after."""
    for transfer, code in _third_country_transfers(context):
        decision = adequacy_decision(code)
        if decision is None or decision.valid_until is None or decision.valid_until >= context.today:
            continue
        if transfer.tool in (None, "", "none", ADEQUACY):
            yield context.finding(
                "transfer.adequacy_expired",
                TRANSFER,
                _named(context, transfer),
                "tool",
                country=context.country(code),
                end=decision.valid_until.isoformat(),
            )
