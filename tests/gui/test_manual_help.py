"""Help > Manual (F1): a short page for every part of the window in both languages, opened at
the page the officer is on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ropa_desktop.gui import help_window, language
from ropa_desktop.gui.kind_names import section_name
from ropa_desktop.gui.navigation_model import SECTIONS
from ropa_desktop.resources_path import resource

# The headless platform cannot bring a window to the front; the manual asks it to.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", extend=True)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("topic", help_window.TOPICS)
def test_every_topic_has_a_short_page_in_both_languages(topic, lang):
    page = resource("help", lang, f"{topic}.md")
    assert page.is_file(), f"no manual page {lang}/{topic}.md"
    text = page.read_text(encoding="utf-8")
    assert text.startswith("# ") and help_window.page_title(text)
    assert len(text.splitlines()) <= 30  # short: a page, not a book


@pytest.mark.parametrize("topic", help_window.TOPICS)
def test_the_dutch_page_is_dutch(topic):
    english, dutch = (help_window.manual_page(topic, lang) for lang in ("en", "nl"))
    assert english != dutch and "GDPR" not in dutch  # the AVG's words, not the English abbreviation


def test_every_section_has_a_topic_titled_as_the_section():
    assert set(SECTIONS) <= set(help_window.TOPICS)
    for kind in SECTIONS:
        assert help_window.page_title(help_window.manual_page(kind, "en")) == section_name(kind)


@pytest.mark.parametrize("kind", SECTIONS)
def test_f1_opens_the_manual_at_the_current_section(window, kind):
    window.show_section(kind)
    window.manual_action.trigger()
    manual = window.manual_window
    assert manual.isVisible() and manual.topic() == kind
    assert manual.page.toPlainText().startswith(section_name(kind))


def test_the_f1_key_and_the_problems_panel(window, qtbot):
    assert window.manual_action.shortcut().toString() == "F1"
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: window.navigation.hasFocus())
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    assert window.manual_window.isVisible() and window.manual_window.topic() == "activity"
    window.problems_dock.show()
    window.problems_dock.search.setFocus()
    qtbot.waitUntil(lambda: window.problems_dock.search.hasFocus())
    window.manual_action.trigger()
    assert window.manual_window.topic() == help_window.PROBLEMS
    assert window.manual_window.page.toPlainText().startswith("Problems")


def test_the_manual_follows_the_interface_language(window, qapp, qtbot):
    window.show_manual("import")
    assert window.manual_window.page.toPlainText().startswith("Importing a spreadsheet")
    shown = window.manual_window
    language.install(qapp, "nl")
    qtbot.waitUntil(lambda: window.manual_window is not shown)  # closed with the window's retranslation
    window.show_manual("import")
    assert window.manual_window.language == "nl"
    assert window.manual_window.page.toPlainText().startswith("Een spreadsheet importeren")
    assert window.manual_window.topics.item(0).text() == "Organisatie"
