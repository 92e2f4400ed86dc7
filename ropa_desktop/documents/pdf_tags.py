"""Tagged PDF for ReportLab's output: what a reader of the structure (a screen reader, a PDF/UA
checker) needs to find headings, paragraphs, lists and the reading order (WCAG 2.1 for PDF).

ReportLab's open-source edition writes no structure, so it is done in two steps:
- while the layout draws, every tagged flowable (``Tagged``) puts what it draws in a marked-content
  sequence, ``/P <</MCID n>> BDC ... EMC``, numbered per page, and says which structure element
  it belongs to (``Tags``); a paragraph split over pages is one element with a part on each page.
  What no reader should read, the page's header and footer, is marked as an artifact
  (``artifact``);
- after the layout, ``add_structure`` appends the structure tree to the file: the Document
  element with its children in reading order (the order they were drawn), the parent tree
  from each page's marked content back to its elements, /MarkInfo, /Lang and the title shown in
  the window's title bar.

The layout itself is untouched: only marked-content operators are added around the drawing, so
the pages look and read exactly as before.

Why this way (issue 20, point 2). WeasyPrint tags a PDF made from HTML (its PDF/UA-1 variant,
called experimental), and our HTML statement already has the right headings; but it needs Pango
and its system libraries in every installer, lays the statement out anew (other pages, other
breaks: the statements published so far would change) and would have to meet issue 19's speed
on statements of hundreds of pages all over again. ReportLab's open-source edition cannot tag;
fpdf2 would mean a new layout as well; LibreOffice or Typst are whole programs to ship.
ReportLab with marked content of our own and a structure tree written beside it, pikepdf
reading the file (both already used), keeps the layout and its speed and needs nothing new.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pikepdf
from reportlab.platypus import ActionFlowable, Flowable
from reportlab.platypus.tables import TableRenderCB

from .pdf_update import Update, ends_in_table

# The structure types our documents use (ISO 32000-1, 14.8.4), all standard: no role map needed.
# TOC and TOCI: the dossier's table of contents and its entries.
ROLES = frozenset(
    {
        *("Document", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody"),
        *("Table", "TR", "TH", "TD", "TOC", "TOCI", "Link"),
    }
)
SCOPES = frozenset({"Row", "Column", "Both"})


class Element:
    """A structure element: its role and, in reading order, its marked content (page index,
    MCID) and its child elements. Made before the layout; placed in its parent when it is first
    drawn, so the tree follows the order of the pages and an element never drawn is left out."""

    def __init__(self, tags: Tags, role: str, parent: Element | None, scope: str | None = None):
        if role not in ROLES:
            raise ValueError(f"unknown structure type {role!r}")
        if scope is not None and (role != "TH" or scope not in SCOPES):
            raise ValueError(f"a scope is a table header's: Row, Column or Both, not {role} {scope!r}")
        self.tags = tags
        self.role = role
        self.parent = parent
        self.scope = scope  # what a table header heads (PDF/UA: every TH says so)
        self.content: list[Element | tuple[int, int] | Annotation] = []
        self.placed = parent is None
        self.number = 0  # its object number in the file, given as the structure is written
        # What a reader reads instead of the content, where the drawing's order reads wrongly:
        # a contents line draws its dots and page number before its title (ISO 32000-1, 14.9.4).
        self.actual_text: str | None = None

    def _place(self) -> None:
        if not self.placed and self.parent is not None:
            self.parent._place()
            self.parent.content.append(self)
            self.placed = True

    def elements(self) -> list[Element]:
        return [item for item in self.content if isinstance(item, Element)]


@dataclass(frozen=True)
class Annotation:
    """A link drawn as part of an element: the ``index``-th annotation of page ``page`` (its
    /Annots), put in the structure as a Link element's object reference (OBJR)."""

    page: int
    index: int


