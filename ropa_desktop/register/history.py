"""The change log in words: one line per entry, as `ropa history` prints it (and a later History
view may show it): when, who, where from, which item, which field, before → after."""

from __future__ import annotations

from typing import Any

from .change_log import jsonable, value
from .models import ChangeLogEntry
from .models.base import text_in
from .models.change_log import ADDED, DELETED, ESTABLISHED, PUBLISHED, START

# A value longer than this is cut in a one-line listing (the full value stays in the entry).
SHORT = 70


def when(entry: ChangeLogEntry) -> str:
    return f"{entry.recorded_at:%Y-%m-%d %H:%M:%S} UTC"


def who(entry: ChangeLogEntry) -> str:
    return f"{entry.who_name} ({entry.who})" if entry.who_name else entry.who


def what(entry: ChangeLogEntry) -> str:
    if entry.action == START:
        return "history starts here"
    if entry.action == ADDED:
        return "added"
    if entry.action == DELETED:
        return "deleted"
    if entry.action == ESTABLISHED:  # register/established.py
        return "version established"
    if entry.action == PUBLISHED:
        return "privacy statement published"
    return f"{entry.field}: {shown(value(entry.before))} → {shown(value(entry.after))}"


def line(entry: ChangeLogEntry) -> str:
    text = (f"{when(entry)}  {who(entry)}  [{entry.origin}]  {entry.item_kind} "
            f"\u201c{entry.item_name}\u201d  {what(entry)}")
    if entry.comment and entry.action != START:
        text += f"  \u2014 {entry.comment}"
    return text


def shown(item: Any) -> str:
    """A value on one short line: a text per language as its Dutch or first text, lists by their
    length when long."""
    item = jsonable(item)
    if item is None or item == "" or item == [] or item == {}:
        text = "(empty)"
    elif isinstance(item, dict) and item and all(isinstance(v, str) for v in item.values()):
        text = f"\u201c{text_in(item, 'nl', 'en')}\u201d"
    elif isinstance(item, str):
        text = f"\u201c{item}\u201d"
    else:
        import json

        text = json.dumps(item, ensure_ascii=False, sort_keys=True)
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "\u2026"
