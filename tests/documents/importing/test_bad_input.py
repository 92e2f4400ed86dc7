"""Files that must not be imported, and files that must be imported with care.

Every refusal says what is wrong in words an officer understands (and where: the sheet,
row and column when there is one) and leaves the register exactly as it was; the command
line exits with 1 and says it on stderr. Files that are odd but honest (formulas, merged
cells, external links, hostile-looking text) are imported as the officer sees them, and
nothing in them is run or fetched.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, HTTPServer
from io import BytesIO

import pytest
from import_helpers import database_rows
from openpyxl import load_workbook
from workbooks import (
    HEADERS,
    LAUGHS,
    SHEET_PART,
    billion_laughs,
    docx_file,
    encrypted_ole_file,
    encrypted_workbook,
    foreign_workbook,
    huge_sheet_workbook,
    long_cell_workbook,
    many_rows_workbook,
    old_xls_file,
    part,
    raw_workbook,
    rewrite,
    row_xml,
    shared_strings_workbook,
    sheet_xml,
    simple_register,
    with_external_link,
    with_stored_formula,
    zip_bomb_workbook,
)

from ropa_desktop.documents.importing.mapping import Mapping
from ropa_desktop.documents.importing.problems import ImportRefused
from ropa_desktop.documents.importing.service import import_workbook, preview
from ropa_desktop.documents.workbook import DATA_SHEET, write_workbook
from ropa_desktop.register import errors, kinds, operations
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.storage import open_register
from ropa_desktop.register.texts import MAX_TEXT_LENGTH


def refusal(register, path, **options) -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        import_workbook(register, path, **options)
    return refused.value


def new_activities(register, before: list[int]) -> list[dict]:
    return [
        operations.read(register, kinds.ACTIVITY, i)
        for i in operations.order(register, kinds.ACTIVITY)
        if i not in before
    ]


# --- not a workbook -------------------------------------------------------------------------


def _random_bytes(path):
    path.write_bytes(os.urandom(20_000))


def _csv(path):
    path.write_text("Name of processing activity,Purpose of processing\nPayroll,Paying staff\n", encoding="utf-8")


def _empty(path):
    path.write_bytes(b"")


def _docx(path):
    docx_file(path)


@pytest.mark.parametrize("make", [_random_bytes, _csv, _empty, _docx], ids=["random", "csv", "empty", "docx"])
def test_a_file_that_is_no_workbook_is_refused(demo_register, tmp_path, unchanged, make):
    path = tmp_path / "register.xlsx"  # a lower-case name: the message must not capitalise it
    make(path)
    refused = refusal(demo_register, path)
    assert "register.xlsx is not an Excel workbook (.xlsx)" in refused.words("en")
    assert "Save it from Excel or LibreOffice as an Excel workbook" in refused.words("en")
    assert "register.xlsx is geen Excel-werkmap" in refused.words("nl")
    unchanged()


def test_a_missing_file_is_refused(demo_register, tmp_path, unchanged):
    refused = refusal(demo_register, tmp_path / "gone.xlsx")
    assert "gone.xlsx does not exist or cannot be read" in refused.words("en")
    unchanged()


def test_the_command_line_refuses_a_csv_with_exit_1(demo_register, tmp_path, ropa, unchanged):
    path = tmp_path / "export.xlsx"
    _csv(path)
    code, out, err = ropa("import", demo_register.location, str(path), "--lang", "en")
    assert code == 1 and out == ""
    assert err.startswith("ropa: ") and err.count("\n") == 1
    assert "export.xlsx is not an Excel workbook" in err
    unchanged()


# --- damaged workbooks -------------------------------------------------------------------------


def test_a_workbook_cut_in_half_is_called_damaged(demo_register, tmp_path, unchanged):
    whole = simple_register(tmp_path / "whole.xlsx", activities=40)
    data = whole.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    words = refusal(demo_register, cut).words("en")
    # It is a workbook that lost its end, not some other kind of file: say so.
    assert "cut.xlsx is damaged and cannot be read" in words
    unchanged()


def test_a_sheet_whose_xml_is_garbled_is_called_damaged(demo_register, tmp_path, unchanged):
    good = simple_register(tmp_path / "good.xlsx", activities=5)
    garbled = rewrite(
        good,
        {SHEET_PART: lambda xml: xml.replace(b"<t>Purpose 3</t>", b"<t>Purpose 3</t<<<")},
        target=tmp_path / "garbled.xlsx",
    )
    refused = refusal(demo_register, garbled)
    words = refused.words("en")
    assert words.startswith("Sheet “Register” is damaged and cannot be read (")
    unchanged()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'<c r="B3" t="inlineStr"><is><t>Purpose 2</t></is></c>', b'<c r="B3" t="n"><v>abc</v></c>'),  # no number
        (b'<c r="B3" t="inlineStr"><is><t>Purpose 2</t></is></c>', b'<c r="B3" t="s"><v>99</v></c>'),  # no string 99
        (b'<c r="B3" t="inlineStr"><is><t>Purpose 2</t></is></c>', b'<c r="B3" t="d"><v>someday</v></c>'),
        (b'<c r="B3" t="inlineStr">', b'<c r="??" t="inlineStr">'),  # no cell reference
        (
            b'<c r="B3" t="inlineStr"><is><t>Purpose 2</t></is></c>',
            b'<c r="B3" t="inlineStr"><is><t>Purpose 2</t></is></c><c r="ZZZZ3" t="inlineStr"><is><t>x</t></is></c>',
        ),
        (b'<row r="3">', b'<row r="three">'),
        (b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="ZZZZZZ1:B"/></mergeCells>'),
    ],
    ids=["number", "shared-string", "date", "reference", "column", "row", "merge"],
)
def test_a_damaged_cell_is_called_damaged_not_a_crash(demo_register, tmp_path, unchanged, old, new):
    good = simple_register(tmp_path / "good.xlsx", activities=3)
    assert old in part(good, SHEET_PART)
    damaged = rewrite(good, {SHEET_PART: lambda xml: xml.replace(old, new)}, target=tmp_path / "damaged.xlsx")
    words = refusal(demo_register, damaged).words("en")
    assert words.startswith("Sheet “Register” is damaged and cannot be read (")
    unchanged()


def _flip_compressed_bytes(path, name: str, target):
    """Damage the packed bytes of part ``name`` inside the zip (a disk or download error)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    for offset in range(middle, middle + 16):
        data[offset] ^= 0xA5
    target.write_bytes(bytes(data))
    return target


