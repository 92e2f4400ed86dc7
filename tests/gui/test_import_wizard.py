"""File > Import from Excel: the wizard reads a spreadsheet of the officer's own or our own
workbook, shows its columns and a trial run, imports off the GUI thread and refreshes the window."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ropa_desktop.documents.importing.problems import ImportRefused
from ropa_desktop.documents.importing.service import preview
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.gui import import_wizard, language
from ropa_desktop.gui.import_columns_model import FIELD, ImportColumnsModel
from ropa_desktop.gui.import_wizard import CHECK_PAGE, COLUMNS_PAGE, FILE_PAGE, RESULT_PAGE
from ropa_desktop.gui.jobs import Cancelled
from ropa_desktop.gui.list_page import ListPage
from ropa_desktop.gui.undo import SaveItem
from ropa_desktop.register import errors, kinds, operations, rows, snapshots
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import Register, open_register

HEADERS = [
    "Name of processing activity",
    "Purpose of processing",
    "Lawful basis",
    "Categories of individuals",
    "Retention",
    "Who is in charge",
]
OWNER = 6  # the column of "Who is in charge", which no header list knows


def foreign_workbook(path: Path) -> Path:
    """An officer's own register: a few lines of contact details above the header row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append(["Record of processing activities — Example Ltd"])
    sheet.append(["Contact: privacy@example.org"])
    sheet.append([])
    sheet.append(HEADERS)
    sheet.append(
        [
            "Bicycle lease plan",
            "Leasing bicycles to employees",
            "Contract",
            "Employees",
            "7 years after the lease ends",
            "HR",
        ]
    )
    sheet.append(
        [
            "Visitor registration",
            "Knowing who is in the building",
            "Legitimate interest",
            "Visitors",
            "4 weeks",
            "Facilities",
        ]
    )
    book.save(path)
    return path


def activity_names(register: Register) -> set[str]:
    with register.session() as session:
        return {text for row in rows.rows(session, kinds.ACTIVITY) for text in row.name.values()}


def activity_id(register: Register, name: str) -> int:
    with register.session() as session:
        return next(row.id for row in rows.rows(session, kinds.ACTIVITY) if name in row.name.values())


def listed_names(page: ListPage) -> set[str]:
    return {
        page.model.index(r, c).data() for r in range(page.model.rowCount()) for c in range(page.model.columnCount())
    }


def wait_for_trial(qtbot, wizard) -> None:
    qtbot.waitUntil(lambda: wizard.check_page.trial is None, timeout=20000)


def tried(wizard, spreadsheet, qtbot) -> None:
    """The spreadsheet chosen, its columns as recognised, and the trial run done."""
    wizard.file_page.set_path(str(spreadsheet))
    wizard.next()
    wizard.next()
    wait_for_trial(qtbot, wizard)


@pytest.fixture
def wizard(window):
    return window.import_excel()


@pytest.fixture
def spreadsheet(tmp_path) -> Path:
    return foreign_workbook(tmp_path / "own register.xlsx")


