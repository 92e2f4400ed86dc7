"""A register text that has no version in the document's language: found, so it can be marked."""

from __future__ import annotations

from babel import Locale

from ..register.models import text_in


def borrowed_text(texts: dict[str, str] | None, language: str, fallback: str | None) -> tuple[str, str]:
    """The text in ``language`` and "" — or, when only another language has one, that text and the
    name of its language in ``language`` (so the document can say so instead of printing it silently)."""
    texts = texts or {}
    if texts.get(language) or not any(texts.values()):
        return texts.get(language) or "", ""
    text = text_in(texts, language, fallback)
    source = next(code for code, value in texts.items() if value == text)
    try:
        return text, Locale.parse(source).get_display_name(language) or source
    except (ValueError, LookupError):  # a language code babel does not know: name it by its code
        return text, source
