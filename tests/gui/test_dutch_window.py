"""The Dutch window speaks Dutch all through: the AVG, never the GDPR; articles under
"Artikel", not "Grondslag" (a legal basis); rules by their titles, not their ids; Qt's own
file dialog in Dutch; and each language named in its own words in Preferences."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QTabWidget, QWidget

from ropa_desktop.checks.rule import RULES
from ropa_desktop.gui import language
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.preferences import PreferencesDialog
from ropa_desktop.gui.problems_model import REFERENCE, RULE
from ropa_desktop.gui.qt_texts import qt_gaps
from ropa_desktop.gui.rules_dialog import RulesDialog
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import kinds


@pytest.fixture
def dutch(qapp, english):
    language.install(qapp, "nl")  # `english` puts English back afterwards


def _window(qtbot, register, settings) -> MainWindow:
    window = MainWindow(Workspace(register), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.checker.findings is not None and not window.checker.busy(), timeout=5000)
    return window


def _model_texts(model, roles) -> list[str]:
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model
        columns = 1
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            texts += [str(model.index(row, column).data(role) or "") for role in roles]
    return texts


def _texts(window: QWidget) -> list[str]:
    """What the window shows and tells (labels, buttons, tabs, menus, tooltips, list cells)."""
    texts = [w.toolTip() for w in window.findChildren(QWidget)]
    texts += [w.text() for w in window.findChildren(QLabel)] + [w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.title() for w in window.findChildren(QGroupBox)]
    texts += [a.text() for a in window.findChildren(QAction)] + [a.toolTip() for a in window.findChildren(QAction)]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())] + [tabs.tabToolTip(i) for i in range(tabs.count())]
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for view in window.findChildren(QAbstractItemView):
        if view.model() is not None:
            texts += _model_texts(view.model(), (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole))
    return [t for t in texts if t]


def _every_section_and_finding(qtbot, window) -> list[str]:
    texts = []
    for kind in (kinds.ORGANISATION, *kinds.LISTED):
        window.show_section(kind)
        page = window.page_of[kind]
        if hasattr(page, "table") and page.proxy.rowCount():
            page.table.selectRow(0)
        texts += _texts(window)
    dock = window.problems_dock
    for finding in dock.findings():
        dock.select(finding)
        texts.append(dock.explanation.text())
    return texts


def test_the_dutch_window_cites_the_avg_and_never_the_gdpr(qtbot, demo_register, settings, answers, dutch):
    window = _window(qtbot, demo_register, settings)
    texts = _every_section_and_finding(qtbot, window)
    rules = RulesDialog(window)
    qtbot.addWidget(rules)
    texts.append(rules.browser.toPlainText())
    shown = "\n".join(texts)
    assert re.findall(r".{0,60}GDPR.{0,20}", shown) == []
    assert "art. 44–49 AVG" in shown  # the citations were read, in the Dutch style
    window.stop_jobs()


def test_the_english_window_cites_the_gdpr(qtbot, demo_register, settings, answers, english):
    """The near miss: the same texts of the English window do name the GDPR."""
    window = _window(qtbot, demo_register, settings)
    assert "Art. 44–49 GDPR" in "\n".join(_every_section_and_finding(qtbot, window))
    window.stop_jobs()


def test_the_dutch_problems_panel_shows_articles_and_rule_titles(qtbot, demo_register, settings, answers, dutch):
    window = _window(qtbot, demo_register, settings)
    model = window.problems_dock.proxy
    assert model.headerData(REFERENCE, Qt.Orientation.Horizontal) == "Artikel"
    assert model.headerData(RULE, Qt.Orientation.Horizontal) == "Regel"
    assert model.rowCount() > 10
    for row in range(model.rowCount()):
        finding = model.finding(model.index(row, 0))
        shown = [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        assert not set(shown) & set(RULES), shown
        assert not any(re.search(r"\b[a-z_]+\.[a-z_]+\b", text) for text in shown), shown
        assert model.index(row, RULE).data() == RULES[finding.rule].title("nl")
        # The near miss: the id is still there for whoever reports or looks the rule up.
        assert finding.rule in model.index(row, RULE).data(Qt.ItemDataRole.ToolTipRole)
    window.stop_jobs()


def test_qts_own_dialogs_speak_the_interface_language(qapp, english):
    language.install(qapp, "nl")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    # The texts Qt's Dutch translation lacks are in ours: the file dialog is Dutch all through.
    assert qt_gaps() == {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
        ("QAbstractFileIconProvider", "Folder"): "Map",
        ("QAbstractFileIconProvider", "Drive"): "Station",
        ("QAbstractFileIconProvider", "Unknown"): "Onbekend",
    }
    language.install(qapp, "en")  # and switch back with the interface
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    assert all(text == source for (_context, source), text in qt_gaps().items())


@pytest.mark.parametrize("lang, system", [("nl", "Zoals het systeem"), ("en", "As the system")])
def test_each_language_is_named_in_its_own_words(qtbot, qapp, english, lang, system):
    language.install(qapp, lang)
    dialog = PreferencesDialog(None)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    # The choice of the system is worded in the interface language; the languages in their own.
    assert names == [system, "Nederlands", "English"]
