"""Choosing one of a per-language text's languages. Without SQLAlchemy, so the window's first look
(gui/first_look.py) can name activities before the models are loaded."""

from __future__ import annotations


def text_in(texts: dict[str, str] | None, lang: str, fallback: str | None = None) -> str:
    """The text in ``lang``, else in ``fallback``, else the first non-empty one."""
    texts = texts or {}
    for candidate in (lang, fallback):
        if candidate and texts.get(candidate):
            return texts[candidate]
    return next((t for t in texts.values() if t), "")