def test_a_part_damaged_inside_the_zip_is_called_damaged(demo_register, tmp_path, unchanged):
    good = simple_register(tmp_path / "good.xlsx", activities=300)
    damaged = _flip_compressed_bytes(good, SHEET_PART, tmp_path / "damaged.xlsx")
    assert "damaged.xlsx is damaged and cannot be read" in refusal(demo_register, damaged).words("en")
    unchanged()


def _own_workbook(register, path):
    with open(path, "wb") as target:
        write_workbook(register, "en", target)
    return path


def test_our_own_workbook_damaged_inside_the_zip_is_called_damaged(demo_register, tmp_path, unchanged):
    workbook = _own_workbook(demo_register, tmp_path / "own.xlsx")
    damaged = _flip_compressed_bytes(workbook, _sheet_part(workbook, DATA_SHEET), tmp_path / "damaged.xlsx")
    assert "damaged.xlsx is damaged and cannot be read" in refusal(demo_register, damaged).words("en")
    unchanged()


def _sheet_part(path, title: str) -> str:
    book = load_workbook(path, read_only=True)
    try:
        return book[title]._worksheet_path.lstrip("/")
    finally:
        book.close()


@pytest.mark.parametrize("title", [DATA_SHEET, "Register"])
def test_our_own_workbook_with_a_damaged_row_is_called_damaged(demo_register, tmp_path, unchanged, title):
    workbook = _own_workbook(demo_register, tmp_path / "own.xlsx")
    name = _sheet_part(workbook, title)
    assert b'<row r="3"' in part(workbook, name)
    damaged = rewrite(
        workbook, {name: lambda xml: xml.replace(b'<row r="3"', b'<row r="three"', 1)}, target=tmp_path / "damaged.xlsx"
    )
    words = refusal(demo_register, damaged).words("en")
    assert "damaged and cannot be read" in words and title in words
    unchanged()


# --- password protection and old Excel --------------------------------------------------------------


def test_a_password_protected_workbook_is_refused(demo_register, tmp_path, unchanged):
    pytest.importorskip("msoffcrypto")
    locked = encrypted_workbook(simple_register(tmp_path / "plain.xlsx"), tmp_path / "locked.xlsx")
    assert locked.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    refused = refusal(demo_register, locked)
    assert "locked.xlsx is protected with a password" in refused.words("en")
    assert "Save a copy without the password" in refused.words("en")
    unchanged()


def test_the_command_line_refuses_a_password_protected_workbook(demo_register, tmp_path, ropa, unchanged):
    pytest.importorskip("msoffcrypto")
    locked = encrypted_workbook(simple_register(tmp_path / "plain.xlsx"), tmp_path / "locked.xlsx")
    code, out, err = ropa("import", demo_register.location, str(locked), "--lang", "nl")
    assert code == 1 and out == ""
    assert "locked.xlsx is met een wachtwoord beveiligd" in err
    unchanged()


