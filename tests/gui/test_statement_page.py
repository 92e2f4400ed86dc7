"""The statement in the window: preview following edits, own wording, export off the GUI thread."""

from __future__ import annotations

import pytest

from ropa_desktop.gui import statement_page
from ropa_desktop.gui.jobs import Cancelled, Job
from ropa_desktop.gui.navigation_model import STATEMENT
from ropa_desktop.register import kinds, operations

from form_helpers import select_row, type_text


@pytest.fixture
def page(window, qtbot):
    window.show_section(STATEMENT)
    page = window.page_of[STATEMENT]
    qtbot.waitUntil(lambda: page._job is None and page.checklist.count() == 14, timeout=10000)
    return page


def _preview(page) -> str:
    return page.preview.toPlainText()


def test_the_preview_shows_the_statement_and_the_check(page):
    assert "Privacybeleid" in _preview(page) and "Laatste wijziging: juli 2018" in _preview(page)
    missing = [page.checklist.item(i).text() for i in range(page.checklist.count())
               if page.checklist.item(i).text().startswith("✗")]
    assert len(missing) == 1 and "Bolivia" in missing[0]


def test_the_preview_follows_edits_and_the_language_switch(window, page, qtbot, answers):
    window.show_section(kinds.ACTIVITY)
    activities = window.page_of[kinds.ACTIVITY]
    select_row(activities, "Job applications")
    activities.editor.set_language("nl")
    type_text(activities.editor.form.fields["name"], "Werving en selectie")
    assert activities.editor.save()
    window.show_section(STATEMENT)
    qtbot.waitUntil(lambda: "Werving en selectie" in _preview(page), timeout=10000)
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: "Your rights" in _preview(page), timeout=10000)


def test_own_wording_is_stored_used_and_undone(window, page, qtbot):
    page.tabs.setCurrentIndex(1)
    page.select_phrase("complaint.heading")
    page.own.setPlainText("Niet tevreden?")
    page._save_wording()
    assert operations.statement_texts(window.workspace.register)["complaint.heading"] == {"nl": "Niet tevreden?"}
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: "Niet tevreden?" in _preview(page), timeout=10000)
    window.workspace.undo_stack.undo()
    assert "complaint.heading" not in operations.statement_texts(window.workspace.register)
    qtbot.waitUntil(lambda: "Klacht indienen" in _preview(page), timeout=10000)


def _export(page, qtbot, monkeypatch, target):
    monkeypatch.setattr(statement_page, "choose_export_file", lambda parent, suggestion: (str(target), "pdf"))
    page.export()
    job = page.export_job
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    return job


def test_export_writes_the_file_off_the_gui_thread_once_the_errors_are_accepted(page, qtbot, monkeypatch,
                                                                                 tmp_path, answers):
    target = tmp_path / "out" / "verklaring.pdf"
    target.parent.mkdir()
    _export(page, qtbot, monkeypatch, target)
    # The demo transfers to Bolivia without a tool: the window names the errors and asks.
    assert answers.asked == ["confirm:The checks find errors in the register. Publish the statement anyway?"]
    with qtbot.waitSignal(page.export_job.done, timeout=20000):  # the second run, which writes
        pass
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in target.parent.iterdir()] == ["verklaring.pdf"]


def test_declining_to_publish_with_errors_writes_nothing(page, qtbot, monkeypatch, tmp_path, answers):
    answers.confirm = False
    target = tmp_path / "out" / "verklaring.pdf"
    target.parent.mkdir()
    job = _export(page, qtbot, monkeypatch, target)
    assert len(answers.asked) == 1 and list(target.parent.iterdir()) == []
    assert page.export_job is job  # no second run, which would write


def test_a_register_without_errors_is_published_without_a_question(page, qtbot, monkeypatch, tmp_path, answers):
    monkeypatch.setattr(statement_page, "errors_before_publishing", lambda register: [])
    target = tmp_path / "verklaring.pdf"
    _export(page, qtbot, monkeypatch, target)
    assert answers.asked == [] and target.read_bytes().startswith(b"%PDF")


def test_a_cancelled_job_writes_nothing_and_leaves_the_old_file(qtbot, tmp_path):
    from ropa_desktop.documents.files import write_atomically

    target = tmp_path / "old.html"
    target.write_text("the old statement")

    def work(report):
        report(0, 2)  # raises Cancelled: the officer pressed Cancel
        write_atomically(target, b"the new statement")

    job = Job(None, "test", work, show_progress=False)
    job.cancel()
    with qtbot.waitSignal(job.failed, timeout=5000) as failure:
        job.start()
    assert isinstance(failure.args[0], Cancelled)
    assert target.read_text() == "the old statement"
    assert [p.name for p in tmp_path.iterdir()] == ["old.html"]


def test_the_register_is_exported_from_the_window_off_the_gui_thread(window, qtbot, monkeypatch, tmp_path):
    from ropa_desktop.gui import register_export

    target = tmp_path / "out" / "register.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(register_export, "choose_export_target", lambda parent, fmt, suggestion: str(target))
    job = window.export_register("xlsx")
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    assert target.read_bytes().startswith(b"PK")
    assert window.statusBar().currentMessage() == f"Register written to {target}"


def test_closing_the_window_waits_for_a_running_preview(window, qtbot):
    window.show_section(STATEMENT)
    page = window.page_of[STATEMENT]
    page.refresh()
    assert page._job is not None
    assert window.close()
    assert not page._job.running()


def test_a_typed_extension_decides_the_export_format(monkeypatch):
    from ropa_desktop.gui import dialogs

    formats = statement_page.EXPORT_FORMATS
    answer = {}
    monkeypatch.setattr(dialogs.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (answer["path"], formats["html"])))
    answer["path"] = "/tmp/verklaring.pdf"
    assert dialogs.choose_export_file(None, "t", "", formats) == ("/tmp/verklaring.pdf", "pdf")
    answer["path"] = "/tmp/verklaring"
    assert dialogs.choose_export_file(None, "t", "", formats) == ("/tmp/verklaring.html", "html")


def test_the_preview_leaves_out_a_draft_and_shows_it_once_active(window, page, qtbot):
    from ropa_desktop.register.models import ActivityStatus

    register = window.workspace.register
    source = operations.order(register, kinds.ACTIVITY)[0]
    new_id, _ = operations.duplicate(register, source, {"nl": "Nieuwe werving", "en": "New recruitment"})
    operations.set_status(register, {new_id: ActivityStatus.DRAFT})
    page.refresh()
    qtbot.waitUntil(lambda: page._job is None, timeout=10000)
    assert "Privacybeleid" in _preview(page) and "Nieuwe werving" not in _preview(page)
    operations.set_status(register, {new_id: ActivityStatus.ACTIVE})
    page.refresh()
    qtbot.waitUntil(lambda: "Nieuwe werving" in _preview(page), timeout=10000)


def test_the_question_names_the_errors_and_stays_on_the_screen(monkeypatch, qapp):
    from ropa_desktop.gui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, details="": asked.append(
        (title, text, details)) or False)
    errors = [f"Error {n} [Art. 44 GDPR]" for n in range(1, 21)]
    assert dialogs.ask_publish_anyway(None, errors) is False
    title, text, details = asked[0]
    assert title == "Publish anyway?"
    assert details.splitlines() == errors[:15] + ["… and 5 more"]
    dialogs.ask_publish_anyway(None, errors[:2])
    assert asked[1][2].splitlines() == errors[:2]
