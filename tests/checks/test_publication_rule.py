"""The check warns when the register changed since the last publication in a way that changes
the privacy statement: the statement documents are compared, not timestamps (issue 16 point 5)."""

from __future__ import annotations

from datetime import date

from registers import TODAY, both, change, ids

import ropa_desktop.documents  # noqa: F401  (hands the checks the statement's reader)
from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import STATEMENT, Severity
from ropa_desktop.checks.run import check_register, run_rules
from ropa_desktop.documents.publication import publish
from ropa_desktop.register.kinds import ACTIVITY, ORGANISATION, RECIPIENT, SECURITY_MEASURE, TRANSFER

RULE = "statement.changed_since_publication"
RULES_TESTED = {RULE}
PUBLISHED_ON = date(2026, 11, 20)


def _found(register):
    return run_rules(read_context(register, TODAY), only={RULE})


def test_a_clean_register_publishes_without_force_and_nothing_has_changed(clean):
    published = publish(clean, today=PUBLISHED_ON)
    assert (published.number, published.forced) == (1, False)
    assert _found(clean) == []


def test_a_change_to_the_public_text_after_publishing_warns(clean):
    publish(clean, today=PUBLISHED_ON)
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], public_explanation=both("Wij helpen u.", "We help you."))
    (finding,) = _found(clean)
    assert (finding.severity, finding.kind, finding.item_id) == (Severity.WARNING, STATEMENT, None)
    assert finding.message("en") == (
        "Privacy statement: the register has changed since the last publication (20 November 2026, publication 1) "
        "in a way that changes the privacy statement (Dutch, English). Publish the statement again."
    )
    assert "sinds de laatste publicatie (20 november 2026, publicatie 1)" in finding.message("nl")


def test_a_change_in_one_language_names_that_language(clean):
    publish(clean, today=PUBLISHED_ON)
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], public_explanation=both("Wij beantwoorden uw vragen.", "We help."))
    (finding,) = _found(clean)
    assert "(English)" in finding.message("en") and "(Engels)" in finding.message("nl")


def test_an_internal_note_changed_after_publishing_does_not_warn(clean):
    publish(clean, today=PUBLISHED_ON)
    change(
        clean,
        ACTIVITY,
        ids(clean)[ACTIVITY],
        internal_notes="Besproken met de helpdesk.",
        internal_description="Helpdesk voor klanten en leveranciers.",
    )
    change(clean, SECURITY_MEASURE, ids(clean)[SECURITY_MEASURE], name=both("Toegangscontrole", "Access control"))
    assert _found(clean) == []


def test_publishing_again_silences_the_warning(clean):
    publish(clean, today=PUBLISHED_ON)
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], public_explanation=both("Wij helpen u.", "We help you."))
    assert len(_found(clean)) == 1
    publish(clean, today=TODAY)
    assert _found(clean) == []


def test_never_published_gives_no_finding_of_this_rule(clean):
    assert _found(clean) == []


def test_the_typed_date_rule_gives_way_once_published(clean):
    # A statement dated 2018 that cites the EU-US Data Privacy Framework of 2023 (the typed-date rule's own case).
    change(clean, ORGANISATION, ids(clean)[ORGANISATION], statement_date=date(2018, 7, 1))
    change(clean, RECIPIENT, ids(clean)[RECIPIENT], partial_adequacy_certified=True)
    change(clean, TRANSFER, ids(clean)[TRANSFER], country_code="US", tool="adequacy", tia_date=None)
    assert "statement.date_stale" in {f.rule for f in check_register(clean, TODAY)}
    publish(clean, today=TODAY, force=True)
    assert "statement.date_stale" not in {f.rule for f in check_register(clean, TODAY)}
