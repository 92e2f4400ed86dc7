"""DPIA (Art. 35): "done" with a date and a document; "not required" on a screening on record;
criminal data and vulnerable people (employees, job applicants) count as WP248 criteria; and
one criterion is enough to consider a DPIA."""

from __future__ import annotations

from datetime import date

import pytest
from registers import TODAY, add, both, change, ids

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register.kinds import ACTIVITY, DATA_CATEGORY, DATA_SUBJECT, RECIPIENT

DONE, UNSCREENED, CONSIDER = "dpia.done_undocumented", "dpia.not_required_unscreened", "dpia.consider"
RULES_TESTED = {DONE, UNSCREENED, CONSIDER}
WRONGLY = "dpia.wrongly_not_required"
DPIA_RULES = {DONE, UNSCREENED, CONSIDER, WRONGLY, "dpia.not_done", "dpia.in_progress", "dpia.not_screened"}
UNSCREENED_VALUES = {"dpia_status": "not_required", "dpia_screening": {}, "dpia_date": None, "dpia_reference": ""}


def _found(register, rules=DPIA_RULES):
    return run_rules(read_context(register, TODAY), only=set(rules))


def _activity(register, **values) -> None:
    change(register, ACTIVITY, ids(register)[ACTIVITY], **values)


def test_a_dpia_done_without_a_date(clean):
    _activity(clean, dpia_status="done", dpia_date=None, dpia_reference="DPIA-rapport 2026-03")
    [finding] = _found(clean)
    assert (finding.rule, finding.severity, finding.field) == (DONE, Severity.WARNING, "dpia_date")
    assert finding.message("nl") == (
        "Klantenservice: de DPIA staat op ‘uitgevoerd’, maar de datum of het document ervan is niet vastgelegd."
    )
    assert finding.message("en") == (
        "Customer service: the DPIA is marked ‘done’, but its date or document is not on record."
    )


def test_a_dpia_done_without_a_document(clean):
    _activity(clean, dpia_status="done", dpia_date=date(2026, 3, 1), dpia_reference=" ")
    assert [(f.rule, f.field) for f in _found(clean)] == [(DONE, "dpia_reference")]


def test_near_miss_a_dpia_done_with_date_and_document(clean):
    _activity(clean, dpia_status="done", dpia_date=date(2026, 3, 1), dpia_reference="DPIA-rapport 2026-03")
    assert _found(clean) == []


def test_not_required_without_any_screening(clean):
    _activity(clean, **UNSCREENED_VALUES)
    [finding] = _found(clean)
    assert (finding.rule, finding.severity, finding.field) == (UNSCREENED, Severity.WARNING, "dpia_screening")
    assert "de DPIA staat op ‘niet vereist’, maar er is geen screening vastgelegd" in finding.message("nl")
    assert "the DPIA is marked ‘not required’, but no screening is on record" in finding.message("en")


@pytest.mark.parametrize(
    "values",
    [
        {"dpia_reference": "Screening 2026-01: geen criteria"},
        {"dpia_date": date(2026, 1, 10)},
        {"dpia_screening": {"wp248.large_scale": False}},
    ],
    ids=["a screening document", "a screening date", "a criterion answered no"],
)
def test_near_miss_not_required_with_a_screening_on_record(clean, values):
    _activity(clean, **{**UNSCREENED_VALUES, **values})
    assert _found(clean) == []


def test_near_miss_a_processor_does_not_screen(clean):
    client = add(clean, RECIPIENT, name=both("Opdrachtgever", "Client"), kind="client_controller")
    _activity(clean, role="processor", controllers_served=[client], **UNSCREENED_VALUES)
    assert _found(clean) == []


def test_one_criterion_not_required_without_a_reason(clean):
    _activity(clean, dpia_status="not_required", dpia_screening={"wp248.large_scale": True}, dpia_reference="")
    [finding] = _found(clean)
    assert (finding.rule, finding.severity, finding.field) == (CONSIDER, Severity.WARNING, "dpia_reference")
    assert finding.message("nl") == (
        "Klantenservice: de verwerking voldoet aan een criterium van WP248 "
        "(Grootschalige verwerking); de DPIA staat op ‘niet vereist’ zonder "
        "vastgelegde reden."
    )
    assert finding.message("en") == (
        "Customer service: the activity meets a WP248 criterion (Large-scale "
        "processing); the DPIA is marked ‘not required’ with no reason on record."
    )


def test_near_miss_one_criterion_with_the_reason_on_record(clean):
    _activity(
        clean,
        dpia_status="not_required",
        dpia_screening={"wp248.large_scale": True},
        dpia_reference="Screening 2026-01: grootschalig, maar alleen contactgegevens; geen DPIA",
    )
    assert _found(clean) == []


def _with_subjects(register, nl: str, en: str, vulnerable: bool = False, **activity) -> None:
    subject = add(register, DATA_SUBJECT, name=both(nl, en), vulnerable=vulnerable)
    _activity(register, data_subject_categories=[subject], **activity)


@pytest.mark.parametrize(
    ("nl", "en", "vulnerable"),
    [
        ("Sollicitanten", "Job applicants", False),
        ("Medewerkers", "Employees", False),
        ("Patiënten", "Patients", True),
    ],
)
def test_vulnerable_people_count_though_not_ticked(clean, nl, en, vulnerable):
    _with_subjects(clean, nl, en, vulnerable, dpia_reference="")
    [finding] = _found(clean)
    assert finding.rule == CONSIDER and "(Kwetsbare betrokkenen)" in finding.message("nl")


def test_criminal_data_count_though_not_ticked(clean):
    category = add(clean, DATA_CATEGORY, name=both("Strafbare feiten", "Offences"), kind="criminal")
    links = [{"id": ids(clean)[DATA_CATEGORY], "wording": {}}, {"id": category, "wording": {}}]
    _activity(clean, data_categories=links, criminal_data_authorisation="UAVG art. 33 lid 4", dpia_reference="")
    [finding] = _found(clean)
    assert finding.rule == CONSIDER and "(Sensitive or highly personal data)" in finding.message("en")


def test_vulnerable_people_and_one_ticked_criterion_require_a_dpia(clean):
    _with_subjects(clean, "Medewerkers", "Employees", dpia_screening={"wp248.large_scale": True})
    [finding] = _found(clean)
    assert finding.rule == WRONGLY
    assert "Grootschalige verwerking, Kwetsbare betrokkenen" in finding.message("nl")


def test_near_miss_customers_are_no_vulnerable_people(clean):
    _with_subjects(clean, "Klanten", "Customers", dpia_screening={"wp248.large_scale": True})
    assert _found(clean) == []  # one criterion, with the screening's reason on record
