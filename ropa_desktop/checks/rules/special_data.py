"""Data the law protects most: special categories (Art. 9), criminal data (Art. 10, UAVG
art. 31–33) and the Dutch citizen service number (BSN, UAVG art. 46). Each needs, besides the
Art. 6 basis, its own ground on record.

Processor activities are not checked: under Art. 30(2) the processor records no basis; the
controller it acts for answers for these grounds in its own register."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ...register.models import DataCategoryKind
from ...register.reference.vocabulary import is_term
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import activities_with, controller_activities, names


@rule("special_data.no_condition", Severity.ERROR, "Art. 9(1)–(2) GDPR")
def special_data_without_condition(context: CheckContext) -> Iterator[Finding]:
    """Special-category data and no purpose names one of the Art. 9(2) conditions."""
    for activity, special in activities_with(context, DataCategoryKind.SPECIAL, controller_activities(context)):
        if not any(
            p.special_category_condition and is_term("special_conditions", p.special_category_condition)
            for p in activity.purposes
        ):
            yield context.finding(
                "special_data.no_condition", ACTIVITY, activity, "purposes", categories=names(context, special)
            )


@rule("criminal_data.no_authorisation", Severity.ERROR, "Art. 10 GDPR; UAVG art. 31–33")
def criminal_data_without_authorisation(context: CheckContext) -> Iterator[Finding]:
    """Criminal convictions and offences only under official authority or where a law allows
    it (in the Netherlands UAVG art. 31–33): the record names which."""
    for activity, criminal in activities_with(context, DataCategoryKind.CRIMINAL, controller_activities(context)):
        if not (activity.criminal_data_authorisation or "").strip():
            yield context.finding(
                "criminal_data.no_authorisation",
                ACTIVITY,
                activity,
                "criminal_data_authorisation",
                categories=names(context, criminal),
            )


@rule("national_id.no_legal_basis", Severity.ERROR, "Art. 87 GDPR; UAVG art. 46")
def national_id_without_legal_basis(context: CheckContext) -> Iterator[Finding]:
    """The BSN may only be used where a law provides for it: the record names that law."""
    for activity, national_id in activities_with(context, DataCategoryKind.NATIONAL_ID, controller_activities(context)):
        if not (activity.national_id_legal_basis or "").strip():
            yield context.finding(
                "national_id.no_legal_basis",
                ACTIVITY,
                activity,
                "national_id_legal_basis",
                categories=names(context, national_id),
            )
