"""Retention as officers write it (issue 14 point 7): "Account lifetime + 30 days" is 30 days
from the end of the account, never "30 days; Account lifetime +"; several cases in one cell
keep their own wording each; German and French wordings. Read alone and through an import."""

from __future__ import annotations

import pytest
from workbooks import foreign_workbook

from ropa_desktop.documents.importing.recognise import Retention, retention
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import create_register


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Account lifetime + 30 days", Retention(30, "days", "end of the account", "", True)),
        ("durée du contrat + 3 ans", Retention(3, "years", "fin du contrat", "", True)),
        ("Looptijd contract + 7 jaar", Retention(7, "years", "einde contract", "", True)),
        ("Vertragslaufzeit + 3 Jahre", Retention(3, "years", "Ende der Vertragslaufzeit", "", True)),
        ("Jusqu'à la fin de la saison + 1 an", Retention(1, "years", "la fin de la saison", "", True)),
        ("10 Jahre nach Ende des Geschäftsjahres", Retention(10, "years", "nach Ende des Geschäftsjahres", "")),
        (
            "6 Monate nach Abschluss des Bewerbungsverfahrens",
            Retention(6, "months", "nach Abschluss des Bewerbungsverfahrens", ""),
        ),
        ("5 ans après la fin du contrat", Retention(5, "years", "après la fin du contrat", "")),
        ("zwei Jahre", Retention(2, "years", "", "")),
        ("Löschfrist: 10 Jahre", Retention(10, "years", "", "")),
        # Near miss: a "+" after words that name no duration: the wording is kept whole, never garbled.
        ("Quartalsabschluss + 30 days", Retention(30, "days", "", "Quartalsabschluss + 30 days")),
    ],
)
def test_retention_wordings(text, expected):
    assert retention(text) == expected


HEADERS = ["Activity", "Purpose", "Retention"]
ROWS = [
    HEADERS,
    ["Accounts", "Provide the service", "Account lifetime + 30 days"],
    ["Customers", "Serve customers", "Klanten: 7 jaar na einde contract; prospects: 1 jaar na laatste contact"],
    ["Recruitment", "Hire staff", "4 weken na het laatste contact, met toestemming 1 jaar"],
    ["Payroll", "Pay staff", "7 jaar, na afloop boekjaar"],
    ["Applicants", "Hire", "if you were not hired: 4 weeks after the end of the procedure; on request earlier"],
]


@pytest.fixture
def rules(tmp_path):
    register = create_register(tmp_path / "r.ropa", "Start-up", language="en")
    import_workbook(register, foreign_workbook(tmp_path / "r.xlsx", ROWS))
    found = {}
    for item in operations.order(register, kinds.ACTIVITY):
        snap = operations.read(register, kinds.ACTIVITY, item)
        found[snap["name"]["en"]] = [
            (
                r["period_value"],
                str(r["period_unit"]) if r["period_unit"] else None,
                r["starts_from"].get("en", ""),
                r["condition"].get("en", ""),
                r["wording"].get("en", ""),
            )
            for r in snap["retention_rules"]
        ]
    return found


def test_a_period_after_a_duration_runs_from_its_end(rules):
    assert rules["Accounts"] == [(30, "days", "end of the account", "", "Account lifetime + 30 days")]


def test_several_cases_in_one_cell_are_a_rule_each_with_its_own_wording(rules):
    assert rules["Customers"] == [
        (7, "years", "na einde contract", "Klanten", "Klanten: 7 jaar na einde contract"),
        (1, "years", "na laatste contact", "prospects", "prospects: 1 jaar na laatste contact"),
    ]
    assert [(v, u, wording) for v, u, _, _, wording in rules["Recruitment"]] == [
        (4, "weeks", "4 weken na het laatste contact"),
        (1, "years", "met toestemming 1 jaar"),
    ]


def test_a_comma_before_what_a_period_runs_from_is_one_rule(rules):
    """The near miss of the cases: only one part has a period."""
    assert [(v, u) for v, u, *_ in rules["Payroll"]] == [(7, "years")]
    assert [(v, u, condition) for v, u, _, condition, _ in rules["Applicants"]] == [
        (4, "weeks", "if you were not hired")
    ]
