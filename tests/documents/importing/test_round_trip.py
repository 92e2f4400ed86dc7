"""Our own workbook imports without loss: export, import into a new register, export again,
and every cell is the same (except the export time)."""

from __future__ import annotations

import json
from datetime import datetime

import libreoffice
import pytest
from import_helpers import database_rows
from openpyxl import load_workbook

from ropa_desktop.documents.importing.problems import ImportRefused
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import DATA_SHEET, write_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import create_register, open_register

MOMENT = datetime(2026, 11, 25, 10, 30)


def _export(register, path, language="nl", moment=MOMENT):
    with open(path, "wb") as target:
        write_workbook(register, language, target, exported_at=moment)
    return path


def _cells(path) -> dict[str, list[list]]:
    book = load_workbook(path)
    return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in book.worksheets}


def _cover_without_export_time(cells: dict) -> dict:
    cover = cells[next(iter(cells))]
    return {**cells, next(iter(cells)): [row for row in cover if not (row and row[0] in ("Geëxporteerd", "Exported"))]}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_export_import_export_gives_the_same_cells(demo_register, tmp_path, ropa, language):
    first = _export(demo_register, tmp_path / "first.xlsx", language)
    code, out, err = ropa("new", str(tmp_path / "copy.ropa"), "--org", "Placeholder B.V.")
    assert code == 0, err
    code, out, err = ropa("import", str(tmp_path / "copy.ropa"), str(first), "--lang", "en")
    assert code == 0, err
    assert "Processing activities: 7 added" in out
    with open_register(tmp_path / "copy.ropa") as copy:
        second = _export(copy, tmp_path / "second.xlsx", language, moment=datetime(2027, 1, 2, 3, 4))
    a, b = _cells(first), _cells(second)
    assert list(a) == list(b)
    assert DATA_SHEET in a
    for cells in (a, b):  # where each register's history stood at the export: two registers, two places
        cells[DATA_SHEET][0] = cells[DATA_SHEET][0][:3]
    for sheet in a:
        if sheet == next(iter(a)):
            continue  # the cover holds the export time; compared below without it
        assert a[sheet] == b[sheet], sheet
    assert len(a[next(iter(a))]) == len(b[next(iter(b))])
    exported = {row[0] for row in a[next(iter(a))] if row and isinstance(row[1], datetime)}
    cover_a = [row for row in a[next(iter(a))] if row[0] not in exported]
    cover_b = [row for row in b[next(iter(b))] if row[0] not in exported]
    assert cover_a == cover_b


def test_every_language_and_link_survive(demo_register, tmp_path):
    first = _export(demo_register, tmp_path / "first.xlsx", "nl")
    copy = create_register(tmp_path / "copy.ropa", "Placeholder", language="en")
    import_workbook(copy, first)
    with demo_register.session() as a, copy.session() as b:
        from ropa_desktop.register.portable import dump

        assert [(e.kind, e.ref, e.data) for e in dump(a)] == [(e.kind, e.ref, e.data) for e in dump(b)]
    copy.close()


def test_importing_again_changes_nothing_and_says_so(demo_register, tmp_path):
    workbook = _export(demo_register, tmp_path / "register.xlsx")
    before = database_rows(demo_register)
    report = import_workbook(demo_register, workbook)
    assert report.changes == 0
    assert report.outcomes[kinds.ACTIVITY].unchanged == 7
    assert database_rows(demo_register) == before


def test_merge_updates_the_same_activity_and_adds_new_ones(demo_register, tmp_path):
    """An edited copy of the register (a renamed purpose, a new activity) merges into the
    original: the activity is updated in place, the new one added, nothing removed."""
    other = create_register(tmp_path / "other.ropa", "Other", language="nl")
    import_workbook(other, _export(demo_register, tmp_path / "a.xlsx"))
    order = operations.order(other, kinds.ACTIVITY)
    snap = operations.read(other, kinds.ACTIVITY, order[0])
    snap["purposes"][0]["description"]["nl"] = "Een nieuw geformuleerd doel"
    operations.save(other, kinds.ACTIVITY, order[0], snap)
    new = operations.read(other, kinds.ACTIVITY, order[1])
    new["name"] = {"nl": "Nieuwsbrief", "en": "Newsletter"}
    operations.save(other, kinds.ACTIVITY, None, new)
    edited = _export(other, tmp_path / "edited.xlsx")
    other.close()

    ids_before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, edited)
    outcome = report.outcomes[kinds.ACTIVITY]
    assert outcome.added == ["Nieuwsbrief"]
    assert len(outcome.updated) == 1 and outcome.unchanged == 6
    ids_after = operations.order(demo_register, kinds.ACTIVITY)
    assert ids_after[:7] == ids_before  # the same activities, in place; the new one last
    first = operations.read(demo_register, kinds.ACTIVITY, ids_before[0])
    assert first["purposes"][0]["description"]["nl"] == "Een nieuw geformuleerd doel"
    if demo_register.path is not None:  # a copy beside the file; a server keeps its own backups
        assert report.backup and (tmp_path / report.backup).exists() is not None
        assert "before-import" in report.backup
    else:
        assert report.backup == ""


