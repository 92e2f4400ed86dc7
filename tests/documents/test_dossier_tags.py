"""The dossier is a tagged PDF (issue 20, point 2), as the statement is: its headings are its
outline's, each of its fields is a paragraph, its annexes' tables have header cells that say
what they head, the running head and foot are artifacts, and the parent tree leads from every
marked content back to its element. ReportLab's own output, untagged, is the near miss."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

import pikepdf
import pytest
from pdf_content import page_content
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ropa_desktop.documents import dossier
from ropa_desktop.documents.exports import export_register
from ropa_desktop.documents.pdf_tags import Tags, add_structure
from ropa_desktop.register.storage import open_register

EXPORTED_AT = datetime(2026, 12, 1, 9, 30)


@dataclass
class Element:
    role: str
    text: str  # of its own marked content, in the order the tree gives it
    depth: int
    scope: str = ""
    actual_text: str = ""  # what a reader reads instead of its content (/ActualText)
    kids: list[Element] = field(default_factory=list)


@dataclass
class Reading:
    """What a reader of the structure finds in a PDF, and what is wrong with its tagging."""

    elements: list[Element]  # in reading order, depth first
    artifacts: list[str]  # "page 3: text" of every text marked as an artifact
    outline: list[tuple[int, str]]  # (depth, title) of the bookmarks, in order
    problems: list[str]

    def headings(self, roles=("H1", "H2", "H3")) -> list[tuple[str, str]]:
        return [(element.role, element.text) for element in self.elements if element.role in roles]


def read_tagged(data: bytes) -> Reading:
    """The check: a tagged PDF has a structure tree of standard types, is marked as tagged,
    says its language and shows its title; its parent tree leads from every marked content
    back to the element whose kid it is; every marked content is some element's; and nothing
    on a page is neither tagged nor an artifact."""
    problems: list[str] = []
    texts, loose, artifacts = page_content(data)
    problems += [f"neither tagged nor an artifact: {thing}" for thing in loose[:5]]
    elements: list[Element] = []
    with pikepdf.open(io.BytesIO(data)) as document:
        outline: list[tuple[int, str]] = []

        def bookmarks(items, depth: int) -> None:
            for item in items:
                outline.append((depth, str(item.title)))
                bookmarks(item.children, depth + 1)

        with document.open_outline() as tree:
            bookmarks(tree.root, 0)
        if not document.Root.get("/MarkInfo", {}).get("/Marked", False):
            problems.append("not marked as tagged (/MarkInfo /Marked)")
        if not str(document.Root.get("/Lang", "")):
            problems.append("no language (/Lang)")
        if not document.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False):
            problems.append("the title is not shown (DisplayDocTitle)")
        if "/StructTreeRoot" not in document.Root:
            problems.append("no structure tree")
            return Reading(elements, artifacts, outline, problems)
        page_index = {page.obj.objgen: index for index, page in enumerate(document.pages)}
        root = document.Root.StructTreeRoot
        numbers = list(root.ParentTree.Nums)
        parent_tree = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}
        unread = dict(texts)

        def walk(node, depth: int) -> Element:
            kids = node.K if isinstance(node.K, pikepdf.Array) else [node.K]
            role = str(node.S)[1:]
            scope = str(node.A.Scope)[1:] if "/A" in node else ""
            element = Element(role, "", depth, scope, str(node.get("/ActualText", "")))
            elements.append(element)
            for kid in kids:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    if kid.P.objgen != node.objgen:
                        problems.append(f"a {kid.S} names another parent than the {role} it is in")
                    element.kids.append(walk(kid, depth + 1))
                    continue
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                    continue  # a link's annotation (test_pdf_tags.untagged_links checks those)
                page, mcid = (kid.Pg, int(kid.MCID)) if isinstance(kid, pikepdf.Dictionary) else (node.Pg, int(kid))
                index = page_index[page.objgen]
                mapped = parent_tree.get(int(page.get("/StructParents", -1)))
                if mapped is None or mcid >= len(mapped) or mapped[mcid].objgen != node.objgen:
                    problems.append(f"the parent tree misses MCID {mcid} of page {index + 1} ({role})")
                if (index, mcid) not in texts:
                    problems.append(f"MCID {mcid} of page {index + 1} ({role}) is on no page")
                element.text += unread.pop((index, mcid), "")
            return element

        walk(root.K, 0)
    problems += [f"marked content of no element: page {page + 1}, MCID {mcid}" for page, mcid in list(unread)[:5]]
    return Reading(elements, artifacts, outline, problems)


def _export(register, path, **choices) -> bytes:
    export_register(register, "pdf", "en", path, **choices)
    return path.read_bytes()


@pytest.fixture(scope="module")
def exported(demo_path, tmp_path_factory) -> bytes:
    with open_register(demo_path) as register:
        return _export(register, tmp_path_factory.mktemp("tagged") / "dossier.pdf", with_findings=True)


@pytest.fixture(scope="module")
def reading(exported) -> Reading:
    return read_tagged(exported)


def test_the_exported_dossier_is_tagged_throughout(exported, reading):
    assert reading.problems == []
    assert reading.elements[0].role == "Document"
    assert len(reading.elements) > 500
    with pikepdf.open(io.BytesIO(exported)) as document:
        assert document.Root.MarkInfo.Marked is True
        assert str(document.Root.Lang) == "en"
        assert str(document.docinfo.Title) == "Record of processing activities – Connaxis B.V."
        assert str(document.Root.Metadata.read_bytes()).count("pdfaid:part") >= 1  # still PDF/A


def test_its_headings_are_its_outline_after_the_cover_and_the_contents(reading):
    # Outline depth 0 is an H1 (organisation, the two records, the annexes), depth 1 an H2 (an
    # activity, an annex); the cover's title and the contents' title stand before them.
    expected = [("H1", "Record of processing activities"), ("H1", "Contents")]
    expected += [(f"H{depth + 1}", title) for depth, title in reading.outline]
    assert len(reading.outline) > 15 and {depth for depth, _ in reading.outline} == {0, 1}
    found = [(role, " ".join(text.split())) for role, text in reading.headings(("H1", "H2"))]
    # The cover's title wraps: its two lines are two runs of text.
    assert found[0] == ("H1", "Record of processingactivities")
    assert found[1:] == expected[1:]
    # An annex's items (a processor, a transfer) are H3 under the annex's H2, not in the outline.
    roles = [role for role, _ in reading.headings()]
    assert "H3" in roles
    assert roles[roles.index("H3") - 1] in ("H2", "H3")


def test_an_activitys_fields_are_a_paragraph_each_after_its_heading(reading):
    activity = next(index for index, element in enumerate(reading.elements) if element.text == "1. Our services")
    fields = reading.elements[activity + 1 : activity + 4]
    assert [(element.role, element.depth) for element in fields] == [("P", 1)] * 3
    # A field is read as it shows: its label, then its value (a list's entries with their bullets).
    assert [element.text for element in fields[:2]] == ["RoleController", "StatusActive"]
    assert fields[2].text.startswith("Purposes (Art. 30(1)(b))• ")


def test_the_findings_table_has_column_headers_and_a_row_per_finding(reading):
    table = next(element for element in reading.elements if element.role == "Table")
    header, *rows = table.kids
    assert [(cell.role, cell.scope) for cell in header.kids] == [("TH", "Column")] * 4
    assert [cell.text.strip() for cell in header.kids] == ["Severity", "Item", "Finding", "Reference"]
    assert rows and all([cell.role for cell in row.kids] == ["TD"] * 4 for row in rows)


def test_the_running_head_and_foot_are_artifacts_never_read(exported, reading):
    read = " ".join(element.text for element in reading.elements)
    foot = "Connaxis B.V. – Record of processing activities – Confidential"
    assert f"page 3: {foot}" in reading.artifacts
    assert "page 3: page 3 /" in reading.artifacts
    assert "page 3: Working copy, not established" in reading.artifacts  # the head: the version shown
    assert foot not in read and "page 3 /" not in read
    # The near miss: the version line is read where it belongs, on the cover.
    assert any(element.text.endswith("Working copy, not established") for element in reading.elements)


def test_the_contents_are_read_after_the_cover_though_drawn_last(reading):
    roles = [element.role for element in reading.elements if element.depth == 1]
    assert roles.index("TOC") == roles.index("H1", 1) + 1  # after the contents' title, the second H1
    toc = next(element for element in reading.elements if element.role == "TOC")
    assert len(toc.kids) == len(reading.outline)
    assert all(kid.role == "TOCI" for kid in toc.kids)
    # Drawn: the dots and page number, then the title; read: the title, then the page number.
    assert toc.kids[0].text.startswith(" . . .") and toc.kids[0].text.strip().endswith("Organisation")
    assert [kid.actual_text.rsplit(" ", 1)[0] for kid in toc.kids] == [title for _, title in reading.outline]
    assert all(kid.actual_text.rsplit(" ", 1)[1].isdigit() for kid in toc.kids)


def test_a_dossier_laid_out_twice_keeps_the_marks_of_its_last_layout(demo_path, tmp_path, monkeypatch):
    """The contents counted wrong: laid out twice (multiBuild); the structure is the same."""
    with open_register(demo_path) as register:
        once = read_tagged(_export(register, tmp_path / "once.pdf"))
        counted = dossier._Story.contents_pages
        monkeypatch.setattr(dossier._Story, "contents_pages", lambda story, font: counted(story, font) + 1)
        twice = read_tagged(_export(register, tmp_path / "twice.pdf"))
    assert twice.problems == []
    assert [(element.role, element.text, element.depth) for element in twice.elements] == [
        (element.role, element.text, element.depth) for element in once.elements
    ]


def _untagged() -> bytes:
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title="Register").build([Paragraph("Register", styles["Title"])])
    return buffer.getvalue()


def test_plain_reportlab_output_fails_the_check():
    """The near miss: the same check on an untagged PDF, and on one whose tree misses its text."""
    problems = read_tagged(_untagged()).problems
    assert "no structure tree" in problems
    assert "not marked as tagged (/MarkInfo /Marked)" in problems
    assert "page 1: Register" in " ".join(problems)
    # A structure tree with nothing in it: marked, but the text is still loose.
    empty = read_tagged(add_structure(_untagged(), Tags(), "Register", "en")).problems
    assert empty == ["neither tagged nor an artifact: page 1: Register"]
