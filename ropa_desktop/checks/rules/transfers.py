"""Transfers outside the EEA (Chapter V): each needs an adequacy decision or a transfer tool.

Every transfer in the catalogue is checked, also one no activity uses yet: it is on record
as a transfer the organisation makes."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

from ...register.kinds import TRANSFER
from ...register.models import ActivityStatus
from ...register.reference.countries import adequacy_decision, in_eea
from ...register.reference.vocabulary import term
from ...register.views import Record
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import names

ADEQUACY = "adequacy"
# Art. 46 tools (with or without authorisation): a transfer impact assessment goes with them.
_ASSESSED_GROUPS = {"art46", "art46_3"}


def _third_country_transfers(context: CheckContext) -> Iterator[tuple[Record, str]]:
    """(transfer, country code) of every transfer to a country outside the EEA."""
    for transfer in context.view.transfers.values():
        code = (transfer.country_code or "").upper()
        if code and not in_eea(code):
            yield transfer, code


def _group(tool: str | None) -> str:
    found = term("transfer_tools", tool) if tool else None
    return found.group if found is not None else ""


def _covered_by_adequacy(transfer: Record, code: str) -> bool:
    """An adequacy decision covers the transfer: a full one, or a partial one (US, Canada,
    Japan) for a recipient flagged as within its scope."""
    decision = adequacy_decision(code)
    if decision is None:
        return False
    return not decision.partial or (transfer.recipient is not None and transfer.recipient.partial_adequacy_certified)


@rule("transfer.no_country", Severity.ERROR, "Art. 30(1)(e) GDPR")
def transfer_without_country(context: CheckContext) -> Iterator[Finding]:
    """The record names the third country or international organisation of each transfer."""
    for transfer in context.view.transfers.values():
        if not (transfer.country_code or "").strip():
            yield context.finding("transfer.no_country", TRANSFER, _named(context, transfer), "country_code")


@rule("transfer.no_tool", Severity.ERROR, "Art. 44–49 GDPR")
def transfer_without_tool(context: CheckContext) -> Iterator[Finding]:
    """A country outside the EEA without an adequacy decision, and no Art. 46/47/49 tool.
    An internal security policy is no transfer tool (only approved BCR are, Art. 47).
    (A tool of "adequacy" where there is none is transfer.no_adequacy.)"""
    for transfer, code in _third_country_transfers(context):
        if adequacy_decision(code) is None and transfer.tool in (None, "", "none"):
            yield context.finding(
                "transfer.no_tool", TRANSFER, _named(context, transfer), "tool", country=context.country(code)
            )


@rule("transfer.no_adequacy", Severity.ERROR, "Art. 45 GDPR")
def adequacy_without_decision(context: CheckContext) -> Iterator[Finding]:
    """The transfer relies on an adequacy decision the Commission never took (or repealed)."""
    for transfer, code in _third_country_transfers(context):
        if transfer.tool == ADEQUACY and adequacy_decision(code) is None:
            yield context.finding(
                "transfer.no_adequacy", TRANSFER, _named(context, transfer), "tool", country=context.country(code)
            )


@rule(
    "transfer.partial_adequacy_uncertified",
    Severity.ERROR,
    "Art. 45 GDPR; Decision 2002/2/EC (Canada); Implementing Decision (EU) 2019/419 (Japan); "
    "Implementing Decision (EU) 2023/1795 (United States)",
)
def partial_adequacy_uncertified(context: CheckContext) -> Iterator[Finding]:
    """A partial decision (the EU-US Data Privacy Framework; Canada's PIPEDA; Japan's APPI)
    covers only the recipients within its scope: the recipient must be flagged as such."""
    for transfer, code in _third_country_transfers(context):
        decision = adequacy_decision(code)
        if transfer.tool != ADEQUACY or decision is None or not decision.partial:
            continue
        if transfer.recipient is None:
            # No recipient, so no one whose certification could be on record.
            yield context.finding(
                "transfer.partial_adequacy_uncertified",
                TRANSFER,
                _named(context, transfer),
                "recipient_id",
                country=context.country(code),
            )
        elif not transfer.recipient.partial_adequacy_certified:
            yield context.finding(
                "transfer.partial_adequacy_uncertified",
                TRANSFER,
                _named(context, transfer),
                "tool",
                country=context.country(code),
            )


@rule("transfer.art49_regular", Severity.ERROR, "Art. 49(1) GDPR; EDPB Guidelines 2/2018")
def derogation_for_regular_transfer(context: CheckContext) -> Iterator[Finding]:
    """An Art. 49 derogation is for occasional transfers; an active activity of the register
    is regular processing, so its transfers need an adequacy decision or an Art. 46 tool.
    An error: the EDPB reads the derogations as exceptions that cannot become the rule."""
    for transfer, code in _third_country_transfers(context):
        if _group(transfer.tool) != "art49":
            continue
        active = [
            a for a in context.view.used_by.get(("transfers", transfer.id), ()) if a.status == ActivityStatus.ACTIVE
        ]
        if active:
            yield context.finding(
                "transfer.art49_regular",
                TRANSFER,
                _named(context, transfer),
                "tool",
                country=context.country(code),
                activities=names(context, active),
            )


@rule("transfer.no_tia", Severity.WARNING, "Art. 46(1) GDPR; CJEU C-311/18 (Schrems II)")
def art46_without_assessment(context: CheckContext) -> Iterator[Finding]:
    """Standard clauses, BCR and the other Art. 46 tools bind only the parties: whether the
    law of the country lets them work is assessed per transfer (transfer impact assessment,
    EDPB Recommendations 01/2020). Not asked where an adequacy decision covers the transfer."""
    for transfer, code in _third_country_transfers(context):
        if (
            _group(transfer.tool) in _ASSESSED_GROUPS
            and not transfer.tia_date
            and not _covered_by_adequacy(transfer, code)
        ):
            yield context.finding(
                "transfer.no_tia", TRANSFER, _named(context, transfer), "tia_date", country=context.country(code)
            )


def _named(context: CheckContext, transfer: Record) -> SimpleNamespace:
    """A transfer has no name of its own: the country and the recipient name it."""
    country: dict[str, str] = context.country(transfer.country_code) if transfer.country_code else {}
    recipient: dict[str, str] = context.name(transfer.recipient.name) if transfer.recipient is not None else {}
    name = {
        language: " — ".join(p for p in (country.get(language, ""), recipient.get(language, "")) if p)
        for language in context.languages
    }
    return SimpleNamespace(id=transfer.id, name=name)
