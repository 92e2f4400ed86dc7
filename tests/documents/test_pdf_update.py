"""The incremental update pdf_tags.py and pdf_archive.py append to ReportLab's file (issue 19):
its objects packed in compressed object streams that qpdf and pypdf both find, the file's own
objects left as they were, and a file made PDF/A twice still sound."""

from __future__ import annotations

import io

import pikepdf
import pytest
from pypdf import PdfReader
from pypdf.errors import LimitReachedError
from reportlab.pdfgen.canvas import Canvas

from ropa_desktop.documents.pdf_archive import archival
from ropa_desktop.documents.pdf_update import Update, ends_in_table


def _drawn() -> bytes:
    stream = io.BytesIO()
    canvas = Canvas(stream)
    canvas.drawString(72, 720, "Verwerkingsregister")
    canvas.linkURL("https://www.autoriteitpersoonsgegevens.nl", (72, 715, 300, 730))
    canvas.save()
    return stream.getvalue()


def test_the_updates_objects_are_packed_and_every_reader_finds_them():
    drawn = _drawn()
    with pikepdf.open(io.BytesIO(drawn)) as document:
        update = Update(drawn, int(document.trailer.Size))
        numbers = [update.new_number() for _ in range(450)]  # three object streams
        for number in numbers:
            update.add(number, f"<</Marker (element {number})>>")
        updated = update.appended_to(document.trailer)
    assert updated.startswith(drawn) and not ends_in_table(updated)
    assert b"(element " not in updated  # compressed in object streams, not written plainly
    with pikepdf.open(io.BytesIO(updated)) as document:
        assert document.check_pdf_syntax() == []
        assert [str(document.get_object(number, 0).Marker) for number in numbers] == [
            f"element {number}" for number in numbers
        ]
        assert document.pages[0].obj.Annots[0].A.URI == "https://www.autoriteitpersoonsgegevens.nl"
    reader = PdfReader(io.BytesIO(updated), strict=True)
    last = reader.get_object(numbers[-1])
    assert last is not None and last["/Marker"] == f"element {numbers[-1]}"  # type: ignore[index]
    assert "Verwerkingsregister" in reader.pages[0].extract_text()


def test_an_object_of_a_later_generation_is_written_as_it_is():
    """The near miss: an object stream holds generation 0 only, so another stays plain text."""
    drawn = _drawn()
    with pikepdf.open(io.BytesIO(drawn)) as document:
        update = Update(drawn, int(document.trailer.Size))
        number = update.new_number()
        update.add(number, "<</Marker (plain)>>", generation=1)
        updated = update.appended_to(document.trailer)
    assert f"{number} 1 obj\n<</Marker (plain)>>".encode() in updated
    with pikepdf.open(io.BytesIO(updated)) as document:
        assert document.check_pdf_syntax() == []
        assert str(document.get_object(number, 1).Marker) == "plain"


def test_a_pdf_made_pdfa_twice_keeps_one_output_intent_and_one_metadata_stream():
    twice = archival(archival(_drawn(), "nl"), "en")
    with pikepdf.open(io.BytesIO(twice)) as document:
        assert document.check_pdf_syntax() == []
        assert len(document.Root.OutputIntents) == 1 and str(document.Root.Lang) == "en"
        metadata = document.open_metadata()
        assert (metadata.get("pdfaid:part"), metadata.get("pdfaid:conformance")) == ("2", "B")
        assert "/Filter" not in document.Root.Metadata.stream_dict  # readable without PDF tools
        assert int(document.pages[0].obj.Annots[0].F) == 4


def test_the_pages_are_read_apart_from_a_structure_too_large_for_pypdf():
    """A dossier of 10,000 activities has structure arrays longer than pypdf reads (100,000
    elements); pypdf unpacks a whole object stream to read one object, so a changed page packed
    beside them would be unreadable. The near miss: the large array itself is refused."""
    drawn = _drawn()
    with pikepdf.open(io.BytesIO(drawn)) as document:
        update = Update(drawn, int(document.trailer.Size))
        page = document.pages[0].obj
        large = update.new_number()
        update.add(large, f"[{' '.join(['0'] * 100_001)}]")
        update.add(page.objgen[0], page.unparse(resolved=True).decode("latin-1").removesuffix(">>") + "/Tabs/S>>")
        updated = update.appended_to(document.trailer)
    reader = PdfReader(io.BytesIO(updated))
    assert reader.pages[0]["/Tabs"] == "/S" and "Verwerkingsregister" in reader.pages[0].extract_text()
    with pytest.raises(LimitReachedError):
        reader.get_object(large)
