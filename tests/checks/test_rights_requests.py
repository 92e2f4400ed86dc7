"""Requests about rights are answered within one month (Art. 12(3)): a longer term on record
is an error; one month is the near miss."""

from __future__ import annotations

import pytest
from registers import ORGANISATION_NAME, TODAY, change, ids

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register.kinds import ORGANISATION

RULE = "organisation.rights_response_late"
RULES_TESTED = {RULE}


def _answer_within(register, months: int):
    change(register, ORGANISATION, ids(register)[ORGANISATION], rights_response_months=months)
    return run_rules(read_context(register, TODAY), only={RULE})


def test_three_months_is_too_late(clean):
    [finding] = _answer_within(clean, 3)
    assert (finding.severity, finding.kind, finding.item_id, finding.field) == (
        Severity.ERROR,
        ORGANISATION,
        ids(clean)[ORGANISATION],
        "rights_response_months",
    )
    assert finding.message("nl") == (
        f"{ORGANISATION_NAME} belooft binnen 3 maanden op verzoeken van betrokkenen te "
        "reageren; de AVG geeft een maand."
    )
    assert finding.message("en") == (
        f"{ORGANISATION_NAME} promises to respond to data subjects' requests within 3 "
        "months; the GDPR allows one month."
    )
    assert finding.reference == "Art. 12(3) GDPR"


@pytest.mark.parametrize("months", [1, 0])
def test_near_miss_one_month_or_sooner(clean, months):
    assert _answer_within(clean, months) == []
