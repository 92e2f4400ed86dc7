"""Retention that ends nowhere (Art. 5(1)(e)): "indefinitely", an exception "unless still needed
for other purposes", and "no longer than necessary" without an event or a period."""

from __future__ import annotations

import pytest
from registers import TODAY, both, change, ids, retention_rule

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import run_rules
from ropa_desktop.register.kinds import ACTIVITY

INDEFINITE, OPEN, VAGUE = "retention.indefinite", "retention.open_exception", "retention.vague"
RULES_TESTED = {INDEFINITE, OPEN}


def _found(register, rule: str):
    return run_rules(read_context(register, TODAY), only={rule})


def _keep(register, nl: str, en: str, **values) -> None:
    """One retention rule besides the clean register's own, worded ``nl``/``en``."""
    rule = retention_rule(wording=both(nl, en), **values)
    change(register, ACTIVITY, ids(register)[ACTIVITY], retention_rules=[retention_rule(), rule])


def test_data_kept_indefinitely(clean):
    _keep(
        clean,
        "Wij bewaren deze gegevens voor onbepaalde tijd.",
        "We keep these data indefinitely.",
        period_value=None,
        period_unit=None,
        starts_from={},
    )
    [finding] = _found(clean, INDEFINITE)
    assert (finding.severity, finding.kind, finding.field, finding.row) == (
        Severity.WARNING,
        ACTIVITY,
        "retention_rules",
        1,
    )
    assert finding.message("nl") == "Klantenservice: bewaarregel 2 bewaart de gegevens onbeperkt."
    assert finding.message("en") == "Customer service: retention rule 2 keeps the data indefinitely."


@pytest.mark.parametrize(
    ("nl", "en"),
    [
        (
            "Wij bewaren uw gegevens niet onbeperkt, maar 2 jaar na afloop van de overeenkomst.",
            "Your data are kept not indefinitely but for 2 years after the contract ends.",
        ),
        ("Na 2 jaar worden uw gegevens permanent verwijderd.", "After 2 years your data are permanently deleted."),
    ],
    ids=["not indefinitely", "permanently deleted"],
)
def test_near_miss_words_that_end_the_retention(clean, nl, en):
    _keep(clean, nl, en)
    assert _found(clean, INDEFINITE) == []


def test_a_period_with_an_open_exception(clean):
    _keep(
        clean,
        "Na afloop van de overeenkomst worden uw gegevens verwijderd, tenzij zij nog noodzakelijk zijn "
        "voor andere doeleinden.",
        "Once the contract has ended your data are deleted, unless they are still needed for other purposes.",
    )
    [finding] = _found(clean, OPEN)
    assert (finding.severity, finding.row) == (Severity.WARNING, 1)
    assert (
        "bewaarregel 2 maakt een uitzondering voor gegevens die ‘nog nodig zijn voor andere doeleinden’"
        in finding.message("nl")
    )
    assert "retention rule 2 makes an exception for data ‘still needed for other purposes’" in finding.message("en")


def test_near_miss_an_exception_that_names_its_law(clean):
    _keep(
        clean,
        "Na afloop van de overeenkomst worden uw gegevens verwijderd, tenzij de fiscale bewaarplicht "
        "(7 jaar, art. 52 AWR) langer bewaren vereist.",
        "Once the contract has ended your data are deleted, unless the tax retention duty (7 years) requires "
        "keeping them longer.",
    )
    assert _found(clean, OPEN) == []


def test_no_longer_than_necessary_is_vague(clean):
    _keep(
        clean,
        "Wij bewaren uw gegevens niet langer dan noodzakelijk.",
        "We keep your data no longer than necessary.",
        period_value=None,
        period_unit=None,
        starts_from={},
    )
    assert [(f.rule, f.row) for f in _found(clean, VAGUE)] == [(VAGUE, 1)]


def test_near_miss_no_longer_than_necessary_with_an_end(clean):
    _keep(
        clean,
        "Niet langer dan noodzakelijk: uiterlijk 2 jaar na afloop van de overeenkomst.",
        "No longer than necessary: at most 2 years after the contract ends.",
        period_value=None,
        period_unit=None,
        starts_from={},
    )
    assert _found(clean, VAGUE) == []
