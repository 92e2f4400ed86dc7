"""Does the privacy statement tell everything Art. 13 and 14 ask? One item per requirement.

Computed from a register view (register/views.py), so the same answer serves the statement
page, ``ropa statement --check`` (documents/statement/completeness.py) and the compliance
rules (rules/statement.py). Only the activities shown in the statement count.
``subjects`` names what a requirement is missing for (activities, countries).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..register.models import ActivityRole, ProvisionRequirement, text_in
from ..register.reference.authorities import supervisory_authority_of
from ..register.reference.citation import cite
from ..register.reference.countries import abroad_without_transfer, adequacy_decision, country_name, in_eea
from ..register.views import published
from ..resources_path import load_toml


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

    def citation(self, language: str) -> str:
        """The article in the citation style of ``language`` ("art. 13 lid 1 onder a")."""
        return cite(self.reference, language)

    def label(self, language: str) -> str:
        return text_in(load_toml("statement", "checklist.toml")[self.key]["label"], language, "en")

    def status_label(self, language: str) -> str:
        return text_in(load_toml("statement", "checklist.toml")["status"][self.status.value], language, "en")


# Where the officer supplies what a requirement misses: the snapshot key of the field
# (of the organisation, an activity or a transfer).
FIELDS = {
    "13.1.a": "privacy_contact",
    "13.1.b": "dpo",
    "13.1.c": "purposes",
    "13.1.d": "purposes",
    "13.1.e": "recipients",
    "13.1.f": "tool",
    "13.2.a": "retention_rules",
    "13.2.b": "",
    "13.2.c": "purposes",
    "13.2.d": "supervisory_authority",
    "13.2.e": "provision_consequence",
    "13.2.f": "automated_logic",
    "14.1.d": "data_categories",
    "14.2.f": "sources",
}


@dataclass(frozen=True)
class Gap:
    """A requirement before its subjects are named: the activities (or, for transfers, the
    country codes) it is missing for. Computed once, named in any language."""

    key: str
    status: Status
    activities: tuple = ()
    countries: tuple[str, ...] = ()

    def subjects(self, language: str, primary: str) -> tuple[str, ...]:
        if self.countries:
            return tuple(sorted({country_name(code, language) for code in self.countries}))
        return tuple(text_in(a.name, language, primary) or f"#{a.id}" for a in self.activities)


def _gap(key: str, missing: list | bool, applicable: bool = True, countries: bool = False) -> Gap:
    if not applicable:
        return Gap(key, Status.NOT_APPLICABLE)
    status = Status.MISSING if missing else Status.PRESENT
    if isinstance(missing, bool):
        return Gap(key, status)
    return Gap(key, status, countries=tuple(missing)) if countries else Gap(key, status, activities=tuple(missing))


def primary_language(organisation) -> str:
    languages = getattr(organisation, "languages", None) or ()
    return languages[0] if languages else "nl"


def _any_text(texts) -> bool:
    if texts:
        for text in texts.values():
            if text:
                return True
    return False


def statement_gaps(view, organisation, rights_present: bool = True) -> list[Gap]:
    """The Art. 13/14 checklist of the statement built from ``view`` (a RegisterView; its
    published activities count) and ``organisation`` (the model, or a detached copy
    with the same attribute names), one pass over the activities.

    ``rights_present``: whether the statement's fixed wording lists every right of Art. 15–21;
    that wording is the statement's own (documents/statement), so its caller says."""
    org = organisation
    activities = [a for a in view.activities if published(a)]
    contact = org.privacy_contact or org
    reachable = bool(contact.email or contact.phone or (contact.address and contact.city))
    purposes_missing, interests_missing, retention_missing, provision_missing = [], [], [], []
    automated_missing, data_missing, source_missing = [], [], []
    interests = consent = automated = recipients = False
    no_consequence_needed = (None, ProvisionRequirement.NOT_APPLICABLE, ProvisionRequirement.VOLUNTARY)
    processor = ActivityRole.PROCESSOR
    for a in activities:
        controller = a.role != processor
        if controller:
            if not a.purposes or any(not p.legal_basis for p in a.purposes):
                purposes_missing.append(a)
            interest_missing = False
            for p in a.purposes:
                if p.legal_basis == "legitimate_interests":
                    interests = True
                    if not _any_text(p.legitimate_interest):
                        interest_missing = True
            if interest_missing:
                interests_missing.append(a)
            if a.provision_requirement not in no_consequence_needed and not _any_text(a.provision_consequence):
                provision_missing.append(a)
        if not consent:
            consent = any(p.legal_basis == "consent" for p in a.purposes)
        if not any(r.period_value or _any_text(r.wording) or _any_text(r.criterion) for r in a.retention_rules):
            retention_missing.append(a)
        if a.automated_decision_making:
            automated = True
            if not _any_text(a.automated_logic) or not _any_text(a.automated_consequences):
                automated_missing.append(a)
        if not a.data_category_links:
            data_missing.append(a)
        if not a.sources:
            source_missing.append(a)
        recipients = recipients or bool(a.recipients)
    transfers = [t for t in view.transfers.values() if t.country_code and not in_eea(t.country_code)]
    transfers_missing = [
        t.country_code
        for t in transfers
        if not (
            (t.tool == "adequacy" and adequacy_decision(t.country_code) is not None)
            or (t.tool and t.tool not in ("none", "adequacy"))
        )
    ]
    # A published recipient abroad with no transfer on record: the statement names its country
    # without a safeguard (Art. 44), and that is a gap.
    abroad = abroad_without_transfer(
        [r for a in activities for r in (*a.recipients, *a.joint_controllers)], view.transfers.values()
    )
    transfers_missing += [code for _recipient, code in abroad if code not in transfers_missing]
    return [
        _gap("13.1.a", not (org.legal_name and reachable)),
        _gap("13.1.b", not (org.dpo and (org.dpo.email or org.dpo.phone)), applicable=org.dpo is not None),
        _gap("13.1.c", purposes_missing),
        _gap("13.1.d", interests_missing, applicable=interests),
        _gap("13.1.e", not recipients),
        _gap("13.1.f", transfers_missing, applicable=bool(transfers or abroad), countries=True),
        _gap("13.2.a", retention_missing),
        _gap("13.2.b", not rights_present),
        # The statement lists the right to withdraw whenever an activity relies on consent.
        _gap("13.2.c", False, applicable=consent),
        _gap("13.2.d", supervisory_authority_of(org) is None),
        _gap("13.2.e", provision_missing),
        _gap("13.2.f", automated_missing, applicable=automated),
        _gap("14.1.d", data_missing),
        _gap("14.2.f", source_missing),
    ]


def statement_requirements(view, organisation, language: str, rights_present: bool = True) -> list[Requirement]:
    """The checklist with what each requirement misses named in ``language``."""
    primary = primary_language(organisation)
    return [
        Requirement(gap.key, gap.status, gap.subjects(language, primary))
        for gap in statement_gaps(view, organisation, rights_present)
    ]
