"""The supported languages are named without Babel (gui/labels.py), exactly as Babel names them."""

from __future__ import annotations

import pytest
from babel import Locale

from ropa_desktop.gui import labels, language
from ropa_desktop.register.reference.languages import SUPPORTED


@pytest.mark.parametrize("interface", SUPPORTED)
@pytest.mark.parametrize("code", SUPPORTED)
def test_the_table_names_each_language_as_babel_does(qapp, code, interface):
    language.install(qapp, interface)
    try:
        assert labels.LANGUAGE_NAMES[(code, interface)] == Locale.parse(code).get_display_name(interface)
        assert labels.language_name(code) == Locale.parse(code).get_display_name(interface)
    finally:
        language.install(qapp, "en")


def test_a_language_outside_the_table_is_named_by_babel(qapp):
    language.install(qapp, "nl")
    try:
        assert ("de", "nl") not in labels.LANGUAGE_NAMES
        assert labels.language_name("de") == "Duits"  # Babel's Dutch name for German
    finally:
        language.install(qapp, "en")
