"""What shows a transfer tool holds: BCR with their approval (Art. 47), a Data Privacy
Framework certification with the day it was checked, an adequacy decision still in force."""

from __future__ import annotations

from datetime import date

import pytest
from registers import TODAY, change, ids

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register.kinds import RECIPIENT, TRANSFER

BCR, DPF, EXPIRED = "transfer.bcr_unapproved", "transfer.certification_unverified", "transfer.adequacy_expired"
RULES_TESTED = {BCR, DPF, EXPIRED}
UK_END = date(2031, 12, 27)


def _found(register, rule: str, today: date = TODAY):
    return run_rules(read_context(register, today), only={rule})


def _transfer(register, **values) -> None:
    change(register, TRANSFER, ids(register)[TRANSFER], **values)


def _certified_us_transfer(register, **values) -> None:
    change(register, RECIPIENT, ids(register)[RECIPIENT], partial_adequacy_certified=True)
    _transfer(register, country_code="US", tool="adequacy", tia_date=None, **values)


def test_bcr_without_an_approval_on_record(clean):
    _transfer(clean, tool="binding_corporate_rules", tool_reference="")
    [finding] = _found(clean, BCR)
    assert (finding.severity, finding.kind, finding.item_id, finding.field) == (
        Severity.ERROR,
        TRANSFER,
        ids(clean)[TRANSFER],
        "tool_reference",
    )
    assert "de goedkeuring door de bevoegde toezichthoudende autoriteit is niet vastgelegd" in finding.message("nl")
    assert finding.message("en") == (
        "Transfer to India — Helpdesk supplier: the transfer tool on record is binding corporate rules (BCRs), but "
        "their approval by the competent supervisory authority is not on record."
    )


def test_near_miss_bcr_with_the_approving_authority(clean):
    _transfer(
        clean,
        tool="binding_corporate_rules",
        tool_reference="BCR goedgekeurd door de Autoriteit Persoonsgegevens, besluit z2024-01234",
    )
    assert _found(clean, BCR) == []


def test_dpf_reliance_without_the_day_the_certification_was_checked(clean):
    _certified_us_transfer(clean, tool_reference="Uitvoeringsbesluit (EU) 2023/1795", notes="")
    [finding] = _found(clean, DPF)
    assert (finding.severity, finding.field) == (Severity.WARNING, "tool_reference")
    assert "certificering onder het EU-VS Data Privacy Framework" in finding.message("nl")
    assert finding.message("en") == (
        "Transfer to United States — Helpdesk supplier: the transfer relies on certification under the EU-US Data "
        "Privacy Framework, but the date on which that certification was checked is not on record."
    )


@pytest.mark.parametrize(
    "values",
    [
        {"tool_reference": "DPF-lijst gecontroleerd op 2026-11-01"},
        {"tool_reference": "Besluit (EU) 2023/1795", "notes": "Certificering nagekeken 3-11-2026."},
    ],
    ids=["date in the reference", "date in the notes"],
)
def test_near_miss_dpf_reliance_with_the_day_it_was_checked(clean, values):
    _certified_us_transfer(clean, **values)
    assert _found(clean, DPF) == []


def test_near_miss_japan_relies_on_no_certification_list(clean):
    change(clean, RECIPIENT, ids(clean)[RECIPIENT], partial_adequacy_certified=True)
    _transfer(clean, country_code="JP", tool="adequacy", tia_date=None, tool_reference="")
    assert _found(clean, DPF) == []


@pytest.mark.parametrize("tool", ["adequacy", "none"])
def test_an_adequacy_decision_past_its_end_date(clean, tool):
    _transfer(clean, country_code="GB", tool=tool, tia_date=None)
    [finding] = _found(clean, EXPIRED, date(2031, 12, 28))
    assert (finding.severity, finding.field) == (Severity.ERROR, "tool")
    assert finding.message("nl") == (
        "Doorgifte naar Verenigd Koninkrijk — Helpdeskleverancier: het adequaatheidsbesluit voor Verenigd Koninkrijk "
        "gold tot en met 2031-12-27; de doorgifte heeft nu een ander doorgifte-instrument nodig."
    )
    assert "applied until 2031-12-27; the transfer now needs another transfer tool" in finding.message("en")


def test_near_miss_the_last_day_of_an_adequacy_decision(clean):
    _transfer(clean, country_code="GB", tool="adequacy", tia_date=None)
    assert _found(clean, EXPIRED, UK_END) == []


def test_near_miss_standard_clauses_after_the_decision_ended(clean):
    _transfer(clean, country_code="GB", tool="standard_contractual_clauses")
    assert _found(clean, EXPIRED, date(2032, 6, 1)) == []
