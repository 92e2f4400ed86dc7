"""Where a transfer can go, and which transfer tools fit a destination (Chapter V GDPR).

A country of the EEA (or a part of the Union with a code of its own) is no destination: data
going there are not transferred. An adequacy decision is a tool only where the Commission took
one for that country (Art. 45); every other tool is the exporter's to choose."""

from __future__ import annotations

from .countries import adequacy_decision, countries, in_eea
from .vocabulary import Term, terms

ADEQUACY_GROUP = "adequacy"
NO_TOOL = "none"


def destinations(lang: str) -> list[tuple[str, str]]:
    """(code, name in ``lang``) of every country a transfer can go to, sorted by name."""
    return [(code, name) for code, name in countries(lang) if not in_eea(code)]


def tools_for(country_code: str) -> list[Term]:
    """The transfer tools that can carry a transfer to ``country_code``, in the vocabulary's
    order: the adequacy decision only where one exists for the country."""
    has_decision = adequacy_decision(country_code) is not None
    return [term for term in terms("transfer_tools") if term.group != ADEQUACY_GROUP or has_decision]
