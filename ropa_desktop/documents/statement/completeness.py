"""Does the statement tell everything Art. 13 and 14 ask? One item per requirement.

Read from the register the statement is built from, so the answer holds for every format.
``subjects`` names what is missing (activities, countries) so an officer can fix it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select

from ...register.models import ActivityRole, ProvisionRequirement, Transfer, text_in
from ...register.reference.authorities import supervisory_authority_of
from ...register.reference.countries import adequacy_decision, country_name, in_eea
from ...register.storage import Register
from ...resources_path import load_toml
from .builder import RIGHTS, activities_in_statement
from .phrases import catalogue


class Status(StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class Requirement:
    key: str
    status: Status
    # Names (activities, countries) the requirement is missing for.
    subjects: tuple[str, ...] = field(default_factory=tuple)

    @property
    def reference(self) -> str:
        return load_toml("statement", "checklist.toml")[self.key]["ref"]

    def label(self, language: str) -> str:
        labels = load_toml("statement", "checklist.toml")[self.key]["label"]
        return labels.get(language) or labels["en"]

    def status_label(self, language: str) -> str:
        labels = load_toml("statement", "checklist.toml")["status"][self.status.value]
        return labels.get(language) or labels["en"]


def _item(key: str, missing: list[str] | bool, applicable: bool = True) -> Requirement:
    if not applicable:
        return Requirement(key, Status.NOT_APPLICABLE)
    if isinstance(missing, bool):
        return Requirement(key, Status.MISSING if missing else Status.PRESENT)
    return Requirement(key, Status.MISSING if missing else Status.PRESENT, tuple(missing))


def check_statement(register: Register, language: str) -> list[Requirement]:
    with register.session() as session:
        org = register.organisation(session)
        activities = activities_in_statement(session)

        def name(activity) -> str:
            return text_in(activity.name, language, org.primary_language) or f"#{activity.id}"

        controller_activities = [a for a in activities if a.role != ActivityRole.PROCESSOR]
        contact = org.privacy_contact or org
        reachable = bool(contact.email or contact.phone or (contact.address and contact.city))
        purposes_missing = [
            name(a) for a in controller_activities
            if not a.purposes or any(not p.legal_basis for p in a.purposes)
        ]
        interests = [(a, p) for a in controller_activities for p in a.purposes if p.legal_basis == "legitimate_interests"]
        interests_missing = [name(a) for a, p in interests if not any((p.legitimate_interest or {}).values())]
        transfers = [t for t in session.scalars(select(Transfer)) if t.country_code and not in_eea(t.country_code)]
        transfers_missing = sorted({
            country_name(t.country_code, language) for t in transfers
            if not ((t.tool == "adequacy" and adequacy_decision(t.country_code) is not None)
                    or (t.tool and t.tool not in ("none", "adequacy")))
        })
        retention_missing = [
            name(a) for a in activities
            if not any(r.period_value or any((r.wording or {}).values()) or any((r.criterion or {}).values())
                       for r in a.retention_rules)
        ]
        consent = any(p.legal_basis == "consent" for a in activities for p in a.purposes)
        provision_missing = [
            name(a) for a in controller_activities
            if a.provision_requirement not in (None, ProvisionRequirement.NOT_APPLICABLE,
                                               ProvisionRequirement.VOLUNTARY)
            and not any((a.provision_consequence or {}).values())
        ]
        automated = [a for a in activities if a.automated_decision_making]
        automated_missing = [
            name(a) for a in automated
            if not any((a.automated_logic or {}).values()) or not any((a.automated_consequences or {}).values())
        ]
        data_missing = [name(a) for a in activities if not a.data_category_links]
        source_missing = [name(a) for a in activities if not a.sources]
        rights_present = all(f"rights.{right}" in catalogue() for right in RIGHTS)
        return [
            _item("13.1.a", not (org.legal_name and reachable)),
            _item("13.1.b", not (org.dpo and (org.dpo.email or org.dpo.phone)), applicable=org.dpo is not None),
            _item("13.1.c", purposes_missing),
            _item("13.1.d", interests_missing, applicable=bool(interests)),
            _item("13.1.e", not any(a.recipients for a in activities)),
            _item("13.1.f", transfers_missing, applicable=bool(transfers)),
            _item("13.2.a", retention_missing),
            _item("13.2.b", not rights_present),
            # The statement lists the right to withdraw whenever an activity relies on consent.
            _item("13.2.c", False, applicable=consent),
            _item("13.2.d", supervisory_authority_of(org) is None),
            _item("13.2.e", provision_missing),
            _item("13.2.f", automated_missing, applicable=bool(automated)),
            _item("14.1.d", data_missing),
            _item("14.2.f", source_missing),
        ]
