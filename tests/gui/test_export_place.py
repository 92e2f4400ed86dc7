"""Exports are offered under a name in the document's language, in the folder used last, and
once written the officer may open the file or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from ropa_desktop.gui import export_place, register_export, statement_page
from ropa_desktop.gui.navigation_model import STATEMENT
from ropa_desktop.gui.settings import Settings


def test_the_file_name_is_in_the_documents_language(settings):
    home = Path.home()
    assert export_place.suggested_path(settings, "register", "nl", "xlsx") == str(home / "verwerkingsregister.xlsx")
    assert export_place.suggested_path(settings, "register", "en", "pdf") == str(home / "register-of-processing.pdf")
    assert export_place.suggested_path(settings, "statement", "nl", "pdf") == str(home / "privacyverklaring.pdf")
    assert export_place.suggested_path(settings, "statement", "en", "html") == str(home / "privacy-statement.html")


def test_a_remembered_folder_that_is_gone_is_not_offered(settings, tmp_path):
    gone = tmp_path / "gone"
    export_place.remember(settings, str(gone / "x.pdf"))
    assert export_place.suggested_path(settings, "register", "en", "pdf") == str(
        Path.home() / "register-of-processing.pdf"
    )


def _export_register(window, qtbot, monkeypatch, target: Path) -> list[str]:
    offered = []

    def choose(parent, fmt, suggestion):
        offered.append(suggestion)
        return str(target)

    monkeypatch.setattr(register_export, "choose_export_target", choose)
    job = window.export_register("xlsx")
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    return offered


def test_the_next_export_is_offered_in_the_folder_of_the_last(window, qtbot, monkeypatch, tmp_path, answers, settings):
    target = tmp_path / "exports" / "mine.xlsx"
    target.parent.mkdir()
    first = _export_register(window, qtbot, monkeypatch, target)
    assert first == [str(Path.home() / "register-of-processing.xlsx")]  # the window speaks English
    second = _export_register(window, qtbot, monkeypatch, target)
    assert second == [str(target.parent / "register-of-processing.xlsx")]
    assert Settings(Path(settings._qt.fileName())).export_folder == str(target.parent)  # kept for the next start
    # The statement is offered there too, named in the statement's language.
    page = window.page_of[STATEMENT]
    page.language.setCurrentIndex(page.language.findData("nl"))
    asked = []
    monkeypatch.setattr(statement_page, "choose_export_file", lambda parent, suggestion: asked.append(suggestion))
    page.export()
    assert asked == [str(target.parent / "privacyverklaring.html")]


def test_a_written_export_can_be_opened_or_shown_in_its_folder(window, qtbot, monkeypatch, tmp_path, answers):
    opened: list[QUrl] = []
    monkeypatch.setattr(export_place.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    target = tmp_path / "register.xlsx"
    answers.after_export = export_place.AfterExport.OPEN
    _export_register(window, qtbot, monkeypatch, target)
    assert answers.exported == [str(target)]
    answers.after_export = export_place.AfterExport.SHOW_FOLDER
    _export_register(window, qtbot, monkeypatch, target)
    answers.after_export = export_place.AfterExport.CLOSE  # the near miss: nothing is opened
    _export_register(window, qtbot, monkeypatch, target)
    assert [url.toLocalFile() for url in opened] == [str(target), str(tmp_path)]
