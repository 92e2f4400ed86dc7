"""The fields of every table of the record: a key (its label in resources/export) and how to
read its value from the register view. Values are text, lists of text (one line each),
dates, numbers or yes/no."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...checks.rules.processors import has_agreement
from ...register.models import ActivityRole, RecipientKind
from ...register.reference.countries import adequacy_decision, country_name, in_eea
from ...register.reference.vocabulary import enum_label, term
from ...register.retention_scope import named_categories
from ...register.views import RegisterView
from ..untranslated import borrowed_text, typed_text
from .labels import Labels


@dataclass(frozen=True)
class Column:
    key: str
    value: Callable[[Any, Context], Any]
    # Wide columns wrap; the writer also uses this to size them.
    wide: bool = False


class Context:
    """What a value needs: the view of the register, the language and its words."""

    def __init__(self, view: RegisterView, language: str, primary: str, today: date, internal: bool = True):
        self.view = view
        self.language = language
        self.primary = primary
        self.labels = Labels(language)
        self.today = today
        # Whether the internal description and notes may be shown (not in the regulator's dossier unless asked).
        self.internal = internal

    def t(self, texts) -> str:
        """A register text in the export's language; one only in another language is marked as such."""
        text, borrowed_from = borrowed_text(texts, self.language, self.primary)
        if not borrowed_from:
            return text
        return self.labels.get("value", "untranslated").format(text=text, language=borrowed_from)

    def typed(self, field: str, text: str | None) -> str:
        """A free text typed once, in the register's main language (``field`` as "Model.attribute",
        declared in documents/untranslated.py); prose in an export of another language is marked."""
        text, written_in = typed_text(field, text, self.language, self.primary)
        if not written_in:
            return text
        return self.labels.get("value", "untranslated").format(text=text, language=written_in)

    def enum(self, list_name: str, value) -> str:
        return enum_label(list_name, value, self.language) if value not in (None, "") else ""

    def term(self, vocabulary: str, key: str, with_ref: bool = True) -> str:
        found = term(vocabulary, key) if key else None
        if found is None:
            return key or ""
        if not (with_ref and found.ref):
            return found.label_in(self.language)
        return f"{found.label_in(self.language)} ({found.citation(self.language)})"

    def country(self, code: str) -> str:
        return country_name(code, self.language) if code else ""

    def contact_lines(self, contact, reach: bool = True) -> list[str]:
        """A contact block (or the organisation itself) as its non-empty lines; without
        ``reach`` only the name and postal address."""
        place = f"{contact.postal_code} {contact.city}".strip()
        lines = [
            getattr(contact, "name", None) or getattr(contact, "legal_name", ""),
            self.typed("Contact.attention", getattr(contact, "attention", "")),
            *(contact.address or "").splitlines(),
            place,
            self.country(contact.country_code),
        ]
        if reach:
            lines += [contact.email, contact.phone, contact.website]
        return [line for line in lines if line]

    def names(self, items) -> list[str]:
        return [self.t(item.name) for item in items]


# --- Activities ------------------------------------------------------------------------------


def _purposes(a, c: Context) -> list[str]:
    return [c.t(p.description) for p in a.purposes if c.t(p.description)]


def _bases(a, c: Context) -> list[str]:
    return [
        f"{c.t(p.description)} — {c.term('legal_bases', p.legal_basis)}" if p.legal_basis else c.t(p.description)
        for p in a.purposes
        if p.legal_basis
    ]


def _interests(a, c: Context) -> list[str]:
    lines = []
    for p in a.purposes:
        if p.legal_basis == "legitimate_interests":
            interest = c.t(p.legitimate_interest)
            lia = c.typed("Purpose.lia_reference", p.lia_reference)
            lines.append(f"{interest} [{lia}]" if lia else interest)
    return [line for line in lines if line]


def _conditions(a, c: Context) -> list[str]:
    return [
        c.term("special_conditions", p.special_category_condition) for p in a.purposes if p.special_category_condition
    ]


def _withdrawal(a, c: Context) -> list[str]:
    return [c.t(p.consent_withdrawal) for p in a.purposes if p.legal_basis == "consent" and c.t(p.consent_withdrawal)]


def _category_line(link, c: Context) -> str:
    category = link.data_category
    name = c.t(link.wording) or c.t(category.name)
    if category.kind.value == "ordinary":
        return name
    detail = c.term("special_categories", category.special_category, False) if category.special_category else ""
    kind = c.enum("data_category_kind", category.kind)
    return f"{name} ({kind}{': ' + detail if detail else ''})"


def _recipient_line(r, c: Context) -> str:
    place = f", {c.country(r.country_code)}" if r.country_code else ""
    return f"{c.t(r.name)} ({c.enum('recipient_kind', r.kind)}{place})"


