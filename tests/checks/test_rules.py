"""Compliance rules: the clean register yields nothing; one change to it yields each finding,
with its rule, severity, item, field and words; and near misses stay quiet."""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from registers import (
    ACTIVITY_NAME,
    ORGANISATION_NAME,
    PROCESSOR_NAME,
    TODAY,
    add,
    both,
    change,
    clean_register,
    ids,
    purpose,
    retention_rule,
)

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import REFERENCE_DATA, STATEMENT, Severity
from ropa_desktop.checks.rule import RULES, rule_ids_with_texts, rule_text
from ropa_desktop.checks.run import check_register, run_rules
from ropa_desktop.register import operations
from ropa_desktop.register.kinds import ACTIVITY, DATA_CATEGORY, DATA_SUBJECT, ORGANISATION, RECIPIENT, TRANSFER
from ropa_desktop.register.storage import Register

TRANSFER_NAME = {"nl": "India — Helpdeskleverancier", "en": "India — Helpdesk supplier"}
DPO = {
    "name": "FG",
    "attention": "",
    "address": "",
    "postal_code": "",
    "city": "",
    "country_code": "NL",
    "email": "fg@schoon.example",
    "phone": "",
    "website": "",
}


def test_the_register_helper_builds_a_clean_register(tmp_path):
    register = clean_register(tmp_path)
    try:
        assert check_register(register, TODAY) == []
    finally:
        register.close()


def test_the_clean_register_has_no_findings(clean):
    assert check_register(clean, TODAY) == []


# --- changes to the clean register ------------------------------------------------------------


def _activity(register, **values) -> None:
    change(register, ACTIVITY, ids(register)[ACTIVITY], **values)


def _transfer(register, **values) -> None:
    change(register, TRANSFER, ids(register)[TRANSFER], **values)


def _processor(register, **values) -> None:
    change(register, RECIPIENT, ids(register)[RECIPIENT], **values)


def _organisation(register, **values) -> None:
    change(register, ORGANISATION, ids(register)[ORGANISATION], **values)


def _with_category(register, kind: str, **activity) -> int:
    """Link a new data category of ``kind`` to the activity (and change it further)."""
    category = add(
        register,
        DATA_CATEGORY,
        name=both(f"Gegevens ({kind})", f"Data ({kind})"),
        kind=kind,
        special_category="health" if kind == "special" else None,
    )
    links = [{"id": ids(register)[DATA_CATEGORY], "wording": {}}, {"id": category, "wording": {}}]
    _activity(register, data_categories=links, **activity)
    return category


def _screened(register, status: str, *criteria: str) -> None:
    _activity(register, dpia_screening={key: True for key in criteria}, dpia_status=status)


def _client_processor_activity(register, **values) -> None:
    client = add(
        register,
        RECIPIENT,
        name=both("Opdrachtgever", "Client"),
        kind="client_controller",
        contact="privacy@opdrachtgever.example",
        dpa_reference="Verwerkersovereenkomst opdrachtgever 2026",
    )
    _activity(register, role="processor", controllers_served=[client], **values)


