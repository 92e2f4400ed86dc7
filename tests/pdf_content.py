"""Reading a PDF's pages back as pdfium (Chrome's PDF engine) reads them: the text of each
marked-content sequence, the artifacts, and what stands outside both. Shared by the tests of the
tagged statement (test_pdf_tags.py) and the tagged dossier (test_dossier_tags.py)."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


def _utf16(call, *arguments) -> str:
    """A string from one of pdfium's "ask the length, then fill the buffer" functions."""
    length = call(*arguments, None, 0)
    buffer = ctypes.create_string_buffer(length)
    call(*arguments, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), length)
    return buffer.raw[: length - 2].decode("utf-16-le")


def _mark_names(raw) -> list[str]:
    names = []
    for number in range(pdfium_c.FPDFPageObj_CountMarks(raw)):
        mark = pdfium_c.FPDFPageObj_GetMark(raw, number)
        length = ctypes.c_ulong()
        pdfium_c.FPDFPageObjMark_GetName(mark, None, 0, ctypes.byref(length))
        buffer = ctypes.create_string_buffer(length.value)
        pdfium_c.FPDFPageObjMark_GetName(
            mark, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), length, ctypes.byref(length)
        )
        names.append(buffer.raw[: length.value - 2].decode("utf-16-le"))
    return names


_KINDS = {
    pdfium_c.FPDF_PAGEOBJ_PATH: "a path",
    pdfium_c.FPDF_PAGEOBJ_FORM: "a form",
    pdfium_c.FPDF_PAGEOBJ_IMAGE: "an image",
}


def page_content(data: bytes) -> tuple[dict[tuple[int, int], str], list[str], list[str]]:
    """The text of each (page index, MCID); what a page shows outside any tag or artifact (its
    text, or "a path", "a form", "an image"); and the texts of the artifacts ("page 2: Activity")."""
    texts: dict[tuple[int, int], str] = {}
    loose: list[str] = []
    artifacts: list[str] = []
    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            for drawn in page.get_objects(max_depth=0):
                if drawn.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                    text = _utf16(pdfium_c.FPDFTextObj_GetText, drawn.raw, textpage.raw)
                else:
                    text = _KINDS.get(drawn.type, "something")
                mcid = pdfium_c.FPDFPageObj_GetMarkedContentID(drawn.raw)
                if mcid >= 0:
                    if drawn.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                        texts[index, mcid] = texts.get((index, mcid), "") + text
                elif "Artifact" in _mark_names(drawn.raw):
                    artifacts.append(f"page {index + 1}: {text.strip()}")
                else:
                    loose.append(f"page {index + 1}: {text}")
    finally:
        document.close()
    return texts, loose, artifacts
