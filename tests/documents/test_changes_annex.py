"""The workbook and the dossier name the version they show, and on request add the changes since a
version (issue 16 point 6): checked in the files as written, reopened."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from ropa_desktop.documents.exports import export_register
from ropa_desktop.register import change_log, established, kinds, operations
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ProcessingActivity, Recipient
from ropa_desktop.register.models.base import utcnow


def _cover(path) -> dict:
    book = load_workbook(path)
    return {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True) if row and row[0]}


def _pdf(path) -> list[str]:
    """Each page's text, lines joined by spaces (a long line may wrap anywhere)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _activities(register) -> list[int]:
    with register.session() as session:
        return session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).all()


def _changed_after_version(register) -> dict:
    """Version 1 "2026-1" by Marieke; then Jan sets a reference with a comment and takes a recipient away."""
    with change_log.acting(who="marieke", name="Marieke Jansen"):
        established.establish(register, "2026-1", "Vastgesteld door de directie")
    first, second = _activities(register)[:2]
    with register.session() as session:
        recipients = sorted(r.id for r in session.get(ProcessingActivity, second).recipients)
        kept = session.get(Recipient, recipients[0]).name
    with change_log.acting(who="jan", name="Jan de Vries", comment="Kenmerk volgens de nieuwe nummering"):
        operations.save(register, kinds.ACTIVITY, first, {"reference": "V-01"})
        operations.save(register, kinds.ACTIVITY, second, {"recipients": recipients[:1]})
    return {"kept": kept["nl"]}


def test_the_workbook_names_the_working_copy_then_the_version_established(demo_register, tmp_path):
    export_register(demo_register, "xlsx", "nl", tmp_path / "before.xlsx")
    cover = _cover(tmp_path / "before.xlsx")
    assert cover["Versie van het register"] == "Werkversie, niet vastgesteld"
    assert load_workbook(tmp_path / "before.xlsx").properties.contentStatus == "Werkversie, niet vastgesteld"
    with change_log.acting(who="marieke", name="Marieke Jansen"):
        established.establish(demo_register, "2026-1")
    export_register(demo_register, "xlsx", "en", tmp_path / "after.xlsx")
    today = utcnow().date().isoformat()  # the tests run in UTC; the document says the local date
    line = f"Version 1 \u201c2026-1\u201d, established {today} by Marieke Jansen"
    assert _cover(tmp_path / "after.xlsx")["Version of the register"] == line
    assert load_workbook(tmp_path / "after.xlsx").properties.contentStatus == line
    # The near miss: a change after the version makes it a working copy again, naming the version.
    operations.save(demo_register, kinds.ACTIVITY, _activities(demo_register)[0], {"owner": "Finance"})
    export_register(demo_register, "xlsx", "nl", tmp_path / "changed.xlsx")
    assert _cover(tmp_path / "changed.xlsx")["Versie van het register"] == (
        f"Werkversie, niet vastgesteld; gewijzigd sinds versie 1 \u201c2026-1\u201d van {today}"
    )


def test_the_workbook_adds_the_changes_since_a_version_as_a_sheet(demo_register, tmp_path):
    made = _changed_after_version(demo_register)
    export_register(demo_register, "xlsx", "nl", tmp_path / "changes.xlsx", changes_since="2026-1")
    book = load_workbook(tmp_path / "changes.xlsx")
    assert book.sheetnames[-2:] == ["Wijzigingen sinds versie 1", "ropa-data"]
    header, *rows = book["Wijzigingen sinds versie 1"].iter_rows(values_only=True)
    assert header == ("Wie", "Wanneer", "Herkomst", "Onderdeel", "Veld", "Voor", "Na", "Toelichting")
    assert [(r[0], r[2], r[4], r[5], r[6], r[7]) for r in rows] == [
        ("Jan de Vries (jan)", "opdrachtregel", "Kenmerk", "—", "V-01", "Kenmerk volgens de nieuwe nummering"),
        (
            "Jan de Vries (jan)",
            "opdrachtregel",
            "Ontvangers (art. 30 lid 1 onder d)",
            rows[1][5],
            made["kept"],
            "Kenmerk volgens de nieuwe nummering",
        ),
    ]
    assert made["kept"] in rows[1][5] and rows[1][5] != made["kept"]  # the recipients by name, before and after
    assert rows[0][3].startswith("Verwerkingsactiviteit › ") and rows[0][1].date() == utcnow().date()
    # The near miss: without --changes-since there is no such sheet; since now's version, no rows.
    export_register(demo_register, "xlsx", "nl", tmp_path / "plain.xlsx")
    assert not any(name.startswith("Wijzigingen") for name in load_workbook(tmp_path / "plain.xlsx").sheetnames)
    established.establish(demo_register, "2026-2")
    export_register(demo_register, "xlsx", "en", tmp_path / "none.xlsx", changes_since="2026-2")
    sheet = load_workbook(tmp_path / "none.xlsx")["Changes since version 2"]
    assert [row for row in sheet.iter_rows(values_only=True) if any(row)][1][0].endswith(
        "No changes were recorded since then."
    )