def _transfer_line(t, c: Context) -> str:
    recipient = f" — {c.t(t.recipient.name)}" if t.recipient is not None else ""
    reference = c.typed("Transfer.tool_reference", t.tool_reference) if t.tool_reference else ""
    # The reference in brackets, unless the untranslated mark already opens with one ("[[…] …]").
    if reference:
        reference = f" {reference}" if reference.startswith("[") else f" [{reference}]"
    return f"{c.country(t.country_code)}{recipient}: {c.term('transfer_tools', t.tool)}{reference}"


def retention_line(rule, c: Context, activity=None) -> str:
    wording = c.t(rule.wording)
    period = ""
    if rule.period_value and rule.period_unit:
        unit = c.enum("period_unit", rule.period_unit).lower()
        period = f"{rule.period_value} {unit} {c.t(rule.starts_from)}".strip()
    text = "; ".join(part for part in (period, c.t(rule.criterion)) if part)
    condition = c.t(rule.condition)
    text = f"{condition}: {text}" if condition and text else text
    text = text or wording
    categories = retention_categories(rule, activity, c) if activity is not None else []
    return f"{', '.join(categories)}: {text}" if categories and text else text


def retention_categories(rule, activity, c: Context) -> list[str]:
    """The data categories a retention rule keeps, as the activity's data list names them;
    [] when it keeps all the activity's data (Art. 30(1)(f))."""
    names = [c.t(wording) or c.t(name) for wording, name in named_categories(rule, activity, c.view.data_categories)]
    return [name for name in names if name]


def _contact_line(r, c: Context) -> str:
    contact = c.typed("Recipient.contact", " ".join(r.contact.split())) if r.contact else ""
    return f"{c.t(r.name)}{' — ' + contact if contact else ''}"


def _screening(a, c: Context) -> list[str]:
    return [c.term("dpia_criteria", key, False) for key, met in (a.dpia_screening or {}).items() if met]


def _automated(a, c: Context) -> str:
    if not a.automated_decision_making:
        return c.labels.yes_no(False)
    details = " ".join(part for part in (c.t(a.automated_logic), c.t(a.automated_consequences)) if part)
    return f"{c.labels.yes_no(True)}: {details}" if details else c.labels.yes_no(True)


def _provision(a, c: Context) -> str:
    label = c.enum("provision_requirement", a.provision_requirement)
    consequence = c.t(a.provision_consequence)
    return f"{label}: {consequence}" if consequence else label


def _contracts(a, c: Context) -> list[str]:
    missing = c.labels.get("value", "dpa_missing")
    return [
        f"{c.t(r.name)}: {c.typed('Recipient.dpa_reference', r.dpa_reference) or missing}"
        for r in a.recipients
        if r.kind == RecipientKind.PROCESSOR
    ]


ACTIVITY = [
    Column("number", lambda a, c: a.position + 1),
    # The officer's own identifier ("V-01"), beside the number the export counts.
    Column("activity_reference", lambda a, c: c.typed("ProcessingActivity.reference", a.reference)),
    Column("name", lambda a, c: c.t(a.name), wide=True),
    Column("role", lambda a, c: c.enum("activity_role", a.role)),
    Column("status", lambda a, c: c.enum("activity_status", a.status)),
    Column("purposes", _purposes, wide=True),
    Column("legal_bases", _bases, wide=True),
    Column("legitimate_interests", _interests, wide=True),
    Column("special_conditions", _conditions, wide=True),
    Column("consent_withdrawal", _withdrawal, wide=True),
    Column("data_subjects", lambda a, c: c.names(a.data_subject_categories), wide=True),
    Column("data_categories", lambda a, c: [_category_line(link, c) for link in a.data_category_links], wide=True),
    Column("recipients", lambda a, c: [_recipient_line(r, c) for r in a.recipients], wide=True),
    Column("joint_controllers", lambda a, c: [_contact_line(r, c) for r in a.joint_controllers], wide=True),
    Column("controllers_served", lambda a, c: [_contact_line(r, c) for r in a.controllers_served], wide=True),
    Column("transfers", lambda a, c: [_transfer_line(t, c) for t in a.transfers], wide=True),
    Column("retention", lambda a, c: [retention_line(r, c, a) for r in a.retention_rules], wide=True),
    Column("security_measures", lambda a, c: c.names(a.security_measures), wide=True),
    Column(
        "sources",
        lambda a, c: (
            [c.enum("data_source", s) for s in a.sources or []]
            + ([c.t(a.source_details)] if c.t(a.source_details) else [])
        ),
        wide=True,
    ),
    Column(
        "criminal_data",
        lambda a, c: c.typed("ProcessingActivity.criminal_data_authorisation", a.criminal_data_authorisation),
    ),
    Column(
        "national_id", lambda a, c: c.typed("ProcessingActivity.national_id_legal_basis", a.national_id_legal_basis)
    ),
    Column("automated_decisions", _automated, wide=True),
    Column("provision", _provision, wide=True),
    Column("dpia_screening", _screening, wide=True),
    Column("dpia_status", lambda a, c: c.enum("dpia_status", a.dpia_status)),
    Column("dpia_date", lambda a, c: a.dpia_date),
    Column("dpia_reference", lambda a, c: c.typed("ProcessingActivity.dpia_reference", a.dpia_reference)),
    Column("processor_contracts", _contracts, wide=True),
    Column("systems", lambda a, c: c.typed("ProcessingActivity.systems", a.systems), wide=True),
    Column("owner", lambda a, c: c.typed("ProcessingActivity.owner", a.owner)),
    Column("department", lambda a, c: c.typed("ProcessingActivity.department", a.department)),
    Column("in_statement", lambda a, c: bool(a.in_statement)),
    Column(
        "internal_description",
        lambda a, c: c.typed("ProcessingActivity.internal_description", a.internal_description),
        wide=True,
    ),
    Column("internal_notes", lambda a, c: c.typed("ProcessingActivity.internal_notes", a.internal_notes), wide=True),
    Column("updated_at", lambda a, c: a.updated_at.date() if a.updated_at else None),
]
_BY_KEY = {column.key: column for column in ACTIVITY}
# For the register only: left out of an export unless asked for (the dossier) or kept (the workbook).
INTERNAL = frozenset({"internal_description", "internal_notes"})