def test_an_ole_file_holding_encryption_info_is_refused_as_password_protected(demo_register, tmp_path, unchanged):
    """Without msoffcrypto: the OLE container Excel writes for a password-protected workbook,
    whose stream directory names "EncryptionInfo" (in UTF-16)."""
    locked = encrypted_ole_file(tmp_path / "locked.xlsx")
    assert "locked.xlsx is protected with a password" in refusal(demo_register, locked).words("en")
    unchanged()


def test_an_old_xls_file_is_refused_as_old_excel(demo_register, tmp_path, unchanged):
    old = old_xls_file(tmp_path / "register.xls")
    refused = refusal(demo_register, old)
    assert "register.xls is an old Excel file (.xls)" in refused.words("en")
    assert "Save it as an Excel workbook (.xlsx)" in refused.words("en")
    unchanged()


# --- sheets with nothing to import -------------------------------------------------------------------


def test_an_empty_sheet_is_refused(demo_register, tmp_path, unchanged):
    empty = foreign_workbook(tmp_path / "empty.xlsx", [])
    assert refusal(demo_register, empty).words("en") == "Sheet “Register” is empty."
    unchanged()


def test_a_sheet_of_only_contact_blocks_has_no_header_row(demo_register, tmp_path, unchanged):
    contact = foreign_workbook(
        tmp_path / "contact.xlsx",
        [
            ["Name of organisation", "Acme Ltd"],
            ["Address", "1 High Street, Leeds"],
            ["Data Protection Officer", "J. Smith"],
            ["Email", "dpo@acme.example"],
            [],
            ["Last reviewed", "2025-01-01"],
        ],
        title="Contact",
    )
    words = refusal(demo_register, contact).words("en")
    assert words.startswith("No header row found in sheet “Contact”")
    assert "with --mapping" in words
    unchanged()


# --- formulas: the stored value, never the formula run ------------------------------------------------


class _Web:
    """A web server on this machine that counts what is asked of it."""

    def __init__(self):
        self.requests: list[str] = []
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                requests.append(self.path)
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"fetched")

            do_HEAD = do_POST = do_OPTIONS = do_PROPFIND = do_GET

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def web():
    server = _Web()
    yield server
    server.close()


def test_a_formula_gives_its_stored_value_and_is_never_run(demo_register, tmp_path, web):
    book = foreign_workbook(
        tmp_path / "formulas.xlsx",
        [
            HEADERS,
            ["Payroll", "(formula)", "Contract"],
            ["Recruitment", "(formula)", "Contract"],
        ],
    )
    with_stored_formula(book, "B2", f'WEBSERVICE("{web.url}/purpose")', "Paying staff")
    with_stored_formula(book, "B3", "1+1", "x")
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    time.sleep(0.05)  # a fetch, had there been one, would have arrived by now
    assert web.requests == []
    purposes = {
        a["name"]["en"]: [p["description"]["en"] for p in a["purposes"]] for a in new_activities(demo_register, before)
    }
    assert purposes == {"Payroll": ["Paying staff"], "Recruitment": ["x"]}  # "x", not 2
    notes = [note.text("en") for note in report.notes]
    assert (
        "Sheet “Register”, row 2, column B: a formula; its last computed value was used, "
        "the formula was not run." in notes
    )
    assert any(n.startswith("Sheet “Register”, row 3, column B: a formula;") for n in notes)


def test_a_formula_without_a_stored_value_is_read_as_empty(demo_register, tmp_path):
    book = foreign_workbook(
        tmp_path / "formulas.xlsx",
        [
            HEADERS,
            ["Payroll", "(formula)", None, None, None, None, "(formula)"],
        ],
    )
    with_stored_formula(book, "B2", 'CONCATENATE("Paying ", "staff")', None)
    with_stored_formula(book, "G2", "A1", None)
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    (payroll,) = new_activities(demo_register, before)
    assert payroll["purposes"] == [] and payroll["department"] == ""
    assert "CONCATENATE" not in payroll["internal_notes"]
    notes = [note.text("en") for note in report.notes]
    assert notes == [
        "Sheet “Register”, row 2, column B: a formula without a stored value; the cell was read as empty.",
        "Sheet “Register”, row 2, column G: a formula without a stored value; the cell was read as empty.",
    ]


