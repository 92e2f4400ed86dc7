"""The interface language: chosen in Preferences, else the system's, else English.

Qt's own strings come from the Qt translations; ours from resources/translations.
Labels of the law's vocabularies come from the reference data in the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..register.reference.languages import SUPPORTED
from ..resources_path import resource

_current = {"language": "en"}
_installed: list[QTranslator] = []


def current() -> str:
    return _current["language"]


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in SUPPORTED else "en"


def choose(preference: str | None) -> str:
    return preference if preference in SUPPORTED else system_language()


def install(app: QCoreApplication, language: str) -> str:
    """Load the translations of ``language`` into ``app`` (replacing earlier ones)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":  # English is the source language
        ours = QTranslator(app)
        if ours.load(str(resource("translations", f"ropa_desktop_{language}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _current["language"] = language
    QLocale.setDefault(QLocale(language))
    return language
