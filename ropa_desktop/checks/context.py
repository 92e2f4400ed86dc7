"""What the rules read: the register once, as a read-only view, with today's date.

Rules never query the database themselves; reading once and handing every rule the same
view is what keeps all rules over 10,000 activities under a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any

from ..register import approval
from ..register.approval import Approval
from ..register.models import Base, text_in
from ..register.reference.countries import country_name
from ..register.storage import Register
from ..register.views import RegisterView
from .findings import Finding
from .published_statement import LastPublication, last_publication


@dataclass
class CheckContext:
    view: RegisterView
    # Detached: the organisation, its contacts and offices, with the model's attribute names.
    # A SimpleNamespace (its attributes typed Any) on purpose: the statement checklist reads it
    # as it reads an Organisation.
    organisation: SimpleNamespace
    today: date
    languages: tuple[str, ...] = ("nl", "en")
    # What the rules work out once per run, by a name each rule module chooses: values of all kinds.
    cache: dict[str, Any] = field(default_factory=dict)
    # The statement's last publication and today's fingerprints (None: never published).
    publication: LastPublication | None = None
    # Each activity's approval (register/approval.py), by activity id: its state and "changed since established".
    approvals: dict[int, Approval] = field(default_factory=dict)

    @property
    def primary(self) -> str:
        return self.languages[0] if self.languages else "nl"

    def name(self, texts: dict[str, str] | None) -> dict[str, str]:
        """An item's name per language (every language filled, falling back to another)."""
        return {language: text_in(texts, language, self.primary) for language in self.languages}

    def country(self, code: str) -> dict[str, str]:
        return {language: country_name(code, language) for language in self.languages}

    def finding(
        self,
        rule: str,
        kind: str,
        item: object | None,
        field: str = "",
        row: int | None = None,
        part: str = "",
        **values: object,
    ) -> Finding:
        """A finding of ``rule`` about ``item`` (an object with id and name, or None); ``part``:
        the field within child ``row`` to fix."""
        from .rule import RULES

        item_id: int | None = None
        name: dict[str, str] | None = None
        if item is None:
            name = {language: "" for language in self.languages}
        else:
            item_id = getattr(item, "id", None)
            # An item with several findings is named once: thousands of findings name few items.
            names: dict[tuple[str, int], dict[str, str]] = self.cache.setdefault("item_names", {})
            name = names.get((kind, item_id)) if item_id is not None else None
            if name is None:
                raw = getattr(item, "name", None) or getattr(item, "legal_name", "")
                name = self.name(raw) if isinstance(raw, dict) else {language: str(raw) for language in self.languages}
                if item_id is not None:
                    names[(kind, item_id)] = name
        return Finding(rule, RULES[rule].severity, kind, item_id, name, field, row, values, part)


def read_context(register: Register, today: date | None = None) -> CheckContext:
    with register.session() as session:
        organisation = register.organisation(session)
        detached = SimpleNamespace(
            id=organisation.id,
            legal_name=organisation.legal_name,
            languages=tuple(organisation.languages or ()),
            public_authority=organisation.public_authority,
            rights_response_months=organisation.rights_response_months,
            privacy_contact=_plain(organisation.privacy_contact),
            dpo=_plain(organisation.dpo),
            representative=_plain(organisation.representative),
            supervisory_authority=_plain(organisation.supervisory_authority),
            email=organisation.email,
            phone=organisation.phone,
            address=organisation.address,
            city=organisation.city,
            country_code=organisation.country_code,
            offices=[_plain(office) for office in organisation.offices],
            statement_date=organisation.statement_date,
            created_at=organisation.created_at,
        )
        view = RegisterView(session)
        approvals = approval.read(session)
    return CheckContext(
        view,
        detached,
        today or date.today(),
        detached.languages or ("nl", "en"),
        publication=last_publication(register),
        approvals=approvals,
    )


def _plain(row: Base | None) -> SimpleNamespace | None:
    if row is None:
        return None
    return SimpleNamespace(**{column.key: getattr(row, column.key) for column in row.__table__.columns})