def test_a_spreadsheet_of_ones_own_is_checked_then_imported(window, wizard, spreadsheet, qtbot, demo_register):
    activities = window.page_of[kinds.ACTIVITY]
    activities.add_item()  # an edit before the import, which stays undoable after it
    activities.editor.save()
    assert window.workspace.undo_stack.count() == 1
    names_before = activity_names(demo_register)

    wizard.file_page.set_path(str(spreadsheet))
    assert "spreadsheet of your own" in wizard.file_page.kind.text()
    assert wizard.file_page.sheet.currentText() == "Register"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == COLUMNS_PAGE
    page = wizard.columns_page
    assert page.header_row.value() == 4
    assert page.isComplete()
    model = page.model
    row = model.row_of_header("Who is in charge")
    assert model.index(row, FIELD).data() == "(not imported)"
    assert model.setData(model.index(row, FIELD), "owner")
    qtbot.waitUntil(lambda: wizard.preview.fields.get(OWNER) == "owner")
    assert model.index(row, FIELD).data() == "Owner"

    wizard.next()
    assert wizard.currentId() == CHECK_PAGE
    wait_for_trial(qtbot, wizard)
    text = wizard.check_page.text.toPlainText()
    assert "Dry run of own register.xlsx" in text and "Bicycle lease plan" in text
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert activity_names(demo_register) == names_before  # a trial changes nothing

    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.next()  # Import
    assert wizard.currentId() == RESULT_PAGE
    assert "Imported from own register.xlsx" in wizard.result_page.text.toPlainText()
    if demo_register.path is None:  # on a server: no copy of a file to put back, so no undo (its note says so)
        assert wizard.result_page.undo_note.text() == (
            "An import into a register on a server cannot be undone with Undo (Ctrl+Z)."
        )
    else:
        assert "Edit > Undo (Ctrl+Z) takes the whole import back" in wizard.result_page.undo_note.text()
        assert Path(wizard.report.backup).exists()
    assert {"Bicycle lease plan", "Visitor registration"} <= activity_names(demo_register)
    snap = operations.read(demo_register, kinds.ACTIVITY, activity_id(demo_register, "Bicycle lease plan"))
    assert snap["owner"] == "HR"
    assert "Bicycle lease plan" in listed_names(activities)
    if demo_register.path is None:  # an import that cannot be undone: the edit's undo no longer matches, so it goes
        assert window.workspace.undo_stack.count() == 0
    else:
        assert window.workspace.undo_stack.count() == 2
        assert window.workspace.undo_stack.undoText() == "Import from own register.xlsx"
    assert window.statusBar().currentMessage() == "Imported from own register.xlsx"


def database_rows(path: Path) -> list[str]:
    """Every row of the register, but for the bookkeeping that only moves forward (the
    generation and the items' versions: a copy put back raises them, never lowers them; the
    change log, to which an undo adds its own entries)."""
    with closing(sqlite3.connect(path)) as connection, closing(sqlite3.connect(":memory:")) as content:
        connection.backup(content)
        content.execute("DELETE FROM register_meta WHERE key IN ('generation', 'change_log_head')")
        content.execute("DELETE FROM change_log")
        for (table,) in content.execute(
            "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
            "WHERE m.type = 'table' AND c.name = 'version'"
        ).fetchall():
            content.execute(f"UPDATE {table} SET version = 0")
        return list(content.iterdump())


def log_entries(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT action, item_kind, item_name, sequence, entry_hash FROM change_log ORDER BY sequence"
        ).fetchall()


def import_spreadsheet(wizard, spreadsheet, qtbot) -> None:
    tried(wizard, spreadsheet, qtbot)
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.next()