@dataclass(frozen=True)
class Case:
    rule: str
    severity: Severity
    change: Callable[[Register], object]
    kind: str  # the finding's kind; its item is the one item of that kind in the clean register
    field: str
    nl: str  # words of the Dutch message
    en: str  # words of the English message
    row: int | None = None
    also: frozenset[str] = frozenset()  # other rules the same change rightly triggers
    today: date = TODAY
    name: dict[str, str] | None = None  # the item's name, where not that of the clean register's item

    def __str__(self) -> str:
        return self.rule


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741 (the severities' initials, as in the tables below)
STATEMENT_TOO = frozenset({"statement.incomplete"})

CASES = [
    # Art. 30(1): the controller's entry.
    Case(
        "record.no_purpose",
        E,
        lambda r: _activity(r, purposes=[purpose(description={})]),
        ACTIVITY,
        "purposes",
        "geen doel",
        "no purpose",
    ),
    Case(
        "record.purpose_without_basis",
        E,
        lambda r: _activity(r, purposes=[purpose(legal_basis="")]),
        ACTIVITY,
        "purposes",
        "doel 1 heeft geen grondslag",
        "purpose 1 has no legal basis",
        row=0,
        also=STATEMENT_TOO,
    ),
    Case(
        "record.no_data_subjects",
        E,
        lambda r: _activity(r, data_subject_categories=[]),
        ACTIVITY,
        "data_subject_categories",
        "geen categorieën betrokkenen",
        "no categories of data subjects",
        also=frozenset({"orphan.data_subject"}),
    ),  # the customers are now in no activity at all
    Case(
        "record.no_data_categories",
        E,
        lambda r: _activity(r, data_categories=[]),
        ACTIVITY,
        "data_categories",
        "geen categorieën persoonsgegevens",
        "no categories of personal data",
        also=STATEMENT_TOO,
    ),
    Case(
        "record.no_recipients",
        W,
        lambda r: _activity(r, recipients=[]),
        ACTIVITY,
        "recipients",
        "Bevestig dat niemand de gegevens ontvangt",
        "Confirm that no one receives the data",
        also=STATEMENT_TOO,
    ),
    Case(
        "record.no_retention",
        W,
        lambda r: _activity(r, retention_rules=[]),
        ACTIVITY,
        "retention_rules",
        "geen bewaartermijn",
        "no retention period",
        also=STATEMENT_TOO,
    ),
    Case(
        "record.no_security",
        W,
        lambda r: _activity(r, security_measures=[]),
        ACTIVITY,
        "security_measures",
        "beveiligingsmaatregelen",
        "security measures",
    ),
    Case(
        "record.no_joint_controller",
        E,
        lambda r: _activity(r, role="joint_controller"),
        ACTIVITY,
        "joint_controllers",
        "geen andere verwerkingsverantwoordelijke",
        "no other controller",
    ),
    # Art. 30(2): the processor's entry.
    Case(
        "record.no_controller_served",
        E,
        lambda r: _activity(r, role="processor"),
        ACTIVITY,
        "controllers_served",
        "voor wie wij dat doen",
        "on whose behalf we act",
    ),
    Case(
        "record.no_processing_categories",
        E,
        lambda r: _client_processor_activity(
            r, purposes=[purpose(description={}, legal_basis="")], internal_description="", public_explanation={}
        ),
        ACTIVITY,
        "purposes",
        "geen doel en geen beschrijving",
        "no purpose and no description",
    ),
    # Art. 9, Art. 10, UAVG art. 46.
    Case(
        "special_data.no_condition",
        E,
        lambda r: _with_category(r, "special"),
        ACTIVITY,
        "purposes",
        "bijzondere persoonsgegevens (Gegevens (special))",
        "special category data (Data (special)), but no purpose names an Art. 9(2) condition",
    ),
    Case(
        "criminal_data.no_authorisation",
        E,
        lambda r: _with_category(r, "criminal"),
        ACTIVITY,
        "criminal_data_authorisation",
        "strafrechtelijke gegevens (Gegevens (criminal))",
        "which law allows it",
    ),
    Case(
        "national_id.no_legal_basis",
        E,
        lambda r: _with_category(r, "national_id"),
        ACTIVITY,
        "national_id_legal_basis",
        "burgerservicenummer",
        "citizen service number",
    ),
    # Art. 6(1)(f), Art. 7(3).
    Case(
        "legitimate_interest.not_described",
        E,
        lambda r: _activity(r, purposes=[purpose(legal_basis="legitimate_interests", lia_reference="LIA-1")]),
        ACTIVITY,
        "purposes",
        "dat belang is niet beschreven",
        "the interest is not described",
        row=0,
        also=STATEMENT_TOO,
    ),
    Case(
        "legitimate_interest.no_assessment",
        W,
        lambda r: _activity(
            r,
            purposes=[
                purpose(
                    legal_basis="legitimate_interests", legitimate_interest=both("fraude voorkomen", "preventing fraud")
                )
            ],
        ),
        ACTIVITY,
        "purposes",
        "belangenafweging (LIA)",
        "balancing test (LIA)",
        row=0,
    ),
    Case(
        "consent.no_withdrawal",
        W,
        lambda r: _activity(r, purposes=[purpose(legal_basis="consent")]),
        ACTIVITY,
        "purposes",
        "hoe die kan worden ingetrokken",
        "how it can be withdrawn",
        row=0,
    ),
    # Chapter V: transfers.
    Case(
        "transfer.no_country",
        E,
        lambda r: _transfer(r, country_code=""),
        TRANSFER,
        "country_code",
        "geen land",
        "no country",
        name={"nl": "Helpdeskleverancier", "en": "Helpdesk supplier"},
    ),
    Case(
        "transfer.no_tool",
        E,
        lambda r: _transfer(r, tool="none"),
        TRANSFER,
        "tool",
        "India heeft geen adequaatheidsbesluit",
        "India has no adequacy decision",
        also=STATEMENT_TOO,
    ),
    Case(
        "transfer.no_adequacy",
        E,
        lambda r: _transfer(r, tool="adequacy"),
        TRANSFER,
        "tool",
        "voor India heeft de Europese Commissie geen adequaatheidsbesluit genomen",
        "no adequacy decision for India",
        also=STATEMENT_TOO,
    ),
    Case(
        "transfer.partial_adequacy_uncertified",
        E,
        lambda r: _transfer(r, country_code="US", tool="adequacy"),
        TRANSFER,
        "tool",
        "Data Privacy Framework",
        "Data Privacy Framework",
        name={"nl": "Verenigde Staten — Helpdeskleverancier", "en": "United States — Helpdesk supplier"},
    ),
    Case(
        "transfer.art49_regular",
        E,
        lambda r: _transfer(r, tool="art49_explicit_consent"),
        TRANSFER,
        "tool",
        "incidentele doorgifte, maar deze doorgifte hoort bij de actieve verwerking(en) Klantenservice",
        "occasional transfers, but this transfer belongs to the active processing activity (or activities) "
        "Customer service",
    ),
    Case(
        "transfer.no_tia",
        W,
        lambda r: _transfer(r, tia_date=None),
        TRANSFER,
        "tia_date",
        "doorgiftetoetsing (TIA)",
        "transfer impact assessment (TIA)",
    ),
    # Art. 28.
    Case(
        "processor.no_agreement",
        E,
        lambda r: _processor(r, dpa_reference="", dpa_signed=None),
        RECIPIENT,
        "dpa_reference",
        "geen verwerkersovereenkomst",
        "no data processing agreement",
    ),
    Case(
        "processor.agreement_ended",
        E,
        lambda r: _processor(r, dpa_end=date(2026, 10, 31)),
        RECIPIENT,
        "dpa_end",
        "op 2026-10-31 geëindigd",
        "ended on 2026-10-31",
    ),
    # Retention.
    Case(
        "retention.vague",
        W,
        lambda r: _activity(
            r,
            retention_rules=[
                retention_rule(
                    period_value=None,
                    period_unit=None,
                    starts_from={},
                    criterion=both("Zolang relevant.", "As long as relevant."),
                    wording=both(
                        "Wij bewaren deze gegevens zolang ze relevant zijn.",
                        "We keep these data as long as they are relevant.",
                    ),
                )
            ],
        ),
        ACTIVITY,
        "retention_rules",
        "geen toetsbaar criterium",
        "testable criterion",
        row=0,
    ),
    Case(
        "retention.empty",
        W,
        lambda r: _activity(
            r,
            retention_rules=[
                retention_rule(),
                retention_rule(period_value=None, period_unit=None, starts_from={}, wording={}),
            ],
        ),
        ACTIVITY,
        "retention_rules",
        "bewaarregel 2 noemt geen termijn",
        "retention rule 2 gives no period",
        row=1,
    ),
    # Art. 35.
    Case(
        "dpia.not_done",
        E,
        lambda r: _screened(r, "required", "ap.employee_monitoring"),
        ACTIVITY,
        "dpia_status",
        "DPIA vereist (Controle werknemers)",
        "DPIA is required (Employee monitoring), but none has been carried out",
    ),
    Case(
        "dpia.in_progress",
        W,
        lambda r: _screened(r, "in_progress", "wp248.large_scale", "wp248.evaluation_scoring"),
        ACTIVITY,
        "dpia_status",
        "nog niet afgerond",
        "not been completed",
    ),
    Case(
        "dpia.wrongly_not_required",
        E,
        lambda r: _screened(r, "not_required", "wp248.large_scale", "wp248.evaluation_scoring"),
        ACTIVITY,
        "dpia_status",
        "‘niet vereist’",
        "‘not required’",
    ),
    Case(
        "dpia.not_screened",
        W,
        lambda r: _with_category(
            r, "special", dpia_status="not_screened", purposes=[purpose(special_category_condition="explicit_consent")]
        ),
        ACTIVITY,
        "dpia_status",
        "niet op de noodzaak van een DPIA gescreend",
        "not been screened",
    ),
    # Art. 13/14: the statement.
    Case(
        "statement.incomplete",
        E,
        lambda r: _activity(r, provision_consequence={}),
        STATEMENT,
        "provision_consequence",
        "(art. 13 lid 2 onder e). Dit ontbreekt voor: Klantenservice.",
        "(Art. 13(2)(e)). This is missing for: Customer service.",
    ),
    # The organisation.
    Case(
        "organisation.no_contact",
        E,
        lambda r: _organisation(r, privacy_contact=None, email="", phone=""),
        ORGANISATION,
        "privacy_contact",
        "geen privacycontact",
        "no privacy contact",
    ),
    Case(
        "organisation.public_body_no_dpo",
        E,
        lambda r: _organisation(r, public_authority=True),
        ORGANISATION,
        "dpo",
        "is een overheidsinstantie of -orgaan, maar er is geen functionaris",
        "is a public authority or body, but no data protection officer is on record",
    ),
    Case(
        "organisation.no_dpo",
        W,
        lambda r: _screened(r, "done", "wp248.systematic_monitoring", "wp248.large_scale"),
        ORGANISATION,
        "dpo",
        "stelselmatig mensen volgt (art. 37 lid 1 onder b) (Klantenservice)",
        "systematic monitoring on a large scale (Art. 37(1)(b)) (Customer service)",
    ),
    # Reference data.
    Case(
        "reference.adequacy_list_old",
        I,
        lambda r: None,
        REFERENCE_DATA,
        "",
        "is van 2026-06-01, meer dan 12 maanden geleden",
        "dates from 2026-06-01",
        today=date(2027, 6, 2),
    ),
]


def _expected_item(kind: str, register: Register) -> tuple[int | None, dict[str, str]]:
    found = ids(register)
    if kind == ACTIVITY:
        return found[ACTIVITY], ACTIVITY_NAME
    if kind == TRANSFER:
        return found[TRANSFER], TRANSFER_NAME
    if kind == RECIPIENT:
        return found[RECIPIENT], PROCESSOR_NAME
    if kind == ORGANISATION:
        return found[ORGANISATION], {"nl": ORGANISATION_NAME, "en": ORGANISATION_NAME}
    if kind == STATEMENT:
        return None, {
            "nl": "Wettelijke of contractuele verplichting tot verstrekking en de gevolgen",
            "en": "Statutory or contractual requirement to provide the data, and the consequences",
        }
    return None, {"nl": "", "en": ""}


def _rules_tested_elsewhere() -> set[str]:
    """Rules whose trigger and near miss are tested in a file of their own, which says so in
    RULES_TESTED (a set of rule ids)."""
    import importlib

    found: set[str] = set()
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        if path.stem != Path(__file__).stem:
            found |= set(getattr(importlib.import_module(path.stem), "RULES_TESTED", ()))
    return found


def test_every_rule_has_a_case():
    assert {case.rule for case in CASES} | _rules_tested_elsewhere() == set(RULES)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_one_change_triggers_the_rule(case, clean):
    case.change(clean)
    findings = check_register(clean, case.today)
    own = [f for f in findings if f.rule == case.rule]
    assert len(own) == 1, findings
    assert {f.rule for f in findings} - {case.rule} == set(case.also)
    finding = own[0]
    item_id, name = _expected_item(case.kind, clean)
    name = case.name or name
    assert (finding.severity, finding.kind, finding.item_id, finding.field, finding.row) == (
        case.severity,
        case.kind,
        item_id,
        case.field,
        case.row,
    )
    assert finding.severity is RULES[case.rule].severity
    assert finding.item == name
    assert case.nl in finding.message("nl")
    assert case.en in finding.message("en")
    if case.kind not in (STATEMENT, REFERENCE_DATA):
        assert finding.message("nl").find(name["nl"]) >= 0 and finding.message("en").find(name["en"]) >= 0


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_the_clean_register_does_not_trigger_the_rule(rule_id, clean):
    assert run_rules(read_context(clean, TODAY), only={rule_id}) == []


# --- near misses: what looks like a finding but is none -------------------------------------


def _retired_and_wanting(r):
    """What the statement does not read (a retired activity still shows in it, if chosen)."""
    _activity(
        r,
        status="retired",
        role="joint_controller",
        data_subject_categories=[],
        security_measures=[],
        purposes=[
            purpose(legal_basis="legitimate_interests", legitimate_interest=both("belang", "interest")),
            purpose(legal_basis="consent"),
        ],
        retention_rules=[retention_rule(), retention_rule(period_value=None, starts_from={}, wording={})],
    )


def test_the_retired_activity_would_be_found_wanting_if_active(clean):
    _retired_and_wanting(clean)
    _activity(clean, status="active")
    assert [f.rule for f in check_register(clean, TODAY)] == [
        "record.no_data_subjects",
        "record.no_joint_controller",
        "consent.no_withdrawal",
        "legitimate_interest.no_assessment",
        "orphan.data_subject",
        "record.no_security",
        "retention.empty",
    ]


def _draft_with_art49(r):
    _transfer(r, tool="art49_explicit_consent")
    _activity(r, status="draft")


def _retired_and_wanting_alone(r):
    """As above, without the category of data subjects it no longer uses (an orphan then)."""
    _retired_and_wanting(r)
    operations.delete(r, DATA_SUBJECT, ids(r)[DATA_SUBJECT])


QUIET = {
    "a retired activity is not checked": _retired_and_wanting_alone,
    "a processor's purpose needs no basis, legitimate-interest test or consent withdrawal": lambda r: (
        _client_processor_activity(
            r,
            purposes=[
                purpose(legal_basis=""),
                purpose(legal_basis="legitimate_interests", legitimate_interest=both("belang", "interest")),
                purpose(legal_basis="consent"),
            ],
        )
    ),
    "a processor's special data are the controller's to justify": lambda r: (
        _client_processor_activity(r) or _with_category(r, "special")
    ),
    "special data with an Art. 9(2) condition": lambda r: _with_category(
        r, "special", purposes=[purpose(special_category_condition="employment_social_security")]
    ),
    "criminal data with the law that allows them": lambda r: _with_category(
        r, "criminal", criminal_data_authorisation="UAVG art. 33 lid 4"
    ),
    "the BSN with the law that provides for it": lambda r: _with_category(
        r, "national_id", national_id_legal_basis="Wet op de loonbelasting 1964"
    ),
    "a partial adequacy decision for a certified recipient, checked on a given day": lambda r: (
        _processor(r, partial_adequacy_certified=True)
        or _transfer(r, country_code="US", tool="adequacy", tool_reference="DPF-lijst gecontroleerd op 2026-11-01")
    ),
    "a full adequacy decision needs no tool or TIA": lambda r: _transfer(
        r, country_code="AR", tool="adequacy", tia_date=None
    ),
    "a transfer within the EEA is no transfer": lambda r: _transfer(r, country_code="DE", tool="none"),
    "standard clauses to a certified US recipient need no TIA": lambda r: (
        _processor(r, partial_adequacy_certified=True) or _transfer(r, country_code="US", tia_date=None)
    ),
    "an Art. 49 derogation for a draft activity's transfer": _draft_with_art49,
    "a processor with only a signing date has an agreement": lambda r: _processor(r, dpa_reference=""),
    "an agreement ending today is still in force": lambda r: _processor(r, dpa_end=TODAY),
    "one WP248 criterion does not require a DPIA": lambda r: _screened(r, "not_required", "wp248.large_scale"),
    "a required DPIA that is done": lambda r: _screened(r, "done", "ap.location_data"),
    "a draft with special data not yet screened": lambda r: _with_category(
        r,
        "special",
        status="draft",
        dpia_status="not_screened",
        purposes=[purpose(special_category_condition="explicit_consent")],
    ),
    "large scale without monitoring or sensitive data needs no DPO": lambda r: _screened(
        r, "done", "wp248.large_scale", "wp248.evaluation_scoring"
    ),
    "the organisation's own e-mail address reaches it": lambda r: _organisation(r, privacy_contact=None),
    "a public body with a DPO": lambda r: _organisation(r, public_authority=True, dpo=DPO),
    "a retention criterion with a period is testable": lambda r: _activity(
        r,
        retention_rules=[
            retention_rule(
                period_value=None,
                criterion=both(
                    "Zolang de klant actief is, daarna 2 jaar.", "As long as the customer is active, then 2 years."
                ),
            )
        ],
    ),
    "an adequacy list eleven months old": None,
}


# With its one activity a draft or retired, nothing is published: the statement then rightly names
# no recipients (Art. 13(1)(e)). The near miss is that no rule reads the activity itself.
UNPUBLISHED = {
    "a retired activity is not checked",
    "an Art. 49 derogation for a draft activity's transfer",
    "a draft with special data not yet screened",
}


@pytest.mark.parametrize("name", QUIET)
def test_near_misses_are_quiet(name, clean):
    change_ = QUIET[name]
    today = TODAY
    if change_ is None:
        today = date(2027, 5, 1)
    else:
        change_(clean)
    findings = check_register(clean, today)
    if name in UNPUBLISHED:
        findings = [f for f in findings if (f.rule, f.values.get("requirement")) != ("statement.incomplete", "13.1.e")]
    assert findings == []


def test_large_scale_sensitive_data_ask_for_a_dpo_until_there_is_one(clean):
    _screened(clean, "done", "wp248.sensitive_data", "wp248.large_scale")
    [finding] = check_register(clean, TODAY)
    assert finding.rule == "organisation.no_dpo"
    assert "grootschalig bijzondere persoonsgegevens verwerkt (art. 37 lid 1 onder c)" in finding.message("nl")
    assert "processes sensitive data on a large scale (Art. 37(1)(c))" in finding.message("en")
    _organisation(clean, dpo=DPO)
    assert check_register(clean, TODAY) == []


def test_a_public_body_without_a_dpo_gets_the_error_and_not_also_the_warning(clean):
    _screened(clean, "done", "wp248.sensitive_data", "wp248.large_scale")
    _organisation(clean, public_authority=True)
    [finding] = check_register(clean, TODAY)
    assert finding.rule == "organisation.public_body_no_dpo" and finding.severity is Severity.ERROR
    assert finding.reference == "Art. 37(1)(a) GDPR"


def test_a_statement_requirement_missing_for_no_one_in_particular_names_no_one(clean):
    _activity(clean, recipients=[])
    [finding] = [f for f in check_register(clean, TODAY) if f.rule == "statement.incomplete"]
    assert (finding.field, finding.values["requirement"]) == ("recipients", "13.1.e")
    assert finding.message("en") == (
        "The privacy statement lacks ‘Recipients or categories of recipients’ (Art. 13(1)(e))."
    )


def test_a_transfer_no_activity_uses_is_still_checked(clean):
    add(clean, TRANSFER, country_code="BO", tool="none")
    assert [(f.rule, f.item["en"]) for f in check_register(clean, TODAY)] == [
        ("statement.incomplete", "Transfers outside the EEA: adequacy decision or safeguard, and how to obtain a copy"),
        ("transfer.no_tool", "Bolivia"),
        ("orphan.transfer", "Bolivia"),
    ]


# --- texts ------------------------------------------------------------------------------------


def test_every_rule_has_texts_and_every_text_a_rule():
    assert rule_ids_with_texts() == set(RULES)


@pytest.mark.parametrize("rule_id", sorted(RULES))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_rule_has_all_its_texts(rule_id, language):
    for part in ("title", "message", "explanation", "example"):
        assert rule_text(rule_id, part, language).strip(), (rule_id, part, language)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_both_languages_use_the_same_placeholders(rule_id):
    """So a message that formats in one language formats in the other (the cases above
    format every message in both with the values a rule gives)."""
    assert _placeholders(rule_text(rule_id, "message", "nl")) == _placeholders(rule_text(rule_id, "message", "en"))


@pytest.mark.parametrize("case", CASES, ids=str)
def test_every_message_formats_with_its_values(case, clean):
    case.change(clean)
    for finding in check_register(clean, case.today):
        for language in ("nl", "en"):
            message = finding.message(language)
            assert "{" not in message and message.strip()
