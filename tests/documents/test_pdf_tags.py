"""The statement PDF is a tagged PDF (issue 20, point 2): a structure tree with its headings,
paragraphs and lists in reading order, every text on a page either in it or an artifact, and
the marks a reader looks for (/MarkInfo, the title shown, the language).

The marked content is read back by pdfium (the engine of Chrome's PDF viewer), the structure
tree by pikepdf; ReportLab's own output, untagged, is the near miss."""

from __future__ import annotations

import html
import io
import re

import pikepdf
import pytest
from pdf_content import page_content
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from ropa_desktop.documents.pdf_tags import TableArtifacts, Tagged, Tags, add_structure, artifact, tagged
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.statement.render_pdf import render_pdf
from ropa_desktop.register.storage import open_register

# ---- reading a PDF back --------------------------------------------------------------------


def _marked_content(data: bytes) -> tuple[dict[tuple[int, int], str], list[str]]:
    """The text of each (page index, MCID); and what a page shows outside any tag or artifact
    (its text, or "a path", "a form" (the page number's total is one), "an image")."""
    texts, loose, _ = page_content(data)
    return texts, loose


def _structure(data: bytes) -> list[tuple[str, list[tuple[int, int]], int]]:
    """The structure elements in reading order: (type, marked content, depth); and checks that
    the parent tree leads from every marked content back to the element that holds it."""
    found: list[tuple[str, list[tuple[int, int]], int]] = []
    with pikepdf.open(io.BytesIO(data)) as document:
        page_index = {page.obj.objgen: index for index, page in enumerate(document.pages)}
        root = document.Root.StructTreeRoot
        numbers = list(root.ParentTree.Nums)
        parent_tree = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}

        def walk(element, depth: int) -> None:
            kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
            marks = []
            for kid in kids:
                if isinstance(kid, pikepdf.Dictionary) and ("/S" in kid or kid.get("/Type") == "/OBJR"):
                    continue  # a structure element, or a link's annotation (untagged_links reads those)
                if isinstance(kid, pikepdf.Dictionary):  # a marked-content reference
                    page, mcid = kid.Pg, int(kid.MCID)
                else:
                    page, mcid = element.Pg, int(kid)
                index = page_index[page.objgen]
                assert parent_tree[int(page.StructParents)][mcid].objgen == element.objgen
                marks.append((index, mcid))
            found.append((str(element.S)[1:], marks, depth))
            for kid in kids:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    assert kid.P.objgen == element.objgen
                    walk(kid, depth + 1)

        walk(root.K, 0)
    return found


def _headings(data: bytes) -> list[tuple[str, str]]:
    """(H1..H6, text) of the structure tree's headings, the text read from their marked content."""
    texts, _ = _marked_content(data)
    return [
        (role, "".join(texts[mark] for mark in marks))
        for role, marks, _ in _structure(data)
        if re.fullmatch(r"H\d", role)
    ]


def _accessibility_marks(data: bytes) -> dict[str, object]:
    with pikepdf.open(io.BytesIO(data)) as document:
        return {
            "marked": bool(document.Root.get("/MarkInfo", {}).get("/Marked", False)),
            "title shown": bool(document.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)),
            "language": str(document.Root.get("/Lang", "")),
            "title": str(document.docinfo.get("/Title", "")),
        }


# ---- a small document tagged with the wrappers ---------------------------------------------

_LONG = " ".join(f"Word{number}" for number in range(1800))  # well over a page


def _footer(canvas, document) -> None:
    canvas.setFont("Helvetica", 8)
    canvas.drawString(60, 30, f"Page {canvas.getPageNumber()}")


def _small_document(tag: bool) -> bytes:
    styles = getSampleStyleSheet()
    tags = Tags()

    def wrap(flowable, role):
        return Tagged(flowable, tags.element(role)) if tag else flowable

    story = [
        wrap(Paragraph("Privacy statement", styles["Title"]), "H1"),
        wrap(Paragraph("What we keep", styles["Heading2"]), "H2"),
        *(tagged([Paragraph(_LONG, styles["Normal"])], tags.element("P")) if tag else [Paragraph(_LONG)]),
        wrap(Paragraph("Your rights", styles["Heading3"]), "H3"),
    ]
    rights = tags.element("L")
    for item in ("See what we keep", "Have it corrected"):
        item_body = tags.element("LBody", tags.element("LI", rights))
        flowable = Paragraph(item, styles["Normal"], bulletText="•")
        story.append(Tagged(flowable, item_body) if tag else flowable)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title="Privacy statement")
    footer = artifact(_footer) if tag else _footer
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    data = buffer.getvalue()
    return add_structure(data, tags, "Privacy statement – Example", "en") if tag else data