class Tags:
    """What one layout marked: the Document element, and the next MCID of each page."""

    def __init__(self) -> None:
        self.document = Element(self, "Document", None)
        self._next_mcid: dict[int, int] = {}
        self._made: list[Element] = []
        self.layout = 0  # which layout of the document this is (reset counts them)

    def element(self, role: str, parent: Element | None = None, scope: str | None = None) -> Element:
        """A new element of ``role`` inside ``parent`` (default: the document); ``scope`` for a
        table header (TH): "Column", "Row" or "Both"."""
        made = Element(self, role, self.document if parent is None else parent, scope)
        self._made.append(made)
        return made

    def reset(self) -> None:
        """Forget what was drawn: for a document laid out more than once (a contents page
        counted first), only the last layout's marks are the file's."""
        for made in [self.document, *self._made]:
            made.content = []
            made.placed = made.parent is None
        self._next_mcid = {}
        self.layout += 1

    def linked(self, canvas, element: Element, first: int, end: int) -> None:
        """The links ``element`` drew on the canvas's page, its annotations ``first``..``end``-1:
        each a Link element in it (PDF/UA 7.18.5: every link annotation in the structure)."""
        page = canvas.getPageNumber() - 1
        for index in range(first, end):
            link = self.element("Link", element)
            link._place()
            link.content.append(Annotation(page, index))

    def mark(self, canvas, element: Element) -> int:
        """The MCID for what ``element`` is about to draw on the canvas's current page."""
        page = canvas.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        element._place()
        element.content.append((page, mcid))
        return mcid


class Tagged(Flowable):
    """``inner`` as it lays out and draws, its drawing marked as content of ``element``.

    Every question of the layout goes to the inner flowable; a split gives Tagged parts of
    the same element, so each part is marked on the page it lands on."""

    def __init__(self, inner: Flowable, element: Element):
        super().__init__()
        self.inner = inner
        self.element = element
        self._drawn_in = -1  # the layout (Tags.layout) that drew it

    # Frames read these as attributes (getattr) rather than asking a method.
    @property
    def _ZEROSIZE(self):
        return getattr(self.inner, "_ZEROSIZE", False)

    @property
    def _SPACETRANSFER(self):
        return getattr(self.inner, "_SPACETRANSFER", False)

    def wrap(self, availWidth, availHeight):
        canvas = getattr(self, "canv", None)
        if canvas is None:
            width, height = self.inner.wrap(availWidth, availHeight)
        else:
            width, height = self.inner.wrapOn(canvas, availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth, availHeight):
        canvas = getattr(self, "canv", None)
        frame = getattr(self, "_frame", None)
        if frame is not None:  # some flowables split by the frame they are in
            self.inner._frame = frame  # type: ignore[attr-defined]
        try:
            if canvas is None:
                parts = self.inner.split(availWidth, availHeight)
            else:
                parts = self.inner.splitOn(canvas, availWidth, availHeight)
        finally:
            if frame is not None and hasattr(self.inner, "_frame"):
                delattr(self.inner, "_frame")
        return [Tagged(part, self.element) for part in parts]

    def drawOn(self, canvas, x, y, _sW=0):
        tags = self.element.tags
        repeated = self._drawn_in == tags.layout
        if repeated:
            # Drawn again in one layout: a table's header row repeated atop the next page draws
            # the very same cells. Read once, where it first stood; repeated, it is pagination
            # (ISO 32000-1, 14.8.2.2).
            canvas._code.append("/Artifact <</Type /Pagination>> BDC")
        else:
            self._drawn_in = tags.layout
            mcid = self.element.tags.mark(canvas, self.element)
            canvas._code.append(f"/{self.element.role} <</MCID {mcid}>> BDC")
        links = len(canvas._annotationrefs)  # the page's annotations so far (ReportLab's list)
        self.inner.drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]  # the stub lacks _sW, ReportLab has it
        canvas._code.append("EMC")
        if len(canvas._annotationrefs) > links and not repeated:
            tags.linked(canvas, self.element, links, len(canvas._annotationrefs))

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def getKeepWithNext(self):
        return self.inner.getKeepWithNext()

    def minWidth(self):
        return self.inner.minWidth()

    def isIndexing(self):
        return self.inner.isIndexing()

    def identity(self, maxLen=None):
        return f"<Tagged {self.element.role}> {self.inner.identity(maxLen)}"


