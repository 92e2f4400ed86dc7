"""Fill a register from a content description (the demo register's TOML, test registers).

Catalogue entries carry a ``key`` by which activities, retention rules, offices and cookies
refer to them; keys are only for the description and are not stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from . import kinds
from .activity_links import LINKS
from .errors import RegisterError
from .models import (
    ActivityDataCategory,
    Contact,
    Cookie,
    DataCategory,
    DataSubjectCategory,
    Office,
    Organisation,
    ProcessingActivity,
    Purpose,
    Recipient,
    RetentionRule,
    SecurityMeasure,
    StatementText,
    Transfer,
)

_CONTACT_FIELDS = (
    "name",
    "attention",
    "address",
    "postal_code",
    "city",
    "country_code",
    "email",
    "phone",
    "website",
)
_ORGANISATION_FIELDS = (
    "legal_name",
    "trade_name",
    "description",
    "address",
    "postal_code",
    "city",
    "country_code",
    "email",
    "phone",
    "website",
    "chamber_of_commerce",
    "public_authority",
    "statement_date",
    "rights_response_months",
)


def _pick(data: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: data[f] for f in fields if f in data}


def _columns(model, data: dict[str, Any], skip: set[str]) -> dict[str, Any]:
    """The entries of ``data`` that are plain columns of ``model`` (not keys or links)."""
    names = set(model.__table__.columns.keys())
    values = {k: v for k, v in data.items() if k in names and k not in skip}
    for k, v in values.items():
        if isinstance(v, str) and k.endswith(("_date", "_signed", "_end")) and v:
            values[k] = date.fromisoformat(v)
    return values


class _Catalogue:
    def __init__(self, what: str):
        self.what = what
        self.items: dict[str, Any] = {}

    def add(self, key: str, item) -> None:
        if key in self.items:
            raise RegisterError(f"{self.what} {key!r} is defined twice")
        self.items[key] = item

    def __getitem__(self, key: str):
        try:
            return self.items[key]
        except KeyError:
            raise RegisterError(f"unknown {self.what} {key!r}") from None

    def many(self, keys) -> list:
        return [self[k] for k in keys or ()]


def fill_register(session: Session, organisation: Organisation, data: dict[str, Any]) -> None:
    """Add everything in ``data`` to the register whose organisation is ``organisation``."""
    org_data = data.get("organisation", {})
    for name, value in _pick(org_data, _ORGANISATION_FIELDS).items():
        setattr(organisation, name, value)
    if "languages" in data.get("register", {}):
        organisation.languages = list(data["register"]["languages"])
    for role in ("privacy_contact", "dpo", "representative", "supervisory_authority"):
        if role in org_data:
            setattr(organisation, role, Contact(**_pick(org_data[role], _CONTACT_FIELDS)))

    categories = _Catalogue("data category")
    for item in data.get("data_categories", []):
        categories.add(item["key"], DataCategory(**_columns(DataCategory, item, {"id"})))
    subjects = _Catalogue("data subject category")
    for item in data.get("data_subject_categories", []):
        subjects.add(item["key"], DataSubjectCategory(**_columns(DataSubjectCategory, item, {"id"})))
    recipients = _Catalogue("recipient")
    for item in data.get("recipients", []):
        recipients.add(item["key"], Recipient(**_columns(Recipient, item, {"id"})))
    for item in data.get("recipients", []):
        recipients[item["key"]].sub_processors = recipients.many(item.get("sub_processors"))
    measures = _Catalogue("security measure")
    for item in data.get("security_measures", []):
        measures.add(item["key"], SecurityMeasure(**_columns(SecurityMeasure, item, {"id"})))
    transfers = _Catalogue("transfer")
    for item in data.get("transfers", []):
        transfer = Transfer(**_columns(Transfer, item, {"id", "recipient_id"}))
        if item.get("recipient"):
            transfer.recipient = recipients[item["recipient"]]
        transfers.add(item["key"], transfer)
    session.add_all(
        [
            *categories.items.values(),
            *subjects.items.values(),
            *recipients.items.values(),
            *measures.items.values(),
            *transfers.items.values(),
        ]
    )
    session.flush()  # a retention rule names its data categories by id
    # An activity names the entries it links to by key, under the link's name (activity_links.py).
    catalogue_of = {
        kinds.DATA_SUBJECT: subjects,
        kinds.RECIPIENT: recipients,
        kinds.TRANSFER: transfers,
        kinds.SECURITY_MEASURE: measures,
    }

    for position, item in enumerate(data.get("offices", [])):
        office = Office(**_columns(Office, item, {"id", "organisation_id", "group_entity_id"}))
        office.position = position
        if item.get("group_entity"):
            office.group_entity = recipients[item["group_entity"]]
        organisation.offices.append(office)

    for key, text in data.get("statement_texts", {}).items():
        session.add(StatementText(key=key, text=dict(text)))

    for position, item in enumerate(data.get("activities", [])):
        activity = ProcessingActivity(**_columns(ProcessingActivity, item, {"id", "position"}))
        activity.position = position
        activity.purposes = [Purpose(**_columns(Purpose, p, {"id", "activity_id"})) for p in item.get("purposes", [])]
        activity.retention_rules = [
            RetentionRule(
                **_columns(RetentionRule, r, {"id", "activity_id", "data_category_ids"}),
                data_category_ids=[categories[key].id for key in r.get("data_categories", [])],
            )
            for r in item.get("retention_rules", [])
        ]
        activity.data_category_links = [
            ActivityDataCategory(data_category=categories[link["category"]], wording=dict(link.get("wording", {})))
            for link in item.get("data_categories", [])
        ]
        for link in LINKS:
            setattr(activity, link.field, catalogue_of[link.kind].many(item.get(link.field)))
        session.add(activity)

    for position, item in enumerate(data.get("cookies", [])):
        cookie = Cookie(**_columns(Cookie, item, {"id", "recipient_id", "position"}))
        cookie.position = position
        if item.get("recipient"):
            cookie.recipient = recipients[item["recipient"]]
        session.add(cookie)