def test_a_numeric_stored_value_is_read_like_any_number(demo_register, tmp_path):
    book = foreign_workbook(
        tmp_path / "formulas.xlsx", [HEADERS, ["Payroll", "Paying staff", None, None, None, None, "(formula)"]]
    )
    text = part(book, SHEET_PART).decode()
    book = rewrite(
        book, {SHEET_PART: re.sub(r'<c r="G2"[^>]*>.*?</c>', '<c r="G2"><f>3+4</f><v>7</v></c>', text).encode()}
    )
    before = operations.order(demo_register, kinds.ACTIVITY)
    import_workbook(demo_register, book)
    (payroll,) = new_activities(demo_register, before)
    assert payroll["department"] == "7"


# --- merged cells ---------------------------------------------------------------------------------


def test_a_department_merged_down_belongs_to_every_row(demo_register, tmp_path):
    book = foreign_workbook(
        tmp_path / "merged.xlsx",
        [
            HEADERS,
            ["Payroll", "Paying staff", "Contract", None, None, None, "Human resources"],
            ["Recruitment", "Hiring", "Contract"],
            ["Training", "Training staff", "Legitimate interests"],
            ["Newsletter", "Marketing", "Consent", None, None, None, "Sales"],
        ],
        merges=["G2:G4"],
    )
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    departments = {a["name"]["en"]: a["department"] for a in new_activities(demo_register, before)}
    assert departments == {
        "Payroll": "Human resources",
        "Recruitment": "Human resources",
        "Training": "Human resources",
        "Newsletter": "Sales",
    }
    assert [n.text("en") for n in report.notes] == [
        "Sheet “Register”, row 2, column G: merged cells; the value is used for every row they span."
    ]


def test_a_header_merged_across_columns_keeps_the_mapping(demo_register, tmp_path):
    book = foreign_workbook(
        tmp_path / "merged.xlsx",
        [
            ["Name of processing activity", "Purpose of processing", None, "Lawful basis", "Retention period"],
            ["Payroll", "Paying staff", None, "Legal obligation", "7 years"],
            ["Recruitment", "Hiring", None, "Contract", "4 weeks"],
        ],
        merges=["B1:C1"],
    )
    before = operations.order(demo_register, kinds.ACTIVITY)
    import_workbook(demo_register, book)
    found = {
        a["name"]["en"]: (
            [(p["description"]["en"], p["legal_basis"]) for p in a["purposes"]],
            [(r["period_value"], r["period_unit"]) for r in a["retention_rules"]],
        )
        for a in new_activities(demo_register, before)
    }
    assert found == {
        "Payroll": ([("Paying staff", "legal_obligation")], [(7, "years")]),
        "Recruitment": ([("Hiring", "contract")], [(4, "weeks")]),
    }


def test_the_cells_under_a_merged_header_are_not_dropped(demo_register, tmp_path):
    book = foreign_workbook(
        tmp_path / "merged.xlsx",
        [
            ["Name of processing activity", "Purpose of processing", None, "Lawful basis"],
            ["Payroll", "Paying staff", "also pensions", "Legal obligation"],
        ],
        merges=["B1:C1"],
    )
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    (payroll,) = new_activities(demo_register, before)
    assert "also pensions" in payroll["internal_notes"]
    assert any("C" in n.text("en") for n in report.notes)


# --- sizes: large sheets, zip bombs, rows, cells ---------------------------------------------------


def test_a_50_mb_sheet_is_refused_naming_the_sheet(demo_register, tmp_path, unchanged):
    big = huge_sheet_workbook(tmp_path / "big.xlsx", megabytes=50)
    with zipfile.ZipFile(big) as archive:
        info = archive.getinfo(SHEET_PART)
        assert info.file_size > 50_000_000 and info.file_size / info.compress_size < 2  # no zip bomb
    refused = refusal(demo_register, big)
    assert refused.words("en").startswith(
        "Sheet “Register” holds 50 MB of cell data; the import reads sheets of up to 40 MB"
    )
    assert refused.message.code == "too_large"
    unchanged()


def test_a_zip_bomb_is_refused(demo_register, tmp_path, unchanged):
    bomb = zip_bomb_workbook(tmp_path / "bomb.xlsx", megabytes=12)
    with zipfile.ZipFile(bomb) as archive:
        info = archive.getinfo(SHEET_PART)
        assert info.file_size > 10_000_000 and info.file_size / info.compress_size > 200
    words = refusal(demo_register, bomb).words("en")
    assert "bomb.xlsx unpacks to many times its size (a so-called zip bomb) and is not read." in words
    unchanged()


def test_a_cell_longer_than_excel_allows_is_refused_naming_it(demo_register, tmp_path, unchanged):
    long = long_cell_workbook(tmp_path / "long.xlsx", 32_768, row=3, column=2)
    assert refusal(demo_register, long).words("en") == (
        "Sheet “Register”, row 3, column B: the cell holds 32,768 characters; a cell may hold at most 32,767."
    )
    unchanged()


