"""Reading a register into a search index (register/search.py): every text of every item, the
codes shown by their labels, and which item uses which. Texts are read as their stored JSON and
decoded in bulk; no ORM objects but for the one organisation."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import JSON, Enum, String, select, type_coerce
from sqlalchemy.orm import Session

from . import kinds
from .activity_links import LINKS
from .models import (
    ActivityDataCategory,
    Contact,
    Cookie,
    DataCategory,
    DataSubjectCategory,
    Organisation,
    ProcessingActivity,
    Purpose,
    Recipient,
    RetentionRule,
    SecurityMeasure,
    StatementText,
    Transfer,
    text_in,
)
from .models.catalogues import recipient_sub_processors
from .reference import countries
from .reference.languages import SUPPORTED as LANGUAGES
from .views import _fetch

# The privacy statement's own wording: found as its passage (by key), not as an item of a list.
STATEMENT_TEXT = "statement_text"


def read_into(session: Session, index) -> None:
    """Every text, code and use of the register, into ``index`` (a SearchIndex, not sealed yet)."""
    _read_activities(session, index)
    _read_catalogues(session, index)
    _read_organisation(session, index)
    _read_statement_texts(session, index)


def _select(*columns):
    # Texts and closed lists as stored: then the driver's rows need no converting (views._fetch).
    return select(*(type_coerce(c, String).label(c.key) if isinstance(c.type, (JSON, Enum)) else c for c in columns))


def _decoded(value):
    if isinstance(value, (str, bytes)):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def _decoded_all(values) -> list:
    """Many stored JSON texts decoded in one call of the decoder: one call per text was most
    of the time of reading 10,000 activities."""
    stored = [value.decode("utf-8", "replace") if isinstance(value, bytes) else value for value in values]
    if all(isinstance(value, str) for value in stored):
        try:
            return json.loads("[" + ",".join(value or "null" for value in stored) + "]")
        except ValueError:
            pass  # one damaged text: decode them one by one, the damaged one as nothing
    return [_decoded(value) for value in stored]


_ACTIVITY_TEXTS = (
    "name",
    "reference",
    "public_explanation",
    "internal_description",
    "data_heading",
    "source_details",
    "criminal_data_authorisation",
    "national_id_legal_basis",
    "automated_logic",
    "automated_consequences",
    "provision_consequence",
    "dpia_reference",
    "owner",
    "department",
    "systems",
    "internal_notes",
)
_ACTIVITY_CODES = ("role", "status", "dpia_status", "provision_requirement")
_PURPOSE_TEXTS = ("description", "legitimate_interest", "lia_reference", "consent_withdrawal")
_RETENTION_TEXTS = ("starts_from", "condition", "criterion", "wording")
# A child row's texts are found as the activity's field holding the rows.
_PURPOSES = ("purposes",) * len(_PURPOSE_TEXTS)
_RETENTION_RULES = ("retention_rules",) * len(_RETENTION_TEXTS)
_JSON_TEXTS = {
    "name",
    "public_explanation",
    "data_heading",
    "source_details",
    "automated_logic",
    "automated_consequences",
    "provision_consequence",
    *_PURPOSE_TEXTS,
    *_RETENTION_TEXTS,
    "description",
    "public_note",
    "purpose",
    "lifetime",
    "text",
    "wording",
    "sources",
}

# Link tables of an activity: field -> (table, column of the catalogue id, catalogue kind).
_LINKS = {link.field: (link.table, link.column, link.kind) for link in LINKS}


def _rows(session: Session, model, names: Iterable[str], *order):
    columns = [getattr(model, name) for name in names]
    query = _select(*columns)
    if order:
        query = query.order_by(*order)
    rows = _fetch(session, query)
    if not rows:
        return []
    columns = [
        _decoded_all(column) if name in _JSON_TEXTS else column
        for name, column in zip(names, zip(*rows, strict=True), strict=True)
    ]
    return zip(*columns, strict=True)


def _read_activities(session: Session, index) -> None:
    A = ProcessingActivity
    names = ("id", "position", "sources", *_ACTIVITY_TEXTS, *_ACTIVITY_CODES)
    for item_id, position, sources, *values in _rows(session, A, names):
        texts, codes = values[: len(_ACTIVITY_TEXTS)], values[len(_ACTIVITY_TEXTS) :]
        index.item(kinds.ACTIVITY, item_id, texts[0], (position, item_id))
        index.texts(kinds.ACTIVITY, item_id, _ACTIVITY_TEXTS, texts)
        for name, code in zip(_ACTIVITY_CODES, codes, strict=True):
            index.coded(kinds.ACTIVITY, item_id, name, name, code)
        for source in sources or ():
            index.coded(kinds.ACTIVITY, item_id, "sources", "sources", source)
    _read_children(session, index)
    link = ActivityDataCategory
    for activity_id, category_id, wording in _rows(session, link, ("activity_id", "data_category_id", "wording")):
        index.text(kinds.ACTIVITY, activity_id, "data_categories", wording)
        index.use((kinds.DATA_CATEGORY, category_id), kinds.ACTIVITY, activity_id, "data_categories")
    for name, (table, column, kind) in _LINKS.items():
        for activity_id, entry_id in _fetch(session, select(table.c.activity_id, table.c[column])):
            index.use((kind, entry_id), kinds.ACTIVITY, activity_id, name)


def _read_children(session: Session, index) -> None:
    """Purposes and retention rules: hits on their activity, at their row."""
    rows: dict[int, int] = defaultdict(int)  # activity -> purposes read so far
    names = ("activity_id", "legal_basis", "special_category_condition", *_PURPOSE_TEXTS)
    for activity_id, basis, condition, *texts in _rows(session, Purpose, names, Purpose.activity_id, Purpose.position):
        row = rows[activity_id]
        rows[activity_id] += 1
        index.texts(kinds.ACTIVITY, activity_id, _PURPOSES, texts, row)
        index.coded(kinds.ACTIVITY, activity_id, "purposes", "legal_basis", basis, row)
        index.coded(kinds.ACTIVITY, activity_id, "purposes", "special_category_condition", condition, row)
    rows.clear()
    names = ("activity_id", "period_value", "period_unit", *_RETENTION_TEXTS)
    R = RetentionRule
    for activity_id, value, unit, *texts in _rows(session, R, names, R.activity_id, R.position):
        row = rows[activity_id]
        rows[activity_id] += 1
        index.texts(kinds.ACTIVITY, activity_id, _RETENTION_RULES, texts, row)
        unit = getattr(unit, "value", unit)
        index.coded(kinds.ACTIVITY, activity_id, "retention_rules", "period", (value, unit), row)


def _read_catalogues(session: Session, index) -> None:
    for kind, model, codes in (
        (kinds.DATA_CATEGORY, DataCategory, {"kind": "data_category_kind", "special_category": "special_category"}),
        (kinds.DATA_SUBJECT, DataSubjectCategory, {}),
        (kinds.RECIPIENT, Recipient, {"kind": "recipient_kind", "country_code": "country"}),
        (kinds.SECURITY_MEASURE, SecurityMeasure, {"kind": "measure_kind"}),
    ):
        plain = ("contact", "dpa_reference", "notes") if kind == kinds.RECIPIENT else ()
        names = ("id", "name", "description", *plain, *codes)
        for item_id, name, description, *values in _rows(session, model, names):
            index.item(kind, item_id, name, (item_id,))
            index.text(kind, item_id, "name", name)
            index.text(kind, item_id, "description", description)
            for key, value in zip(plain, values, strict=False):  # the plain texts; the codes follow them
                index.text(kind, item_id, key, value)
            for (key, vocabulary_name), code in zip(codes.items(), values[len(plain) :], strict=True):
                index.coded(kind, item_id, key, vocabulary_name, getattr(code, "value", code))
    for processor_id, sub_id in _fetch(
        session, select(recipient_sub_processors.c.processor_id, recipient_sub_processors.c.sub_processor_id)
    ):
        index.use((kinds.RECIPIENT, sub_id), kinds.RECIPIENT, processor_id, "sub_processors")
    _read_transfers(session, index)
    _read_cookies(session, index)


def _read_transfers(session: Session, index) -> None:
    names = ("id", "country_code", "recipient_id", "tool", "tool_reference", "public_note", "notes")
    for item_id, country, recipient_id, tool, reference, note, notes in _rows(session, Transfer, names):
        recipient = index.names.get((kinds.RECIPIENT, recipient_id)) if recipient_id is not None else None
        index.item(kinds.TRANSFER, item_id, _transfer_name(country, recipient), (item_id,))
        if recipient:
            index.text(kinds.TRANSFER, item_id, "recipient_id", recipient)
            index.use((kinds.RECIPIENT, recipient_id), kinds.TRANSFER, item_id, "recipient_id")
        for key, value in (("tool_reference", reference), ("public_note", note), ("notes", notes)):
            index.text(kinds.TRANSFER, item_id, key, value)
        index.coded(kinds.TRANSFER, item_id, "country_code", "country", (country or "").upper())
        index.coded(kinds.TRANSFER, item_id, "tool", "tool", tool)


def _transfer_name(country: str, recipient) -> dict[str, str]:
    """A transfer as the officer names it: where to, and to whom ("Bolivia — Acme")."""
    names = {}
    for lang in LANGUAGES:
        place = countries.country_name(country or "", lang)
        to = recipient if isinstance(recipient, str) else text_in(recipient or {}, lang)
        names[lang] = f"{place} — {to}" if to and place else place or to
    return names


def _read_cookies(session: Session, index) -> None:
    names = ("id", "position", "name", "purpose", "lifetime", "recipient_id", "party", "category")
    for item_id, position, name, purpose, lifetime, recipient_id, party, category in _rows(session, Cookie, names):
        index.item(kinds.COOKIE, item_id, name, (position, item_id))
        for key, value in (("name", name), ("purpose", purpose), ("lifetime", lifetime)):
            index.text(kinds.COOKIE, item_id, key, value)
        recipient = index.names.get((kinds.RECIPIENT, recipient_id)) if recipient_id is not None else None
        if recipient:
            index.text(kinds.COOKIE, item_id, "recipient_id", recipient)
            index.use((kinds.RECIPIENT, recipient_id), kinds.COOKIE, item_id, "recipient_id")
        index.coded(kinds.COOKIE, item_id, "party", "party", getattr(party, "value", party))
        index.coded(kinds.COOKIE, item_id, "category", "category", getattr(category, "value", category))


_ORGANISATION_TEXTS = (
    "legal_name",
    "trade_name",
    "description",
    "address",
    "postal_code",
    "city",
    "email",
    "phone",
    "website",
    "chamber_of_commerce",
)
_CONTACT_TEXTS = ("name", "attention", "address", "postal_code", "city", "email", "phone", "website")
_CONTACT_ROLES = ("privacy_contact", "dpo", "representative", "supervisory_authority")


def _read_organisation(session: Session, index) -> None:
    kind = kinds.ORGANISATION
    for organisation in session.scalars(select(Organisation)):
        item_id = organisation.id
        index.item(kind, item_id, organisation.legal_name, (item_id,))
        for name in _ORGANISATION_TEXTS:
            index.text(kind, item_id, name, getattr(organisation, name))
        index.coded(kind, item_id, "country_code", "country", organisation.country_code)
        for role in _CONTACT_ROLES:
            contact: Contact | None = getattr(organisation, role)
            if contact is not None:
                for name in _CONTACT_TEXTS:
                    index.text(kind, item_id, role, getattr(contact, name))
                index.coded(kind, item_id, role, "country", contact.country_code)
        for row, office in enumerate(organisation.offices):
            index.text(kind, item_id, "offices", dict(office.name), row)
            index.text(kind, item_id, "offices", office.city, row)
            index.coded(kind, item_id, "offices", "country", office.country_code, row)
            if office.group_entity_id is not None:
                index.use((kinds.RECIPIENT, office.group_entity_id), kind, item_id, "offices")


def _read_statement_texts(session: Session, index) -> None:
    for item_id, key, text in _rows(session, StatementText, ("id", "key", "text")):
        index.item(STATEMENT_TEXT, item_id, key, (key,))
        index.text(STATEMENT_TEXT, item_id, "text", text)
