"""Opening a workbook that came from outside, safely.

Before openpyxl reads anything, the file is checked as a zip: its size, what it unpacks
to (a zip bomb is refused), password protection (an encrypted workbook is an OLE file, not
a zip), every part's integrity (each is read through once, so damage inside the zip is
found here), and every XML part's prologue (entity declarations, the XML bomb, are refused;
openpyxl parses through defusedxml as a second wall). External links are neither loaded
nor followed, formulas are never evaluated.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from .problems import ImportRefused, Place
from .sheet_size import Reader

MB = 1_000_000
MAX_FILE = 100 * MB
MAX_UNPACKED = 400 * MB
# One sheet's XML: a 10,000-activity register sheet is about 22 MB.
MAX_SHEET = 40 * MB
# Our own data sheet is read row by row, never held whole, and what it brings in is counted
# (limits.py); a 10,000-activity register with full texts is about 50 MB of it.
MAX_DATA_SHEET = 200 * MB
MAX_RATIO = 200  # real workbooks pack 5-30 times; a bomb thousands of times
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
CHUNK = 64 * 1024
# Real parts open their root element within a few hundred bytes; a prologue this long
# (comments hiding what follows) is refused rather than searched to its end.
MAX_PROLOGUE = 1 * MB
_UTF16 = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")
# What a damaged zip raises while a part is read: zlib's own error is no OSError.
_DAMAGED = (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error)


@dataclass
class OpenedWorkbook:
    path: Path
    archive: zipfile.ZipFile
    external_links: bool

    def sheet_size(self, sheet_part: str) -> int:
        try:
            return self.archive.getinfo(sheet_part).file_size
        except KeyError:
            return 0

    def close(self) -> None:
        self.archive.close()


def open_checked(path: Path) -> OpenedWorkbook:
    """The file as a zip that passed every check; raises ImportRefused otherwise."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        raise ImportRefused("missing", file=str(path)) from None
    if head == OLE_SIGNATURE:
        raise ImportRefused("encrypted" if _encrypted(path) else "old_excel", file=name)
    if size > MAX_FILE:
        raise ImportRefused("file_too_large", file=name, size=size // MB, limit=MAX_FILE // MB)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        if head.startswith(ZIP_SIGNATURE):
            # It starts as a zip but its directory (at the end) is gone: a workbook cut short
            # by a download or a full disk, not some other kind of file.
            raise ImportRefused("corrupt", file=name, detail=f"the file is incomplete: {_short(exc)}") from None
        raise ImportRefused("not_a_workbook", file=name) from None
    try:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise ImportRefused("not_a_workbook", file=name)
        unpacked = sum(info.file_size for info in infos)
        packed = sum(info.compress_size for info in infos) or 1
        if unpacked > MAX_UNPACKED or (unpacked > 10 * MB and unpacked / packed > MAX_RATIO):
            raise ImportRefused("compression", file=name)
        for info in infos:
            _check_part(archive, info, name)
        external = any(n.startswith("xl/externalLinks/") for n in names)
    except ImportRefused:
        archive.close()
        raise
    except _DAMAGED as exc:
        archive.close()
        raise ImportRefused("corrupt", file=name, detail=_short(exc)) from None
    return OpenedWorkbook(path, archive, external)


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> None:
    """Every part is read to its end once, so a part damaged inside the zip (a broken
    deflate stream, a wrong checksum) is refused here, whoever would read it later (openpyxl
    reads sheets lazily, outside any check). Every part that is XML, whatever its name (a
    sheet's part is named by the workbook's relationships, not by its extension), has its
    prologue checked."""
    with archive.open(info) as part:
        head = part.read(CHUNK)
        if _looks_like_xml(head):
            _check_prologue(head, part, info.filename, file)
        while part.read(CHUNK):  # the checksum is verified at the end
            pass


def _looks_like_xml(head: bytes) -> bool:
    return head.startswith(_UTF16) or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def _check_prologue(head: bytes, part, part_name: str, file: str) -> None:
    """Entity declarations can only stand before the root element; read up to it, however
    long the comments before it (a quick look at the first 64 KB alone was fooled by one
    long comment), in UTF-16 as in UTF-8 (XML parsers read both)."""
    prologue = head
    while True:
        text = _as_utf8(prologue)
        root = _root_start(text)
        if _DECLARATION.search(text[:root] if root >= 0 else text):
            raise ImportRefused("xml_entities", file=file, part=part_name)
        if root >= 0:
            return
        more = part.read(CHUNK)
        if not more:
            return
        prologue += more
        if len(prologue) > MAX_PROLOGUE:
            raise ImportRefused(
                "corrupt", file=file, detail=f"{part_name}: no content within its first {MAX_PROLOGUE // MB} MB"
            )


def _as_utf8(data: bytes) -> bytes:
    """A UTF-16 part's text as UTF-8 bytes (a half character at the end is dropped)."""
    if data.startswith((b"\xff\xfe", b"<\x00")):
        return data.decode("utf-16-le", "ignore").encode("utf-8")
    if data.startswith((b"\xfe\xff", b"\x00<")):
        return data.decode("utf-16-be", "ignore").encode("utf-8")
    return data


def _root_start(head: bytes) -> int:
    """Offset of the root element: the first "<" that opens neither a declaration, a
    processing instruction nor a comment; -1 when not within ``head``."""
    position = 0
    while True:
        position = head.find(b"<", position)
        if position < 0 or position + 1 >= len(head):
            return -1
        following = head[position + 1 : position + 2]
        if following not in (b"?", b"!"):
            return position
        if head.startswith(b"<!--", position):
            end = head.find(b"-->", position)
            if end < 0:
                return -1
            position = end + 3
        else:
            position += 2


def _encrypted(path: Path) -> bool:
    """An OLE file holding "EncryptionInfo" is a password-protected xlsx; otherwise an old .xls."""
    try:
        with path.open("rb") as handle:
            data = handle.read(4 * MB)
    except OSError:
        return False
    return "EncryptionInfo".encode("utf-16-le") in data


def load(opened: OpenedWorkbook, *, read_only: bool, values: bool = False):
    """openpyxl's workbook; ``values`` gives formulas' stored results instead of formulas."""
    # openpyxl's load_workbook, except that the file and the parts it opened are closed when
    # reading fails (a sheet holding a character XML has no word for, U+FFFE, left them open).
    reader = None
    parts: list = []
    try:
        # openpyxl's reader, except that a sheet noting no size is not parsed whole to find none.
        reader = Reader(
            opened.path, read_only=read_only, keep_vba=False, data_only=values, keep_links=False, rich_text=False
        )
        archive = reader.archive

        def tracked(*args, **kwargs):
            parts.append(zipfile.ZipFile.open(archive, *args, **kwargs))
            return parts[-1]

        archive.open = tracked  # type: ignore[method-assign]  # this one archive's parts are tracked while reading
        try:
            reader.read()
        finally:
            del archive.open
        return reader.wb
    except Exception as exc:  # openpyxl raises a wide variety on damaged parts
        for part in parts:
            part.close()
        if reader is not None:
            reader.archive.close()
        if isinstance(exc, ImportRefused):
            raise
        raise ImportRefused("corrupt", file=opened.path.name, detail=_short(exc)) from None


def check_sheet_size(opened: OpenedWorkbook, book, sheet_name: str, data: bool = False) -> None:
    """``data``: our own data sheet, which has its own limit."""
    part = _sheet_part(book, sheet_name)
    size = opened.sheet_size(part) if part else 0
    limit = MAX_DATA_SHEET if data else MAX_SHEET
    if size > limit:
        raise ImportRefused(
            "data_too_large" if data else "too_large", Place(sheet_name), size=size // MB, limit=limit // MB
        )


def _sheet_part(book, sheet_name: str) -> str | None:
    sheet = book[sheet_name]
    path = getattr(sheet, "_worksheet_path", None) or getattr(sheet, "path", None)
    if not path:
        return None
    return path.lstrip("/")


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]
