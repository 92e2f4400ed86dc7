"""`ropa diff` as a document: the changes between two points of the register, as plain text,
Markdown or HTML (escaped by Jinja2, as the statement's HTML is), in English or Dutch.

Fields and items are named as the register's forms and exports name them (field_names.py):
"Reference", not the snapshot key "reference"; "Processing activity “Payroll”". The window's
diff view shows the HTML."""

from __future__ import annotations

import json
import re
from datetime import UTC
from functools import partial

from jinja2 import BaseLoader, Environment

from ..register.models import text_in
from ..register.register_diff import ADDED_ITEM, REMOVED_ITEM, ItemDiff, RegisterDiff
from .field_names import field_name, item_title, origin_word, value_word, word

FORMATS = ("text", "markdown", "html")
# How an added or removed item is marked, besides the word: a reader without colour sees it too.
SIGNS = {ADDED_ITEM: "+", REMOVED_ITEM: "\u2212"}
# Keys of a row of a list (a purpose, a retention rule) that are bookkeeping, not content.
_HIDDEN = {"id", "position", "version", "activity_id"}
# What a row of a list is about comes first: the purpose, then its legal basis.
_FIRST = {key: n for n, key in enumerate(("name", "description", "legal_basis", "period_value", "period_unit"))}


def _texts(found: dict) -> bool:
    """Whether ``found`` is one text per language ({"nl": …, "en": …})."""
    return bool(found) and all(
        isinstance(k, str) and len(k) == 2 and k.isalpha() and isinstance(v, str) for k, v in found.items()
    )


def shown(found, language: str = "en", kind: str = "", key: str = "") -> str:
    """A value in words: a text per language in ``language`` (else another), a list's key as the
    forms name it (field ``key`` of an item of ``kind``), yes/no, a list joined, a row of a list
    (a purpose) as its named fields."""
    if found is None or found == "" or found == [] or found == {}:
        return word("empty", language)
    if isinstance(found, bool):
        return word("yes" if found else "no", language)
    if isinstance(found, dict):
        if _texts(found):
            other = next((k for k in found if k != language and found[k]), language)
            return text_in(found, language, other) or word("empty", language)
        empty = word("empty", language)
        keys = sorted((k for k in found if k not in _HIDDEN), key=lambda k: (k not in _FIRST, _FIRST.get(k, 0)))
        parts = [(k, shown(found[k], language, kind, k)) for k in keys]
        return "; ".join(f"{field_name(k, language)}: {text}" for k, text in parts if text != empty) or empty
    if isinstance(found, list):
        if all(isinstance(v, str) for v in found):
            return ", ".join(value_word(kind, key, v, language) for v in found)
        return " | ".join(shown(v, language, kind, key) for v in found)
    if isinstance(found, str):
        return value_word(kind, key, found, language)
    if isinstance(found, (int, float)):
        return str(found)
    return json.dumps(found, ensure_ascii=False, sort_keys=True)


def by(changes, language: str = "en", local: bool = False) -> str:
    """Who made the changes, when and where from; ``local``: the time in this computer's time zone
    (the window), else UTC (a document read anywhere)."""
    return "; ".join(
        f"{c.who}, {_when(c, local)}" + (f", {origin_word(c.origin, language)}" if c.origin else "") for c in changes
    ) or word("not_recorded", language)


def _when(change, local: bool) -> str:
    if not local or change.at is None:
        return change.when
    return f"{change.at.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"


def heading(diff: RegisterDiff, language: str = "en") -> str:
    return word("heading", language).format(
        since=moment_in(diff.since, language), until=moment_in(diff.until, language)
    )


# How register/established.moment says a point of the log, in English; said again per language.
_MOMENTS = (
    (re.compile(r"^now$"), "moment_now"),
    (re.compile(r"^the start of the history$"), "moment_start"),
    (re.compile(r"^version (?P<number>\d+) (?P<name>\u201c.*\u201d)$"), "moment_version"),
    (re.compile(r"^the end of (?P<day>\d{4}-\d{2}-\d{2})$"), "moment_day"),
)


def moment_in(said: str, language: str) -> str:
    """``said`` as established.moment words it ("version 1 “2026-1”"), in ``language``; the
    window's own words (already in its language) pass unchanged."""
    for pattern, key in _MOMENTS:
        found = pattern.match(said)
        if found:
            return word(key, language).format(**found.groupdict())
    return said


