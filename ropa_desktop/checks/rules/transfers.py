"""Transfers outside the EEA (Chapter V): each needs an adequacy decision or a transfer tool."""

from __future__ import annotations

from ...register.kinds import TRANSFER
from ...register.reference.countries import adequacy_decision, in_eea
from ..findings import Severity
from ..rule import rule


@rule("transfer.no_tool", Severity.ERROR, "Art. 44–46 GDPR")
def transfer_without_tool(context):
    """A country outside the EEA without an adequacy decision, and no Art. 46/47/49 tool.
    An internal security policy is no transfer tool (only approved BCR are, Art. 47)."""
    for transfer in context.view.transfers.values():
        code = transfer.country_code or ""
        if not code or in_eea(code) or adequacy_decision(code) is not None:
            continue
        if transfer.tool in (None, "", "none", "adequacy"):
            yield context.finding("transfer.no_tool", TRANSFER, _named(context, transfer), "tool",
                                  country=context.country(code))


def _named(context, transfer):
    """A transfer has no name of its own: the country and the recipient name it."""
    from types import SimpleNamespace

    country = context.country(transfer.country_code)
    recipient = context.name(transfer.recipient.name) if transfer.recipient is not None else {}
    name = {language: " — ".join(p for p in (country[language], recipient.get(language, "")) if p)
            for language in context.languages}
    return SimpleNamespace(id=transfer.id, name=name)
