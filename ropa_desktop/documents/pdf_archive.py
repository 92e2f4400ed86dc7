"""PDF/A-2b (ISO 19005-2, level B) for the PDFs we hand over: the dossier a supervisory authority
files and the organisation archives (Archiefwet, e-Depot), and the published statement.

ReportLab's open-source edition writes no PDF/A, so its output is finished, read by pikepdf (qpdf)
and appended to as an incremental update:
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

from .pdf_update import Update

# The ICC's own name for the colour space, as veraPDF and Acrobat show it.
SRGB = "sRGB IEC61966-2.1"
PRINT = 4  # the annotation flag "Print" (ISO 32000-1, 12.5.3)


@cache
def _srgb_profile() -> bytes:
    """An sRGB ICC profile made by Little CMS (through Pillow): no binary file to ship."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def archival(pdf: bytes, language: str) -> bytes:
    """``pdf`` as PDF/A-2b, the same pages and text; ``language`` a BCP 47 code ("nl", "en").

    What changes is appended as an incremental update (pdf_update.py): pikepdf reads only the
    catalog, the pages' links and the document information, and the file's other objects (a
    dossier's tens of thousands of structure elements) are not read and written again: that
    took a third of a dossier's export (issue 19)."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        update = Update(pdf, int(document.trailer.Size))
        catalog, trailer = document.Root, document.trailer
        had_info = "/Info" in trailer and trailer.Info.is_indirect
        profile = update.new_number()
        update.add_stream(profile, "<</N 3>>", _srgb_profile())  # three components: red, green, blue
        changed: dict[tuple[int, int], pikepdf.Object] = {}  # each object changed, once
        for page in document.pages:
            annotations = page.obj.get("/Annots")
            if annotations is None:
                continue
            for annotation in annotations:
                annotation.F = PRINT
                # Changed where it is kept: its own object, else the array or page holding it.
                holder = annotation if annotation.is_indirect else annotations
                holder = holder if holder.is_indirect else page.obj
                changed[holder.objgen] = holder
        for (number, generation), holder in changed.items():
            update.add(number, holder.unparse(resolved=True).decode("latin-1"), generation)
        docinfo, metadata = _described(document.docinfo)
        xmp = update.new_number()
        # Left uncompressed: PDF/A wants the metadata readable by tools that know no PDF.
        update.add_stream(xmp, "<</Type/Metadata/Subtype/XML>>", metadata, compressed=False)
        catalog.Lang = pikepdf.String(language)
        for key in ("/Metadata", "/OutputIntents"):  # a file made PDF/A before: the update's instead
            if key in catalog:
                del catalog[key]
        if document.pdf_version < "1.5" and "/Version" not in catalog:
            catalog.Version = pikepdf.Name("/1.5")  # the update ends in a cross-reference stream
        intent = (
            pikepdf.Dictionary(
                Type=pikepdf.Name.OutputIntent,
                S=pikepdf.Name.GTS_PDFA1,  # the subtype PDF/A uses in every part
                OutputConditionIdentifier=SRGB,
                Info=SRGB,
                RegistryName="http://www.color.org",
            )
            .unparse()
            .decode("latin-1")
        )
        update.add(
            catalog.objgen[0],
            catalog.unparse(resolved=True).decode("latin-1").removesuffix(">>")
            + f"/Metadata {xmp} 0 R/OutputIntents [{intent.removesuffix('>>')}/DestOutputProfile {profile} 0 R>>]>>",
            catalog.objgen[1],
        )
        if had_info:
            update.add(trailer.Info.objgen[0], docinfo, trailer.Info.objgen[1])
            return update.appended_to(trailer)
        # No document information of its own yet: one of the update's objects.
        info = update.new_number()
        update.add(info, docinfo)
        kept = pikepdf.Dictionary({key: value for key, value in trailer.items() if key != "/Info"})
        return update.appended_to(kept, f"/Info {info} 0 R")


def _described(docinfo: pikepdf.Dictionary) -> tuple[str, bytes]:
    """The document information (as PDF syntax) and the XMP metadata that agrees with it, with the PDF/A-2b
    identification. Made by pikepdf in a PDF of its own: a new stream in the dossier itself
    makes qpdf visit every object of it (0.8 s for a dossier of 2,000 activities)."""
    with pikepdf.new() as scratch:
        scratch.docinfo = scratch.make_indirect(pikepdf.Dictionary(dict(docinfo.items())))
        # ReportLab says /Trapped /False, which XMP cannot carry (pikepdf drops it, warning):
        # not saying it at all is PDF/A's "unknown", right for a document never prepared for press.
        if "/Trapped" in scratch.docinfo:
            del scratch.docinfo["/Trapped"]
        with scratch.open_metadata(set_pikepdf_as_editor=False) as metadata:
            metadata.load_from_docinfo(scratch.docinfo)
            metadata["pdfaid:part"] = "2"
            metadata["pdfaid:conformance"] = "B"
        return scratch.docinfo.unparse(resolved=True).decode("latin-1"), scratch.Root.Metadata.read_bytes()
