"""Where a legal basis does not reach: legitimate interests for a public body (Art. 6(1) second
subparagraph), Art. 6(1)(c)/(e) without the law it rests on (Art. 6(3)), and consent from
employees or job applicants (EDPB Guidelines 05/2020)."""

from __future__ import annotations

import pytest
from registers import TODAY, add, both, change, ids, purpose

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register.kinds import ACTIVITY, DATA_SUBJECT, ORGANISATION

PUBLIC_BODY, NO_LAW, STAFF = "legitimate_interest.public_body", "legal_basis.no_law", "consent.employees"
RULES_TESTED = {PUBLIC_BODY, NO_LAW, STAFF}
INTEREST = {
    "legal_basis": "legitimate_interests",
    "legitimate_interest": both("fraude voorkomen", "preventing fraud"),
    "lia_reference": "LIA-1",
}
RETENTION_DUTY = both("Voldoen aan wettelijke bewaarplichten.", "Complying with legal retention obligations.")


def _found(register, rule: str):
    return run_rules(read_context(register, TODAY), only={rule})


def _activity(register, **values) -> None:
    change(register, ACTIVITY, ids(register)[ACTIVITY], **values)


def _public_body(register) -> None:
    change(register, ORGANISATION, ids(register)[ORGANISATION], public_authority=True)


def test_a_public_body_relying_on_legitimate_interests(clean):
    _public_body(clean)
    _activity(clean, purposes=[purpose(), purpose(**INTEREST)])
    [finding] = _found(clean, PUBLIC_BODY)
    assert (finding.severity, finding.field, finding.row) == (Severity.WARNING, "purposes", 1)
    assert finding.message("nl") == (
        "Klantenservice: doel 2 steunt op gerechtvaardigde belangen, maar de organisatie "
        "is een overheidsinstantie of -orgaan."
    )
    assert "purpose 2 relies on legitimate interests, but the organisation is a public authority" in finding.message(
        "en"
    )


def test_near_miss_a_company_relying_on_legitimate_interests(clean):
    _activity(clean, purposes=[purpose(**INTEREST)])
    assert _found(clean, PUBLIC_BODY) == []


@pytest.mark.parametrize("basis", ["legal_obligation", "public_task"])
def test_an_obligation_or_task_without_its_law(clean, basis):
    _activity(clean, purposes=[purpose(legal_basis=basis, description=RETENTION_DUTY)])
    [finding] = _found(clean, NO_LAW)
    assert (finding.severity, finding.field, finding.row) == (Severity.WARNING, "purposes", 0)
    assert (
        "doel 1 steunt op een wettelijke verplichting of een taak van algemeen belang, maar noemt niet de wet"
        in finding.message("nl")
    )
    assert (
        "purpose 1 relies on a legal obligation or a task in the public interest, but does not name the law"
        in finding.message("en")
    )


def test_citing_the_gdpr_itself_names_no_law(clean):
    _activity(
        clean,
        purposes=[
            purpose(
                legal_basis="legal_obligation",
                description=both(
                    "Wettelijke verplichting (art. 6 lid 1 onder c AVG).", "Legal obligation (Art. 6(1)(c) GDPR)."
                ),
            )
        ],
    )
    assert len(_found(clean, NO_LAW)) == 1


@pytest.mark.parametrize(
    "values",
    [
        {
            "purposes": [
                purpose(
                    legal_basis="legal_obligation",
                    description=both(
                        "Voldoen aan de fiscale bewaarplicht (art. 52 AWR).",
                        "Complying with the tax retention duty (art. 52 AWR).",
                    ),
                )
            ]
        },
        {
            "purposes": [purpose(legal_basis="legal_obligation", description=RETENTION_DUTY)],
            "internal_description": "Loonadministratie op grond van de Wet op de loonbelasting 1964.",
        },
        {
            "purposes": [
                purpose(
                    legal_basis="public_task",
                    description=both(
                        "Handhaving op grond van de Gemeentewet.", "Enforcement under the Municipalities Act."
                    ),
                )
            ]
        },
    ],
    ids=["article in the purpose", "act in the description", "act in the purpose"],
)
def test_near_miss_the_law_is_named(clean, values):
    _activity(clean, **values)
    assert _found(clean, NO_LAW) == []


def _applicants(register) -> int:
    return add(register, DATA_SUBJECT, name=both("Sollicitanten", "Job applicants"))


def test_consent_as_the_basis_for_job_applicants(clean):
    applicants = _applicants(clean)
    _activity(
        clean,
        data_subject_categories=[applicants],
        purposes=[purpose(legal_basis="consent", consent_withdrawal=both("Per e-mail.", "By e-mail."))],
    )
    [finding] = _found(clean, STAFF)
    assert (finding.severity, finding.field, finding.row) == (Severity.WARNING, "purposes", 0)
    assert finding.message("nl") == (
        "Klantenservice: doel 1 steunt op toestemming van Sollicitanten; in een "
        "arbeidsrelatie is toestemming zelden vrij gegeven."
    )
    assert finding.message("en") == (
        "Customer service: purpose 1 relies on the consent of Job applicants; in an "
        "employment relationship consent is rarely freely given."
    )


def test_near_miss_consent_of_customers(clean):
    _activity(clean, purposes=[purpose(legal_basis="consent", consent_withdrawal=both("Per e-mail.", "By e-mail."))])
    assert _found(clean, STAFF) == []


def test_near_miss_job_applicants_on_steps_before_a_contract(clean):
    _activity(clean, data_subject_categories=[_applicants(clean)], purposes=[purpose(legal_basis="contract")])
    assert _found(clean, STAFF) == []


def test_near_miss_loan_applicants_are_customers(clean):
    loan_applicants = add(clean, DATA_SUBJECT, name=both("Aanvragers van een lening", "Loan applicants"))
    _activity(
        clean,
        data_subject_categories=[loan_applicants],
        purposes=[purpose(legal_basis="consent", consent_withdrawal=both("Per e-mail.", "By e-mail."))],
    )
    assert _found(clean, STAFF) == []
