"""The statement's fixed wording: the phrase catalogue per language (resources/statement),
with the register's own replacements (statement_texts) taking precedence."""

from __future__ import annotations

import string
from functools import cache

from ...resources_path import load_toml


@cache
def catalogue() -> dict[str, dict[str, str]]:
    return dict(load_toml("statement", "phrases.toml"))


def keys() -> list[str]:
    return list(catalogue())


@cache
def titles() -> dict[str, dict[str, str]]:
    """What each phrase is, per language, as the window names it (phrase_titles.toml)."""
    return dict(load_toml("statement", "phrase_titles.toml"))


def title(key: str, language: str) -> str:
    """The title of phrase ``key`` in ``language``; the key itself only for a phrase without one."""
    texts = titles().get(key) or {}
    return texts.get(language) or texts.get("en") or key


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Phrases:
    """Phrases in one language for one register."""

    def __init__(self, language: str, overrides: dict[str, dict[str, str]] | None = None):
        self.language = language
        self.overrides = overrides or {}

    def text(self, key: str, **values) -> str:
        """The phrase ``key`` with its placeholders filled; "" when the phrase is empty."""
        template = self.template(key)
        # Values are inserted as they are; the renderers escape the finished text.
        try:
            return template.format_map(_Missing({k: "" if v is None else v for k, v in values.items()})).strip()
        except (ValueError, IndexError, AttributeError):
            # An officer's own wording with a stray brace prints as written.
            return template.strip()

    def template(self, key: str) -> str:
        own = (self.overrides.get(key) or {}).get(self.language, "")
        if own.strip():
            return own
        default = catalogue().get(key)
        if default is None:
            raise KeyError(f"no statement phrase {key!r}")
        return default.get(self.language) or default.get("en", "")
