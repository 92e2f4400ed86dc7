"""The reference data the rules rely on: the list of adequacy decisions changes (decisions
are adopted, renewed, repealed or annulled), so an old list is worth a note."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from ...register.reference.countries import adequacy_list_date
from ..context import CheckContext
from ..findings import REFERENCE_DATA, Finding, Severity
from ..rule import rule

MAX_AGE_MONTHS = 12


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@rule("reference.adequacy_list_old", Severity.INFO, "Art. 45(3)–(5) GDPR")
def adequacy_list_old(context: CheckContext) -> Iterator[Finding]:
    as_of = adequacy_list_date()
    if as_of < months_before(context.today, MAX_AGE_MONTHS):
        yield context.finding(
            "reference.adequacy_list_old", REFERENCE_DATA, None, "", date=as_of.isoformat(), months=MAX_AGE_MONTHS
        )
