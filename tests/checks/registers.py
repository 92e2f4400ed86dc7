"""A clean register for the rule tests: complete in every respect the rules read, so that
no rule finds anything, and one change away from each finding.

Built the way the officer builds one, through ``operations.save`` and ``snapshots.blank``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ropa_desktop.register import kinds, operations, snapshots
from ropa_desktop.register.models import Purpose, RetentionRule
from ropa_desktop.register.storage import Register, create_register

# The day the checks run on: within a year of the adequacy list shipped (2026-06-01).
TODAY = date(2026, 11, 25)

ACTIVITY_NAME = {"nl": "Klantenservice", "en": "Customer service"}
PROCESSOR_NAME = {"nl": "Helpdeskleverancier", "en": "Helpdesk supplier"}
ORGANISATION_NAME = "Schoon B.V."


def both(nl: str, en: str) -> dict[str, str]:
    return {"nl": nl, "en": en}


def add(register: Register, item_kind: str, /, **values) -> int:
    """A new item of ``item_kind``: a blank snapshot with ``values``; returns its id."""
    snap = snapshots.blank(item_kind)
    snap.update(values)
    item_id, _change = operations.save(register, item_kind, None, snap)
    return item_id


def change(register: Register, item_kind: str, item_id: int, /, **values) -> None:
    """Item ``item_id`` of ``item_kind`` with ``values`` changed, saved as the window saves it."""
    snap = operations.read(register, item_kind, item_id)
    snap.update(values)
    operations.save(register, item_kind, item_id, snap)


def purpose(**values) -> dict:
    row = snapshots.blank_child(Purpose)
    row.update(
        description=both("Vragen en klachten van klanten afhandelen.", "Handling customer questions and complaints."),
        legal_basis="contract",
    )
    row.update(values)
    return row


def retention_rule(**values) -> dict:
    row = snapshots.blank_child(RetentionRule)
    row.update(
        period_value=2,
        period_unit="years",
        starts_from=both("na afloop van de overeenkomst", "after the contract ends"),
        wording=both(
            "Wij bewaren deze gegevens 2 jaar na afloop van de overeenkomst.",
            "We keep these data for 2 years after the contract ends.",
        ),
    )
    row.update(values)
    return row


def ids(register: Register) -> dict[str, int]:
    """The id of the one item of each kind the clean register holds."""
    found = {kind: operations.order(register, kind)[0] for kind in (kinds.ACTIVITY,)}
    with register.session() as session:
        for kind in (kinds.DATA_CATEGORY, kinds.DATA_SUBJECT, kinds.RECIPIENT, kinds.TRANSFER, kinds.SECURITY_MEASURE):
            model = kinds.MODELS[kind]
            found[kind] = session.query(model.id).order_by(model.id).first()[0]
    found[kinds.ORGANISATION] = operations.organisation_id(register)
    return found


def clean_register(tmp_path: Path | str, name: str = "clean.ropa") -> Register:
    """A register that yields no findings: a reachable organisation with a privacy contact,
    one active controller activity complete in every respect, its catalogue entries, a
    processor under a data processing agreement, a transfer to India under standard
    contractual clauses with a transfer impact assessment, and a complete statement."""
    # A database URL instead of a folder: the register on that server (tests/conftest.py copy_of_register).
    target = tmp_path if isinstance(tmp_path, str) and "://" in tmp_path else Path(tmp_path) / name
    register = create_register(target, ORGANISATION_NAME, country="NL", language="nl")
    organisation = operations.organisation_id(register)
    change(
        register,
        kinds.ORGANISATION,
        organisation,
        address="Keizersgracht 1",
        postal_code="1015 AA",
        city="Amsterdam",
        email="info@schoon.example",
        phone="+31 20 123 45 67",
        privacy_contact={
            "name": ORGANISATION_NAME,
            "attention": "Privacyloket",
            "address": "Keizersgracht 1",
            "postal_code": "1015 AA",
            "city": "Amsterdam",
            "country_code": "NL",
            "email": "privacy@schoon.example",
            "phone": "+31 20 123 45 67",
            "website": "",
        },
    )
    category = add(register, kinds.DATA_CATEGORY, name=both("Contactgegevens", "Contact details"), kind="ordinary")
    subject = add(register, kinds.DATA_SUBJECT, name=both("Klanten", "Customers"))
    measure = add(register, kinds.SECURITY_MEASURE, name=both("Toegangsbeheer", "Access control"), kind="technical")
    processor = add(
        register,
        kinds.RECIPIENT,
        name=PROCESSOR_NAME,
        kind="processor",
        country_code="IN",
        dpa_reference="Verwerkersovereenkomst 2026-01",
        dpa_signed=date(2026, 1, 15),
    )
    transfer = add(
        register,
        kinds.TRANSFER,
        country_code="IN",
        recipient_id=processor,
        tool="standard_contractual_clauses",
        tool_reference="Besluit (EU) 2021/914, module 2",
        tia_date=date(2026, 2, 1),
        public_note=both(
            "Standaardbepalingen inzake gegevensbescherming; een kopie is op verzoek verkrijgbaar.",
            "Standard contractual clauses; a copy is available on request.",
        ),
    )
    add(
        register,
        kinds.ACTIVITY,
        name=ACTIVITY_NAME,
        public_explanation=both("Wij beantwoorden uw vragen.", "We answer your questions."),
        internal_description="Helpdesk voor klanten.",
        role="controller",
        status="active",
        in_statement=True,
        purposes=[purpose()],
        data_subject_categories=[subject],
        data_categories=[{"id": category, "wording": {}}],
        sources=["data_subject"],
        recipients=[processor],
        transfers=[transfer],
        retention_rules=[retention_rule()],
        security_measures=[measure],
        provision_requirement="contractual",
        provision_consequence=both(
            "Zonder deze gegevens kunnen wij u niet helpen.", "Without these data we cannot help you."
        ),
        dpia_screening={},
        dpia_status="not_required",
        # The screening found no criterion, and says so (Art. 5(2)).
        dpia_date=date(2026, 1, 10),
        dpia_reference="DPIA-screening 2026-01: geen criteria van toepassing",
    )
    return register
