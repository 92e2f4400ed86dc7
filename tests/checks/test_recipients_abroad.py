"""A processor or recipient established in a third country with no transfer on record is an
error (Art. 44, Art. 30(1)(e)); a transfer naming it, or its country, is the near miss."""

from __future__ import annotations

from datetime import date

import pytest
from registers import TODAY, add, both, change, ids

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.register.kinds import ACTIVITY, COOKIE, RECIPIENT, TRANSFER

RULE = "transfer.recipient_abroad_without_transfer"
RULES_TESTED = {RULE}
MAILER = both("Verzendplatform", "Mailing platform")


def _found(register):
    return run_rules(read_context(register, TODAY), only={RULE})


def _mailer(register, country: str = "US", **values) -> int:
    return add(
        register,
        RECIPIENT,
        name=MAILER,
        kind="processor",
        country_code=country,
        dpa_reference="Verwerkersovereenkomst 2026-02",
        **values,
    )


def _used(register, *recipients: int) -> None:
    change(register, ACTIVITY, ids(register)[ACTIVITY], recipients=[ids(register)[RECIPIENT], *recipients])


def test_a_processor_in_a_third_country_without_a_transfer_is_an_error(clean):
    mailer = _mailer(clean)
    _used(clean, mailer)
    [finding] = _found(clean)
    assert (finding.severity, finding.kind, finding.item_id, finding.field) == (
        Severity.ERROR,
        RECIPIENT,
        mailer,
        "country_code",
    )
    assert finding.message("nl") == (
        "Verzendplatform is gevestigd buiten de EER (Verenigde Staten), maar er is geen "
        "doorgifte naar dat land vastgelegd."
    )
    assert finding.message("en") == (
        "Mailing platform is established outside the EEA (United States), but no transfer to that country is on record."
    )
    assert finding.reference == "Art. 44, Art. 30(1)(e) GDPR"


def test_a_sub_processor_abroad_counts(clean):
    sub_processor = _mailer(clean, "PH")
    change(clean, RECIPIENT, ids(clean)[RECIPIENT], sub_processors=[sub_processor])
    assert [(f.item_id, f.message("en")) for f in _found(clean)] == [
        (
            sub_processor,
            "Mailing platform is established outside the EEA (Philippines), but no transfer to that "
            "country is on record.",
        )
    ]


def test_the_third_party_of_a_cookie_counts(clean):
    tracker = _mailer(clean, "US")
    add(
        clean,
        COOKIE,
        name=both("_trk", "_trk"),
        party="third_party",
        recipient_id=tracker,
        category="marketing",
        consent_required=True,
    )
    assert [f.item_id for f in _found(clean)] == [tracker]


NEAR_MISSES = {
    "a transfer naming the recipient": lambda r, m: add(
        r, TRANSFER, country_code="US", recipient_id=m, tool="standard_contractual_clauses"
    ),
    "a transfer to its country without a recipient": lambda r, m: add(
        r, TRANSFER, country_code="US", tool="standard_contractual_clauses"
    ),
    "a recipient in Réunion, part of the EU": lambda r, m: change(r, RECIPIENT, m, country_code="RE"),
    "a recipient in the EEA": lambda r, m: change(r, RECIPIENT, m, country_code="NO"),
    "a recipient without a country": lambda r, m: change(r, RECIPIENT, m, country_code=""),
}


@pytest.mark.parametrize("name", NEAR_MISSES)
def test_near_misses_are_quiet(clean, name):
    mailer = _mailer(clean)
    _used(clean, mailer)
    NEAR_MISSES[name](clean, mailer)
    assert _found(clean) == []


def test_a_recipient_abroad_no_current_activity_uses_is_quiet(clean):
    mailer = _mailer(clean)
    assert _found(clean) == []
    _used(clean, mailer)
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], status="retired")
    assert _found(clean) == []


def _statement(register, language: str) -> str:
    return render(build_statement(register, language), "txt").decode()


def test_the_statement_names_the_country_of_a_recipient_abroad_without_a_transfer(clean):
    _used(clean, _mailer(clean, "PH"))
    assert (
        "Filipijnen: voor dit land bestaat geen adequaatheidsbesluit en wij hebben (nog) geen doorgifte-instrument "
        "vastgelegd."
    ) in _statement(clean, "nl")
    assert (
        "Philippines: there is no adequacy decision for this country and we have not (yet) recorded a transfer tool."
    ) in _statement(clean, "en")
    [gap] = [f for f in run_rules(read_context(clean, TODAY), only={"statement.incomplete"})]
    assert gap.message("en").endswith("(Art. 13(1)(f)). This is missing for: Philippines.")


def test_near_miss_the_statement_is_silent_on_a_recipient_covered_by_a_transfer(clean):
    mailer = _mailer(clean, "PH")
    _used(clean, mailer)
    add(
        clean,
        TRANSFER,
        country_code="PH",
        recipient_id=mailer,
        tool="standard_contractual_clauses",
        tia_date=date(2026, 2, 1),
    )
    assert "Filipijnen: voor dit land bestaat geen adequaatheidsbesluit" not in _statement(clean, "nl")
    assert run_rules(read_context(clean, TODAY), only={"statement.incomplete"}) == []