def title(item: ItemDiff, language: str = "en") -> str:
    return item_title(item.kind, item.name, language)


def mark(item: ItemDiff, language: str = "en") -> str:
    """ "+ added", "− removed" or "changed"."""
    sign = SIGNS.get(item.state)
    return f"{sign} {word(item.state, language)}" if sign else word(item.state, language)


def render_text(diff: RegisterDiff, language: str = "en") -> str:
    lines = [heading(diff, language), ""]
    if not diff.items:
        lines.append(word("no_changes", language))
    for item in diff.items:
        if item.state in SIGNS:
            lines.append(f"{title(item, language)}: {mark(item, language)} ({by(item.by, language)})")
            continue
        lines.append(f"{title(item, language)}: {mark(item, language)}")
        for change in item.fields:
            before, after = (shown(v, language, item.kind, change.field) for v in (change.before, change.after))
            lines.append(f"  {field_name(change.field, language)}: {before} \u2192 {after} ({by(change.by, language)})")
    return "\n".join(lines) + "\n"


_MD_INLINE = re.compile(r"([\\`*_\[\]<>&|~#])")


def _md(text: str) -> str:
    """Text a Markdown reader shows as written (no emphasis, links or HTML)."""
    return _MD_INLINE.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(diff: RegisterDiff, language: str = "en") -> str:
    lines = [f"# {_md(heading(diff, language))}", ""]
    if not diff.items:
        lines.append(word("no_changes", language))
    for item in diff.items:
        lines += [f"## {_md(title(item, language))}: {_md(mark(item, language))}", ""]
        if item.state in SIGNS:
            lines += [f"- {word('by', language)} {_md(by(item.by, language))}", ""]
            continue
        for change in item.fields:
            before, after = (shown(v, language, item.kind, change.field) for v in (change.before, change.after))
            lines.append(
                f"- **{_md(field_name(change.field, language))}**: {_md(before)} \u2192 {_md(after)} "
                f"({word('by', language)} {_md(by(change.by, language))})"
            )
        lines.append("")
    return "\n".join(lines)


# Plain tables and colours: the window shows this in a QTextBrowser (Qt's rich-text subset).
_HTML = """<!DOCTYPE html>
<html lang="{{ language }}"><head><meta charset="utf-8"><title>{{ heading }}</title>
<style>.added{color:#1a7f37}.removed{color:#b42318}h1{font-size:x-large}h2{font-size:large}
table{border-collapse:collapse}td,th{vertical-align:top;text-align:left;padding:3px 8px;border:1px solid #c8c8c8}
th{background:#f0f0f0}</style>
</head><body>
<h1>{{ heading }}</h1>
{% if not items %}<p>{{ word("no_changes") }}</p>{% endif %}
{% for item in items %}<div class="{{ item.state }}">
<h2 class="{{ item.state }}">{{ title(item) }}: {{ mark(item) }}</h2>
{% if item.fields %}<table>
<tr><th>{{ word("field") }}</th><th>{{ word("before") }}</th><th>{{ word("after") }}</th><th>{{ word("who_when") }}</th></tr>
{% for change in item.fields %}<tr><td><b>{{ field_name(change.field) }}</b></td><td>{{ shown(change.before, kind=item.kind, key=change.field) }}</td><td>{{ shown(change.after, kind=item.kind, key=change.field) }}</td><td>{{ by(change.by) }}</td></tr>
{% endfor %}</table>{% else %}<p class="{{ item.state }}">{{ by(item.by) }}</p>{% endif %}
</div>
{% endfor %}</body></html>
"""

# Autoescape on: every name and value is the officer's text and may hold < or &.
_ENVIRONMENT = Environment(loader=BaseLoader(), autoescape=True, keep_trailing_newline=True)


def render_html(diff: RegisterDiff, language: str = "en", local: bool = False) -> str:
    """``local``: times in this computer's time zone, as the window shows them."""
    template = _ENVIRONMENT.from_string(_HTML)
    return template.render(
        language=language,
        heading=heading(diff, language),
        items=diff.items,
        title=partial(title, language=language),
        mark=partial(mark, language=language),
        shown=partial(shown, language=language),
        by=partial(by, language=language, local=local),
        field_name=partial(field_name, language=language),
        word=partial(word, language=language),
    )


def render(diff: RegisterDiff, fmt: str = "text", language: str = "en") -> str:
    return {"text": render_text, "markdown": render_markdown, "html": render_html}[fmt](diff, language)