def without_internal(columns: list[Column], context: Context) -> list[Column]:
    return columns if context.internal else [column for column in columns if column.key not in INTERNAL]


# Art. 30(1): what the controller's record must hold, in the article's order.
CONTROLLER = [
    _BY_KEY[k]
    for k in (
        "number",
        "activity_reference",
        "name",
        "purposes",
        "legal_bases",
        "data_subjects",
        "data_categories",
        "recipients",
        "joint_controllers",
        "transfers",
        "retention",
        "security_measures",
    )
]


def _processing_categories(a, c: Context) -> list[str]:
    described = [
        c.t(a.public_explanation),
        c.typed("ProcessingActivity.internal_description", a.internal_description) if c.internal else "",
    ]
    return [line for line in described if line] + _purposes(a, c)


# The same values in the processor's record, under labels that cite Art. 30(2), not Art. 30(1).
_AS_PROCESSOR = {
    key: f"processor_{key}"
    for key in (
        "purposes",
        "data_subjects",
        "data_categories",
        "recipients",
        "transfers",
        "retention",
        "security_measures",
    )
}


def _as_processor(column: Column) -> Column:
    key = _AS_PROCESSOR.get(column.key)
    return Column(key, column.value, column.wide) if key else column


# Art. 30(2): the processor's record, (a) to (d).
PROCESSOR = [
    _BY_KEY["number"],
    _BY_KEY["activity_reference"],
    _BY_KEY["name"],
    _BY_KEY["controllers_served"],
    Column("processing_categories", _processing_categories, wide=True),
    *[_as_processor(_BY_KEY[key]) for key in ("recipients", "transfers", "security_measures")],
]
# The processor's record with every other field of an activity after it (the dossier's sections).
PROCESSOR_IN_FULL = PROCESSOR + [
    _as_processor(column)
    for column in ACTIVITY
    if column.key
    not in {
        "number",
        "activity_reference",
        "name",
        "controllers_served",
        "transfers",
        "security_measures",
        "recipients",
    }
]


def is_processor(activity) -> bool:
    return activity.role == ActivityRole.PROCESSOR


# --- Catalogues ------------------------------------------------------------------------------


def _needs_agreement(r, c: Context) -> bool:
    """A processor, a client we process for (Art. 28(3)), or a group company working on what we
    process for clients (a sub-processor, Art. 28(4))."""
    if r.kind in (RecipientKind.PROCESSOR, RecipientKind.CLIENT_CONTROLLER):
        return True
    return r.kind == RecipientKind.GROUP_ENTITY and any(
        is_processor(a) for a in c.view.used_by.get(("recipients", r.id), ())
    )


def dpa_status(r, c: Context) -> str:
    if not _needs_agreement(r, c):
        return c.labels.get("value", "dpa_not_needed")
    if r.dpa_end and r.dpa_end < c.today:
        return c.labels.get("value", "dpa_ended")
    if has_agreement(r):
        return c.labels.get("value", "dpa_signed")
    return c.labels.get("value", "dpa_missing")


