"""The change log in words: one line per entry, as `ropa history` prints it: when, who, where
from, which item, which field, before → after, in English or Dutch.

Items, fields and values are named as the diff names them (documents/field_names.py, one
declaration for the exports, the findings and the diff), so the log and the diff read alike."""

from __future__ import annotations

from typing import Any

from ..register.change_log import jsonable, value
from ..register.models import ChangeLogEntry
from ..register.models.change_log import ADDED, DELETED, ESTABLISHED, PUBLISHED, START, VERSION
from .field_names import field_name, item_title, origin_word, word
from .register_diff import shown as in_words

# A value longer than this is cut in a one-line listing (the full value stays in the entry).
SHORT = 70

# What happened, per action, per language.
_ACTIONS = {
    START: {"en": "history starts here", "nl": "geschiedenis begint hier"},
    ADDED: {"en": "added", "nl": "toegevoegd"},
    DELETED: {"en": "deleted", "nl": "verwijderd"},
    ESTABLISHED: {"en": "version established", "nl": "versie vastgesteld"},
    PUBLISHED: {"en": "privacy statement published", "nl": "privacyverklaring gepubliceerd"},
}
_VERSION = {"en": "Version", "nl": "Versie"}


def when(entry: ChangeLogEntry) -> str:
    return f"{entry.recorded_at:%Y-%m-%d %H:%M:%S} UTC"


def who(entry: ChangeLogEntry) -> str:
    return f"{entry.who_name} ({entry.who})" if entry.who_name else entry.who


def what(entry: ChangeLogEntry, language: str = "en") -> str:
    if entry.action in _ACTIONS:
        return _ACTIONS[entry.action][language]
    return (
        f"{field_name(entry.field, language)}: {shown(value(entry.before), language, entry.item_kind, entry.field)}"
        f" → {shown(value(entry.after), language, entry.item_kind, entry.field)}"
    )


def item(entry: ChangeLogEntry, language: str = "en") -> str:
    if entry.item_kind == VERSION:
        return f"{_VERSION[language]} \u201c{entry.item_name}\u201d"
    return item_title(entry.item_kind, entry.item_name, language)


def line(entry: ChangeLogEntry, language: str = "en") -> str:
    text = f"{when(entry)}  {who(entry)}  [{origin_word(entry.origin, language)}]  {item(entry, language)}  {what(entry, language)}"
    if entry.comment and entry.action != START:
        text += f"  \u2014 {entry.comment}"
    return text


def shown(found: Any, language: str = "en", kind: str = "", key: str = "") -> str:
    """A value on one short line, in words as the diff says it; cut when long."""
    found = jsonable(found)
    text = in_words(found, language, kind, key)
    texts = isinstance(found, dict) and found and all(isinstance(v, str) for v in found.values())
    if (isinstance(found, str) and found) or (texts and text != word("empty", language)):
        text = f"\u201c{text}\u201d"
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "\u2026"
