"""Every field of a processing activity (and of its purposes and retention rules) has a column
on the workbook's Register sheet, and that column's header is one the import of a foreign
spreadsheet recognises as the field; or it is listed below as an exception, with the reason.

A field added to the model without a column (or without a reason) fails here, so a new field
cannot silently go missing from the auditor's workbook or from the round trip through Excel.
The hidden data sheet carries every field anyway (portable.py); this is about what people see
and what the import understands of a sheet of their own making.
"""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import inspect

from ropa_desktop.documents.importing.headers import FIELDS, match_header
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register.models import ProcessingActivity, Purpose, RetentionRule
from ropa_desktop.register.storage import open_register
from ropa_desktop.resources_path import load_toml

# Model attribute -> (column of the Register sheet, field of the import that reads that column).
# Several attributes share one cell when the workbook writes them as one line ("Yes: logic …").
# None where the attribute is an exception below for that side.
ACTIVITY = {
    "name": ("name", "name"),
    "reference": ("activity_reference", "number"),
    "internal_description": ("internal_description", "internal_description"),
    "role": ("role", "role"),
    "purposes": ("purposes", "purposes"),
    "data_subject_categories": ("data_subjects", "data_subjects"),
    "data_category_links": ("data_categories", "data_categories"),
    "sources": ("sources", "sources"),
    "source_details": ("sources", "sources"),
    "recipients": ("recipients", "recipients"),
    "joint_controllers": ("joint_controllers", "joint_controllers"),
    "controllers_served": ("controllers_served", "controllers_served"),
    "transfers": ("transfers", "transfers"),
    "retention_rules": ("retention", "retention"),
    "security_measures": ("security_measures", "security_measures"),
    "criminal_data_authorisation": ("criminal_data", "criminal_data"),
    "national_id_legal_basis": ("national_id", "national_id"),
    "automated_decision_making": ("automated_decisions", "automated_decisions"),
    "automated_logic": ("automated_decisions", "automated_decisions"),
    "automated_consequences": ("automated_decisions", None),
    "provision_requirement": ("provision", "provision"),
    "provision_consequence": ("provision", "provision"),
    "dpia_screening": ("dpia_screening", None),
    "dpia_status": ("dpia_status", "dpia_status"),
    "dpia_date": ("dpia_date", "dpia_date"),
    "dpia_reference": ("dpia_reference", "dpia_reference"),
    "owner": ("owner", "owner"),
    "department": ("department", "department"),
    "systems": ("systems", "systems"),
    "internal_notes": ("internal_notes", "internal_notes"),
    "status": ("status", "status"),
    "in_statement": ("in_statement", "in_statement"),
    "position": ("number", None),
    "updated_at": ("updated_at", None),
    "public_explanation": (None, "public_explanation"),
}
PURPOSE = {
    "description": ("purposes", "purposes"),
    "legal_basis": ("legal_bases", "legal_bases"),
    "legitimate_interest": ("legitimate_interests", "legitimate_interests"),
    "lia_reference": ("legitimate_interests", None),
    "special_category_condition": ("special_conditions", "special_conditions"),
    "consent_withdrawal": ("consent_withdrawal", "consent_withdrawal"),
    "direct_marketing": (None, None),
    # The order of the purposes is the order of the lines in the cell.
    "position": ("purposes", "purposes"),
}
# A retention rule is written as one line of the Retention cell ("Categories: 7 years after …;
# criterion"), and read back from it; the Retention sheet spreads it over columns of its own.
RETENTION_RULE = {
    "period_value": ("retention", "retention"),
    "period_unit": ("retention", "retention"),
    "starts_from": ("retention", "retention"),
    "condition": ("retention", "retention"),
    "criterion": ("retention", "retention"),
    "wording": ("retention", "retention"),
    "data_category_ids": ("retention", None),
    "position": ("retention", "retention"),  # the order of the lines
}

# Attributes that are no field of the officer's: keys, links back to the parent, bookkeeping.
STRUCTURAL = {"id", "activity_id", "activity", "version", "created_at"}

