"""The interface in Dutch and English: complete translations, kept in step with the code,
loaded from the system locale, and no English left in the Dutch window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

from ropa_desktop.gui import language
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.resources_path import resource

ROOT = Path(__file__).parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_every_dutch_message_is_translated_with_its_placeholders():
    messages = _messages(TRANSLATIONS / "ropa_desktop_nl.ts")
    assert len(messages) > 250
    for (context, source), translation in messages.items():
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        assert translation.get("type") is None and all(f.strip() for f in forms), (context, source)
        for form in forms:
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", form)), (source, form)


@pytest.mark.skipif(not (TOOLS / "pyside6-lupdate").exists(), reason="Qt Linguist tools not installed")
def test_the_translation_sources_are_in_step_with_the_code(tmp_path):
    """`make translations` has been run: the .ts knows every text of the interface."""
    copy = tmp_path / "nl.ts"
    shutil.copy(TRANSLATIONS / "ropa_desktop_nl.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "ropa_desktop" / "gui").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True
    )
    assert set(_messages(copy)) == set(_messages(TRANSLATIONS / "ropa_desktop_nl.ts"))


def test_the_dutch_translation_is_loaded_when_the_system_speaks_dutch(qapp, monkeypatch, english):
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("nl_NL")))
    assert language.choose(None) == "nl"
    assert language.choose("en") == "en"  # the preference wins
    language.install(qapp, language.choose(None))
    assert QCoreApplication.translate("Kinds", "Processing activities") == "Verwerkingsactiviteiten"
    assert QCoreApplication.translate("ListPage", "Delete") == "Verwijderen"
    assert resource("translations", "ropa_desktop_nl.qm").exists()


def _visible_texts(window) -> list[str]:
    texts = [action.text() for action in window.findChildren(type(window.undo_action)) if action.text()]
    for widget in window.findChildren(QLabel):
        texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in window.findChildren(QGroupBox):
        texts.append(widget.title())
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    model = window.navigation_model
    texts += [model.index(r).data() for r in range(model.rowCount())]
    return [t for t in texts if t]


def test_no_english_is_left_in_the_dutch_window(qtbot, qapp, demo_register, settings, answers, english):
    """Every English interface text that has a Dutch translation shows in Dutch (this catches
    a text looked up under another context than the one it was extracted under)."""
    # Texts that read the same in both languages ("DPIA", "Website") are not evidence.
    english_sources = {
        source
        for (_c, source), translation in _messages(TRANSLATIONS / "ropa_desktop_nl.ts").items()
        if translation.text != source and not translation.findall("numerusform")
    }
    language.install(qapp, "nl")
    window = MainWindow(Workspace(demo_register), settings)
    qtbot.addWidget(window)
    shown = _visible_texts(window)
    assert "Verwerkingsactiviteiten  (7)" in shown
    untranslated = sorted({t for t in shown if t in english_sources})
    assert untranslated == []
