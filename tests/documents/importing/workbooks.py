"""Builders of the workbooks the import tests feed in, good and bad, all made in the test's
own folder: with openpyxl where a real workbook is wanted, and by writing the zip's parts
directly where the file must be something openpyxl would never write (a 50 MB sheet, a
zip bomb, an XML bomb, a cell longer than Excel allows)."""

from __future__ import annotations

import base64
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_PART = "xl/worksheets/sheet1.xml"

# A foreign register in English: the header row the fuzz test and several others use.
HEADERS = [
    "Name of processing activity",
    "Purpose of processing",
    "Lawful basis",
    "Categories of individuals",
    "Categories of personal data",
    "Retention period",
    "Department",
]


# --- real workbooks, written by openpyxl ---------------------------------------------------


def foreign_workbook(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    title: str = "Register",
    merges: Iterable[str] = (),
    more_sheets: dict[str, Sequence[Sequence[object]]] | None = None,
    as_text: bool = False,
) -> Path:
    """A workbook with one sheet of ``rows`` (row 1 first; None leaves a cell empty).
    ``as_text``: a text starting with "=" is a text cell, not a formula (as Excel stores
    text typed after an apostrophe, or into a cell formatted as text)."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    _fill(sheet, rows, as_text)
    for ref in merges:
        sheet.merge_cells(ref)
    for name, more in (more_sheets or {}).items():
        _fill(book.create_sheet(name), more, as_text)
    book.save(path)
    return path


def sheets_workbook(path: Path, sheets: dict[str, Sequence[Sequence[object]]], hidden: tuple[str, ...] = ()) -> Path:
    """A workbook of several sheets, in the order given; those named in ``hidden`` are hidden."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        if title in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def _fill(sheet, rows, as_text: bool = False) -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = sheet.cell(row=r, column=c, value=value)
                if as_text and isinstance(value, str):
                    cell.data_type = "s"


def simple_register(path: Path, activities: int = 2) -> Path:
    """A small, valid foreign register: the HEADERS and ``activities`` rows."""
    rows = [HEADERS] + [
        [f"Activity {n}", f"Purpose {n}", "Contract", "Clients", "Name", "7 years", "Sales"]
        for n in range(1, activities + 1)
    ]
    return foreign_workbook(path, rows)


# --- changing a workbook's parts -------------------------------------------------------------

Change = bytes | str | Callable[[bytes], bytes] | None