class ReadHere(ActionFlowable):
    """In the story where ``elements`` are read, though drawn later: the dossier's contents,
    laid out last (once the headings' pages are known) and moved after the cover, are read
    after the cover. Elements are otherwise read in the order they are first drawn."""

    def __init__(self, elements: Iterable[Element]):
        super().__init__()
        self.elements = list(elements)

    def apply(self, document) -> None:
        for element in self.elements:
            element._place()


# The names of the callbacks a paragraph calls (<onDraw name=... label="nl"/>) around a phrase in
# another language than the document's, so that a screen reader reads it in its own (WCAG 2.1,
# technique PDF19: the Lang of a Span's marked content).
PHRASE_START, PHRASE_END = "phrase_language_start", "phrase_language_end"


def phrase_languages(canvas) -> None:
    """Lets the paragraphs drawn on ``canvas`` mark a phrase with its language. The marks go into
    the paragraph's own text object, between its words (ReportLab hands the callback the text
    object it is writing), so a paragraph with such a phrase must be drawn whole, never split
    over two pages: each text object opens and closes its marks."""

    def start(canvas, kind, label) -> None:
        canvas._curr_tx_info["tx"]._code.append(f"/Span <</Lang ({label})>> BDC")

    def end(canvas, kind, label) -> None:
        canvas._curr_tx_info["tx"]._code.append("EMC")

    canvas.setNamedCB(PHRASE_START, start)
    canvas.setNamedCB(PHRASE_END, end)


def tagged(flowables: Iterable[Flowable], element: Element) -> list[Flowable]:
    """Each of ``flowables`` (the pieces of one long text) as content of the one ``element``."""
    return [Tagged(flowable, element) for flowable in flowables]


def unwrapped(flowable: Flowable) -> Flowable:
    """The flowable inside a Tagged one (for afterFlowable hooks that look at its kind)."""
    return flowable.inner if isinstance(flowable, Tagged) else flowable


class TableArtifacts(TableRenderCB):
    """A table's ``renderCB``: its backgrounds and rules marked as artifacts, which a reader
    skips; its cells are Tagged flowables (TH and TD in a TR in a Table). ReportLab passes it on
    to the parts of a table split over pages. (The arguments' names are ReportLab's.)"""

    def startBG(self, T) -> None:
        T.canv._code.append("/Artifact BMC")

    def endBG(self, T) -> None:
        T.canv._code.append("EMC")

    def startLines(self, T) -> None:
        T.canv._code.append("/Artifact BMC")

    def endLines(self, T) -> None:
        T.canv._code.append("EMC")

    def startTable(self, T) -> None:
        pass

    def endTable(self, T) -> None:
        pass

    def startRow(self, T, rowNo) -> None:
        pass

    def endRow(self, T) -> None:
        pass

    def startCell(self, T, rowNo, colNo, cellval, cellstyle, pos, size) -> None:
        pass

    def endCell(self, T) -> None:
        pass


def artifact(draw: Callable[[Any, Any], None], kind: str = "Pagination") -> Callable[[Any, Any], None]:
    """A page callback (onPage) whose drawing is marked as an artifact: the running header and
    footer, which a reader skips (ISO 32000-1, 14.8.2.2)."""

    def drawn(canvas, document) -> None:
        canvas._code.append(f"/Artifact <</Type /{kind}>> BDC")
        draw(canvas, document)
        canvas._code.append("EMC")

    return drawn