def test_a_cell_as_long_as_excel_allows_is_imported(demo_register, tmp_path):
    long = long_cell_workbook(tmp_path / "long.xlsx", 32_767, row=3, column=2)
    before = operations.order(demo_register, kinds.ACTIVITY)
    import_workbook(demo_register, long)
    purposes = {a["name"]["en"]: a["purposes"] for a in new_activities(demo_register, before)}
    # Read whole, then fitted to what the register accepts (test_import_limits.py).
    description = purposes["Payroll"][0]["description"]["en"]
    assert len(description) == MAX_TEXT_LENGTH and description.endswith("[shortened: the text had 32,767 characters]")


def test_more_than_100000_rows_are_refused(demo_register, tmp_path, unchanged):
    many = many_rows_workbook(tmp_path / "many.xlsx", 100_001)
    refused = refusal(demo_register, many)
    assert refused.words("en") == "Sheet “Register” has > 100,000 rows; the import reads at most 100,000."
    unchanged()


def test_a_value_far_below_the_last_row_allowed_is_refused(demo_register, tmp_path, unchanged):
    rows = [row_xml(1, HEADERS[:2]), row_xml(2, ["Payroll", "Paying staff"]), row_xml(100_001, ["Stray", "x"])]
    far = raw_workbook(tmp_path / "far.xlsx", b"".join(sheet_xml(rows)))
    assert "has > 100,000 rows" in refusal(demo_register, far).words("en")
    unchanged()


def test_empty_formatted_rows_far_down_do_not_count(demo_register, tmp_path):
    """Excel writes a row for formatting alone (a height, a border) with no value: the sheet
    is no longer for it."""
    rows = [
        row_xml(1, HEADERS[:2]),
        row_xml(2, ["Payroll", "Paying staff"]),
        '<row r="400000" ht="30" customHeight="1"><c r="A400000" s="0"/></row>',
    ]
    formatted = raw_workbook(tmp_path / "formatted.xlsx", b"".join(sheet_xml(rows)))
    before = operations.order(demo_register, kinds.ACTIVITY)
    import_workbook(demo_register, formatted)
    assert [a["name"]["en"] for a in new_activities(demo_register, before)] == ["Payroll"]


