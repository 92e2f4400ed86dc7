"""The dossier and the statement PDF are PDF/A-2b (issue 20, point 1). No PDF/A validator can be
installed from the registries here (veraPDF is a Java download), so the test asserts what
PDF/A-2b asks of these files: the identification in XMP agreeing with the document information,
an sRGB output intent for the DeviceRGB colours, every font embedded, every annotation printable,
the language, and a file qpdf finds sound."""

from __future__ import annotations

import io

import pikepdf
import pytest

from ropa_desktop.documents.exports import export_register
from ropa_desktop.documents.pdf_archive import archival
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.statement.render_pdf import render_pdf
from ropa_desktop.register.storage import open_register


@pytest.fixture(scope="module")
def pdfs(demo_path, tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("pdfa")
    with open_register(demo_path) as register:
        export_register(register, "pdf", "en", folder / "dossier.pdf")
        statement = build_statement(register, "nl")
    return {
        "dossier": (folder / "dossier.pdf").read_bytes(),
        "statement": render(statement, "pdf"),
        "drawn by ReportLab": render_pdf(statement),
    }


def _problems(data: bytes, language: str) -> list[str]:
    """What keeps ``data`` from PDF/A-2b, as far as these checks see."""
    problems = []
    with pikepdf.open(io.BytesIO(data)) as document:
        metadata = document.open_metadata()
        if (metadata.get("pdfaid:part"), metadata.get("pdfaid:conformance")) != ("2", "B"):
            problems.append("no PDF/A-2b identification in XMP")
        if metadata.get("dc:title") != str(document.docinfo.get("/Title")):
            problems.append("XMP and document information disagree on the title")
        intents = document.Root.get("/OutputIntents", [])
        if not any(
            i.get("/S") == pikepdf.Name.GTS_PDFA1
            and i.DestOutputProfile.get("/N") == 3
            and i.DestOutputProfile.read_bytes()
            for i in intents
        ):
            problems.append("no sRGB output intent")
        if str(document.Root.get("/Lang", "")) != language:
            problems.append("no language")
        for number, page in enumerate(document.pages, start=1):
            for font in page.obj.Resources.get("/Font", {}).values():
                descriptor = font.get("/FontDescriptor")
                if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problems.append(f"page {number}: font {font.get('/BaseFont')} not embedded")
            for annotation in page.obj.get("/Annots", []):
                flags = int(annotation.get("/F", 0))
                if not flags & 4 or flags & 2:
                    problems.append(f"page {number}: an annotation that does not print")
        if "/Encrypt" in document.trailer:
            problems.append("encrypted")
        problems += document.check_pdf_syntax()
    return problems


@pytest.mark.parametrize(("name", "language"), [("dossier", "en"), ("statement", "nl")])
def test_the_pdf_is_pdfa_2b(pdfs, name, language):
    assert _problems(pdfs[name], language) == []


def test_a_link_is_made_printable():
    """ReportLab writes link annotations without flags (not printed); archival sets Print."""
    from reportlab.pdfgen.canvas import Canvas

    stream = io.BytesIO()
    canvas = Canvas(stream)
    canvas.drawString(72, 720, "https://www.autoriteitpersoonsgegevens.nl")
    canvas.linkURL("https://www.autoriteitpersoonsgegevens.nl", (72, 715, 300, 730))
    canvas.save()
    drawn = stream.getvalue()
    assert "page 1: an annotation that does not print" in _problems(drawn, "nl")  # the near miss
    with pikepdf.open(io.BytesIO(archival(drawn, "nl"))) as document:
        (link,) = document.pages[0].obj.Annots
        assert int(link.F) == 4 and link.A.URI == "https://www.autoriteitpersoonsgegevens.nl"


def test_reportlabs_own_output_is_not_and_the_check_says_so(pdfs):
    """The near miss: the same statement as ReportLab draws it misses what PDF/A asks."""
    problems = _problems(pdfs["drawn by ReportLab"], "nl")
    assert "no PDF/A-2b identification in XMP" in problems and "no sRGB output intent" in problems
