"""Labels of the register's closed lists and vocabularies in the interface language."""

from __future__ import annotations

from ..register.models import text_in
from ..register.reference import countries, vocabulary
from . import language


def enum_label(list_name: str, value) -> str:
    if value is None or value == "":
        return ""
    return vocabulary.enum_label(list_name, getattr(value, "value", value), language.current())


def term_label(vocabulary_name: str, key: str) -> str:
    found = vocabulary.term(vocabulary_name, key) if key else None
    return found.label_in(language.current()) if found else (key or "")


def country(code: str) -> str:
    if not code:
        return ""
    return countries.country_name(code, language.current()) if countries.is_country(code) else code


def text(texts, fallback: str = "") -> str:
    """A per-language text in the interface language, else in another language."""
    if isinstance(texts, str):
        return texts
    return text_in(texts, language.current()) or fallback


# The names Babel gives the supported languages (register/reference/languages.py) in each other, as
# (language, interface language): name. Naming them needs no Babel, which would read a whole CLDR
# locale (some 3 MB in memory) for two words as the window opens (issue 19). Any other language is
# named by Babel; tests/gui/test_language_names.py keeps this table equal to what Babel says.
LANGUAGE_NAMES = {
    ("nl", "nl"): "Nederlands",
    ("nl", "en"): "Dutch",
    ("en", "nl"): "Engels",
    ("en", "en"): "English",
}


def language_name(code: str) -> str:
    interface = language.current()
    known = LANGUAGE_NAMES.get((code, interface))
    if known is not None:
        return known
    from babel import Locale

    return Locale.parse(code).get_display_name(interface) or code