# Deliberate exceptions, by (model, attribute, side), each with its reason. Whatever is excepted
# here still makes the round trip through our own workbook: its hidden data sheet carries every
# field (portable.py), and importing that workbook reads the data sheet, not these columns. What
# an exception costs is the auditor's view and the import of a sheet of the officer's own making
# (or of our Register sheet copied elsewhere, mapped by its columns).
NOT_EXPORTED = {
    # Justified: published text, the statement's own words ("what we do with your data"), not an
    # Art. 30(1) element. The Register sheet and the dossier share one column list (the record,
    # record/columns.ACTIVITY); the processor's sheet shows it under "categories of processing"
    # (Art. 30(2)(b)); a foreign sheet's column of that name is read (the import side is there).
    ("ProcessingActivity", "public_explanation"): "statement text, on the processor sheet only",
    # Justified: a heading of the statement's layout, not a fact of the record.
    ("ProcessingActivity", "data_heading"): "layout of the statement",
    # Justified: a yes/no per purpose that only changes the statement's words about objecting
    # (Art. 21(2)-(3): the absolute right against direct marketing); not an Art. 30 element, and a
    # purpose is one line of a cell, with no place for a flag of its own beside it.
    ("Purpose", "direct_marketing"): "not an Art. 30 element; the statement says it",
}
NOT_IMPORTED = {
    # Partly justified: the cell writes "Yes: <logic> <consequences>", one space between them, so
    # the two cannot be told apart again. Known gap: a cell that opens with yes/no is read as the
    # answer only (recognise.yes_no), so neither the logic nor the consequences come back from our
    # own wording. A foreign cell of free text ("Profilering op basis van ...") is read as the logic.
    ("ProcessingActivity", "automated_consequences"): "one cell with the logic, not to be split again",
    # A derived column of our own export (headers.DERIVED), never taken for a field. Not fully
    # justified: the cell lists the met criteria by their vocabulary labels, so it could be read
    # back (as the provision cell now is); it is not yet. The hidden data sheet carries it.
    ("ProcessingActivity", "dpia_screening"): "headers.DERIVED: dpia_screening",
    ("ProcessingActivity", "updated_at"): "headers.DERIVED: set by the register itself",
    # The place in the register follows the order of the rows; the number cell is the reference.
    ("ProcessingActivity", "position"): "the order of the rows",
    ("ProcessingActivity", "data_heading"): "layout of the statement",
    # In brackets behind the interest; read back as part of the interest's text.
    ("Purpose", "lia_reference"): "read back as part of the interest",
    ("Purpose", "direct_marketing"): "not exported, so nothing to read",
    # The categories a rule keeps are named in front of the line; matching those names to the
    # activity's categories is left to the officer (the line keeps them as its wording).
    ("RetentionRule", "data_category_ids"): "names kept in the wording",
}

MODELS = [(ProcessingActivity, ACTIVITY), (Purpose, PURPOSE), (RetentionRule, RETENTION_RULE)]
MODEL_NAMES = [model.__name__ for model, _ in MODELS]


def unaccounted(model_name: str, attributes: set[str], declared: dict) -> set[str]:
    """The attributes neither mapped to a column nor listed as an exception on both sides."""
    excepted = {attribute for (model, attribute) in NOT_EXPORTED.keys() & NOT_IMPORTED.keys() if model == model_name}
    return attributes - STRUCTURAL - declared.keys() - excepted


def _attributes(model) -> set[str]:
    return {attribute.key for attribute in inspect(model).attrs}


@pytest.mark.parametrize(("model", "declared"), MODELS, ids=MODEL_NAMES)
def test_every_field_is_mapped_or_excepted(model, declared):
    assert unaccounted(model.__name__, _attributes(model), declared) == set()
    # No stale entries: every name listed is a field the model still has.
    listed = declared.keys() | {a for (m, a) in NOT_EXPORTED.keys() | NOT_IMPORTED.keys() if m == model.__name__}
    assert listed - _attributes(model) == set()


def test_a_new_field_without_a_column_is_caught():
    # The near miss: one attribute more than the declaration knows.
    attributes = _attributes(ProcessingActivity) | {"new_field"}
    assert unaccounted("ProcessingActivity", attributes, ACTIVITY) == {"new_field"}
    # A field excepted on one side only is still unaccounted for.
    assert unaccounted(
        "ProcessingActivity",
        _attributes(ProcessingActivity),
        {k: v for k, v in ACTIVITY.items() if k != "public_explanation"},
    ) == {"public_explanation"}


@pytest.mark.parametrize(("model", "declared"), MODELS, ids=MODEL_NAMES)
def test_the_exceptions_say_which_side_is_missing(model, declared):
    for attribute, (column, field) in declared.items():
        assert (column is None) == ((model.__name__, attribute) in NOT_EXPORTED), attribute
        assert (field is None) == ((model.__name__, attribute) in NOT_IMPORTED), attribute


@pytest.fixture(scope="module")
def register_headers(demo_path):
    """The header row of the Register sheet as the workbook writes it, by language."""
    headers = {}
    with open_register(demo_path) as register:
        for language in ("nl", "en"):
            buffer = io.BytesIO()
            write_workbook(register, language, buffer, exported_at=datetime(2026, 12, 3, 8, 0))
            buffer.seek(0)
            sheet = load_workbook(buffer, read_only=True).worksheets[1]  # after the cover
            headers[language] = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    return headers


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("model", "declared"), MODELS, ids=MODEL_NAMES)
def test_each_field_has_a_visible_column_the_import_reads_back(register_headers, language, model, declared):
    labels = load_toml("export", "labels.toml")["column"]
    headers = register_headers[language]
    for attribute, (column, field) in declared.items():
        if column is None:
            continue
        header = labels[column][language]
        assert header in headers, f"{model.__name__}.{attribute}: no column {header!r}"
        if field is None:
            continue
        assert field in FIELDS
        found = match_header(header)
        assert found is not None and found.field == field, f"{model.__name__}.{attribute}: {header!r} -> {found}"
