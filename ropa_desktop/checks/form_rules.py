"""Rules an editor can apply while the officer types: only where the law is unambiguous.

They read an item's snapshot (not the database), so the form can mark a field the moment
it goes wrong. Each problem names a stable code; the window shows its own translated
sentence for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect
from sqlalchemy.orm import Mapper

from ..register import texts
from ..register.kinds import ACTIVITY, MODELS, TRANSFER
from ..register.models import ActivityDataCategory, ActivityRole, Base
from ..register.reference.countries import adequacy_decision, in_eea
from ..register.snapshots import Snapshot

PURPOSE_WITHOUT_BASIS = "purpose_without_legal_basis"  # Art. 6(1), Art. 30(1)(b)
INTEREST_NOT_DESCRIBED = "legitimate_interest_not_described"  # Art. 13(1)(d)
TRANSFER_WITHOUT_TOOL = "transfer_without_tool"  # Art. 44-46
TRANSFER_WITHOUT_COUNTRY = "transfer_without_country"  # Art. 30(1)(e)
PROCESSOR_WITHOUT_CONTROLLER = "processor_without_controller"  # Art. 30(2)(a)
NAME_MISSING = "name_missing"
# A text the register will not keep (register.texts): too long, or a refused character.
TEXT_TOO_LONG = "text_too_long"
TEXT_REFUSED_CHARACTER = "text_refused_character"

# Snapshot lists whose rows are not a relationship of the same name.
_CHILD_MODELS = {"data_categories": ActivityDataCategory}

# Transfer tools that are no tool at all where the country has no adequacy decision.
_NO_TOOL = {"", "none", "adequacy"}


@dataclass(frozen=True)
class Problem:
    code: str
    # The snapshot key concerned, and the row within it for child lists (purposes).
    field: str
    row: int | None = None
    # For the text problems: the limit in characters, or the refused character ("U+0007").
    detail: str = ""
    # The field within the row (or contact block) concerned, so the form marks that field itself.
    part: str = ""


def problems(kind: str, snap: Snapshot) -> list[Problem]:
    found = _texts(kind, snap)
    if kind == ACTIVITY:
        return found + _activity(snap)
    if kind == TRANSFER:
        return found + _transfer(snap)
    return found


def _texts(kind: str, snap: Snapshot) -> list[Problem]:
    """Every field holding a text the register would refuse on saving (register.texts)."""
    model = MODELS.get(kind)
    if model is None:
        return []
    found = []
    mapper: Mapper[Base] = inspect(model)
    relationships = mapper.relationships
    for key, value in snap.items():
        child = _CHILD_MODELS.get(key) or (relationships[key].mapper.class_ if key in relationships else None)
        if child is None:
            found += _text_problem(model, key, value, key, None)
        elif isinstance(value, dict):  # a contact block
            for child_key, child_value in value.items():
                found += _text_problem(child, child_key, child_value, key, None, child_key)
        elif isinstance(value, list):  # purposes, retention rules, offices, data categories
            for row, values in enumerate(value):
                for child_key, child_value in values.items() if isinstance(values, dict) else ():
                    found += _text_problem(child, child_key, child_value, key, row, child_key)
    return found


def _text_problem(model, key: str, value, field: str, row: int | None, part: str = "") -> list[Problem]:
    refused = texts.find(model, key, value)
    if refused is None:
        return []
    _language, reason, limit, character = refused
    if reason == texts.TOO_LONG:
        return [Problem(TEXT_TOO_LONG, field, row, str(limit), part)]
    return [Problem(TEXT_REFUSED_CHARACTER, field, row, character or "", part)]


def _activity(snap: Snapshot) -> list[Problem]:
    found = []
    if not any((snap.get("name") or {}).values()):
        found.append(Problem(NAME_MISSING, "name"))
    processor = snap.get("role") == ActivityRole.PROCESSOR
    for row, purpose in enumerate(snap.get("purposes", [])):
        basis = purpose.get("legal_basis") or ""
        # A processor processes under its client's basis (Art. 30(2) asks for none).
        if not basis and not processor:
            found.append(Problem(PURPOSE_WITHOUT_BASIS, "purposes", row, part="legal_basis"))
        if basis == "legitimate_interests" and not any((purpose.get("legitimate_interest") or {}).values()):
            found.append(Problem(INTEREST_NOT_DESCRIBED, "purposes", row, part="legitimate_interest"))
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
