"""An incremental update (ISO 32000-1, 7.5.6) written as PDF syntax: what pdf_tags.py (the
structure tree) and pdf_archive.py (PDF/A) append to ReportLab's file, instead of having pikepdf
(qpdf) read and rewrite every object of it.

Why (issue 19's speed): a dossier of 2,000 activities has some 95,000 structure elements. qpdf
parsing them back and writing the whole file again with object streams took a third of the
export; written here once, as text, they cost a fraction of that. The update packs its objects
into compressed object streams itself (PDF 1.5, allowed by PDF/A-2), and ends in a
cross-reference stream, which object streams need. A reader (qpdf, pypdf, poppler, Acrobat)
follows the chain of updates back to ReportLab's own table.
The price is room: ReportLab's own objects stay as it wrote them (its pages' content in ASCII85,
its pages and links one by one, their earlier versions kept), so a dossier of 2,000 activities
takes 9.4 MB where qpdf's rewrite took 6 MB.
"""

from __future__ import annotations

import re
import struct
import zlib

import pikepdf

# Objects per object stream: qpdf's own choice (100) packs a dossier's structure a little less
# tightly; a reader unpacks a whole stream to find one object, so not thousands either.
PACKED_PER_STREAM = 200
# The trailer's keys that belong to the section they end, never copied into the next one.
_OWN_KEYS = ("/Size", "/Prev", "/XRefStm", "/Type", "/W", "/Index", "/Filter", "/DecodeParms", "/Length")


def _last_cross_reference(pdf: bytes) -> int:
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf[-1024:])
    if found is None:
        raise ValueError("the PDF does not end in a cross-reference section")
    return int(found.group(1))


def ends_in_table(pdf: bytes) -> bool:
    """Whether ``pdf``'s last cross-reference section is a table (ReportLab's), not a stream."""
    return pdf.startswith(b"xref", _last_cross_reference(pdf))


class Update:
    """The objects added or changed, appended after ``pdf`` (whose trailer says ``size``, the
    next free object number)."""

    def __init__(self, pdf: bytes, size: int):
        self.pdf = pdf
        self.previous = _last_cross_reference(pdf)
        self.next_number = self.first_new = size
        self._written: list[tuple[int, int, bytes]] = []  # (number, generation, "n g obj ... endobj")
        self._packed: list[tuple[int, str]] = []  # (number, text) into object streams
        self._streams: list[tuple[int, list[int]]] = []  # each object stream's number, its objects

    def new_number(self) -> int:
        self.next_number += 1
        return self.next_number - 1

    def add(self, number: int, text: str, generation: int = 0) -> None:
        """Object ``number`` as ``text`` (PDF syntax in latin-1, no stream): packed into an
        object stream, where a PDF allows it (generation 0)."""
        if generation == 0:
            self._packed.append((number, text))
        else:
            self._written.append((number, generation, f"{number} {generation} obj\n{text}\nendobj\n".encode("latin-1")))

    def add_stream(self, number: int, dictionary: str, data: bytes, compressed: bool = True, level: int = -1) -> None:
        """Stream object ``number``: ``dictionary`` its keys without /Length (and /Filter), as
        "<< ... >>"; flate-compressed (zlib's ``level``) unless not ``compressed`` (XMP metadata
        stays readable, as PDF/A asks)."""
        if compressed:
            data = zlib.compress(data, level)
            dictionary = dictionary.removesuffix(">>") + "/Filter/FlateDecode>>"
        head = f"{number} 0 obj\n{dictionary.removesuffix('>>')}/Length {len(data)}>>\nstream\n".encode("latin-1")
        self._written.append((number, 0, head + data + b"\nendstream\nendobj\n"))

    def appended_to(self, trailer: pikepdf.Object, also: str = "") -> bytes:
        """The file with the update; ``trailer`` the file's last trailer (its /Root, /Info, /ID
        are kept), ``also`` keys to add to it (PDF syntax)."""
        # The file's own objects changed (pages, links, catalog) packed in streams of their own,
        # apart from the new ones (the structure elements): a reader of the pages (the next
        # update, pypdf) unpacks those and not the structure, whose document element alone has
        # tens of thousands of kids in a dossier of 10,000 activities (more than pypdf reads).
        changed = [item for item in self._packed if item[0] < self.first_new]
        added = [item for item in self._packed if item[0] >= self.first_new]
        for packed in (changed, added):
            for start in range(0, len(packed), PACKED_PER_STREAM):
                self._pack(packed[start : start + PACKED_PER_STREAM])
        body = bytearray(b"\n")
        # number -> (type, field 2, field 3): 1 an object at an offset, 2 one in an object stream
        entries: dict[int, tuple[int, int, int]] = {}
        for number, generation, text in self._written:
            entries[number] = (1, len(self.pdf) + len(body), generation)
            body += text
        for stream, members in self._streams:
            for position, number in enumerate(members):
                entries[number] = (2, stream, position)
        own = self.new_number()
        offset = len(self.pdf) + len(body)
        entries[own] = (1, offset, 0)
        numbers = sorted(entries)
        runs: list[int] = []  # first number and count of each run of consecutive numbers
        for number in numbers:
            if runs and runs[-2] + runs[-1] == number:
                runs[-1] += 1
            else:
                runs += [number, 1]
        table = zlib.compress(b"".join(struct.pack(">BIH", *entries[number]) for number in numbers))
        kept = pikepdf.Dictionary({key: value for key, value in trailer.items() if key not in _OWN_KEYS})
        dictionary = (
            kept.unparse().decode("latin-1").removesuffix(">>")
            + also
            + (
                f"/Type/XRef/Size {self.next_number}/Prev {self.previous}/W [1 4 2]"
                f"/Index [{' '.join(map(str, runs))}]/Filter/FlateDecode/Length {len(table)}>>"
            )
        )
        body += f"{own} 0 obj\n{dictionary}\nstream\n".encode("latin-1") + table + b"\nendstream\nendobj\n"
        body += f"startxref\n{offset}\n%%EOF\n".encode()
        return self.pdf + bytes(body)

    def _pack(self, objects: list[tuple[int, str]]) -> None:
        """One object stream (ISO 32000-1, 7.5.7): the numbers and offsets, then the objects."""
        offsets, position = [], 0
        for number, text in objects:
            offsets.append(f"{number} {position}")
            position += len(text) + 1  # the text is latin-1: a character a byte
        head = " ".join(offsets) + "\n"
        data = (head + "\n".join(text for _, text in objects) + "\n").encode("latin-1")
        number = self.new_number()
        # zlib's quickest level: a dossier's structure (8.6 MB of text) in 0.1 s instead of 0.3 s,
        # for 9 % more of its 1.4 MB compressed; its pages' content is three times as much.
        self.add_stream(number, f"<</Type/ObjStm/N {len(objects)}/First {len(head)}>>", data, level=1)
        self._streams.append((number, [n for n, _ in objects]))
