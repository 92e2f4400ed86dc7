"""The demo register, read as a regulator would: every finding it gives, each one backed by
the demo's own internal notes (resources/demo/connaxis.toml), and nothing more."""

from __future__ import annotations

from registers import TODAY

from ropa_desktop.checks.run import check_register
from ropa_desktop.documents.statement.completeness import Status, check_statement

# (severity, rule, kind, item (nl), field, row), in the order check_register gives them.
DEMO_FINDINGS = [
    # The 2018 statement names no safeguard for Bolivia: Art. 13(1)(f) is not met
    # (notes of the transfers bo-cochabamba and bo-santa-cruz).
    ("error", "statement.incomplete", "statement",
     "Doorgifte buiten de EER: adequaatheidsbesluit of waarborg, en hoe een kopie te krijgen", "tool", None),
    # "Bolivia heeft geen adequaatheidsbesluit … Een intern beveiligingsbeleid is geen doorgifte-instrument."
    ("error", "transfer.no_tool", "transfer", "Bolivia — Connaxis, vestiging Cochabamba", "tool", None),
    ("error", "transfer.no_tool", "transfer", "Bolivia — Connaxis, vestiging Santa Cruz", "tool", None),
    # Sollicitaties: "De verklaring noemt geen manier om toestemming in te trekken (art. 7 lid 3 …)".
    ("warning", "consent.no_withdrawal", "activity", "Sollicitaties", "purposes", 0),
    # Kwaliteitsdoeleinden and Business to business contact: "Geen belangenafweging (LIA) vastgelegd."
    ("warning", "legitimate_interest.no_assessment", "activity", "Kwaliteitsdoeleinden", "purposes", 0),
    ("warning", "legitimate_interest.no_assessment", "activity", "Business to business contact", "purposes", 0),
    # "De bewaartermijn ('zolang van belang') is geen toetsbaar criterium" (both activities).
    ("warning", "retention.vague", "activity", "Kwaliteitsdoeleinden", "retention_rules", 0),
    ("warning", "retention.vague", "activity", "Business to business contact", "retention_rules", 0),
]


def test_the_demo_gives_exactly_the_findings_its_notes_announce(demo_register):
    findings = check_register(demo_register, TODAY)
    assert [(f.severity.value, f.rule, f.kind, f.item_name("nl"), f.field, f.row) for f in findings] == DEMO_FINDINGS


def test_the_demo_findings_read_well(demo_register):
    by_rule = {}
    for finding in check_register(demo_register, TODAY):
        by_rule.setdefault(finding.rule, []).append(finding)
    assert [f.message("en") for f in by_rule["transfer.no_tool"]] == [
        "Transfer to Bolivia — Connaxis, Cochabamba office: Bolivia has no adequacy decision and no transfer tool "
        "is on record.",
        "Transfer to Bolivia — Connaxis, Santa Cruz office: Bolivia has no adequacy decision and no transfer tool "
        "is on record.",
    ]
    [statement] = by_rule["statement.incomplete"]
    assert statement.message("nl").endswith("(Art. 13(1)(f)). Dit ontbreekt voor: Bolivia.")
    assert statement.message("en").endswith("(Art. 13(1)(f)). This is missing for: Bolivia.")


def test_the_statement_rule_and_the_statement_check_agree(demo_register):
    missing = [item for item in check_statement(demo_register, "en") if item.status is Status.MISSING]
    findings = [f for f in check_register(demo_register, TODAY) if f.rule == "statement.incomplete"]
    assert [(item.key, item.subjects) for item in missing] == [("13.1.f", ("Bolivia",))]
    assert [f.values["requirement"] for f in findings] == [item.key for item in missing]