@pytest.mark.sqlite_only  # the import's undo puts back a copy of the register file
def test_undo_puts_back_the_register_as_it_was_before_the_import_and_redo_imports_again(
    window, wizard, spreadsheet, qtbot, demo_register
):
    activities = window.page_of[kinds.ACTIVITY]
    before = database_rows(demo_register.path)
    import_spreadsheet(wizard, spreadsheet, qtbot)
    after = database_rows(demo_register.path)
    assert after != before and "Bicycle lease plan" in listed_names(activities)
    stack = window.workspace.undo_stack
    logged = log_entries(demo_register.path)
    window.undo_action.trigger()  # Edit > Undo, as the officer does
    assert database_rows(demo_register.path) == before  # row for row
    assert log_entries(demo_register.path)[: len(logged)] == logged  # the log kept, the undo added to it
    undone = [entry[:3] for entry in log_entries(demo_register.path)[len(logged) :]]
    assert ("deleted", "activity", "Bicycle lease plan") in undone
    assert window.statusBar().currentMessage() == "Undone: Import from own register.xlsx"
    assert "Bicycle lease plan" not in listed_names(activities)
    assert stack.redoText() == "Import from own register.xlsx"
    window.redo_action.trigger()
    assert database_rows(demo_register.path) == after
    assert window.statusBar().currentMessage() == "Redone: Import from own register.xlsx"
    assert "Bicycle lease plan" in listed_names(activities)
    # An edit after the import is undone first; then the import.
    bicycles = activity_id(demo_register, "Bicycle lease plan")
    snap = operations.read(demo_register, kinds.ACTIVITY, bicycles)
    window.workspace.run(
        SaveItem(window.workspace, "edit", kinds.ACTIVITY, bicycles, snap, {**snap, "owner": "Facilities"})
    )
    stack.undo()
    assert operations.read(demo_register, kinds.ACTIVITY, bicycles)["owner"] == snap["owner"]
    stack.undo()
    assert database_rows(demo_register.path) == before
    # The copies live in the workspace's private folder, not beside the register.
    folder = window.workspace.undo_folder()
    assert sorted(p.name for p in folder.iterdir()) == ["after-import-1.ropa", "before-import-1.ropa"]
    assert folder.stat().st_mode & 0o077 == 0


@pytest.mark.sqlite_only  # the import's undo puts back a copy of the register file
def test_an_undo_the_register_refuses_is_reported_and_clears_the_history(
    window, wizard, spreadsheet, qtbot, demo_register, answers
):
    import_spreadsheet(wizard, spreadsheet, qtbot)
    after = database_rows(demo_register.path)
    other = sqlite3.connect(demo_register.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        with qtbot.waitSignal(window.workspace.failed, timeout=20000):
            window.undo_action.trigger()
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert database_rows(demo_register.path) == after  # the import stays, whole
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == 0, timeout=3000)


@pytest.mark.sqlite_only  # the import's undo puts back a copy of the register file
def test_undo_of_an_import_is_refused_once_another_program_wrote_after_it(
    window, wizard, spreadsheet, qtbot, demo_register, answers
):
    import_spreadsheet(wizard, spreadsheet, qtbot)
    with open_register(demo_register.path) as other:  # another program adds an activity
        snap = snapshots.blank(kinds.ACTIVITY)
        snap["name"] = {"en": "Added elsewhere"}
        operations.save(other, kinds.ACTIVITY, None, snap)
    after = database_rows(demo_register.path)
    with qtbot.waitSignal(window.workspace.failed, timeout=20000) as failed:
        window.undo_action.trigger()
    assert failed.args[0].code == errors.CHANGED_SINCE
    assert (
        "The register was changed by another program after the import, so the import cannot be undone "
        "without losing that change."
    ) in answers.errors[-1][1]
    assert database_rows(demo_register.path) == after  # both the import and the other change stay
    assert {"Added elsewhere", "Bicycle lease plan"} <= activity_names(demo_register)
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == 0, timeout=3000)


@pytest.mark.sqlite_only  # the import's undo puts back a copy of the register file
def test_an_import_another_program_wrote_during_is_not_undone(
    window, wizard, spreadsheet, qtbot, demo_register, answers, monkeypatch
):
    real = Register.copy_to

    def copy_to(register, target):
        if "after-import" in str(target):  # between the import and its copy, another program writes
            with open_register(register.path) as other, other.transaction() as session:
                session.add(ProcessingActivity(name={"en": "Slipped in"}))
        return real(register, target)

    monkeypatch.setattr(Register, "copy_to", copy_to)
    import_spreadsheet(wizard, spreadsheet, qtbot)
    with qtbot.waitSignal(window.workspace.failed, timeout=20000) as failed:
        window.undo_action.trigger()
    assert failed.args[0].code == errors.CHANGED_SINCE
    assert {"Slipped in", "Bicycle lease plan"} <= activity_names(demo_register)


