"""Our own workbook's sheets are read straight from their XML (fast_rows.py): the rows must be
exactly those openpyxl gives, and a sheet in any other form must be left to openpyxl."""

from __future__ import annotations

import zipfile
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from ropa_desktop.documents.importing import fast_rows
from ropa_desktop.documents.importing.opening import load, open_checked
from ropa_desktop.documents.workbook import write_workbook

TRICKY = [
    ["plain", "a & b < c > d \"quoted\" 'single'", "line\nbreak", "tab\there", "  spaces  "],
    [1, 2.5, -3, 1e20, 0],
    [True, False, None, "", "€ ü 漢字 😀"],
    [datetime(2024, 5, 17, 13, 45), date(2023, 1, 2), None, None, "last"],
    [],
    [None, None, None, "far right"],
]


def _openpyxl_rows(book, name):
    with closing(book[name].iter_rows(values_only=True)) as rows:
        return list(rows)


def _both(path: Path):
    opened = open_checked(path)
    book = load(opened, read_only=True)
    try:
        return [(name, fast_rows.rows(opened, book, name), _openpyxl_rows(book, name)) for name in book.sheetnames]
    finally:
        book.close()
        opened.close()


def test_our_export_reads_as_openpyxl_reads_it(demo_register, tmp_path):
    path = tmp_path / "ours.xlsx"
    with path.open("wb") as target:
        write_workbook(demo_register, "nl", target)
    sheets = _both(path)
    assert len(sheets) > 3
    for name, fast, slow in sheets:
        assert fast is not None, name  # our sheets are all read straight
        assert fast == slow, name
        assert [type(row) for row in fast] == [type(row) for row in slow], name


def test_values_of_every_kind_as_openpyxl_reads_them(tmp_path):
    path = tmp_path / "kinds.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Write only")
    for row in TRICKY:
        sheet.append([WriteOnlyCell(sheet, value) for value in row])
    normal = book.create_sheet("Shared")
    for row in TRICKY:
        normal.append(row)
    book.save(path)
    for name, fast, slow in _both(path):
        assert fast is not None, name
        assert fast == slow, name
        assert fast[0][1] == "a & b < c > d \"quoted\" 'single'"
        assert fast[3][0] == datetime(2024, 5, 17, 13, 45)


def _with_sheet(path: Path, xml: str, strings: list[str] | None = None) -> Path:
    """A minimal workbook whose one sheet is ``xml`` (inside <worksheet>), written by hand."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + (
                '<Override PartName="/xl/sharedStrings.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                if strings is not None
                else ""
            )
            + '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="Sheet" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        shared = ""
        if strings is not None:
            shared = f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            archive.writestr(
                "xl/sharedStrings.xml",
                f'<sst xmlns="{main}">' + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>",
            )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/worksheet" '
            f'Target="worksheets/sheet1.xml"/>{shared}</Relationships>',
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet xmlns="{main}">{xml}</worksheet>'
        )
    return path


def test_rows_as_excel_writes_them(tmp_path):
    """Shared strings, rows left out, cells without a reference, a row without cells, spaces
    between the elements and line ends written as they are."""
    xml = (
        "<sheetData>\n"
        '  <row r="1" spans="1:3" s="2" customFormat="1"><c r="A1" t="s"><v>1</v></c><c><v>7</v></c>'
        '<c r="C1" t="b"><v>1</v></c></row>\n'
        '  <row r="3"/>\n'
        '  <row r="5"><c r="B5" t="str"><v>a\r\nb &#13; &#x263A;</v></c><c r="D5" t="e"><v>#N/A</v></c></row>\n'
        '  <row><c r="A6" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c><c r="B6" t="inlineStr"><is/></c>'
        '<c r="C6" t="inlineStr"/><c r="D6"><v></v></c><c r="E6" s="0"><v>1.50</v></c></row>\n'
        "</sheetData>"
    )
    path = _with_sheet(tmp_path / "excel.xlsx", xml, ["zero", "one &amp; two"])
    [(_name, fast, slow)] = _both(path)
    assert fast is not None
    assert fast == slow
    assert fast[0] == ("one & two", 7, True)
    assert fast[4][1] == "a\nb \r \u263a"


def test_a_sheet_in_another_form_is_left_to_openpyxl(tmp_path):
    """Near misses: a formula, rich text, a prefix, attributes in another order, a size noted
    in the sheet; each is read by openpyxl (None here), the import then reads it as before."""
    forms = {
        "formula": '<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData>',
        "rich text": '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r></is></c></row></sheetData>',
        "order": '<sheetData><row r="1"><c r="A1" t="n" s="1"><v>2</v></c></row></sheetData>',
        "dimension": '<dimension ref="A1"/><sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>',
        "comment": '<sheetData><!-- note --><row r="1"><c r="A1"><v>2</v></c></row></sheetData>',
    }
    for label, xml in forms.items():
        path = _with_sheet(tmp_path / f"{label}.xlsx", xml)
        [(_name, fast, slow)] = _both(path)
        assert fast is None, label
        assert slow, label
    plain = _with_sheet(tmp_path / "plain.xlsx", '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>')
    assert _both(plain)[0][1] == [(2,)]
