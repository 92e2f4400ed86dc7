"""Another interface language, in the same window: its size, section, selected items and their
tabs stay, and the undo history speaks the new language."""

from __future__ import annotations

import pytest
from form_helpers import select_row, type_text
from PySide6.QtCore import QCoreApplication, QEvent

from ropa_desktop.gui import language
from ropa_desktop.register import kinds

JOB = "Job applications"


@pytest.fixture
def arranged(window, qtbot, answers):
    """The officer's window before the switch: a saved edit, the recipients shown with one
    selected and a search typed, the activity list on its third tab."""
    window.resize(1100, 720)
    activities = window.page_of[kinds.ACTIVITY]
    select_row(activities, JOB)
    type_text(activities.editor.form.fields["reference"], "V-07")
    assert activities.editor.save(), answers.errors
    activities.editor.form.tabs.setCurrentIndex(2)
    window.show_section(kinds.RECIPIENT)
    recipients = window.page_of[kinds.RECIPIENT]
    recipients.table.setCurrentIndex(recipients.proxy.index(1, 0))
    recipient = recipients.editor.item_id
    assert recipient is not None
    recipients.search.setText("e")
    return recipient


def test_switching_language_keeps_the_window_and_speaks_the_new_language(window, qtbot, qapp, arranged):
    size = window.size()
    old_page = window.page_of[kinds.RECIPIENT]
    language.install(qapp, "nl")  # as Preferences does; the window answers Qt's LanguageChange
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Bestand")

    assert window.size() == size
    assert window.current_page() is window.page_of[kinds.RECIPIENT] is not old_page
    navigation = window.navigation.currentIndex()
    assert navigation.row() == window.navigation_model.row_of(kinds.RECIPIENT)
    assert navigation.data().startswith("Ontvangers en verwerkers")
    recipients = window.page_of[kinds.RECIPIENT]
    assert recipients.editor.item_id == arranged
    assert recipients.search.text() == "e"
    activities = window.page_of[kinds.ACTIVITY]
    assert activities.editor.item_id is not None and activities.editor.form.tabs.currentIndex() == 2
    # The history was worded again: what Undo takes back is said in Dutch.
    assert window.workspace.undo_stack.undoText() == "verwerkingsactiviteit “Job applications” bewerken"
    assert "verwerkingsactiviteit “Job applications” bewerken" in window.undo_action.text()


def test_the_same_language_again_rebuilds_nothing(window, qapp, arranged):
    """The near miss: a LanguageChange that changes nothing (English again) leaves every page as it is."""
    pages = dict(window.page_of)
    language.install(qapp, "en")
    assert not window.retranslate()
    assert window.page_of == pages
    assert window.workspace.undo_stack.undoText() == "Edit processing activity “Job applications”"


def test_no_english_is_left_after_switching_to_dutch(window, qtbot, qapp, arranged):
    """What a window made in Dutch shows in Dutch, the switched window does too."""
    from test_translations import TRANSLATIONS, _messages, _visible_texts

    english_sources = {
        source
        for (_c, source), translation in _messages(TRANSLATIONS / "ropa_desktop_nl.ts").items()
        if translation.text != source and not translation.findall("numerusform")
    }
    language.install(qapp, "nl")
    assert window.retranslate()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the pages made before the switch go
    untranslated = sorted({t for t in _visible_texts(window) if t in english_sources})
    assert untranslated == []