def test_a_small_document_has_its_headings_paragraphs_and_list_in_the_structure_tree():
    data = _small_document(tag=True)
    assert _headings(data) == [("H1", "Privacy statement"), ("H2", "What we keep"), ("H3", "Your rights")]
    structure = _structure(data)
    assert [(role, depth) for role, _, depth in structure] == [
        ("Document", 0),
        ("H1", 1),
        ("H2", 1),
        ("P", 1),
        ("H3", 1),
        ("L", 1),
        ("LI", 2),
        ("LBody", 3),
        ("LI", 2),
        ("LBody", 3),
    ]
    # The long paragraph, split by the layout over pages, is one element with a part on each.
    paragraph = next(marks for role, marks, _ in structure if role == "P")
    assert len({page for page, _ in paragraph}) >= 2
    texts, loose = _marked_content(data)
    # Every marked text on the pages belongs to exactly one element, and every element's marks are text.
    marks = [mark for _, element_marks, _ in structure for mark in element_marks]
    assert sorted(marks) == sorted(texts)
    assert "".join(texts[mark] for mark in paragraph).replace(" ", "") == _LONG.replace(" ", "")
    assert [texts[marks[0]] for role, marks, _ in structure if role == "LBody"] == [
        "• See what we keep",
        "• Have it corrected",
    ]
    assert loose == []  # the page numbers are artifacts
    with pikepdf.open(io.BytesIO(data)) as document:  # the structure is an update qpdf reads as sound
        assert document.check_pdf_syntax() == []
    assert _accessibility_marks(data) == {
        "marked": True,
        "title shown": True,
        "language": "en",
        "title": "Privacy statement – Example",
    }


def test_reportlabs_own_output_is_untagged():
    """The near miss: the same document without the wrappers."""
    data = _small_document(tag=False)
    with pikepdf.open(io.BytesIO(data)) as document:
        assert "/StructTreeRoot" not in document.Root
    texts, loose = _marked_content(data)
    assert texts == {}
    assert any("Privacy statement" in text for text in loose)
    assert any("Page 1" in text for text in loose)
    assert _accessibility_marks(data)["marked"] is False
    assert _accessibility_marks(data)["title shown"] is False


def _table_document(rows: int) -> bytes:
    """A table of ``rows`` rows under one header row, over more than one page."""
    styles = getSampleStyleSheet()
    tags = Tags()
    table = tags.element("Table")
    header = tags.element("TR", table)
    data = [[Tagged(Paragraph(text, styles["Normal"]), tags.element("TH", header, scope="Column")) for text in HEAD]]
    for number in range(rows):
        row = tags.element("TR", table)
        data.append([Tagged(Paragraph(f"{text} {number}", styles["Normal"]), tags.element("TD", row)) for text in HEAD])
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("BACKGROUND", (0, 0), (-1, 0), "lightblue")])
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Table(data, repeatRows=1, style=style, renderCB=TableArtifacts())], onFirstPage=artifact(_footer)
    )
    return add_structure(buffer.getvalue(), tags, "Table", "en")


HEAD = ("Activity", "Purpose")


def test_a_table_has_rows_of_header_and_data_cells_and_its_header_is_read_once():
    data = _table_document(rows=60)
    structure = _structure(data)
    assert [role for role, _, _ in structure][:5] == ["Document", "Table", "TR", "TH", "TH"]
    assert [role for role, _, _ in structure].count("TR") == 61
    texts, loose = _marked_content(data)
    cells = [
        (role, "".join(texts[mark] for mark in marks).strip()) for role, marks, _ in structure if role in ("TH", "TD")
    ]
    assert cells[:4] == [("TH", "Activity"), ("TH", "Purpose"), ("TD", "Activity 0"), ("TD", "Purpose 0")]
    assert cells[-1] == ("TD", "Purpose 59")
    pages = {page for role, marks, _ in structure if role == "TD" for page, _ in marks}
    assert len(pages) >= 2
    # On the next page the header row stands again, for the eye: an artifact, not read twice.
    assert [role for role, marks, _ in structure if role == "TH" and len(marks) != 1] == []
    assert {"page 2: Activity", "page 2: Purpose"} <= set(page_content(data)[2])
    assert loose == []  # text, and the grid and the header's background (paths)
    with pikepdf.open(io.BytesIO(data)) as document:
        table = document.Root.StructTreeRoot.K.K  # the document's one element
        headers = list(table.K[0].K)
        assert [str(header.A.Scope) for header in headers] == ["/Column", "/Column"]


