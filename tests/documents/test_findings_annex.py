"""The compliance findings as an annex of the exports: a sheet of the workbook and the last
annex of the dossier, on request only; the workbook still imports as before."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa_desktop.checks import run
from ropa_desktop.checks.findings import Finding, Severity
from ropa_desktop.checks.run import check_register, counts
from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.record.findings import field_label
from ropa_desktop.documents.record.labels import Labels
from ropa_desktop.documents.workbook import DATA_SHEET, write_workbook
from ropa_desktop.register.storage import create_register, open_register

MOMENT = datetime(2026, 11, 25, 10, 30)
COLUMNS = ("severity", "rule", "item", "field", "message", "reference")


def _squash(text: str) -> str:
    return " ".join(text.split())


def _in_text(message: str, text: str) -> bool:
    """The message whole, or in two parts: a row split over a page (splitInRow) has the footer,
    the repeated header and the rest of its other cells between them."""
    if message in text:
        return True
    words = message.split(" ")
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]) + " ", " " + " ".join(words[cut:])
        start = text.find(head)
        if start >= 0 and 0 <= text.find(tail, start + len(head)) - start - len(head) < 400:
            return True
    return False


def _workbook(register, language="nl", **options) -> bytes:
    buffer = io.BytesIO()
    write_workbook(register, language, buffer, exported_at=MOMENT, **options)
    return buffer.getvalue()


def _dossier(register, language="nl", **options) -> bytes:
    buffer = io.BytesIO()
    write_dossier(register, language, buffer, exported_at=MOMENT, **options)
    return buffer.getvalue()


@pytest.mark.parametrize(("language", "title"), [("nl", "Bevindingen"), ("en", "Findings")])
def test_the_workbook_has_a_findings_sheet_before_the_data_sheet(demo_path, language, title):
    with open_register(demo_path) as register:
        expected = check_register(register, MOMENT.date())
        book = load_workbook(io.BytesIO(_workbook(register, language, with_findings=True)))
    assert book.sheetnames[-2:] == [title, DATA_SHEET]
    sheet = book[title]
    assert sheet.sheet_state == "visible" and book[DATA_SHEET].sheet_state == "hidden"
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    labels = Labels(language)
    assert rows[0] == [labels.column(key) for key in COLUMNS]
    assert len(rows) == len(expected) + 1
    # One row per finding, in the order of the check, each cell its words in the language.
    assert [row[1] for row in rows[1:]] == [finding.rule for finding in expected]
    assert [row[4] for row in rows[1:]] == [finding.message(language) for finding in expected]
    assert [row[5] for row in rows[1:]] == [finding.citation(language) for finding in expected]
    # The articles in the language's citation style (glossary): Dutch "art. 44–49 AVG".
    no_tool = "art. 44–49 AVG" if language == "nl" else "Art. 44–49 GDPR"
    assert {row[5] for row in rows[1:] if row[1] == "transfer.no_tool"} == {no_tool}
    bolivia = next(row for row in rows if row[1] == "transfer.no_tool" and "Cochabamba" in row[2])
    if language == "nl":
        assert bolivia[:4] == [
            "Fout",
            "transfer.no_tool",
            "Doorgiften › Bolivia — Connaxis, vestiging Cochabamba",
            "Doorgifte-instrument",
        ]
        assert bolivia[4].startswith("Doorgifte naar Bolivia — Connaxis, vestiging Cochabamba: Bolivia heeft geen")
    else:
        assert bolivia[:4] == [
            "Error",
            "transfer.no_tool",
            "Transfers › Bolivia — Connaxis, Cochabamba office",
            "Transfer tool",
        ]
    vague = next(row for row in rows if row[1] == "retention.vague")
    assert vague[0] == ("Waarschuwing" if language == "nl" else "Warning")
    assert vague[3] == ("Bewaartermijnen, nr. 1" if language == "nl" else "Retention, no. 1")
    # Styled like the other sheets: an Excel table over every row, the header frozen.
    (table,) = sheet.tables.values()
    assert table.ref == f"A1:F{len(expected) + 1}"
    assert sheet.freeze_panes == "B2"
    # The cover says how many there are.
    cover = {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True) if row and row[0]}
    n = counts(expected)
    pattern = (
        rf"{n[Severity.ERROR]} fouten?, {n[Severity.WARNING]} waarschuwing(en)?, "
        rf"{n[Severity.INFO]} mededeling(en)?"
        if language == "nl"
        else rf"{n[Severity.ERROR]} errors?, {n[Severity.WARNING]} warnings?, {n[Severity.INFO]} notes?"
    )
    assert re.fullmatch(pattern, cover[labels.get("cover", "findings")]), cover


def test_without_the_option_there_is_no_findings_sheet(demo_path):
    with open_register(demo_path) as register:
        plain = load_workbook(io.BytesIO(_workbook(register)))
        annexed = load_workbook(io.BytesIO(_workbook(register, with_findings=True)))
    assert "Bevindingen" not in plain.sheetnames and "Findings" not in plain.sheetnames
    assert annexed.sheetnames == [*plain.sheetnames[:-1], "Bevindingen", DATA_SHEET]
    cover = [row[0] for row in plain.worksheets[0].iter_rows(values_only=True)]
    assert "Bevindingen van de nalevingscontrole" not in cover


def test_a_register_without_findings_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "RULES", {})  # no rule runs, so nothing is found
    with create_register(tmp_path / "x.ropa", "Acme B.V.", language="en") as register:
        book = load_workbook(io.BytesIO(_workbook(register, "en", with_findings=True)))
        pdf = PdfReader(io.BytesIO(_dossier(register, "en", with_findings=True)))
    rows = [row for row in book["Findings"].iter_rows(values_only=True)]
    assert rows[0][0] == "Severity" and not book["Findings"].tables
    assert any(row[0] and row[0].startswith("No findings") for row in rows[1:])
    text = _squash(" ".join(page.extract_text() for page in pdf.pages))
    assert "Compliance findings" in text and "0 errors, 0 warnings, 0 notes" in text and "No findings" in text


def test_the_workbook_with_findings_still_imports_and_notices_edits(demo_path, tmp_path):
    path = tmp_path / "register.xlsx"
    with open_register(demo_path) as register:
        path.write_bytes(_workbook(register, with_findings=True))
    with create_register(tmp_path / "new.ropa", "Placeholder B.V.") as target:
        report = import_workbook(target, path, dry_run=True)
        assert report.native and report.count("activity", "added") == 7
        assert [note for note in report.notes if note.code == "visible_edits"] == []
        # A note typed into the findings sheet is no edit of the register ...
        book = load_workbook(path)
        book["Bevindingen"]["G2"] = "opgelost"
        book.save(path)
        report = import_workbook(target, path, dry_run=True)
        assert [note for note in report.notes if note.code == "visible_edits"] == []
        # ... an edit of a register sheet still is.
        book["Register"]["B2"] = "Iets anders"
        book.save(path)
        report = import_workbook(target, path, dry_run=True)
        assert [note.place.sheet for note in report.notes if note.code == "visible_edits"] == ["Register"]


@pytest.fixture(scope="module")
def dossiers(demo_path):
    with open_register(demo_path) as register:
        findings = check_register(register, MOMENT.date())
        return findings, _dossier(register, with_findings=True), _dossier(register)


def test_the_dossier_has_the_findings_as_its_last_annex(dossiers):
    findings, data, _ = dossiers
    reader = PdfReader(io.BytesIO(data))
    pages = [_squash(page.extract_text()) for page in reader.pages]
    text = " ".join(pages)
    for finding in findings:
        assert _in_text(_squash(finding.message("nl")), text), finding
    assert "Doorgiften › Bolivia — Connaxis, vestiging Cochabamba" in text
    # The Dutch dossier cites the Dutch way (glossary), never "Art. 44–49 GDPR".
    assert "art. 44–49 AVG" in text and "art. 5 lid 1 onder e, art. 13 lid 2 onder a AVG" in text
    assert "GDPR" not in text and "Art. 5(1)(e)" not in text
    # The last annex, from a page of its own to the end: the table, a row per finding.
    heading = "Bevindingen van de nalevingscontrole Uitkomst"
    annex = next(number for number, page in enumerate(pages, start=1) if heading in page)
    annex_text = " ".join(pages[annex - 1 :])
    annex_text = annex_text[annex_text.index(heading) :]
    assert "Beveiliging" not in pages[annex - 1]  # no other annex shares its page
    assert annex_text.startswith(
        "Bevindingen van de nalevingscontrole Uitkomst van de automatische nalevingscontrole "
        "van ROPA Desktop op 2026-11-25: "
    )
    assert "Ernst Onderdeel Bevinding Artikel Fout " in annex_text  # the header, then the errors
    assert (
        "Fout Doorgiften › Bolivia — Connaxis, vestiging Cochabamba Doorgifte-instrument Doorgifte naar" in annex_text
    )
    assert all(_in_text(_squash(finding.message("nl")), annex_text) for finding in findings)
    # In the contents, with its page number, and in the bookmarks, last under the annexes.
    # (pypdf reads a contents line's dotted leader and page number before its title)
    title = "Bevindingen van de nalevingscontrole"
    assert re.search(rf"\b{annex} {title}|{title}[ .]*\b{annex}\b", pages[1]), pages[1]
    titles = [entry.title if not isinstance(entry, list) else None for entry in reader.outline]
    annexes = reader.outline[titles.index("Bijlagen") + 1]
    assert [entry.title for entry in annexes] == [
        "Ontvangers en verwerkers",
        "Doorgiften",
        "Bewaartermijnen",
        "Beveiliging",
        "Bevindingen van de nalevingscontrole",
    ]
    assert reader.get_destination_page_number(annexes[-1]) == annex - 1


def test_without_the_option_the_dossier_has_no_findings(dossiers):
    findings, _, data = dossiers
    text = _squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))
    assert "nalevingscontrole" not in text
    assert _squash(findings[0].message("nl")) not in text


def test_export_findings_from_the_command_line(demo_path, tmp_path, ropa):
    for fmt in ("xlsx", "pdf"):
        with_findings, without = tmp_path / f"with.{fmt}", tmp_path / f"without.{fmt}"
        code, out, err = ropa(
            "export", str(demo_path), "--format", fmt, "--lang", "en", "--findings", "-o", str(with_findings)
        )
        assert (code, out) == (0, "") and "Wrote the en register" in err
        assert ropa("export", str(demo_path), "--format", fmt, "--lang", "en", "-o", str(without))[0] == 0
        if fmt == "xlsx":
            assert "Findings" in load_workbook(with_findings).sheetnames
            assert "Findings" not in load_workbook(without).sheetnames
        else:

            def text(path):
                return _squash(" ".join(page.extract_text() for page in PdfReader(path).pages))

            assert "Compliance findings" in text(with_findings) and "Transfers › Bolivia" in text(with_findings)
            assert "Art. 44–49 GDPR" in text(with_findings)  # near miss of the Dutch dossier: English style
            assert "Compliance findings" not in text(without)


def test_every_field_a_rule_points_at_has_a_name_in_the_exports():
    """A finding's field is named in words ("Ontvanger"), never as the key ("recipient_id")."""
    labels = Labels("nl")
    for field in ("recipient_id", "consent_required", "dpa_reference", "contact", "tool", "country_code"):
        label = field_label(Finding("transfer.no_tool", Severity.ERROR, "transfer", 1, {"nl": "x"}, field), labels)
        assert "_" not in label and label != field.replace("_", " "), field