@pytest.mark.parametrize("dimension", ["A1", "A1:B2", "A1:XFD1048576"])
def test_a_sheet_is_read_whole_whatever_size_it_claims(demo_register, tmp_path, dimension):
    """The <dimension> a program writes can be wrong; openpyxl's read-only mode trusts it and
    would silently leave out the rows and columns beyond it."""
    book = simple_register(tmp_path / "book.xlsx", activities=4)
    book = rewrite(
        book,
        {SHEET_PART: lambda xml: re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{dimension}"/>'.encode(), xml)},
    )
    assert f'<dimension ref="{dimension}"/>'.encode() in part(book, SHEET_PART)
    before = operations.order(demo_register, kinds.ACTIVITY)
    import_workbook(demo_register, book)
    found = {a["name"]["en"]: a["department"] for a in new_activities(demo_register, before)}
    assert found == {f"Activity {n}": "Sales" for n in range(1, 5)}


# --- XML bombs ------------------------------------------------------------------------------------

ROWS = [HEADERS[:3], ["Payroll", "Paying staff", "Contract"]]


@pytest.mark.parametrize("comment", [False, True], ids=["plain", "after-a-comment"])
@pytest.mark.parametrize("name", [SHEET_PART, "xl/sharedStrings.xml", "[Content_Types].xml"])
def test_an_xml_bomb_is_refused(demo_register, tmp_path, unchanged, name, comment):
    book = shared_strings_workbook(tmp_path / "book.xlsx", ROWS)
    bomb = rewrite(book, {name: lambda xml: billion_laughs(xml, comment=comment)}, target=tmp_path / "bomb.xlsx")
    assert b"<!ENTITY lol9" in part(bomb, name)
    words = refusal(demo_register, bomb).words("en")
    assert (
        f"bomb.xlsx contains XML entity declarations (a so-called XML bomb) in {name}; the file is not read." in words
    )
    unchanged()


def _long_comment(xml: bytes) -> bytes:
    """The bomb behind a comment longer than the part of the prologue a quick look reads."""
    declaration, rest = xml.split(b"?>", 1) if xml.startswith(b"<?xml") else (b"", xml)
    head = declaration + b"?>" if declaration else b""
    rest = re.sub(rb"<t>[^<]*</t>", b"<t>&lol9;</t>", rest, count=1)
    return head + b"\n<!--" + b" padding" * 20_000 + b" -->\n" + LAUGHS.encode() + rest


def _utf16(xml: bytes) -> bytes:
    """The bomb in a part written in UTF-16, which XML parsers read as well as UTF-8."""
    text = billion_laughs(xml).decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return text.encode("utf-16")


@pytest.mark.parametrize("change", [_long_comment, _utf16], ids=["long-comment", "utf-16"])
def test_a_disguised_xml_bomb_is_still_called_a_bomb(demo_register, tmp_path, unchanged, change):
    book = shared_strings_workbook(tmp_path / "book.xlsx", ROWS)
    bomb = rewrite(book, {"xl/sharedStrings.xml": change}, target=tmp_path / "bomb.xlsx")
    words = refusal(demo_register, bomb).words("en")
    assert "(a so-called XML bomb) in xl/sharedStrings.xml" in words
    unchanged()


def test_a_part_hiding_its_content_behind_megabytes_of_comments_is_refused(demo_register, tmp_path, unchanged):
    book = shared_strings_workbook(tmp_path / "book.xlsx", ROWS)
    hidden = rewrite(
        book,
        {"xl/sharedStrings.xml": lambda xml: xml.replace(b"?>\n", b"?>\n<!--" + b" padding" * 200_000 + b" -->\n", 1)},
        target=tmp_path / "hidden.xlsx",
    )
    words = refusal(demo_register, hidden).words("en")
    assert words == (
        "The file hidden.xlsx is damaged and cannot be read (xl/sharedStrings.xml: no content within its first 1 MB)."
    )
    unchanged()


def test_an_xml_bomb_in_a_part_named_otherwise_is_refused(demo_register, tmp_path, unchanged):
    """The sheet part's name is whatever the workbook's relationships say: not only *.xml."""
    book = shared_strings_workbook(tmp_path / "book.xlsx", ROWS)
    renamed = "xl/worksheets/sheet1.dat"
    bomb = rewrite(
        book,
        {
            renamed: billion_laughs(part(book, SHEET_PART)),
            SHEET_PART: None,
            "xl/_rels/workbook.xml.rels": lambda xml: xml.replace(b"worksheets/sheet1.xml", b"worksheets/sheet1.dat"),
            "[Content_Types].xml": lambda xml: xml.replace(b"/xl/worksheets/sheet1.xml", b"/xl/worksheets/sheet1.dat"),
        },
        target=tmp_path / "bomb.xlsx",
    )
    assert "(a so-called XML bomb) in xl/worksheets/sheet1.dat" in refusal(demo_register, bomb).words("en")
    unchanged()


def test_an_external_dtd_is_refused_and_not_fetched(demo_register, tmp_path, unchanged, web):
    book = shared_strings_workbook(tmp_path / "book.xlsx", ROWS)
    doctype = f'<!DOCTYPE worksheet SYSTEM "{web.url}/evil.dtd">'.encode()
    bomb = rewrite(
        book, {SHEET_PART: lambda xml: xml.replace(b"?>\n", b"?>\n" + doctype, 1)}, target=tmp_path / "dtd.xlsx"
    )
    assert "XML bomb" in refusal(demo_register, bomb).words("en")
    assert web.requests == []
    unchanged()


def test_the_command_line_refuses_an_xml_bomb(demo_register, tmp_path, ropa, unchanged):
    book = shared_strings_workbook(tmp_path / "book.xlsx", ROWS)
    bomb = rewrite(book, {"xl/sharedStrings.xml": billion_laughs}, target=tmp_path / "bomb.xlsx")
    code, out, err = ropa("import", demo_register.location, str(bomb), "--lang", "en", "--dry-run")
    assert code == 1 and out == ""
    assert "XML bomb" in err and "xl/sharedStrings.xml" in err
    unchanged()


def test_preview_refuses_what_the_import_refuses(tmp_path):
    book = shared_strings_workbook(tmp_path / "book.xlsx", ROWS)
    bomb = rewrite(book, {SHEET_PART: billion_laughs}, target=tmp_path / "bomb.xlsx")
    with pytest.raises(ImportRefused) as refused:
        preview(bomb)
    assert "XML bomb" in refused.value.words("en")


# --- external links ---------------------------------------------------------------------------------


def test_external_links_are_noted_and_never_followed(demo_register, tmp_path, web):
    book = foreign_workbook(tmp_path / "linked.xlsx", [HEADERS[:3], ["Payroll", "(formula)", "Contract"]])
    with_stored_formula(book, "B2", "[1]Sheet1!A1", "Paying staff")
    with_external_link(book, f"{web.url}/other.xlsx")
    assert "xl/externalLinks/externalLink1.xml" in zipfile.ZipFile(book).namelist()
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    time.sleep(0.05)
    assert web.requests == []
    (payroll,) = new_activities(demo_register, before)
    assert payroll["purposes"][0]["description"] == {"en": "Paying staff"}
    notes = [note.text("en") for note in report.notes]
    assert "The workbook refers to other files (external links); they were not followed." in notes


# --- hostile-looking text is text ----------------------------------------------------------------------

HOSTILE = [
    "<script>alert('x')</script>",
    "=cmd|' /C calc'!A0",
    "@SUM(1)",
    "+1",
    "-1",
    "a\tb",
    '=HYPERLINK("http://127.0.0.1:9/", "click")',
    "<b>bold</b> & <![CDATA[x]]> &amp",
]


def test_markup_and_formula_characters_import_and_export_as_text(demo_register, tmp_path):
    rows = [HEADERS[:3]] + [[f"Activity {text}", text, "Contract"] for text in HOSTILE]
    book = foreign_workbook(tmp_path / "hostile.xlsx", rows, as_text=True)
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    assert [n.code for n in report.notes if n.code.startswith("formula")] == []
    imported = {a["name"]["en"]: a["purposes"][0]["description"]["en"] for a in new_activities(demo_register, before)}
    assert imported == {f"Activity {text}": text for text in HOSTILE}

    exported = BytesIO()
    write_workbook(demo_register, "en", exported)
    exported.seek(0)
    book = load_workbook(exported)  # not read-only: every cell's type and style
    found = {}
    for sheet in book.worksheets:
        if sheet.title == DATA_SHEET:
            continue
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    for line in cell.value.split("\n"):
                        if line in HOSTILE:
                            found.setdefault(line, []).append(cell)
    assert set(found) == set(HOSTILE)
    for text, cells in found.items():
        for cell in cells:
            assert cell.data_type == "s", (text, cell.coordinate)  # text, never a formula
            if text.startswith(("=", "+", "-", "@")) and cell.value == text:
                assert cell.quotePrefix, (text, cell.coordinate)


# --- mapping files ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("{not json", "not valid JSON"),
        ('{"columns": {"Purpose of processing": "purpose"}}', "'purpose' (for 'Purpose of processing') is not a field"),
        ('{"header_row": 0}', "header_row: a row number from 1 to 1000 is expected"),
        ('{"sheet": "Register", "colums": {}}', "unknown key 'colums'"),
        ("[1, 2]", "a JSON object is expected"),
        (b"\xff\xfe{}", "not UTF-8 text"),
        ('{"x": "' + "a" * 2_000_000 + '"}', "larger than 1 MB"),
    ],
    ids=["not-json", "field", "row-0", "key", "list", "encoding", "2mb"],
)
def test_a_bad_mapping_file_is_refused(demo_register, tmp_path, ropa, unchanged, content, detail):
    mapping = tmp_path / "map.json"
    if isinstance(content, bytes):
        mapping.write_bytes(content)
    else:
        mapping.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        Mapping.load(mapping)
    assert refused.value.words("en").startswith("The mapping file map.json cannot be used: ")
    assert detail in refused.value.words("en")
    book = simple_register(tmp_path / "register.xlsx")
    code, out, err = ropa("import", demo_register.location, str(book), "--mapping", str(mapping), "--lang", "en")
    assert code == 1 and out == ""
    assert "The mapping file map.json cannot be used: " in err and detail in err
    unchanged()