def test_a_table_drawn_without_its_artifacts_leaves_its_grid_loose():
    """The near miss: the grid and background of a table drawn without TableArtifacts."""
    styles = getSampleStyleSheet()
    tags = Tags()
    row = tags.element("TR", tags.element("Table"))
    data = [[Tagged(Paragraph("Activity", styles["Normal"]), tags.element("TD", row))]]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Table(data, style=[("GRID", (0, 0), (-1, -1), 0.5, "grey")])])
    texts, loose = _marked_content(add_structure(buffer.getvalue(), tags, "Table", "en"))
    assert list(texts.values()) == ["Activity"]
    assert loose and all(": a path" in thing for thing in loose)


def _laid_out_twice(reset: bool) -> bytes:
    styles = getSampleStyleSheet()
    tags = Tags()
    story = [Tagged(Paragraph("Privacy statement", styles["Title"]), tags.element("H1"))]
    for _ in range(2):  # as a document whose contents page is counted in a first layout
        if reset:
            tags.reset()
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build(list(story))
    return add_structure(buffer.getvalue(), tags, "Twice", "en")


def test_a_document_laid_out_twice_keeps_the_marks_of_its_last_layout():
    assert _headings(_laid_out_twice(reset=True)) == [("H1", "Privacy statement")]
    # The near miss: without reset, the first layout's marks point at content no page holds.
    with pytest.raises(KeyError):
        _headings(_laid_out_twice(reset=False))


def test_a_pdf_ending_in_a_cross_reference_stream_is_refused_not_damaged():
    """ReportLab ends its files in a cross-reference table, which the update follows; a file
    saved with object streams ends in a cross-reference stream."""
    with pikepdf.open(io.BytesIO(_small_document(tag=False))) as document:
        out = io.BytesIO()
        document.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    with pytest.raises(ValueError, match="cross-reference table"):
        add_structure(out.getvalue(), Tags(), "", "en")


def test_an_unknown_structure_type_is_refused():
    with pytest.raises(ValueError):
        Tags().element("Heading")
    with pytest.raises(ValueError):
        Tags().element("TD", scope="Column")  # a scope is a header's


# ---- the statement -------------------------------------------------------------------------