def add_structure(pdf: bytes, tags: Tags, title: str, language: str) -> bytes:
    """``pdf`` (drawn with ``tags``) as a tagged PDF; ``title`` is the document's title, shown by
    viewers instead of the file name; ``language`` a BCP 47 code ("nl", "en").

    The structure is appended to ReportLab's file as an incremental update written here as PDF
    syntax (pdf_update.py): a statement of 2,000 activities has some 40,000 structure elements,
    and making each a pikepdf object and saving the file took 3.5 s, writing their text takes
    half a second. pikepdf only reads the file, and gives the text of what changes: the catalog,
    the pages and the document information. The structure is the first update of ReportLab's
    file, which ends in a cross-reference table; a file saved otherwise is refused."""
    if not ends_in_table(pdf):
        raise ValueError("the PDF does not end in a cross-reference table (ReportLab's own file)")
    with pikepdf.open(io.BytesIO(pdf)) as document:
        update = Update(pdf, int(document.trailer.Size))
        sheets = [page.obj for page in document.pages]  # once: pikepdf looks a page up slowly
        pages = [_reference(sheet) for sheet in sheets]
        elements = _placed(tags.document)
        for position, element in enumerate(elements, start=update.next_number):
            element.number = position
        update.next_number += len(elements)
        root = update.new_number()
        # For each page, the element of each of its MCIDs (the parent tree's array for the page).
        parents: dict[int, dict[int, str]] = {}
        # After the pages' keys in the parent tree: each link annotation's, to its Link element.
        linked: list[str] = []
        add = update.add
        # Written in one loop of plain Python over ~95,000 elements (a dossier of 2,000
        # activities): every step inside it counts (issue 19).
        for element in elements:
            own = f"{element.number} 0 R"
            parent = f"{element.parent.number} 0 R" if element.parent is not None else f"{root} 0 R"
            described = f"/S/{element.role}/P {parent}"
            if element.scope:
                described += f"/A <</O/Table/Scope/{element.scope}>>"
            if element.actual_text:
                described += "/ActualText " + pikepdf.String(element.actual_text).unparse().decode("latin-1")
            content = element.content
            if len(content) == 1 and type(content[0]) is tuple:  # most: one mark, a field's paragraph
                page, mcid = content[0]  # a tuple is a mark
                parents.setdefault(page, {})[mcid] = own
                add(element.number, f"<<{described}/Pg {pages[page]}/K {mcid}>>")
                continue
            page_of_element = next((item[0] for item in content if type(item) is tuple), None)
            kids = []
            for item in content:
                if isinstance(item, Element):
                    kids.append(f"{item.number} 0 R")
                    continue
                if isinstance(item, Annotation):
                    kids.append(_linked(update, sheets, pages, item, len(pages) + len(linked), element))
                    linked.append(f"{len(pages) + len(linked)} {own}")
                    continue
                page, mcid = item
                # A mark on the element's own page is its bare MCID; one on another page says which.
                kids.append(str(mcid) if page == page_of_element else f"<</Type/MCR/Pg {pages[page]}/MCID {mcid}>>")
                parents.setdefault(page, {})[mcid] = own
            on = f"/Pg {pages[page_of_element]}" if page_of_element is not None else ""
            kid = kids[0] if len(kids) == 1 else f"[{' '.join(kids)}]"
            add(element.number, f"<<{described}{on}/K {kid}>>")
        tree = []
        for page in sorted(parents):
            array = update.new_number()
            marks = parents[page]
            update.add(array, f"[{' '.join(marks.get(mcid, 'null') for mcid in range(max(marks) + 1))}]")
            tree.append(f"{page} {array} 0 R")
        tree += linked
        document_element = f"{tags.document.number} 0 R"
        update.add(
            root,
            f"<</Type/StructTreeRoot/K {document_element}/ParentTree <</Nums [{' '.join(tree)}]>>"
            f"/ParentTreeNextKey {len(pages) + len(linked)}>>",
        )
        for position, sheet in enumerate(sheets):
            # Links and other annotations are visited in the order of the structure (PDF/UA 7.18.3).
            added = f"/StructParents {position}/Tabs/S" if position in parents else "/Tabs/S"
            if "/StructParents" in sheet or "/Tabs" in sheet:  # not ReportLab's: set, not added
                changed = _direct(sheet)
                changed.Tabs = pikepdf.Name.S
                if position in parents:
                    changed.StructParents = position
                text = changed.unparse().decode("latin-1")
            else:  # the page's own text with the keys added: quicker than a pikepdf copy
                text = sheet.unparse(resolved=True).decode("latin-1").removesuffix(">>") + added + ">>"
            update.add(sheet.objgen[0], text, sheet.objgen[1])
        catalog = _direct(document.Root)
        catalog.MarkInfo = pikepdf.Dictionary(Marked=True)
        preferences = _direct(document.Root.get("/ViewerPreferences", pikepdf.Dictionary()))
        preferences.DisplayDocTitle = True
        catalog.ViewerPreferences = preferences
        catalog.Lang = pikepdf.String(language)
        if document.pdf_version < "1.5" and "/Version" not in catalog:
            catalog.Version = pikepdf.Name("/1.5")  # the update's object streams are PDF 1.5
        update.add(
            document.Root.objgen[0],
            # The structure tree root is one of the update's objects: referred to by number.
            catalog.unparse().decode("latin-1").removesuffix(">>") + f"/StructTreeRoot {root} 0 R>>",
            document.Root.objgen[1],
        )
        trailer = _direct(document.trailer)
        if title:
            info = _direct(document.trailer.get("/Info", pikepdf.Dictionary()))
            info.Title = pikepdf.String(title)
            if "/Info" in document.trailer and document.trailer.Info.is_indirect:
                update.add(
                    document.trailer.Info.objgen[0], info.unparse().decode("latin-1"), document.trailer.Info.objgen[1]
                )
            else:
                trailer.Info = info
        return update.appended_to(trailer)


