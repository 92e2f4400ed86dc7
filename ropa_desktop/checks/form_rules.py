"""Rules an editor can apply while the officer types: only where the law is unambiguous.

They read an item's snapshot (not the database), so the form can mark a field the moment
it goes wrong. Each problem names a stable code; the window shows its own translated
sentence for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..register.kinds import ACTIVITY, TRANSFER
from ..register.models import ActivityRole
from ..register.reference.countries import adequacy_decision, in_eea
from ..register.snapshots import Snapshot

PURPOSE_WITHOUT_BASIS = "purpose_without_legal_basis"  # Art. 6(1), Art. 30(1)(b)
INTEREST_NOT_DESCRIBED = "legitimate_interest_not_described"  # Art. 13(1)(d)
TRANSFER_WITHOUT_TOOL = "transfer_without_tool"  # Art. 44-46
TRANSFER_WITHOUT_COUNTRY = "transfer_without_country"  # Art. 30(1)(e)
PROCESSOR_WITHOUT_CONTROLLER = "processor_without_controller"  # Art. 30(2)(a)
NAME_MISSING = "name_missing"

# Transfer tools that are no tool at all where the country has no adequacy decision.
_NO_TOOL = {"", "none", "adequacy"}


@dataclass(frozen=True)
class Problem:
    code: str
    # The snapshot key concerned, and the row within it for child lists (purposes).
    field: str
    row: int | None = None


def problems(kind: str, snap: Snapshot) -> list[Problem]:
    if kind == ACTIVITY:
        return _activity(snap)
    if kind == TRANSFER:
        return _transfer(snap)
    return []


def _activity(snap: Snapshot) -> list[Problem]:
    found = []
    if not any((snap.get("name") or {}).values()):
        found.append(Problem(NAME_MISSING, "name"))
    processor = snap.get("role") == ActivityRole.PROCESSOR
    for row, purpose in enumerate(snap.get("purposes", [])):
        basis = purpose.get("legal_basis") or ""
        # A processor processes under its client's basis (Art. 30(2) asks for none).
        if not basis and not processor:
            found.append(Problem(PURPOSE_WITHOUT_BASIS, "purposes", row))
        if basis == "legitimate_interests" and not any(
            (purpose.get("legitimate_interest") or {}).values()
        ):
            found.append(Problem(INTEREST_NOT_DESCRIBED, "purposes", row))
    if processor and not snap.get("controllers_served"):
        found.append(Problem(PROCESSOR_WITHOUT_CONTROLLER, "controllers_served"))
    return found


def _transfer(snap: Snapshot) -> list[Problem]:
    country = (snap.get("country_code") or "").upper()
    if not country:
        return [Problem(TRANSFER_WITHOUT_COUNTRY, "country_code")]
    if in_eea(country) or adequacy_decision(country) is not None:
        return []
    if (snap.get("tool") or "") in _NO_TOOL:
        return [Problem(TRANSFER_WITHOUT_TOOL, "tool")]
    return []