def _html_headings(page: str) -> list[tuple[str, str]]:
    return [(f"H{level}", html.unescape(text)) for level, text in re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", page, re.S)]


@pytest.fixture(scope="module")
def statement(demo_path) -> dict[str, bytes]:
    with open_register(demo_path) as register:
        made = build_statement(register, "nl")
    return {
        "html": render(made, "html"),
        "pdf": render(made, "pdf"),
        "drawn by ReportLab": render_pdf(made),
        "title": f"{made.title} – {made.organisation}".encode(),
        "page foot": f"{made.organisation} – {made.title}".encode(),
    }


def test_the_statement_pdfs_headings_in_its_structure_tree_are_the_htmls(statement):
    expected = _html_headings(statement["html"].decode())
    assert len(expected) > 10 and {"H1", "H2", "H3"} <= {level for level, _ in expected}
    assert _headings(statement["pdf"]) == expected


def test_the_statement_pdfs_lists_and_paragraphs_are_the_htmls(statement):
    page = statement["html"].decode()
    roles = [role for role, _, _ in _structure(statement["pdf"])]
    # A bullet is a list item; so is a term with its text (HTML: <dt> and <dd>, PDF: Lbl and LBody).
    assert roles.count("LI") == page.count("<li>") + page.count("<dt>")
    assert roles.count("Lbl") == page.count("<dt>")
    assert roles.count("L") == page.count("<ul>") + page.count("<dl>")
    assert roles.count("P") == page.count("<p>") + page.count("<p ") + page.count("<address>")


def test_every_text_of_the_statement_pdf_is_tagged_or_an_artifact(statement):
    texts, loose, artifacts = page_content(statement["pdf"])
    assert loose == []
    # The artifacts are the foot of each page, nothing of the statement's own text.
    foot = statement["page foot"].decode()
    pages = range(1, len(artifacts) // 3 + 1)
    assert artifacts == [f"page {n}: {part}" for n in pages for part in (foot, f"{n} /", "a form")]
    marks = [mark for _, element_marks, _ in _structure(statement["pdf"]) for mark in element_marks]
    assert sorted(marks) == sorted(texts)
    assert len(texts) > 100
    assert _accessibility_marks(statement["pdf"]) == {
        "marked": True,
        "title shown": True,
        "language": "nl",
        "title": statement["title"].decode(),
    }


def test_the_statement_as_reportlab_draws_it_has_no_structure(statement):
    """The near miss: ReportLab's output before add_structure."""
    data = statement["drawn by ReportLab"]
    with pikepdf.open(io.BytesIO(data)) as document:
        assert "/StructTreeRoot" not in document.Root
    assert _accessibility_marks(data)["marked"] is False
    assert _accessibility_marks(data)["title shown"] is False


# ---- links ---------------------------------------------------------------------------------


def untagged_links(data: bytes) -> list[str]:
    """Each link annotation that is not in the structure (PDF/UA 7.18.1, 7.18.5): no key in the
    parent tree, a key that leads to no Link element holding it (OBJR), or no /Contents."""
    found = []
    with pikepdf.open(io.BytesIO(data)) as document:
        root = document.Root.get("/StructTreeRoot")
        numbers = list(root.ParentTree.Nums) if root is not None else []
        elements = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}
        for number, page in enumerate(document.pages, start=1):
            for annotation in page.obj.get("/Annots", []):
                if annotation.get("/Subtype") != "/Link":
                    continue
                element = elements.get(int(annotation.get("/StructParent", -1)))
                kid = element.get("/K") if element is not None else None
                if element is None or element.S != "/Link" or not isinstance(kid, pikepdf.Dictionary):
                    found.append(f"page {number}: not in the structure")
                elif kid.get("/Type") != "/OBJR" or kid.Obj.objgen != annotation.objgen:
                    found.append(f"page {number}: its Link element holds another object")
                elif not str(annotation.get("/Contents", "")):
                    found.append(f"page {number}: nothing to say for it")
    return found


def _linked_document(link_in_text: bool) -> bytes:
    """A paragraph with a web address as a link; or (the near miss) the link drawn on the page
    outside any tagged content, as a running footer's link would be."""
    styles = getSampleStyleSheet()
    tags = Tags()
    text = 'Write to <a href="mailto:privacy@example.org">privacy@example.org</a>.'
    story = [Tagged(Paragraph(text if link_in_text else "Write to us.", styles["Normal"]), tags.element("P"))]

    def loose_link(canvas, document) -> None:
        if not link_in_text:
            canvas.linkURL("https://example.org", (60, 30, 200, 40))

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story, onFirstPage=loose_link)
    return add_structure(buffer.getvalue(), tags, "Links", "en")


def test_a_link_in_tagged_text_is_a_link_element_of_its_paragraph():
    data = _linked_document(link_in_text=True)
    assert untagged_links(data) == []
    with pikepdf.open(io.BytesIO(data)) as document:
        (annotation,) = document.pages[0].obj.Annots
        assert str(annotation.Contents) == "privacy@example.org"  # said instead of "mailto:"
        element = document.Root.StructTreeRoot.ParentTree.Nums[3]
        assert element.S == "/Link" and element.P.S == "/P"
        assert int(document.Root.StructTreeRoot.ParentTreeNextKey) == 2  # one page, one link


def test_a_link_drawn_outside_tagged_content_is_found():
    assert untagged_links(_linked_document(link_in_text=False)) == ["page 1: not in the structure"]


def test_every_link_of_the_statement_and_the_dossier_is_tagged(statement, demo_path, tmp_path):
    from ropa_desktop.documents.exports import export_register

    with open_register(demo_path) as register:
        export_register(register, "pdf", "nl", tmp_path / "dossier.pdf")
    dossier = (tmp_path / "dossier.pdf").read_bytes()
    for data in (statement["pdf"], dossier):
        with pikepdf.open(io.BytesIO(data)) as document:
            assert any("/Annots" in page.obj for page in document.pages)  # there are links to check
        assert untagged_links(data) == []
