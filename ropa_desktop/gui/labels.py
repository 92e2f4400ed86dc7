"""Labels of the register's closed lists and vocabularies in the interface language."""

from __future__ import annotations

from babel import Locale

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


def language_name(code: str) -> str:
    return Locale.parse(code).get_display_name(language.current()) or code