def test_our_own_workbook_skips_the_columns_page(window, wizard, demo_register, tmp_path, qtbot):
    path = tmp_path / "register.xlsx"
    with path.open("wb") as target:
        write_workbook(demo_register, "nl", target)
    wizard.file_page.set_path(str(path))
    assert "ROPA Desktop workbook" in wizard.file_page.kind.text()
    assert not wizard.file_page.sheet.isEnabled()
    wizard.next()
    assert wizard.currentId() == CHECK_PAGE
    wait_for_trial(qtbot, wizard)
    assert wizard.check_page.trial_report.native
    assert "ROPA Desktop workbook" in wizard.check_page.text.toPlainText()
    wizard.back()
    assert wizard.currentId() == FILE_PAGE


def test_a_broken_file_says_why_and_goes_no_further(wizard, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(os.urandom(2000))
    wizard.file_page.set_path(str(broken))
    with pytest.raises(ImportRefused) as refused:
        preview(broken)
    assert wizard.file_page.problem.text() == refused.value.words("en")
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_refusal_is_worded_in_the_interface_language(wizard, tmp_path, qapp):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook at all")
    language.install(qapp, "nl")
    wizard.file_page.set_path(str(broken))
    assert "geen Excel-werkmap" in wizard.file_page.problem.text()


def test_browse_fills_in_the_path(wizard, spreadsheet, answers):
    answers.import_file = str(spreadsheet)
    wizard.file_page.browse.click()
    assert wizard.file_page.path.text() == str(spreadsheet)
    assert wizard.preview is not None and wizard.preview.header_row == 4


def test_without_a_name_column_the_columns_page_is_not_complete(wizard, spreadsheet, qtbot):
    """The first purpose may name an activity (the ICO template has no name column), so only
    without both is there nothing to call an activity by."""
    wizard.file_page.set_path(str(spreadsheet))
    wizard.next()
    page, model = wizard.columns_page, wizard.columns_page.model
    model.setData(model.index(model.row_of_header(HEADERS[0]), FIELD), "")
    qtbot.waitUntil(lambda: "name" not in wizard.preview.fields.values())
    assert wizard.preview.problem is None and page.isComplete()
    model.setData(model.index(model.row_of_header(HEADERS[1]), FIELD), "")
    qtbot.waitUntil(lambda: wizard.preview.problem is not None)
    assert "No column is mapped to the name" in page.problem.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_header_row_can_be_chosen(wizard, spreadsheet):
    wizard.file_page.set_path(str(spreadsheet))
    wizard.next()
    page = wizard.columns_page
    page.header_row.setValue(2)
    assert wizard.preview.header_row == 2
    assert wizard.preview.headers == {1: "Contact: privacy@example.org"}
    assert not page.isComplete()
    page.header_row.setValue(4)
    assert page.isComplete()


def test_a_mapping_is_saved_and_loaded_again(wizard, spreadsheet, answers, tmp_path, qtbot):
    wizard.file_page.set_path(str(spreadsheet))
    wizard.next()
    model = wizard.columns_page.model
    model.setData(model.index(model.row_of_header("Who is in charge"), FIELD), "owner")
    qtbot.waitUntil(lambda: wizard.preview.fields.get(OWNER) == "owner")
    answers.mapping_to_save = str(tmp_path / "columns.json")
    wizard.columns_page.save_button.click()
    saved = json.loads((tmp_path / "columns.json").read_text(encoding="utf-8"))
    assert saved["header_row"] == 4 and saved["columns"]["Who is in charge"] == "owner"

    wizard.back()
    wizard.file_page.set_path(str(spreadsheet))  # the same file afresh: the choice is forgotten
    assert OWNER not in wizard.preview.fields
    wizard.next()
    answers.mapping_to_load = answers.mapping_to_save
    wizard.columns_page.load_button.click()
    assert wizard.preview.fields.get(OWNER) == "owner"
    assert wizard.columns_page.isComplete()


def test_a_bad_mapping_file_is_refused_with_its_reason(wizard, spreadsheet, answers, tmp_path):
    wizard.file_page.set_path(str(spreadsheet))
    wizard.next()
    bad = tmp_path / "bad.json"
    bad.write_text('{"columns": {"Retention": "shoe size"}}', encoding="utf-8")
    answers.mapping_to_load = str(bad)
    wizard.columns_page.load_button.click()
    assert answers.errors and "cannot be used" in answers.errors[0][1]
    assert wizard.preview.header_row == 4  # what was shown stays


def test_a_cancelled_import_changes_nothing(wizard, spreadsheet, qtbot, monkeypatch, demo_register):
    names_before = activity_names(demo_register)
    tried(wizard, spreadsheet, qtbot)
    # The import waits until Cancel has been pressed, so it cannot finish first on a slow machine:
    # the Cancel then lands in the import itself, as when the officer presses it mid-way.
    pressed = threading.Event()
    real = import_wizard.import_workbook

    def after_cancel(register, path, **options):
        assert pressed.wait(60)
        return real(register, path, **options)

    monkeypatch.setattr(import_wizard, "import_workbook", after_cancel)
    job = wizard.check_page.start_import()
    outcome: list = []
    job.done.connect(lambda result: outcome.append(result))
    job.failed.connect(lambda error: outcome.append(error))
    job.cancel()
    pressed.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=60000)
    assert isinstance(outcome[0], Cancelled), outcome
    assert "cancelled" in wizard.check_page.status.text()
    assert wizard.currentId() == CHECK_PAGE and wizard.check_page.isComplete()
    assert activity_names(demo_register) == names_before


