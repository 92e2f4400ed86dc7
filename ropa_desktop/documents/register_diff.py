"""`ropa diff` as a document: the changes between two points of the register, as plain text,
Markdown or HTML (escaped by Jinja2, as the statement's HTML is)."""

from __future__ import annotations

import json
import re

from jinja2 import BaseLoader, Environment

from ..register.models.base import text_in
from ..register.register_diff import ADDED_ITEM, REMOVED_ITEM, ItemDiff, RegisterDiff

FORMATS = ("text", "markdown", "html")
_MARKS = {ADDED_ITEM: "added", REMOVED_ITEM: "removed"}


def shown(found) -> str:
    """A value in words: a text per language as its Dutch (else English) text, a list joined."""
    if found is None or found == "" or found == [] or found == {}:
        return "(empty)"
    if isinstance(found, dict) and all(isinstance(v, str) for v in found.values()):
        return text_in(found, "nl", "en") or "(empty)"
    if isinstance(found, list) and all(isinstance(v, str) for v in found):
        return ", ".join(found)
    if isinstance(found, str):
        return found
    return json.dumps(found, ensure_ascii=False, sort_keys=True)


def _by(changes) -> str:
    return "; ".join(f"{c.who}, {c.when}" + (f", {c.origin}" if c.origin else "") for c in changes) or "who: not recorded"


def _heading(diff: RegisterDiff) -> str:
    return f"Changes from {diff.since} to {diff.until}"


def _title(item: ItemDiff) -> str:
    return f"{item.kind} \u201c{item.name}\u201d"


def render_text(diff: RegisterDiff) -> str:
    lines = [_heading(diff), ""]
    if not diff.items:
        lines.append("No changes.")
    for item in diff.items:
        if item.state in _MARKS:
            lines.append(f"{_title(item)}: {_MARKS[item.state]} ({_by(item.by)})")
            continue
        lines.append(f"{_title(item)}: changed")
        for change in item.fields:
            lines.append(f"  {change.field}: {shown(change.before)} \u2192 {shown(change.after)} ({_by(change.by)})")
    return "\n".join(lines) + "\n"


_MD_INLINE = re.compile(r"([\\`*_\[\]<>&|~#])")


def _md(text: str) -> str:
    """Text a Markdown reader shows as written (no emphasis, links or HTML)."""
    return _MD_INLINE.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(diff: RegisterDiff) -> str:
    lines = [f"# {_md(_heading(diff))}", ""]
    if not diff.items:
        lines.append("No changes.")
    for item in diff.items:
        mark = _MARKS.get(item.state, "changed")
        lines += [f"## {_md(_title(item))}: {mark}", ""]
        if item.state in _MARKS:
            lines += [f"- by {_md(_by(item.by))}", ""]
            continue
        for change in item.fields:
            lines.append(f"- **{_md(change.field)}**: {_md(shown(change.before))} \u2192 "
                         f"{_md(shown(change.after))} (by {_md(_by(change.by))})")
        lines.append("")
    return "\n".join(lines)


_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ heading }}</title>
<style>.added{color:#1a7f37}.removed{color:#b42318}td,th{vertical-align:top;text-align:left;padding:2px 8px}</style>
</head><body>
<h1>{{ heading }}</h1>
{% if not items %}<p>No changes.</p>{% endif %}
{% for item in items %}<section class="{{ item.state }}">
<h2>{{ title(item) }}: {{ item.state }}</h2>
{% if item.fields %}<table><tr><th>Field</th><th>Before</th><th>After</th><th>Who, when</th></tr>
{% for change in item.fields %}<tr><td>{{ change.field }}</td><td>{{ shown(change.before) }}</td><td>{{ shown(change.after) }}</td><td>{{ by(change.by) }}</td></tr>
{% endfor %}</table>{% else %}<p>{{ by(item.by) }}</p>{% endif %}
</section>
{% endfor %}</body></html>
"""

# Autoescape on: every name and value is the officer's text and may hold < or &.
_ENVIRONMENT = Environment(loader=BaseLoader(), autoescape=True, keep_trailing_newline=True)


def render_html(diff: RegisterDiff) -> str:
    template = _ENVIRONMENT.from_string(_HTML)
    return template.render(heading=_heading(diff), items=diff.items, title=_title, shown=shown, by=_by)


def render(diff: RegisterDiff, fmt: str = "text") -> str:
    return {"text": render_text, "markdown": render_markdown, "html": render_html}[fmt](diff)