def test_a_mapping_for_a_sheet_that_is_not_there_is_refused(demo_register, tmp_path, unchanged):
    book = simple_register(tmp_path / "register.xlsx")
    refused = refusal(demo_register, book, mapping=Mapping(sheet="Verwerkingen"))
    assert refused.words("en") == "The workbook has no sheet “Verwerkingen”."
    unchanged()


def test_a_mapping_without_a_name_column_is_refused(demo_register, tmp_path, unchanged):
    book = simple_register(tmp_path / "register.xlsx")
    mapping = Mapping(columns={"Name of processing activity": None, "Purpose of processing": None})
    words = refusal(demo_register, book, mapping=mapping).words("en")
    assert words.startswith("No column is mapped to the name")
    unchanged()


# --- a register that cannot be written --------------------------------------------------------------


@pytest.fixture
def read_only_register(demo_path, tmp_path):
    path = tmp_path / "locked.ropa"
    shutil.copy2(demo_path, path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 0o444
    register = open_register(path)
    if not register.read_only:  # a file system that ignores the mode bits
        register.close()
        path.chmod(0o644)
        pytest.skip("the file system does not make the file read-only")
    yield register
    register.close()
    path.chmod(0o644)


def test_a_read_only_register_is_refused_and_unchanged(read_only_register, tmp_path):
    before = database_rows(read_only_register)
    book = simple_register(tmp_path / "register.xlsx")
    with pytest.raises(RegisterError) as refused:
        import_workbook(read_only_register, book)
    assert refused.value.code == errors.READ_ONLY
    assert "read-only" in str(refused.value) and "nothing was saved" in str(refused.value)
    assert database_rows(read_only_register) == before
    assert not os.access(read_only_register.path, os.W_OK) or not read_only_register.path.stat().st_mode & 0o222


def test_the_command_line_exits_2_for_a_read_only_register(read_only_register, tmp_path, ropa):
    before = database_rows(read_only_register)
    book = simple_register(tmp_path / "register.xlsx")
    code, out, err = ropa("import", str(read_only_register.path), str(book), "--lang", "en")
    assert code == 2 and out == ""
    assert "read-only" in err and err.count("\n") == 1
    assert database_rows(read_only_register) == before


def test_a_refused_import_into_a_read_only_register_leaves_no_copy(read_only_register, tmp_path):
    book = simple_register(tmp_path / "register.xlsx")
    with pytest.raises(RegisterError):
        import_workbook(read_only_register, book)
    assert [p.name for p in read_only_register.path.parent.iterdir() if "before-import" in p.name] == []


def test_a_dry_run_works_on_a_read_only_register(read_only_register, tmp_path):
    before = database_rows(read_only_register)
    report = import_workbook(read_only_register, simple_register(tmp_path / "register.xlsx"), dry_run=True)
    assert report.outcomes[kinds.ACTIVITY].added == ["Activity 1", "Activity 2"]
    assert database_rows(read_only_register) == before


# --- Cancel is no damage ---------------------------------------------------------------------------


class _Stop(Exception):
    """What the window's progress callback raises when the officer presses Cancel."""


def test_cancel_while_a_sheet_is_read_stops_the_import_as_cancel(demo_register, tmp_path, unchanged):
    book = simple_register(tmp_path / "long.xlsx", activities=1200)

    def progress(done, total):
        raise _Stop()

    with pytest.raises(_Stop):  # not turned into "the sheet is damaged"
        import_workbook(demo_register, book, progress=progress)
    unchanged()


# --- the command line reports what it refuses, in the language asked ------------------------------------


def test_the_command_line_names_sheet_row_and_column(demo_register, tmp_path, ropa, unchanged):
    long = long_cell_workbook(tmp_path / "long.xlsx", 40_000, row=3, column=2)
    code, out, err = ropa("import", demo_register.location, str(long), "--lang", "nl")
    assert code == 1 and out == ""
    assert err == (
        "ropa: Blad “Register”, rij 3, kolom B: de cel bevat 40,000 tekens; een cel mag er ten hoogste "
        "32,767 bevatten.\n"
    )
    unchanged()


@pytest.mark.sqlite_only  # no copy beside a file
def test_a_refused_file_leaves_no_backup_behind(demo_register, tmp_path):
    bomb = zip_bomb_workbook(tmp_path / "bomb.xlsx")
    refusal(demo_register, bomb)
    assert not [p for p in demo_register.path.parent.iterdir() if "before-import" in p.name]


@pytest.fixture
def register_locked_by_another_program(demo_register):
    """Another program (a second window, a colleague's copy) is writing: it holds the write lock."""
    other = sqlite3.connect(demo_register.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield demo_register
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.sqlite_only  # SQLite's file lock
def test_an_import_into_a_register_locked_by_another_program_is_refused_and_unchanged(
    register_locked_by_another_program, tmp_path, unchanged
):
    register = register_locked_by_another_program
    book = simple_register(tmp_path / "register.xlsx")
    with pytest.raises(RegisterError) as refused:
        import_workbook(register, book)
    assert refused.value.code == errors.LOCKED
    assert "locked by another program" in str(refused.value) and "nothing was saved" in str(refused.value)
    assert [p.name for p in register.path.parent.iterdir() if "before-import" in p.name] == []
    unchanged()


@pytest.mark.sqlite_only  # SQLite's file lock
def test_the_command_line_exits_2_for_a_locked_register(register_locked_by_another_program, tmp_path, ropa, unchanged):
    book = simple_register(tmp_path / "register.xlsx")
    code, out, err = ropa("import", str(register_locked_by_another_program.path), str(book), "--lang", "en")
    assert code == 2 and out == ""
    assert "locked by another program" in err
    unchanged()
