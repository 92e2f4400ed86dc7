"""The register after an import, read back through the ORM as plain values: what the
expectations (facts.py) compare the sheet's cells with."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import select

from ropa_desktop.register import snapshots
from ropa_desktop.register.kinds import ORGANISATION
from ropa_desktop.register.models import (
    DataCategory,
    DataSubjectCategory,
    ProcessingActivity,
    Recipient,
    SecurityMeasure,
)
from ropa_desktop.register.reference.countries import is_country

_BULLETS = " \t\n.;:,-–—•*·"


def key(text: object) -> str:
    """A text as compared: case, accents of compatibility forms, spacing and edge punctuation folded."""
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).strip(_BULLETS)


def squeeze(text: object) -> str:
    """A text without spacing or punctuation at all: "in the notes" survives reformatting."""
    return re.sub(r"[\W_]+", "", key(text))


def in_notes(text: str, notes: str) -> bool:
    """The cell is kept in the notes: each of its parts (split where the import may have split
    it: lines, semicolons, commas) stands as whole words in the notes."""
    folded = key(notes)
    parts = [key(p) for p in re.split(r"[\n;,]+", text) if key(p)]
    return bool(parts) and all(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", folded) for p in parts)


def text_of(value: dict | None) -> str:
    """A localized text in whatever language the import stored it."""
    if not value:
        return ""
    return next((v for v in value.values() if v), "")


def tbc(code: str) -> bool:
    """A transfer's country "to be confirmed": anything that is not a country's code."""
    return not is_country(code or "")


@dataclass
class PurposeView:
    description: str
    basis: str
    condition: str
    interest: str


@dataclass
class RuleView:
    value: int | None
    unit: str | None
    starts_from: str
    condition: str
    criterion: str
    wording: str

    def texts(self) -> str:
        return " ".join((self.condition, self.wording, self.starts_from, self.criterion))


@dataclass
class ActivityView:
    id: int
    name: str
    role: str
    purposes: list[PurposeView]
    subjects: list[str]
    categories: list[tuple[str, str, str]]  # name, kind, special category
    recipients: list[tuple[str, str, str]]  # name, kind, country
    controllers_served: list[str]
    joint_controllers: list[str]
    transfers: list[tuple[str, str, str]]  # country, tool, recipient's name
    retention: list[RuleView]
    measures: list[str]
    fields: dict[str, str]
    notes: str


@dataclass
class RegisterView:
    activities: list[ActivityView]
    catalogue_names: set[str] = field(default_factory=set)  # every named item, keyed
    report_notes: list[str] = field(default_factory=list)  # the import report's notes, in English
    # What the report says of each sheet: (sheet, read or not, the line in English).
    report_sheets: list[tuple[str, bool, str]] = field(default_factory=list)
    # The organisation's fields ("legal_name", "city") and its contacts' ("dpo.email").
    organisation: dict[str, str] = field(default_factory=dict)

    def activity(self, name: str) -> ActivityView | None:
        wanted = key(name)
        return next((a for a in self.activities if key(a.name) == wanted), None)


def _enum(value) -> str:
    return str(getattr(value, "value", value) or "")


def read_register(register, report_notes: list[str], report_sheets=()) -> RegisterView:
    with register.session() as session:
        activities = [
            _activity(a)
            for a in session.scalars(
                select(ProcessingActivity).order_by(ProcessingActivity.position, ProcessingActivity.id)
            )
        ]
        names = set()
        for model in (DataCategory, DataSubjectCategory, Recipient, SecurityMeasure):
            names |= {key(text_of(item.name)) for item in session.scalars(select(model))}
        organisation = _organisation(register.organisation(session))
    names |= {key(a.name) for a in activities}
    return RegisterView(activities, names, report_notes, list(report_sheets), organisation)


def _organisation(organisation) -> dict[str, str]:
    snap = snapshots.read_object(ORGANISATION, organisation)
    found = {name: str(value) for name, value in snap.items() if isinstance(value, str)}
    for role in ("privacy_contact", "dpo", "representative"):
        found.update(
            {f"{role}.{name}": str(value) for name, value in (snap.get(role) or {}).items() if isinstance(value, str)}
        )
    return found


def _activity(a: ProcessingActivity) -> ActivityView:
    fields = {
        "reference": a.reference,
        "department": a.department,
        "owner": a.owner,
        "systems": a.systems,
        "dpia_status": _enum(a.dpia_status),
        "dpia_reference": a.dpia_reference,
        "internal_description": a.internal_description,
        "public_explanation": text_of(a.public_explanation),
        "status": _enum(a.status),
        "criminal_data_authorisation": a.criminal_data_authorisation,
        "national_id_legal_basis": a.national_id_legal_basis,
    }
    return ActivityView(
        id=a.id,
        name=text_of(a.name),
        role=_enum(a.role),
        purposes=[
            PurposeView(
                text_of(p.description), p.legal_basis, p.special_category_condition, text_of(p.legitimate_interest)
            )
            for p in a.purposes
        ],
        subjects=[text_of(s.name) for s in a.data_subject_categories],
        categories=[
            (
                text_of(link.data_category.name),
                _enum(link.data_category.kind),
                link.data_category.special_category or "",
            )
            for link in a.data_category_links
        ],
        recipients=[(text_of(r.name), _enum(r.kind), r.country_code or "") for r in a.recipients],
        controllers_served=[text_of(r.name) for r in a.controllers_served],
        joint_controllers=[text_of(r.name) for r in a.joint_controllers],
        transfers=[
            (t.country_code or "", t.tool or "", text_of(t.recipient.name) if t.recipient else "") for t in a.transfers
        ],
        retention=[
            RuleView(
                r.period_value,
                _enum(r.period_unit) or None,
                text_of(r.starts_from),
                text_of(r.condition),
                text_of(r.criterion),
                text_of(r.wording),
            )
            for r in a.retention_rules
        ],
        measures=[text_of(m.name) for m in a.security_measures],
        fields={k: v or "" for k, v in fields.items()},
        notes=a.internal_notes or "",
    )
