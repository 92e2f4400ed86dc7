"""The statement's date tells the truth: no decision it cites is younger than it, and nothing
it shows changed after it (Art. 12(1), Art. 13)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from registers import TODAY, add, both, change, ids
from sqlalchemy import update

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register.kinds import ACTIVITY, ORGANISATION, RECIPIENT, TRANSFER
from ropa_desktop.register.models import (
    Cookie,
    DataCategory,
    DataSubjectCategory,
    Organisation,
    ProcessingActivity,
    Recipient,
    Transfer,
)

RULE = "statement.date_stale"
RULES_TESTED = {RULE}
DPF_ADOPTED = date(2023, 7, 10)  # Commission Implementing Decision (EU) 2023/1795
MADE = datetime(2024, 1, 2, 9, 0)  # the day the register was made, in the changed-item tests
SHOWN = (ProcessingActivity, Recipient, Transfer, DataCategory, DataSubjectCategory, Cookie)


def _found(register):
    return run_rules(read_context(register, TODAY), only={RULE})


def _dated(register, statement_date: date) -> None:
    change(register, ORGANISATION, ids(register)[ORGANISATION], statement_date=statement_date)


def _us_adequacy(register) -> None:
    """The clean register's transfer moved to a DPF-certified recipient in the United States."""
    change(register, RECIPIENT, ids(register)[RECIPIENT], partial_adequacy_certified=True)
    change(register, TRANSFER, ids(register)[TRANSFER], country_code="US", tool="adequacy", tia_date=None)


def _made_long_ago(register) -> None:
    """The register made on MADE, nothing touched since (timestamps set as the register would
    have kept them; no save can set them)."""
    with register.session() as session:
        session.execute(update(Organisation).values(created_at=MADE))
        for model in SHOWN:
            session.execute(update(model).values(created_at=MADE, updated_at=MADE))
        session.commit()


def _touched(register, model, item_id: int, when: datetime) -> None:
    with register.session() as session:
        session.execute(update(model).where(model.id == item_id).values(updated_at=when))
        session.commit()


# --- (b) a decision younger than the statement -------------------------------------------------


def test_a_statement_older_than_the_adequacy_decision_it_cites(clean):
    _us_adequacy(clean)
    _dated(clean, date(2018, 7, 1))
    [finding] = _found(clean)
    assert (finding.severity, finding.kind, finding.item_id, finding.field) == (
        Severity.WARNING,
        ORGANISATION,
        ids(clean)[ORGANISATION],
        "statement_date",
    )
    assert finding.message("nl") == (
        "Schoon B.V.: de privacyverklaring is gedateerd 1 juli 2018, maar noemt een adequaatheidsbesluit dat pas "
        "op 10 juli 2023 is vastgesteld (Verenigde Staten). Controleer de privacyverklaring en werk haar datum bij."
    )
    assert finding.message("en") == (
        "Schoon B.V.: the privacy statement is dated 1 July 2018, but cites an adequacy decision adopted only on "
        "10 July 2023 (United States). Review the privacy statement and update its date."
    )


def test_a_statement_dated_after_the_decision_is_quiet(clean):
    _us_adequacy(clean)
    _dated(clean, date(2023, 7, 10))  # the very day: the decision could be cited
    assert _found(clean) == []


def test_a_decision_the_statement_does_not_cite_is_quiet(clean):
    """The transfer belongs to an activity that is not published: the statement leaves it out."""
    _us_adequacy(clean)
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], in_statement=False)
    _dated(clean, date(2018, 7, 1))
    assert _found(clean) == []


def test_a_transfer_on_standard_clauses_cites_no_decision(clean):
    _dated(clean, date(2018, 7, 1))  # India under standard contractual clauses (clean register)
    assert _found(clean) == []


def test_no_statement_date_is_quiet(clean):
    _us_adequacy(clean)
    assert _found(clean) == []


# --- (a) something the statement shows changed after its date ----------------------------------


def test_a_published_activity_changed_after_the_statement_date(clean):
    _dated(clean, date(2024, 6, 1))
    _made_long_ago(clean)
    _touched(clean, ProcessingActivity, ids(clean)[ACTIVITY], datetime(2024, 9, 3, 14, 0))
    [finding] = _found(clean)
    assert (finding.severity, finding.kind, finding.field) == (Severity.WARNING, ORGANISATION, "statement_date")
    assert finding.message("nl") == (
        "Schoon B.V.: sinds de datum van de privacyverklaring (1 juni 2024) is gewijzigd wat zij publiceert: "
        "Klantenservice (laatst op 3 september 2024). Controleer de privacyverklaring en werk haar datum bij."
    )
    assert finding.message("en") == (
        "Schoon B.V.: what the privacy statement publishes has changed since its date (1 June 2024): "
        "Customer service (last on 3 September 2024). Review the privacy statement and update its date."
    )


def test_a_recipient_and_a_transfer_it_publishes_count_too(clean):
    _dated(clean, date(2024, 6, 1))
    _made_long_ago(clean)
    _touched(clean, Recipient, ids(clean)[RECIPIENT], datetime(2024, 7, 1))
    _touched(clean, Transfer, ids(clean)[TRANSFER], datetime(2024, 8, 1))
    [finding] = _found(clean)
    # The latest change first.
    assert "publiceert: India — Helpdeskleverancier, Helpdeskleverancier (laatst op 1 augustus 2024)." in (
        finding.message("nl")
    )
    assert "India — Helpdesk supplier, Helpdesk supplier (last on 1 August 2024)." in finding.message("en")


def test_an_activity_changed_before_the_statement_date_is_quiet(clean):
    _dated(clean, date(2024, 6, 1))
    _made_long_ago(clean)
    _touched(clean, ProcessingActivity, ids(clean)[ACTIVITY], datetime(2024, 5, 31, 23, 0))
    assert _found(clean) == []


def test_an_activity_the_statement_leaves_out_is_quiet(clean):
    """A draft is not published (register.views.published): its changes do not date the statement."""
    draft = add(clean, ACTIVITY, name=both("Nieuwsbrief", "Newsletter"), status="draft", in_statement=True)
    _dated(clean, date(2024, 6, 1))
    _made_long_ago(clean)
    _touched(clean, ProcessingActivity, draft, datetime(2024, 9, 3))
    assert _found(clean) == []


def test_what_was_there_when_the_register_was_made_is_quiet(clean):
    """A register made (or imported) after the statement date: every timestamp is of that day,
    which says nothing about what changed since the statement (the demo is such a register)."""
    _dated(clean, date(2018, 7, 1))
    assert _found(clean) == []


@pytest.mark.parametrize(
    "language, reference, article",
    [("nl", "Artikel", "art. 12 lid 1, art. 13 AVG"), ("en", "Reference", "Art. 12(1), Art. 13 GDPR")],
)
def test_ropa_rules_lists_it(ropa, language, reference, article):
    code, out, err = ropa("rules", "--format", "md", "--lang", language)
    assert (code, err) == (0, "")
    block = out.split(f"- **Id:** `{RULE}`", 1)
    assert len(block) == 2
    assert block[1].split("\n")[2] == f"- **{reference}:** {article}"
