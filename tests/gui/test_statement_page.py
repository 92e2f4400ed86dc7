"""The statement in the window: preview following edits, own wording, export off the GUI thread."""

from __future__ import annotations

import pytest
from form_helpers import select_row, type_text

from ropa_desktop.gui import statement_page
from ropa_desktop.gui.jobs import Cancelled, Job
from ropa_desktop.gui.navigation_model import STATEMENT
from ropa_desktop.gui.statement_outline_model import PAGE_ROLE
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import ActivityStatus


@pytest.fixture
def page(window, qtbot):
    window.show_section(STATEMENT)
    page = window.page_of[STATEMENT]
    qtbot.waitUntil(lambda: page._job is None and page.checklist.count() == 14, timeout=10000)
    return page


def _preview(page) -> str:
    """The text of every page of the preview, read in order as the officer would."""
    texts = []
    for number in range(page.preview.page_count()):
        page.preview.show_page(number)
        texts.append(page.preview.browser.toPlainText())
    return "\n".join(texts)


def test_the_preview_shows_the_statement_and_the_check(page):
    assert "Privacybeleid" in _preview(page) and "Laatste wijziging: juli 2018" in _preview(page)
    missing = [
        page.checklist.item(i).text()
        for i in range(page.checklist.count())
        if page.checklist.item(i).text().startswith("✗")
    ]
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


def test_export_writes_the_file_off_the_gui_thread_once_the_errors_are_accepted(
    page, qtbot, monkeypatch, tmp_path, answers
):
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
    monkeypatch.setattr(
        dialogs.QFileDialog, "getSaveFileName", staticmethod(lambda *args: (answer["path"], formats["html"]))
    )
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
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, details="": asked.append((title, text, details)) or False
    )
    errors = [f"Error {n} [Art. 44 GDPR]" for n in range(1, 21)]
    assert dialogs.ask_publish_anyway(None, errors) is False
    title, text, details = asked[0]
    assert title == "Publish anyway?"
    assert details.splitlines() == errors[:15] + ["… and 5 more"]
    dialogs.ask_publish_anyway(None, errors[:2])
    assert asked[1][2].splitlines() == errors[:2]


# The paged preview (issue 15): made off the GUI thread, one section or activity per page.
def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _exported_text(register, language: str) -> str:
    from PySide6.QtGui import QTextDocument

    from ropa_desktop.documents.statement import build_statement, render

    document = QTextDocument()
    document.setHtml(render(build_statement(register, language), "html").decode("utf-8"))
    return document.toPlainText()


