"""What is in a register, in numbers: for `ropa info`, the About box and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select

from . import publications
from .models import (
    ActivityRole,
    Cookie,
    DataCategory,
    DataSubjectCategory,
    Office,
    ProcessingActivity,
    Recipient,
    SecurityMeasure,
    Transfer,
)

# `ropa info` reads a register file of this version without the models (quick_summary): the same
# summary, so it is declared there.
from .quick_summary import RegisterSummary
from .reference.authorities import supervisory_authority_of
from .reference.countries import adequacy_list_date
from .storage import Register

COUNTED = {
    "activities": ProcessingActivity,
    "data_categories": DataCategory,
    "data_subject_categories": DataSubjectCategory,
    "recipients": Recipient,
    "transfers": Transfer,
    "security_measures": SecurityMeasure,
    "cookies": Cookie,
    "offices": Office,
}


def summarise(register: Register) -> RegisterSummary:
    with register.session() as session:
        org = register.organisation(session)
        counts = {name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in COUNTED.items()}
        by_role = dict(
            session.execute(select(ProcessingActivity.role, func.count()).group_by(ProcessingActivity.role)).all()
        )
        return RegisterSummary(
            location=register.location,
            organisation=org.legal_name,
            country_code=org.country_code,
            languages=list(org.languages),
            # The date the statement shows: its last publication's, else the typed one.
            statement_date=publications.statement_day(session, org.statement_date)[0],
            supervisory_authority=getattr(supervisory_authority_of(org), "name", ""),
            schema_revision=register.schema_revision(),
            reference_date=adequacy_list_date(),
            counts=counts,
            activities_by_role={role.value: by_role.get(role, 0) for role in ActivityRole},
        )