def rewrite(
    path: Path, changes: dict[str, Change], *, target: Path | None = None, compression: int = zipfile.ZIP_DEFLATED
) -> Path:
    """The zip at ``path`` with parts replaced (bytes or str), transformed (a function of the
    old bytes), added (a name not there yet) or removed (None); written to ``target`` or in place."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    for name, change in changes.items():
        if change is None:
            parts.pop(name, None)
        elif callable(change):
            parts[name] = change(parts[name])
        else:
            parts[name] = change.encode("utf-8") if isinstance(change, str) else change
    target = target or path
    tmp = target.with_name(target.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    tmp.replace(target)
    return target


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def with_stored_formula(path: Path, ref: str, formula: str, stored: str | None) -> Path:
    """Cell ``ref`` of the first sheet becomes ``=formula`` with ``stored`` as the value the
    spreadsheet last computed (None: no stored value, as a file never opened in Excel).

    openpyxl writes formulas without a value, so the value is patched into the sheet XML."""
    value = "" if stored is None else f"<v>{escape(stored)}</v>"
    cell = (
        f'<c r="{ref}" t="str"><f>{escape(formula)}</f>{value}</c>'
        if stored is not None
        else f'<c r="{ref}"><f>{escape(formula)}</f></c>'
    )

    def patch(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        pattern = re.compile(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', re.DOTALL)
        assert pattern.search(text), f"{ref} is not in the sheet"
        return pattern.sub(lambda _m: cell, text, count=1).encode("utf-8")

    return rewrite(path, {SHEET_PART: patch})


def with_external_link(path: Path, url: str) -> Path:
    """A workbook that refers to another file (an external link part, its relationship and
    content type), as Excel writes when a cell refers to a cell of another workbook."""
    link = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<externalLink xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><externalBook r:id="rId1">'
        f'<sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>'
    )
    link_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{REL_NS}/externalLinkPath" Target="{escape(url)}" '
        f'TargetMode="External"/></Relationships>'
    )

    def content_types(xml: bytes) -> bytes:
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"
        override = f'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="{kind}"/>'
        return xml.replace(b"</Types>", override.encode() + b"</Types>")

    def workbook_rels(xml: bytes) -> bytes:
        return xml.replace(
            b"</Relationships>",
            f'<Relationship Id="rId99" Type="{REL_NS}/externalLink" '
            f'Target="externalLinks/externalLink1.xml"/></Relationships>'.encode(),
        )

    def workbook(xml: bytes) -> bytes:
        references = f'<externalReferences><externalReference xmlns:r="{REL_NS}" r:id="rId99"/></externalReferences>'
        return xml.replace(b"</sheets>", b"</sheets>" + references.encode(), 1)

    return rewrite(
        path,
        {
            "xl/externalLinks/externalLink1.xml": link,
            "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels,
            "[Content_Types].xml": content_types,
            "xl/_rels/workbook.xml.rels": workbook_rels,
            "xl/workbook.xml": workbook,
        },
    )


# --- workbooks written part by part -------------------------------------------------------------


def _package(sheet_titles: Sequence[str], shared_strings: bool) -> dict[str, bytes]:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
        f'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, len(sheet_titles) + 1)
    )
    if shared_strings:
        overrides += (
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        )
    sheets = "".join(
        f'<sheet name="{escape(t)}" sheetId="{n}" r:id="rId{n}"/>' for n, t in enumerate(sheet_titles, start=1)
    )
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, len(sheet_titles) + 1)
    )
    if shared_strings:
        rels += f'<Relationship Id="rId900" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return {
        "[Content_Types].xml": (
            f'{head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{overrides}</Types>"
        ).encode(),
        "_rels/.rels": (
            f'{head}<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
            f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ).encode(),
        "xl/workbook.xml": (
            f'{head}<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>{sheets}</sheets></workbook>'
        ).encode(),
        "xl/_rels/workbook.xml.rels": f'{head}<Relationships xmlns="{PKG_REL_NS}">{rels}</Relationships>'.encode(),
    }


def sheet_xml(rows: Iterable[str], *, prologue: str = "") -> Iterable[bytes]:
    """A worksheet part, in pieces: ``rows`` are <row> elements as text."""
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prologue}'.encode()
    yield f'<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode()
    for row in rows:
        yield row.encode("utf-8")
    yield b"</sheetData></worksheet>"


def row_xml(number: int, values: Sequence[str | None]) -> str:
    """A <row> of inline strings (no shared strings part needed)."""
    cells = "".join(
        f'<c r="{_column(c)}{number}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>'
        for c, v in enumerate(values, start=1)
        if v is not None
    )
    return f'<row r="{number}">{cells}</row>'


def _column(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def raw_workbook(
    path: Path,
    sheet: Iterable[bytes] | bytes,
    *,
    title: str = "Register",
    shared_strings: bytes | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
    level: int | None = None,
    content_types: Callable[[bytes], bytes] | None = None,
) -> Path:
    """A minimal xlsx whose one sheet part is ``sheet`` (bytes, or pieces streamed into the zip)."""
    parts = _package([title], shared_strings is not None)
    if content_types is not None:
        parts["[Content_Types].xml"] = content_types(parts["[Content_Types].xml"])
    with zipfile.ZipFile(path, "w", compression, compresslevel=level) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
        with archive.open(SHEET_PART, "w") as out:  # streamed: a 50 MB part is never held whole
            for piece in [sheet] if isinstance(sheet, bytes) else sheet:
                out.write(piece)
    return path


def header_and_rows(rows: Sequence[Sequence[str | None]], start: int = 1) -> list[str]:
    return [row_xml(n, values) for n, values in enumerate(rows, start=start)]


def long_cell_workbook(path: Path, length: int, *, row: int = 3, column: int = 2) -> Path:
    """A foreign register whose cell at (``row``, ``column``) holds ``length`` characters."""
    values: list[str | None] = [None] * max(column, 2)
    values[0] = "Payroll"
    values[column - 1] = "x" * length
    rows = [row_xml(1, HEADERS[:2]), row_xml(2, ["Recruitment", "Hiring"]), row_xml(row, values)]
    return raw_workbook(path, sheet_xml(rows))


def many_rows_workbook(path: Path, count: int) -> Path:
    """``count`` rows, each as small as a row can be; the first is a header row."""

    def rows():
        yield row_xml(1, HEADERS[:2])
        for number in range(2, count + 1):
            yield f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>a</t></is></c></row>'

    return raw_workbook(path, sheet_xml(rows()))


def huge_sheet_workbook(path: Path, megabytes: int) -> Path:
    """A sheet of ``megabytes`` MB of random, incompressible text: large, but no zip bomb."""
    chunk = 30_000  # characters per cell, under Excel's limit
    cells_needed = megabytes * 1_000_000 // chunk + 1

    def rows():
        yield row_xml(1, HEADERS[:2])
        for number in range(2, cells_needed + 2):
            text = base64.b64encode(os.urandom(chunk * 3 // 4)).decode()
            yield f'<row r="{number}"><c r="B{number}" t="inlineStr"><is><t>{text}</t></is></c></row>'

    return raw_workbook(path, sheet_xml(rows()), compression=zipfile.ZIP_STORED)


def zip_bomb_workbook(path: Path, megabytes: int = 12) -> Path:
    """A sheet part of ``megabytes`` MB of one repeated row: it packs a thousand times."""
    row = '<row r="2"><c r="A2" t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>'
    copies = megabytes * 1_000_000 // len(row) + 1

    def rows():
        yield row_xml(1, HEADERS[:2])
        block = row * 1000
        for _ in range(copies // 1000 + 1):
            yield block

    return raw_workbook(path, sheet_xml(rows()), level=9)


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
    '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
    '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
    '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
    '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
)


def billion_laughs(xml: bytes, *, comment: bool = False, root_uses: str = "&lol9;") -> bytes:
    """``xml`` with the billion laughs declared before its root element (after a comment
    when ``comment``), and used in its first text. The XML declaration stays first."""
    text = xml.decode("utf-8")
    declaration = ""
    if text.startswith("<?xml"):
        end = text.index("?>") + 2
        declaration, text = text[:end], text[end:].lstrip()
    prologue = ("<!-- made by a spreadsheet -->\n" if comment else "") + LAUGHS + "\n"
    text = re.sub(r"<t([^>]*)>[^<]*</t>", lambda m: f"<t{m.group(1)}>{root_uses}</t>", text, count=1)
    return f"{declaration}\n{prologue}{text}".encode()


# --- files that are no workbook ------------------------------------------------------------------


def docx_file(path: Path) -> Path:
    """A Word document: a zip with [Content_Types].xml but no xl/workbook.xml."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
        )
    return path


OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def old_xls_file(path: Path) -> Path:
    """An OLE compound file as Excel 97-2003 writes: the signature, a header, a Workbook stream."""
    header = OLE_SIGNATURE + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + bytes(512 - 32)
    body = "Workbook".encode("utf-16-le") + os.urandom(4096)
    path.write_bytes(header + body)
    return path


def encrypted_ole_file(path: Path) -> Path:
    """An OLE compound file as Excel writes a password-protected workbook: its directory
    names the streams "EncryptionInfo" and "EncryptedPackage" (names in UTF-16)."""
    header = OLE_SIGNATURE + bytes(16) + b"\x3e\x00\x04\x00\xfe\xff\x0c\x00" + bytes(4096 - 32)

    def entry(name: str) -> bytes:
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        return encoded + bytes(64 - len(encoded)) + len(encoded).to_bytes(2, "little") + bytes(128 - 66)

    directory = entry("Root Entry") + entry("EncryptionInfo") + entry("EncryptedPackage")
    path.write_bytes(header + directory + os.urandom(8192))
    return path


def encrypted_workbook(source: Path, target: Path, password: str = "geheim") -> Path:
    """``source`` encrypted with a password the way Excel does (an OLE file with EncryptionInfo)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as plain, target.open("wb") as out:
        OOXMLFile(plain).encrypt(password, out)
    return target


def shared_strings_workbook(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    """A workbook whose texts stand in xl/sharedStrings.xml, as Excel writes them (openpyxl
    writes inline strings when it has no shared strings to write)."""
    strings: list[str] = []
    index: dict[str, int] = {}
    xml_rows = []
    for number, values in enumerate(rows, start=1):
        cells = []
        for column, value in enumerate(values, start=1):
            if value not in index:
                index[value] = len(strings)
                strings.append(value)
            cells.append(f'<c r="{_column(column)}{number}" t="s"><v>{index[value]}</v></c>')
        xml_rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    table = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN_NS}" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        + "</sst>"
    )
    return raw_workbook(path, b"".join(sheet_xml(xml_rows)), shared_strings=table.encode("utf-8"))
