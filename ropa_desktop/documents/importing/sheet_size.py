"""openpyxl's read-only sheet, its size found without reading the whole sheet when it notes none.

openpyxl looks for a sheet's size (the <dimension> element) when the workbook is opened; in a
sheet that notes none, as ours (written row by row) and others', it parsed the whole sheet to
find nothing: a third of reading our own workbook. A part that does not hold the word at all
and is whole XML (expat, the parser openpyxl uses, read it to its end) has no size to find;
any other part is looked into by openpyxl as before, so a damaged one is refused as before.
"""

from __future__ import annotations

from typing import Any
from xml.parsers import expat

from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import ExcelReader
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

# UTF-16 (with or without its mark) would hide the word from a search of the bytes.
_UTF16 = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")


class _Refused(Exception):
    pass


def well_formed(data: bytes) -> bool:
    """The part is XML that expat reads to its end, namespaces as openpyxl's parser reads them,
    without a document type (where entities would be declared)."""
    parser = expat.ParserCreate(namespace_separator="}")

    def refuse(*_args):
        raise _Refused

    parser.StartDoctypeDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except (expat.ExpatError, _Refused):
        return False
    return True


class SizedLazily(ReadOnlyWorksheet):
    # The part was found whole XML without a size (fast_rows.py need not check it again).
    checked_whole = False

    def _get_size(self) -> None:
        sheet: Any = self  # openpyxl's stubs leave out the attributes of a read-only sheet
        data = sheet.parent._archive.read(sheet._worksheet_path)
        if b"dimension" in data or data[:2] in _UTF16 or not well_formed(data):
            sheet_class: Any = ReadOnlyWorksheet
            sheet_class._get_size(self)
        else:  # openpyxl would read the whole part and find no size: the sheet is read whole
            self.checked_whole = True


class Reader(ExcelReader):
    """openpyxl's reader, making its read-only sheets SizedLazily."""

    def read_worksheets(self) -> None:
        if not self.read_only:
            return super().read_worksheets()
        reader: Any = self  # openpyxl's stubs type a workbook's sheets and states more narrowly
        # openpyxl's own loop for a read-only workbook (reader/excel.py), with the other sheet class.
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                reader.read_chartsheet(sheet, rel)
                continue
            rels_path = get_rels_path(rel.target)
            if rels_path in self.valid_files:
                get_dependents(self.archive, rels_path)  # read as openpyxl reads it: damage refuses alike
            ws = SizedLazily(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state  # type: ignore[assignment]
            reader.wb._sheets.append(ws)
        return None