def _linked(
    update: Update, sheets: list[pikepdf.Dictionary], pages: list[str], link: Annotation, key: int, element: Element
) -> str:
    """The object reference of a Link element to its annotation, which is given the key of its
    element in the parent tree (/StructParent) and, where it has none, the text a screen reader
    says for it (/Contents, PDF/UA 7.18.5): the address, or what its element reads."""
    annotation = sheets[link.page].Annots[link.index]
    changed = _direct(annotation)
    changed.StructParent = key
    if not str(changed.get("/Contents", "")):
        action = annotation.get("/A")
        address = str(action.URI).removeprefix("mailto:") if action is not None and "/URI" in action else ""
        said = element.parent.actual_text if element.parent is not None else None
        changed.Contents = pikepdf.String(address or said or _destination(annotation))
    update.add(annotation.objgen[0], changed.unparse().decode("latin-1"), annotation.objgen[1])
    return f"<</Type/OBJR/Obj {_reference(annotation)}/Pg {pages[link.page]}>>"


def _destination(annotation: pikepdf.Object) -> str:
    """What a link inside the document points at, for a link drawn without words of its own."""
    destination = annotation.get("/Dest")
    return str(destination) if isinstance(destination, (pikepdf.String, pikepdf.Name)) else "link"


def _placed(element: Element) -> list[Element]:
    """``element`` and the elements placed in it, in reading order (depth first)."""
    found, waiting = [], [element]
    while waiting:
        element = waiting.pop()
        found.append(element)
        waiting.extend(reversed([item for item in element.content if type(item) is Element]))
    return found


def _reference(obj: pikepdf.Object) -> str:
    number, generation = obj.objgen
    return f"{number} {generation} R"


def _direct(obj: pikepdf.Object) -> pikepdf.Dictionary:
    """A copy of a dictionary, its values still referring to the same objects."""
    return pikepdf.Dictionary({key: value for key, value in obj.items()})