def test_the_dossier_names_the_version_on_every_page_and_lists_the_changes(demo_register, tmp_path):
    made = _changed_after_version(demo_register)
    export_register(demo_register, "pdf", "nl", tmp_path / "dossier.pdf", changes_since="2026-1")
    pages = _pdf(tmp_path / "dossier.pdf")
    today = utcnow().date().isoformat()
    line = f"Werkversie, niet vastgesteld; gewijzigd sinds versie 1 \u201c2026-1\u201d van {today}"
    assert f"Versie van het register: {line}" in pages[0]  # the title page
    assert all(line in page for page in pages[1:])  # atop every other page
    annex = next(page for page in pages if "Wijzigingen sinds versie 1 \u201c2026-1\u201d Elke wijziging" in page)
    assert "nadat Marieke Jansen op" in annex
    for words in ("Jan de Vries (jan)", "Kenmerk volgens de nieuwe nummering", "V-01", made["kept"], "opdrachtregel"):
        assert words in annex
    assert PdfReader(tmp_path / "dossier.pdf").metadata["/Keywords"] == line
    # The near miss: established again, the dossier shows the version and no annex unless asked.
    with change_log.acting(who="marieke", name="Marieke Jansen"):
        established.establish(demo_register, "2026-2")
    export_register(demo_register, "pdf", "en", tmp_path / "again.pdf")
    pages = _pdf(tmp_path / "again.pdf")
    assert all(f"Version 2 \u201c2026-2\u201d, established {today} by Marieke Jansen" in page for page in pages)
    assert not any("Changes since" in page for page in pages)


def test_the_changes_since_the_start_or_a_date(demo_register, tmp_path):
    _changed_after_version(demo_register)
    export_register(demo_register, "xlsx", "en", tmp_path / "start.xlsx", changes_since="start")
    sheet = load_workbook(tmp_path / "start.xlsx")["Changes since the start"]
    fields = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert fields == ["version established", "Reference", "Recipients (Art. 30(1)(d))"]
    export_register(demo_register, "pdf", "en", tmp_path / "start.pdf", changes_since="start")
    assert any(
        "Changes since the start of the history" in page and "nobody established it" in page
        for page in _pdf(tmp_path / "start.pdf")
    )
    # A date: after the end of that day; yesterday's end is before every change of today.
    export_register(demo_register, "xlsx", "en", tmp_path / "day.xlsx", changes_since="2000-01-01")
    assert load_workbook(tmp_path / "day.xlsx")["Changes since 2000-01-01"].max_row > 3


def test_an_unknown_version_is_refused_before_anything_is_written(demo_register, tmp_path):
    established.establish(demo_register, "2026-1")
    for wanted in ("2026-9", "now", "", "2026-13-01"):
        refused = "no version or date \\(YYYY-MM-DD\\) is called .*; nothing was exported"
        with pytest.raises(RegisterError, match=refused):
            export_register(demo_register, "xlsx", "nl", tmp_path / "refused.xlsx", changes_since=wanted)
    assert not (tmp_path / "refused.xlsx").exists()


def test_a_publication_and_a_version_in_the_annex_are_named_by_number_in_the_documents_language(
    demo_register, tmp_path
):
    from ropa_desktop.documents.publication import publish

    _changed_after_version(demo_register)
    publish(demo_register, force=True)
    export_register(demo_register, "xlsx", "nl", tmp_path / "nl.xlsx", changes_since="start")
    book = load_workbook(tmp_path / "nl.xlsx")
    sheet = book[next(name for name in book.sheetnames if name.startswith("Wijzigingen"))]
    cells = [str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert "Publicatie 1" in cells and "Versie 1 \u201c2026-1\u201d" in cells
    assert not any("Privacy statement" in cell for cell in cells)  # the log's English name is not shown