def _switch_language(page, qtbot, language: str) -> None:
    page.language.setCurrentIndex(page.language.findData(language))
    qtbot.waitUntil(
        lambda: page._job is None and page.preview.page_count() > 0 and page.checklist.count() > 0, timeout=10000
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_preview_says_what_the_exported_statement_says(window, page, qtbot, language):
    _switch_language(page, qtbot, language)
    assert page.preview.pages().language == language
    assert _lines(_preview(page)) == _lines(_exported_text(window.workspace.register, language))


def test_the_preview_is_paged_by_section_with_each_activity_under_what_we_do(window, page, qtbot):
    from ropa_desktop.documents.statement import build_statement
    from ropa_desktop.gui.statement_outline_model import DEPTH_ROLE

    statement = build_statement(window.workspace.register, "nl")
    outline = page.preview.outline_model
    rows = [(outline.index(row).data(), outline.index(row).data(DEPTH_ROLE)) for row in range(outline.rowCount())]
    activities = [section.heading for section in statement.sections[1].sections]
    expected = [
        (statement.sections[0].heading, 0),
        (statement.sections[1].heading, 0),
        *[(heading, 1) for heading in activities],
        *[(s.heading, 0) for s in statement.sections[2:]],
    ]
    assert rows == expected and "Sollicitaties" in activities and outline.page_count() == len(rows)
    # The officer reads on with Next, or picks a page in the outline.
    page.preview.show_page(0)
    assert (
        page.preview.browser.toPlainText().startswith("Privacybeleid") and not page.preview.previous_button.isEnabled()
    )
    page.preview.next_button.click()
    assert page.preview.current_page() == 1 and page.preview.position.text() == f"Page 2 of {len(rows)}"
    first_activity = outline.index(2)
    page.preview.outline.setCurrentIndex(first_activity)
    assert page.preview.current_page() == first_activity.data(PAGE_ROLE) == 2
    assert page.preview.browser.toPlainText().startswith(activities[0])
    assert "Wie zijn wij?" not in page.preview.browser.toPlainText()  # one page, not the statement


def test_typing_in_find_narrows_the_outline_and_the_page_stays(window, page, qtbot):
    preview = page.preview
    preview.show_page(2)
    reading = preview.browser.toPlainText()
    qtbot.keyClicks(preview.find_box, "sollicit")
    shown = [preview.outline_model.index(row).data() for row in range(preview.outline_model.rowCount())]
    assert shown == ["Sollicitaties"]
    assert preview.browser.toPlainText() == reading  # finding does not turn the page
    preview.outline.setCurrentIndex(preview.outline_model.index(0))
    assert preview.browser.toPlainText().startswith("Sollicitaties")
    preview.find_box.clear()  # all pages again, the one being read selected
    assert preview.outline_model.rowCount() == preview.page_count()
    assert preview.outline.currentIndex().data(PAGE_ROLE) == preview.current_page()


def test_the_page_being_read_stays_when_the_preview_is_made_anew(window, page, qtbot):
    preview = page.preview
    third = preview.outline_model.index(4).data(PAGE_ROLE)
    preview.show_page(third)
    heading = preview.browser.toPlainText().splitlines()[0]
    register = window.workspace.register
    operations.duplicate(register, operations.order(register, kinds.ACTIVITY)[0], {"nl": "Kopie", "en": "Copy"})
    page.refresh()
    qtbot.waitUntil(lambda: page._job is None, timeout=10000)
    # The copy comes second, before the page being read: that page moved one on, and is still shown.
    assert preview.current_page() == third + 1 and preview.browser.toPlainText().splitlines()[0] == heading


def test_switching_language_shows_nothing_of_the_old_language_while_the_new_is_made(window, page, qtbot):
    page.language.setCurrentIndex(page.language.findData("en"))
    # At once, on the GUI thread: the Dutch pages and check are gone; the English ones come later.
    assert page.preview.page_count() == 0 and page.checklist.count() == 0
    assert page.preview.browser.toPlainText() == "Making the preview…"
    qtbot.waitUntil(lambda: page._job is None and page.preview.page_count() > 0, timeout=10000)
    assert "Your rights" in _preview(page) and "Uw rechten" not in _preview(page)
    assert not page.progress.isVisibleTo(page)


class _Gate:
    """make_preview held at the gate until the test opens it; made from the register as it was
    when the job started, and deaf to Cancel (as a job that finished just as it was replaced)."""

    def __init__(self, monkeypatch):
        import threading

        self.open = threading.Event()
        self.shown: list[list[str]] = []
        real = statement_page.make_preview

        def held(register, language, report):
            result = real(register, language, lambda done, total: None)
            self.open.wait(10)
            return result

        monkeypatch.setattr(statement_page, "make_preview", held)


def _record_shown(page, monkeypatch) -> list[list[str]]:
    shown = []
    original = page.preview.show_pages
    monkeypatch.setattr(page.preview, "show_pages", lambda pages: shown.append(pages.headings) or original(pages))
    return shown


def test_a_replaced_preview_is_never_shown(window, page, qtbot, monkeypatch):
    gate = _Gate(monkeypatch)
    shown = _record_shown(page, monkeypatch)
    register = window.workspace.register
    activity = operations.order(register, kinds.ACTIVITY)[0]
    page.refresh()  # the first job: the register before the edit
    first = page._job
    operations.set_status(register, {activity: ActivityStatus.DRAFT})
    page.refresh()  # replaces it
    assert first.cancel_event.is_set()
    gate.open.set()
    qtbot.waitUntil(lambda: page._job is None and len(shown) == 1, timeout=10000)
    qtbot.wait(50)
    assert len(shown) == 1  # only the newest: the first job's pages never reached the screen
    assert operations.read(register, kinds.ACTIVITY, activity)["name"]["nl"] not in shown[0]


def test_a_cancelled_preview_is_not_shown_and_can_be_made_after_all(window, page, qtbot, monkeypatch):
    gate = _Gate(monkeypatch)
    shown = _record_shown(page, monkeypatch)
    page.refresh()
    job = page._job
    # A preview that takes a while shows how far it is, with Cancel.
    qtbot.waitUntil(lambda: page.progress.isVisibleTo(page), timeout=5000)
    assert page.progress.bar.isVisibleTo(page) and not page.progress.make_button.isVisibleTo(page)
    page.progress.cancel_button.click()
    assert job.cancel_event.is_set() and page.progress.make_button.isVisibleTo(page)
    gate.open.set()
    qtbot.waitUntil(lambda: page._job is None, timeout=10000)
    qtbot.wait(50)
    assert shown == [] and page.progress.make_button.isVisibleTo(page)
    page.progress.make_button.click()  # the officer wants it after all
    qtbot.waitUntil(lambda: len(shown) == 1 and page._job is None, timeout=10000)
    assert not page.progress.isVisibleTo(page)


def test_the_outline_is_a_sound_item_model(qtmodeltester):
    from ropa_desktop.gui.statement_outline_model import DEPTH_ROLE, StatementOutlineModel

    model = StatementOutlineModel()
    model.set_pages(["Who we are", "What we do", "Payroll", "Recruitment", "Your rights"], [None, None, 1, 1, None])
    qtmodeltester.check(model)
    assert [model.index(row).data(DEPTH_ROLE) for row in range(5)] == [0, 0, 1, 1, 0]
    model.set_filter("  RECRUIT ")
    qtmodeltester.check(model)
    assert (
        model.rowCount() == 1 and model.index_of(3).data() == "Recruitment" and model.index_of(3).data(PAGE_ROLE) == 3
    )
    assert not model.index_of(2).isValid() and not model.index_of(7).isValid()
    model.set_filter("")
    assert model.rowCount() == 5 and model.index_of(2).row() == 2


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_preview_job_makes_what_the_documents_layer_makes(demo_register, language):
    """make_preview takes build_statement and check_statement apart (to free memory a slice at a
    time): it must stay in step with them."""
    from ropa_desktop.documents.statement import build_statement
    from ropa_desktop.documents.statement.completeness import check_statement
    from ropa_desktop.documents.statement.pages import render_pages, statement_pages
    from ropa_desktop.gui.statement_preview_job import make_preview

    told = []
    preview, requirements = make_preview(demo_register, language, lambda done, total: told.append((done, total)))
    pages = statement_pages(build_statement(demo_register, language))
    assert preview.html == render_pages(pages) and preview.headings == [p.heading for p in pages]
    assert preview.anchors == [p.anchor for p in pages] and preview.parents == [p.parent for p in pages]
    assert requirements == check_statement(demo_register, language)
    assert told[0] == (0, 0) and told[-1] == (len(pages), len(pages))


def test_let_go_empties_a_list_a_slice_at_a_time():
    from ropa_desktop.gui import statement_preview_job

    items = list(range(statement_preview_job.SLICE * 2 + 5))
    statement_preview_job.let_go(items)
    assert items == []
