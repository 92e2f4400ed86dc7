"""A country chosen by typing its name in Dutch or English, or its code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..register.reference import countries
from ..register.reference.languages import SUPPORTED
from . import language
from .searchable_combo import SearchableCombo

translate = QCoreApplication.translate


def country_combo(offered: list[tuple[str, str]], parent: QWidget | None = None) -> SearchableCombo:
    """A searchable choice of the (code, name) pairs ``offered``, named in the interface
    language and found by their name in every language the register can be in."""
    combo = SearchableCombo(translate("Dialogs", "Type to find a country…"), parent)
    lang = language.current()
    for code, name in offered:
        names = [countries.country_name(code, other) for other in SUPPORTED]
        combo.add(countries.destination_label(code, name, lang), code, [*names, code])
    combo.clear_choice()
    return combo
