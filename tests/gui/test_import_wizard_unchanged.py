"""File > Import from Excel of a workbook that changes nothing (issue 15, point 3): the check
page's trial counts what the import then does, and an import that changes nothing leaves no
copy beside the register, no copy in the undo folder, no undo step and no note about undo.
One that changes something keeps its copy and its undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbook_history import without_history

from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import kinds, operations, rows

# About the copy beside the register file and the undo step it makes: an import into a register
# on a server keeps neither (test_import_wizard.py says what it shows there).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def wizard(window):
    return window.import_excel()


def counted(report) -> dict:
    return {kind: (sorted(o.added), sorted(o.updated), o.unchanged) for kind, o in report.outcomes.items()}


def our_workbook(register, path: Path) -> Path:
    with path.open("wb") as stream:
        write_workbook(register, "nl", stream)
    return path


def tried_and_imported(wizard, path: Path, qtbot):
    """The trial's report, then the import's."""
    wizard.file_page.set_path(str(path))
    wizard.next()  # our own workbook: straight to the check page
    qtbot.waitUntil(lambda: wizard.check_page.trial is None, timeout=20000)
    trial = wizard.check_page.trial_report
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.next()  # Import
    return trial, wizard.report


def copies_beside(register) -> list[str]:
    return sorted(p.name for p in register.path.parent.glob("demo.before-import-*"))


def test_an_import_that_changes_nothing_leaves_no_copy_and_no_undo_step(window, wizard, demo_register, tmp_path, qtbot):
    path = our_workbook(demo_register, tmp_path / "register.xlsx")
    generation = demo_register.generation()
    trial, done = tried_and_imported(wizard, path, qtbot)
    assert counted(trial) == counted(done) and done.changes == 0
    assert done.backup == "" and copies_beside(demo_register) == []
    assert list(window.workspace.undo_folder().iterdir()) == []
    assert window.workspace.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert demo_register.generation() == generation
    assert wizard.result_page.undo_note.text() == ""
    assert wizard.result_page.subTitle().startswith("Nothing needed changing")
    assert "Imported from register.xlsx" in wizard.result_page.text.toPlainText()


def test_an_import_that_changes_one_activity_keeps_its_copy_and_undo_step(
    window, wizard, demo_register, tmp_path, qtbot
):
    # A workbook as written before exports noted their place in the history: it is taken as it
    # stands, so the change made in the register since is one the import changes back.
    path = without_history(our_workbook(demo_register, tmp_path / "register.xlsx"))
    with demo_register.session() as session:
        first = next(iter(rows.rows(session, kinds.ACTIVITY)))
    snap = operations.read(demo_register, kinds.ACTIVITY, first.id)
    snap["owner"] = "Iemand anders"
    operations.save(demo_register, kinds.ACTIVITY, first.id, snap)
    trial, done = tried_and_imported(wizard, path, qtbot)
    assert counted(trial) == counted(done) and done.changes == 1
    assert len(done.outcomes[kinds.ACTIVITY].updated) == 1
    assert copies_beside(demo_register) == [Path(done.backup).name]
    assert window.workspace.undo_stack.count() == 1
    assert "Edit > Undo (Ctrl+Z)" in wizard.result_page.undo_note.text()
    assert wizard.result_page.subTitle() == "The register has been changed as listed below."
