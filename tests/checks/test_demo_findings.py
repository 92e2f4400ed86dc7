"""The demo register, read as a regulator would: every finding it gives, each one backed by
the demo's own internal notes (resources/demo/connaxis.toml), and nothing more."""

from __future__ import annotations

from registers import TODAY

from ropa_desktop.checks.run import check_register
from ropa_desktop.documents.statement.completeness import Status, check_statement

# (severity, rule, kind, item (nl), field, row), in the order check_register gives them.
DEMO_FINDINGS = [
    # The website's cookies (Google Analytics, social media) collect visitors' data, but no activity
    # records that processing with its purpose, basis and retention (Art. 30(1)). Note of the transfer
    # us-google: "geen van de activiteiten in de verklaring gaat over de website".
    ("error", "cookie.no_activity", "cookie", "", "", None),
    # Connaxis processes "in opdracht en naam van onze opdrachtgevers": the clients need an Art. 28(3)
    # agreement and contact details (Art. 30(2)(a)), and the group offices that work on those data are
    # sub-processors needing an agreement (Art. 28(4)). Notes of opdrachtgevers and the connaxis-* offices.
    (
        "error",
        "processor.client_no_agreement",
        "recipient",
        "Opdrachtgevers (klanten) van Connaxis",
        "dpa_reference",
        None,
    ),
    ("error", "processor.client_no_contact", "recipient", "Opdrachtgevers (klanten) van Connaxis", "contact", None),
    ("error", "processor.group_no_agreement", "recipient", "Connaxis, vestiging Krakau", "dpa_reference", None),
    ("error", "processor.group_no_agreement", "recipient", "Connaxis, vestiging Buenos Aires", "dpa_reference", None),
    ("error", "processor.group_no_agreement", "recipient", "Connaxis, vestiging Cochabamba", "dpa_reference", None),
    ("error", "processor.group_no_agreement", "recipient", "Connaxis, vestiging Santa Cruz", "dpa_reference", None),
    # The 2018 statement names no safeguard for Bolivia: Art. 13(1)(f) is not met
    # (notes of the transfers bo-cochabamba and bo-santa-cruz).
    (
        "error",
        "statement.incomplete",
        "statement",
        "Doorgifte buiten de EER: adequaatheidsbesluit of waarborg, en hoe een kopie te krijgen",
        "tool",
        None,
    ),
    # "Bolivia heeft geen adequaatheidsbesluit … Een intern beveiligingsbeleid is geen doorgifte-instrument."
    ("error", "transfer.no_tool", "transfer", "Bolivia — Connaxis, vestiging Cochabamba", "tool", None),
    ("error", "transfer.no_tool", "transfer", "Bolivia — Connaxis, vestiging Santa Cruz", "tool", None),
    # Sollicitaties rests on the applicants' consent, rarely free towards an employer (EDPB Guidelines
    # 05/2020, 21); the notes: "Overwegen of 'maatregelen vóór het sluiten van een overeenkomst' … passender is".
    ("warning", "consent.employees", "activity", "Sollicitaties", "purposes", 0),
    # Sollicitaties: "De verklaring noemt geen manier om toestemming in te trekken (art. 7 lid 3 …)".
    ("warning", "consent.no_withdrawal", "activity", "Sollicitaties", "purposes", 0),
    # Job applicants and employees are vulnerable data subjects (WP248 criterion 7): one criterion, and
    # "niet vereist" with no reason on record. The other controller activities say "niet vereist" with no
    # screening at all (Art. 35(1), Art. 5(2)): the 2018 statement records none.
    ("warning", "dpia.consider", "activity", "Sollicitaties", "dpia_reference", None),
    ("warning", "dpia.not_required_unscreened", "activity", "Onze dienstverlening", "dpia_screening", None),
    ("warning", "dpia.not_required_unscreened", "activity", "Wettelijke plichten", "dpia_screening", None),
    ("warning", "dpia.not_required_unscreened", "activity", "Kwaliteitsdoeleinden", "dpia_screening", None),
    ("warning", "dpia.not_required_unscreened", "activity", "Business to business contact", "dpia_screening", None),
    ("warning", "dpia.not_required_unscreened", "activity", "Administratie", "dpia_screening", None),
    # Administratie's "wettelijke (bewaar)plichten" name no law (Art. 6(3)); Wettelijke plichten names
    # art. 52 AWR, which the notes say this activity overlaps with.
    ("warning", "legal_basis.no_law", "activity", "Administratie", "purposes", 1),
    # Kwaliteitsdoeleinden and Business to business contact: "Geen belangenafweging (LIA) vastgelegd."
    ("warning", "legitimate_interest.no_assessment", "activity", "Kwaliteitsdoeleinden", "purposes", 0),
    ("warning", "legitimate_interest.no_assessment", "activity", "Business to business contact", "purposes", 0),
    # The same gap seen from the catalogue: "Websitebezoekers" and the transfer to Google in the US
    # (Google Analytics) belong to no processing activity (Art. 30(1)(c), (e)).
    ("warning", "orphan.data_subject", "data_subject", "Websitebezoekers", "", None),
    ("warning", "orphan.transfer", "transfer", "Verenigde Staten — Google", "", None),
    # Onze dienstverlening: deleted after the contract "tenzij zij nog noodzakelijk zijn voor andere
    # doeleinden", an exception with no purpose or period (Art. 5(1)(e)).
    ("warning", "retention.open_exception", "activity", "Onze dienstverlening", "retention_rules", 0),
    # "De bewaartermijn ('zolang van belang') is geen toetsbaar criterium" (both activities).
    ("warning", "retention.vague", "activity", "Kwaliteitsdoeleinden", "retention_rules", 0),
    ("warning", "retention.vague", "activity", "Business to business contact", "retention_rules", 0),
    # The statement says "Laatste wijziging: juli 2018" but names Google's certification under the EU-US
    # Data Privacy Framework, whose adequacy decision dates from 10 July 2023: the date misleads (Art. 12(1)).
    # Note of us-google: "noemt dit besluit van 10 juli 2023: … de datum bijwerken".
    ("warning", "statement.date_stale", "organisation", "Connaxis B.V.", "statement_date", None),
    # Google's transfer rests on its Data Privacy Framework certification, which the notes say to check
    # "periodiek … op dataprivacyframework.gov": no date of a check is on record.
    ("warning", "transfer.certification_unverified", "transfer", "Verenigde Staten — Google", "tool_reference", None),
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
    assert statement.message("nl").endswith("(art. 13 lid 1 onder f). Dit ontbreekt voor: Bolivia.")
    assert statement.message("en").endswith("(Art. 13(1)(f)). This is missing for: Bolivia.")


def test_the_statement_rule_and_the_statement_check_agree(demo_register):
    missing = [item for item in check_statement(demo_register, "en") if item.status is Status.MISSING]
    findings = [f for f in check_register(demo_register, TODAY) if f.rule == "statement.incomplete"]
    assert [(item.key, item.subjects) for item in missing] == [("13.1.f", ("Bolivia",))]
    assert [f.values["requirement"] for f in findings] == [item.key for item in missing]