def test_a_refused_import_is_shown_and_changes_nothing(wizard, spreadsheet, qtbot, answers, monkeypatch, demo_register):
    real = import_wizard.import_workbook

    def refusing(register, path, **options):
        if not options.get("dry_run"):
            raise ImportRefused("register", detail="a test refusal")
        return real(register, path, **options)

    monkeypatch.setattr(import_wizard, "import_workbook", refusing)
    names_before = activity_names(demo_register)
    tried(wizard, spreadsheet, qtbot)
    job = wizard.check_page.start_import()
    with qtbot.waitSignal(job.failed, timeout=20000):
        pass
    assert answers.errors == [("Not imported", "The register refused the import: a test refusal. Nothing was changed.")]
    assert wizard.currentId() == CHECK_PAGE
    assert activity_names(demo_register) == names_before
    assert list(wizard.workspace.undo_folder().iterdir()) == []  # no copy kept of what did not happen


def test_closing_the_window_stops_a_running_trial(window, wizard, spreadsheet):
    wizard.file_page.set_path(str(spreadsheet))
    wizard.next()
    wizard.next()
    assert wizard.check_page.trial is not None
    window.close()
    assert wizard.check_page.trial is None


def test_the_column_model_is_a_sound_qt_model(qtmodeltester, spreadsheet):
    model = ImportColumnsModel()
    model.set_preview(preview(spreadsheet))
    assert model.rowCount() == len(HEADERS)
    assert model.index(0, 0).data() == "A"
    assert model.index(1, 2).data() == "Leasing bicycles to employees · Knowing who is in the building"
    assert model.flags(model.index(0, FIELD)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)
    model.set_preview(None)
    qtmodeltester.check(model)


def test_a_field_moves_from_the_column_that_had_it(spreadsheet, qtbot):
    model = ImportColumnsModel()
    model.set_preview(preview(spreadsheet))
    chosen = []
    model.field_chosen.connect(lambda header, key: chosen.append((header, key)))
    assert model.setData(model.index(OWNER - 1, FIELD), "purposes")
    assert model.field_of(OWNER - 1) == "purposes" and model.field_of(1) is None
    assert chosen == [("Who is in charge", "purposes")]
    assert not model.setData(model.index(0, FIELD), "no such field")


