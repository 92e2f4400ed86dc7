"""Relational workbooks (issue 14 point 8): a sheet of activities and detail sheets whose rows
name the activity they belong to, as a privacy tool's database export writes them (the
layout of CISO Assistant's privacy export: Processing, Purposes, Personal data, ...)."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import database_rows
from workbooks import sheets_workbook

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import create_register

PROCESSING = [
    ["ref_id", "name", "description", "status", "dpia_required"],
    ["PRC-001", "Customer onboarding", "Opening accounts for new customers", "approved", "no"],
    ["PRC-002", "Payroll", "Paying our staff", "approved", "no"],
    ["PRC-003", "Website analytics", "Counting visits", "draft", "no"],
]


def ciso_export(path: Path, by: str = "name") -> Path:
    """A SaaS start-up's register as the privacy tool exports it; detail rows name their
    activity by its name (``by="name"``) or by its reference (``by="id"``)."""
    ref = {"Customer onboarding": "PRC-001", "Payroll": "PRC-002", "Website analytics": "PRC-003"}
    name = (lambda n: n) if by == "name" else (lambda n: ref[n])
    link = "processing" if by == "name" else "processing_id"
    return sheets_workbook(
        path,
        {
            "Processing": PROCESSING,
            "Purposes": [
                [link, "name", "description", "legal_basis"],
                [name("Customer onboarding"), "Concluding the customer contract", "KYC and account set-up", "Contract"],
                [name("Customer onboarding"), "Anti-money-laundering checks", "", "Legal obligation"],
                [name("Payroll"), "Paying salaries", "", "Contract"],
                [name("Website analytics"), "Measuring website use", "", "Consent"],
            ],
            "Personal data": [
                [link, "name", "retention"],
                [name("Customer onboarding"), "Contact details", "5 years"],
                [name("Customer onboarding"), "Identity document", "5 years"],
                [name("Payroll"), "Bank account number", "7 years"],
            ],
            "Data subjects": [
                [link, "name", "description"],
                [name("Customer onboarding"), "Customers", "Business customers' contacts"],
                [name("Payroll"), "Employees", ""],
                [name("Website analytics"), "Website visitors", ""],
            ],
            "Data recipients": [
                [link, "name"],
                [name("Payroll"), "Tax authority"],
            ],
            "Transfers": [
                [link, "name", "guarantees"],
                [name("Website analytics"), "United States", "Standard contractual clauses"],
            ],
        },
    )


def _activity(register, name: str) -> dict:
    for reference in operations.order(register, kinds.ACTIVITY):
        data = operations.read(register, kinds.ACTIVITY, reference)
        if next(iter(data["name"].values())) == name:
            return data
    raise AssertionError(f"no activity {name!r}")


def _names(register, kind: str, references) -> list[str]:
    return [next(iter(operations.read(register, kind, r)["name"].values())) for r in references]


@pytest.fixture
def register(tmp_path):
    register = create_register(tmp_path / "r.ropa", "Start-up B.V.", language="en")
    yield register
    register.close()


@pytest.mark.parametrize("by", ["name", "id"])
def test_each_detail_row_lands_in_its_activitys_field(register, tmp_path, by):
    report = import_workbook(register, ciso_export(tmp_path / "ciso.xlsx", by))
    assert report.sheet == "Processing" and report.count(kinds.ACTIVITY, "added") == 3
    onboarding = _activity(register, "Customer onboarding")
    assert [(p["description"]["en"], p["legal_basis"]) for p in onboarding["purposes"]] == [
        ("Concluding the customer contract", "contract"),
        ("Anti-money-laundering checks", "legal_obligation"),
    ]
    assert _names(register, kinds.DATA_CATEGORY, [link["id"] for link in onboarding["data_categories"]]) == [
        "Contact details",
        "Identity document",
    ]
    assert _names(register, kinds.DATA_SUBJECT, onboarding["data_subject_categories"]) == ["Customers"]
    payroll = _activity(register, "Payroll")
    assert _names(register, kinds.RECIPIENT, payroll["recipients"]) == ["Tax authority"]
    assert [(r["period_value"], r["period_unit"]) for r in payroll["retention_rules"]] == [(7, "years")]
    analytics = _activity(register, "Website analytics")
    assert [operations.read(register, kinds.TRANSFER, t)["country_code"] for t in analytics["transfers"]] == ["US"]
    assert payroll["purposes"][0]["description"]["en"] == "Paying salaries"
    # A detail row never sets the activity's own fields: the purpose's description is no
    # description of the activity; it is kept in the notes under its sheet and column.
    assert onboarding["internal_description"] == "Opening accounts for new customers"
    assert "Purposes: description: KYC and account set-up" in onboarding["internal_notes"]
    assert "Data subjects: description: Business customers' contacts" in onboarding["internal_notes"]


def test_the_report_names_every_sheet_and_what_was_done_with_it(register, tmp_path):
    report = import_workbook(register, ciso_export(tmp_path / "ciso.xlsx"), dry_run=True)
    text = report.text("en")
    assert "“Processing”: read as the register (header in row 1)." in text
    assert (
        "“Purposes”: read; 4 row(s) added to their activity through column A (“processing”), which names the "
        "activities of “Processing”."
    ) in text
    assert [use.code for use in report.sheets] == ["register"] + ["details"] * 5


def test_a_detail_sheet_before_the_register_sheet_does_not_become_the_register(register, tmp_path):
    source = ciso_export(tmp_path / "ciso.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(source)
    book.move_sheet("Purposes", offset=-book.sheetnames.index("Purposes"))
    book.save(source)
    assert load_workbook(source).sheetnames[0] == "Purposes"
    report = import_workbook(register, source)
    assert report.sheet == "Processing" and report.count(kinds.ACTIVITY, "added") == 3
    assert len(_activity(register, "Customer onboarding")["purposes"]) == 2


def test_detail_rows_naming_no_activity_are_reported_not_imported(register, tmp_path):
    path = sheets_workbook(
        tmp_path / "b.xlsx",
        {
            "Processing": PROCESSING,
            "Purposes": [
                ["processing", "name"],
                ["Payroll", "Paying salaries"],
                ["Payroll", "Pension"],
                ["Customer onboarding", "Contract"],
                ["Old activity", "Something gone"],
            ],
        },
    )
    report = import_workbook(register, path)
    notes = [note.text("en") for note in report.notes]
    assert (
        "Sheet “Purposes”, row 5, column A: 1 row(s) name no activity of sheet “Processing” (the first: "
        "“Old activity”); not imported."
    ) in notes
    assert "Something gone" not in str(
        operations.read(register, kinds.ACTIVITY, operations.order(register, kinds.ACTIVITY)[0])
    )


def test_a_note_on_a_detail_cell_points_at_that_cell(register, tmp_path):
    path = sheets_workbook(
        tmp_path / "b.xlsx",
        {
            "Processing": PROCESSING,
            "Purposes": [
                ["processing", "name", "legal_basis"],
                ["Payroll", "Paying salaries", "Contract"],
                ["Payroll", "Pension", "because we always did"],
            ],
        },
    )
    report = import_workbook(register, path, dry_run=True)
    places = [
        (n.place.sheet, n.place.row, n.place.column)
        for n in report.notes
        if n.code == "not_understood" and n.values["field"] != "status"
    ]
    assert places == [("Purposes", 3, 3)]


def test_a_second_register_of_the_same_activities_is_not_joined(register, tmp_path):
    """A sheet per year names its activities in its own name column: not a detail sheet."""
    second = [["Name of processing activity", "Purpose of processing"], ["Payroll", "Paying salaries in 2025"]]
    path = sheets_workbook(tmp_path / "b.xlsx", {"Processing": PROCESSING, "2025": second})
    report = import_workbook(register, path)
    assert "purposes" not in _activity(register, "Payroll") or not _activity(register, "Payroll")["purposes"]
    assert [(use.sheet, use.code) for use in (u for u in report.sheets)] == [
        ("Processing", "register"),
        ("2025", "other_register"),
    ]


def test_a_sheet_named_for_a_field_whose_names_match_nothing_is_reported(register, tmp_path):
    path = sheets_workbook(
        tmp_path / "b.xlsx",
        {
            "Processing": PROCESSING,
            "Purposes": [["processing", "name"], ["Something else", "A"], ["Another thing", "B"]],
        },
    )
    report = import_workbook(register, path)
    assert (
        "“Purposes”: not read: it seems to belong to “Processing”, but no column names the names or ids of "
        "the activities there."
    ) in report.text("en")
    assert not _activity(register, "Payroll").get("purposes")


def test_a_refused_relational_workbook_leaves_the_register_unchanged(register, tmp_path):
    """A detail sheet does not open a way around a refusal: no header row, no import."""
    path = sheets_workbook(
        tmp_path / "b.xlsx", {"Processing": [["a", "b"], ["c", "d"]], "Purposes": [["processing", "name"], ["c", "A"]]}
    )
    before = database_rows(register)
    from ropa_desktop.documents.importing.problems import ImportRefused

    with pytest.raises(ImportRefused):
        import_workbook(register, path)
    assert database_rows(register) == before


def test_a_column_naming_each_rows_kind_of_recipient_makes_recipients_of_that_kind(register, tmp_path):
    """ "Contractors" names no field, but its relationship column says what each one is."""
    path = sheets_workbook(
        tmp_path / "b.xlsx",
        {
            "Processing": PROCESSING,
            "Contractors": [
                ["processing", "name", "relationship_type"],
                ["Payroll", "Nmbrs", "processor"],
                ["Payroll", "Pension fund", "joint controller"],
            ],
        },
    )
    import_workbook(register, path)
    kinds_of = {
        operations.read(register, kinds.RECIPIENT, r)["name"]["en"]: str(
            getattr(operations.read(register, kinds.RECIPIENT, r)["kind"], "value", "")
        )
        for r in _activity(register, "Payroll")["recipients"]
    }
    assert kinds_of == {"Nmbrs": "processor", "Pension fund": "joint_controller"}


def test_without_a_kind_column_a_sheet_naming_no_field_goes_to_the_notes(register, tmp_path):
    path = sheets_workbook(
        tmp_path / "b.xlsx",
        {
            "Processing": PROCESSING,
            "Contractors": [["processing", "name", "relationship_type"], ["Payroll", "Nmbrs", "since 2019"]],
        },
    )
    report = import_workbook(register, path)
    payroll = _activity(register, "Payroll")
    assert not payroll.get("recipients")
    assert "Contractors: name: Nmbrs" in payroll["internal_notes"]
    assert [use.code for use in report.sheets] == ["register", "details_notes"]
