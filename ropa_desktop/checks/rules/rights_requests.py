"""How soon a request about rights is answered (Art. 12(3)): within one month of receipt. The
two further months the law allows are an extension for a complex request, told to the person
within the first month, never the term the organisation promises."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import ORGANISATION
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule

ONE_MONTH = 1


@rule("organisation.rights_response_late", Severity.ERROR, "Art. 12(3) GDPR")
def rights_response_later_than_a_month(context: CheckContext) -> Iterator[Finding]:
    months = context.organisation.rights_response_months
    if months is not None and months > ONE_MONTH:
        yield context.finding(
            "organisation.rights_response_late",
            ORGANISATION,
            context.organisation,
            "rights_response_months",
            months=months,
        )