def test_dry_run_reports_the_same_and_changes_nothing(demo_register, tmp_path):
    fresh = create_register(tmp_path / "fresh.ropa", "Fresh", language="nl")
    workbook = _export(demo_register, tmp_path / "a.xlsx")
    before = database_rows(fresh)
    dry = import_workbook(fresh, workbook, dry_run=True)
    assert database_rows(fresh) == before
    real = import_workbook(fresh, workbook)
    assert {k: (o.added, o.updated) for k, o in dry.outcomes.items()} == {
        k: (o.added, o.updated) for k, o in real.outcomes.items()
    }
    fresh.close()


def _tamper(path, change):
    book = load_workbook(path)
    sheet = book[DATA_SHEET]
    change(sheet)
    book.save(path)


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda s: s.cell(row=2, column=3, value="{not json"), "not valid JSON"),
        (lambda s: s.cell(row=1, column=2, value=99), "newer ROPA Desktop"),
        (lambda s: s.cell(row=1, column=1, value="something else"), "not a ROPA Desktop data sheet"),
    ],
)
def test_a_damaged_data_sheet_is_refused_and_the_register_kept(demo_register, tmp_path, unchanged, change, words):
    workbook = _export(demo_register, tmp_path / "a.xlsx")
    _tamper(workbook, change)
    with pytest.raises(ImportRefused) as refused:
        import_workbook(demo_register, workbook)
    assert words in refused.value.words("en")
    unchanged()


def test_a_wrong_type_in_the_data_sheet_names_row_and_field(demo_register, tmp_path, unchanged):
    workbook = _export(demo_register, tmp_path / "a.xlsx")

    def change(sheet):
        for row in sheet.iter_rows(min_row=2):
            if row[0].value == kinds.ACTIVITY:
                data = json.loads("".join(c.value or "" for c in row[2:]))
                data["in_statement"] = "perhaps"
                row[2].value = json.dumps(data)
                for cell in row[3:]:
                    cell.value = None
                return

    _tamper(workbook, change)
    with pytest.raises(ImportRefused) as refused:
        import_workbook(demo_register, workbook)
    words = refused.value.words("en")
    assert "in_statement" in words and "row " in words and DATA_SHEET in words
    unchanged()


def test_a_link_to_a_missing_entry_is_refused(demo_register, tmp_path, unchanged):
    workbook = _export(demo_register, tmp_path / "a.xlsx")

    def change(sheet):
        for row in sheet.iter_rows(min_row=2):
            if row[0].value == kinds.DATA_SUBJECT:
                for cell in row:
                    cell.value = None
                return

    _tamper(workbook, change)
    with pytest.raises(ImportRefused) as refused:
        import_workbook(demo_register, workbook)
    assert "data_subject:1" in refused.value.words("en")
    unchanged()


def test_an_edit_in_a_visible_sheet_is_named_not_silently_ignored(demo_register, tmp_path):
    workbook = _export(demo_register, tmp_path / "a.xlsx", "en")
    book = load_workbook(workbook)
    book["Register"]["B3"] = "Renamed in Excel"
    book.save(workbook)
    report = import_workbook(demo_register, workbook, dry_run=True)
    edits = [note for note in report.notes if note.code == "visible_edits"]
    assert len(edits) == 1
    words = edits[0].text("en")
    assert "Sheet “Register” was changed" in words and "first is row 3" in words and "not taken over" in words
    assert report.changes == 0


def test_an_untouched_workbook_has_no_edit_note(demo_register, tmp_path):
    report = import_workbook(demo_register, _export(demo_register, tmp_path / "a.xlsx", "en"), dry_run=True)
    assert report.notes == []


@libreoffice.needed
def test_a_workbook_saved_again_by_libreoffice_still_imports_exactly(demo_register, tmp_path):
    workbook = _export(demo_register, tmp_path / "a.xlsx", "nl")
    out = tmp_path / "libreoffice"
    resaved = libreoffice.convert(workbook, "xlsx", out, tmp_path / "profile")
    assert resaved.returncode == 0, resaved.stderr
    copy = create_register(tmp_path / "copy.ropa", "Placeholder", language="nl")
    report = import_workbook(copy, out / "a.xlsx")
    assert report.notes == []  # LibreOffice changed no visible cell
    with demo_register.session() as a, copy.session() as b:
        from ropa_desktop.register.portable import dump

        assert [(e.kind, e.data) for e in dump(a)] == [(e.kind, e.data) for e in dump(b)]
    copy.close()


def test_a_mapping_reads_our_visible_register_sheet_as_a_spreadsheet(demo_register, tmp_path):
    """The way to take over edits made in the visible sheet: import it by its columns."""
    from ropa_desktop.documents.importing.mapping import Mapping

    workbook = _export(demo_register, tmp_path / "a.xlsx", "en")
    book = load_workbook(workbook)
    book["Register"]["F2"] = "Providing our services\nInvoicing"  # the purposes of activity 1
    book.save(workbook)
    report = import_workbook(demo_register, workbook, mapping=Mapping(sheet="Register"))
    assert not report.native and report.header_row == 1
    first = operations.read(demo_register, kinds.ACTIVITY, operations.order(demo_register, kinds.ACTIVITY)[0])
    assert [p["description"]["en"] for p in first["purposes"]] == ["Providing our services", "Invoicing"]
    assert first["name"]["nl"]  # the Dutch name stays beside the English one