def test_the_item_being_shown_shows_what_the_import_changed(window, wizard, tmp_path, qtbot, demo_register):
    page = window.page_of[kinds.ACTIVITY]
    page.open_item(activity_id(demo_register, "Job applications"))
    assert page.editor.form.fields["owner"].value() == ""
    book = openpyxl.Workbook()
    book.active.append(["Name of processing activity", "Purpose of processing", "Who is in charge"])
    book.active.append(["Job applications", "Hiring staff", "HR"])
    book.save(tmp_path / "owners.xlsx")
    wizard.file_page.set_path(str(tmp_path / "owners.xlsx"))
    wizard.next()
    model = wizard.columns_page.model
    model.setData(model.index(2, FIELD), "owner")
    qtbot.waitUntil(lambda: wizard.preview.fields.get(3) == "owner")
    wizard.next()
    wait_for_trial(qtbot, wizard)
    assert "Job applications" in wizard.check_page.text.toPlainText()
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.next()
    assert wizard.report.count(kinds.ACTIVITY, "updated") == 1
    assert page.editor.form.fields["owner"].value() == "HR"


def test_a_field_is_chosen_in_the_table_with_its_combo(wizard, spreadsheet, qtbot):
    from PySide6.QtWidgets import QComboBox

    wizard.file_page.set_path(str(spreadsheet))
    wizard.next()
    table = wizard.columns_page.table
    index = table.model().index(OWNER - 1, FIELD)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.findChild(QComboBox)
    assert combo.currentText() == "(not imported)" and combo.count() > 30
    combo.setCurrentIndex(combo.findData("owner"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: wizard.preview.fields.get(OWNER) == "owner")
    assert index.data() == "Owner"


@pytest.mark.sqlite_only  # the copies of the register file an import's undo needs
@pytest.mark.parametrize("failing", ["before-import", "after-import"])
def test_without_room_for_the_copies_the_import_is_done_and_says_it_cannot_be_undone(
    window, wizard, spreadsheet, qtbot, demo_register, monkeypatch, failing
):
    real = Register.copy_to

    def copy_to(register, target):
        if target.name.startswith(failing):
            raise RegisterError(
                f"{register.path}: cannot write a copy before the change (disk full)",
                errors.DISK_FULL,
                str(register.path),
            )
        return real(register, target)

    monkeypatch.setattr(Register, "copy_to", copy_to)
    window.page_of[kinds.ACTIVITY].add_item()  # an edit before: its undo no longer matches, so it goes
    window.page_of[kinds.ACTIVITY].editor.save()
    import_spreadsheet(wizard, spreadsheet, qtbot)
    assert {"Bicycle lease plan", "Visitor registration"} <= activity_names(demo_register)  # imported
    assert "Imported from own register.xlsx" in wizard.result_page.text.toPlainText()
    assert wizard.result_page.undo_note.text() == (
        "No copy of the register could be kept in the temporary folder, "
        "so this import cannot be undone with Undo (Ctrl+Z)."
    )
    assert window.workspace.undo_stack.count() == 0
    assert list(window.workspace.undo_folder().iterdir()) == []  # no half pair left behind


# --- the review before importing (issue 14 point 9) ------------------------------------------


def recipients_workbook(path: Path) -> Path:
    """A register whose recipients column needs a guess: what kind of recipient is each?"""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append(
        ["Name of processing activity", "Purpose of processing", "Lawful basis", "Recipients", "Who is in charge"]
    )
    sheet.append(["Payroll", "Paying salaries", "Contract", "Tax authority", "HR"])
    book.save(path)
    return path


def review_rows(wizard) -> list[tuple[str, ...]]:
    table = wizard.check_page.review.table
    model = table.model()
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def row_of(wizard, sheet: str, row: str, column: str) -> int:
    return next(n for n, shown in enumerate(review_rows(wizard)) if shown[1:4] == (sheet, row, column))


def test_the_check_page_lists_each_guess_and_each_cell_going_to_the_notes_with_its_place(
    wizard, tmp_path, qtbot, qtmodeltester
):
    tried(wizard, recipients_workbook(tmp_path / "r.xlsx"), qtbot)
    shown = review_rows(wizard)
    guess = shown[row_of(wizard, "Register", "2", "D")]
    assert guess[0] == "Kind of recipient guessed" and guess[4] == "Tax authority"
    assert "Public authority" in guess[5]
    unmapped = shown[row_of(wizard, "Register", "2", "E")]
    assert unmapped[0] == "Column not mapped (Who is in charge)" and unmapped[4] == "HR"
    assert unmapped[5] == "to the internal notes"
    assert wizard.check_page.review.title.text() == f"<b>To check before importing: {len(shown)}</b>"
    qtmodeltester.check(wizard.check_page.review.model)
    # Filtered by kind: the guesses only.
    review = wizard.check_page.review
    review.group.setCurrentIndex(review.group.findData("guess"))
    assert [row[1:4] for row in review_rows(wizard)] == [("Register", "2", "D")]
    review.group.setCurrentIndex(review.group.findData(""))
    assert len(review_rows(wizard)) == len(shown)


def test_a_guess_kept_in_the_notes_is_not_imported_as_guessed(wizard, tmp_path, qtbot, demo_register):
    tried(wizard, recipients_workbook(tmp_path / "r.xlsx"), qtbot)
    review = wizard.check_page.review
    review.select(row_of(wizard, "Register", "2", "D"))
    assert review.keep_button.isEnabled() and not review.undo_button.isEnabled()
    review.keep_button.click()
    wait_for_trial(qtbot, wizard)
    corrected = review_rows(wizard)[row_of(wizard, "Register", "2", "D")]
    assert corrected[0] == "Kept in the notes by you" and corrected[5] == "to the internal notes"
    assert wizard.import_mapping().cells == {"Register!D2": None}
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.next()
    payroll = operations.read(demo_register, kinds.ACTIVITY, activity_id(demo_register, "Payroll"))
    names = {
        next(iter(operations.read(demo_register, kinds.RECIPIENT, r)["name"].values())) for r in payroll["recipients"]
    }
    assert "Tax authority" not in names
    assert "Recipients: Tax authority" in payroll["internal_notes"]


def test_a_cell_read_as_another_text_and_a_correction_taken_back(wizard, tmp_path, qtbot, answers):
    tried(wizard, recipients_workbook(tmp_path / "r.xlsx"), qtbot)
    review = wizard.check_page.review
    answers.text = "Finance"
    review.select(row_of(wizard, "Register", "2", "E"))
    review.read_as_button.click()
    wait_for_trial(qtbot, wizard)
    assert wizard.chosen.cells == {"Register!E2": "Finance"}
    row = row_of(wizard, "Register", "2", "E")
    assert review_rows(wizard)[row][0] == "Corrected by you"
    assert review_rows(wizard)[row][5] == "read as “Finance”"
    review.select(row)
    assert review.undo_button.isEnabled()
    review.undo_button.click()
    wait_for_trial(qtbot, wizard)
    assert wizard.chosen.cells == {}
    assert review_rows(wizard)[row_of(wizard, "Register", "2", "E")][0].startswith("Column not mapped")


def test_corrections_are_saved_with_the_mapping(wizard, tmp_path, qtbot, answers):
    tried(wizard, recipients_workbook(tmp_path / "r.xlsx"), qtbot)
    review = wizard.check_page.review
    review.select(row_of(wizard, "Register", "2", "D"))
    review.keep_button.click()
    wait_for_trial(qtbot, wizard)
    answers.mapping_to_save = str(tmp_path / "saved.json")
    wizard.columns_page.save_mapping()
    assert json.loads(Path(answers.mapping_to_save).read_text(encoding="utf-8"))["cells"] == {"Register!D2": None}