def _used_by(catalogue: str):
    return lambda item, c: [c.t(a.name) for a in c.view.used_by.get((catalogue, item.id), [])]


def adequacy(code: str, c: Context) -> str:
    if not code:
        return ""
    if in_eea(code):
        return c.labels.get("value", "eea")
    decision = adequacy_decision(code)
    if decision is None:
        return c.labels.get("value", "adequacy_none")
    word = c.labels.get("value", "adequacy_partial" if decision.partial else "adequacy_full")
    return f"{word} ({decision.title(c.language)})" if decision.instrument else word


RECIPIENT = [
    Column("name", lambda r, c: c.t(r.name), wide=True),
    Column("kind", lambda r, c: c.enum("recipient_kind", r.kind)),
    Column("country", lambda r, c: c.country(r.country_code)),
    Column("contact", lambda r, c: c.typed("Recipient.contact", r.contact), wide=True),
    Column("dpa_reference", lambda r, c: c.typed("Recipient.dpa_reference", r.dpa_reference), wide=True),
    Column("dpa_signed", lambda r, c: r.dpa_signed),
    Column("dpa_end", lambda r, c: r.dpa_end),
    Column("dpa_status", dpa_status),
    Column("certified", lambda r, c: bool(r.partial_adequacy_certified)),
    Column("sub_processors", lambda r, c: c.names(r.sub_processors), wide=True),
    Column("description", lambda r, c: c.t(r.description), wide=True),
    Column("used_by", _used_by("recipients"), wide=True),
]
TRANSFER = [
    Column("country", lambda t, c: c.country(t.country_code)),
    Column("country_code", lambda t, c: t.country_code),
    Column("adequacy", lambda t, c: adequacy(t.country_code, c), wide=True),
    Column("recipient", lambda t, c: c.t(t.recipient.name) if t.recipient is not None else "", wide=True),
    Column("tool", lambda t, c: c.term("transfer_tools", t.tool), wide=True),
    Column("tool_reference", lambda t, c: c.typed("Transfer.tool_reference", t.tool_reference), wide=True),
    Column("tia_date", lambda t, c: t.tia_date),
    Column("used_by", _used_by("transfers"), wide=True),
]
DATA_CATEGORY = [
    Column("name", lambda d, c: c.t(d.name), wide=True),
    Column("kind", lambda d, c: c.enum("data_category_kind", d.kind)),
    Column(
        "special_category",
        lambda d, c: c.term("special_categories", d.special_category, False) if d.special_category else "",
    ),
    Column("description", lambda d, c: c.t(d.description), wide=True),
    Column("used_by", _used_by("data_categories"), wide=True),
]
DATA_SUBJECT = [
    Column("name", lambda d, c: c.t(d.name), wide=True),
    Column("vulnerable", lambda d, c: bool(d.vulnerable)),
    Column("description", lambda d, c: c.t(d.description), wide=True),
    Column("used_by", _used_by("data_subjects"), wide=True),
]
# Rows of this table are (activity, retention rule) pairs.
RETENTION = [
    Column("activity", lambda pair, c: c.t(pair[0].name), wide=True),
    Column(
        "retention_categories",
        lambda pair, c: retention_categories(pair[1], pair[0], c) or c.labels.get("value", "all_data"),
        wide=True,
    ),
    Column("period", lambda pair, c: pair[1].period_value),
    Column("unit", lambda pair, c: c.enum("period_unit", pair[1].period_unit)),
    Column("starts_from", lambda pair, c: c.t(pair[1].starts_from), wide=True),
    Column("condition", lambda pair, c: c.t(pair[1].condition), wide=True),
    Column("criterion", lambda pair, c: c.t(pair[1].criterion), wide=True),
    Column("wording", lambda pair, c: c.t(pair[1].wording), wide=True),
]
SECURITY = [
    Column("name", lambda m, c: c.t(m.name), wide=True),
    Column("kind", lambda m, c: c.enum("measure_kind", m.kind)),
    Column("description", lambda m, c: c.t(m.description), wide=True),
    Column("used_by", _used_by("security_measures"), wide=True),
]
COOKIE = [
    Column("name", lambda k, c: c.t(k.name), wide=True),
    Column(
        "placed_by", lambda k, c: c.t(k.recipient.name) if k.recipient is not None else c.enum("cookie_party", k.party)
    ),
    Column("category", lambda k, c: c.enum("cookie_category", k.category)),
    Column("purpose", lambda k, c: c.t(k.purpose), wide=True),
    Column("lifetime", lambda k, c: c.t(k.lifetime)),
    Column("consent_required", lambda k, c: bool(k.consent_required)),
]
