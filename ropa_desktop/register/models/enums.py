"""Closed lists of the register. Their Dutch and English labels live in
resources/vocabularies/enums.toml, so the interface and documents share one wording."""

from __future__ import annotations

from enum import StrEnum


class ActivityRole(StrEnum):
    CONTROLLER = "controller"
    JOINT_CONTROLLER = "joint_controller"
    PROCESSOR = "processor"


class ActivityStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class RecipientKind(StrEnum):
    PROCESSOR = "processor"
    INDEPENDENT_CONTROLLER = "independent_controller"
    PUBLIC_AUTHORITY = "public_authority"
    GROUP_ENTITY = "group_entity"
    JOINT_CONTROLLER = "joint_controller"
    # A controller on whose behalf we act as processor (Art. 30(2)(a)).
    CLIENT_CONTROLLER = "client_controller"
    # A department or staff of our own: part of the controller, never a third party.
    INTERNAL = "internal"


class DataCategoryKind(StrEnum):
    ORDINARY = "ordinary"
    SPECIAL = "special"  # Art. 9(1); which one is in DataCategory.special_category
    CRIMINAL = "criminal"  # Art. 10
    NATIONAL_ID = "national_id"  # BSN, UAVG art. 46


class DataSource(StrEnum):
    DATA_SUBJECT = "data_subject"
    THIRD_PARTY = "third_party"
    PUBLIC_SOURCE = "public_source"


class ProvisionRequirement(StrEnum):
    """Art. 13(2)(e): is providing the data required, and by what."""

    NOT_APPLICABLE = "not_applicable"
    STATUTORY = "statutory"
    CONTRACTUAL = "contractual"
    PREREQUISITE_FOR_CONTRACT = "prerequisite_for_contract"
    VOLUNTARY = "voluntary"


class DpiaStatus(StrEnum):
    NOT_SCREENED = "not_screened"
    NOT_REQUIRED = "not_required"
    REQUIRED = "required"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class PeriodUnit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


class MeasureKind(StrEnum):
    TECHNICAL = "technical"
    ORGANISATIONAL = "organisational"


class CookieCategory(StrEnum):
    FUNCTIONAL = "functional"
    ANALYTICS = "analytics"
    MARKETING = "marketing"


class CookieParty(StrEnum):
    FIRST_PARTY = "first_party"
    THIRD_PARTY = "third_party"
