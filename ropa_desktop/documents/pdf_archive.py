"""PDF/A-2b (ISO 19005-2, level B) for the PDFs we hand over: the dossier a supervisory authority
files and the organisation archives (Archiefwet, e-Depot), and the published statement.

ReportLab's open-source edition writes no PDF/A, so its output is finished with pikepdf (qpdf):
- the XMP metadata with the PDF/A identification (part 2, conformance B), its title, author,
  dates and producer taken from the document information dictionary, so the two agree;
- an sRGB output intent, because every colour ReportLab writes is DeviceRGB (6.2.4.3);
- every annotation (the links) printable, never hidden (6.3.2: the Print flag, 4);
- the document's natural language (/Lang), for readers and screen readers alike.
The fonts are the embedded DejaVu subsets (pdf_fonts.py); nothing is encrypted, nothing runs.
"""

from __future__ import annotations

import io
from functools import cache

import pikepdf
from PIL import ImageCms

# The ICC's own name for the colour space, as veraPDF and Acrobat show it.
SRGB = "sRGB IEC61966-2.1"
PRINT = 4  # the annotation flag "Print" (ISO 32000-1, 12.5.3)


@cache
def _srgb_profile() -> bytes:
    """An sRGB ICC profile made by Little CMS (through Pillow): no binary file to ship."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def archival(pdf: bytes, language: str) -> bytes:
    """``pdf`` as PDF/A-2b, the same pages and text; ``language`` a BCP 47 code ("nl", "en")."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        profile = pikepdf.Stream(document, _srgb_profile())
        profile.N = 3  # three components: red, green, blue
        document.Root.OutputIntents = pikepdf.Array(
            [
                pikepdf.Dictionary(
                    Type=pikepdf.Name.OutputIntent,
                    S=pikepdf.Name.GTS_PDFA1,  # the subtype PDF/A uses in every part
                    OutputConditionIdentifier=SRGB,
                    Info=SRGB,
                    RegistryName="http://www.color.org",
                    DestOutputProfile=profile,
                )
            ]
        )
        document.Root.Lang = pikepdf.String(language)
        for page in document.pages:
            for annotation in page.obj.get("/Annots", pikepdf.Array()):
                annotation.F = PRINT
        # ReportLab says /Trapped /False, which XMP cannot carry (pikepdf drops it, warning):
        # not saying it at all is PDF/A's "unknown", right for a document never prepared for press.
        if "/Trapped" in document.docinfo:
            del document.docinfo["/Trapped"]
        with document.open_metadata(set_pikepdf_as_editor=False) as metadata:
            metadata.load_from_docinfo(document.docinfo)
            metadata["pdfaid:part"] = "2"
            metadata["pdfaid:conformance"] = "B"
        out = io.BytesIO()
        # Object streams (PDF 1.5, allowed by PDF/A-2): a tagged statement's tens of thousands of
        # structure elements take a third of the room written one by one.
        document.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, fix_metadata_version=True)
    return out.getvalue()
