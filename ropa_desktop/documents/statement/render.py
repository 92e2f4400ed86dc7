"""Render a statement document: HTML, Markdown and text from templates, PDF with ReportLab."""

from __future__ import annotations

import re
from functools import cache

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from ... import __version__
from ...resources_path import resource
from .document import Bullets, ContactBlock, Entries, Paragraph, Statement
from .render_pdf import render_pdf

FORMATS = ("html", "md", "txt", "pdf")
TEXT_FORMATS = ("html", "md", "txt")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://[^\s<>\"]+")


def _linkify(line: str) -> Markup:
    """Escape a contact line and make its e-mail address or web address a link."""
    parts: list[str] = []
    position = 0
    for match in sorted([*_EMAIL.finditer(line), *_URL.finditer(line)], key=lambda m: m.start()):
        if match.start() < position:
            continue
        parts.append(str(escape(line[position : match.start()])))
        found = match.group(0)
        href = found if found.startswith("http") else f"mailto:{found}"
        parts.append(f'<a href="{escape(href)}">{escape(found)}</a>')
        position = match.end()
    parts.append(str(escape(line[position:])))
    return Markup("".join(parts))


# CommonMark: characters that start markup anywhere in a line, and at the start of a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def _markdown(text: str) -> str:
    """Text that a Markdown reader shows exactly as written (no emphasis, links or HTML)."""
    text = " ".join(str(text).split())
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _environment(autoescape: bool) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(resource("statement", "templates"))),
        # Explicitly on for HTML: the templates end in .j2, which extension-based choice misses.
        autoescape=autoescape,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    env.tests.update(
        paragraph=lambda b: isinstance(b, Paragraph),
        bullets=lambda b: isinstance(b, Bullets),
        entries=lambda b: isinstance(b, Entries),
        contact=lambda b: isinstance(b, ContactBlock),
    )
    env.filters.update(linkify=_linkify, md=_markdown)
    return env


@cache
def _template(name: str):
    return _environment(name.endswith(".html.j2")).get_template(name)


def render_text_format(statement: Statement, fmt: str) -> str:
    text = _template(f"statement.{fmt}.j2").render(statement=statement, version=__version__)
    # Templates leave runs of blank lines where optional parts are absent.
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def render_page(page) -> str:
    """One page of the statement (pages.Page) in HTML, with the export's markup."""
    return _template("statement-page.html.j2").render(page=page).strip() + "\n"


def render(statement: Statement, fmt: str, progress=None) -> bytes:
    """The statement in ``fmt`` (html, md, txt: UTF-8 text; pdf: a PDF file)."""
    if fmt in TEXT_FORMATS:
        return render_text_format(statement, fmt).encode("utf-8")
    if fmt == "pdf":
        return render_pdf(statement, progress)
    raise ValueError(f"unknown statement format {fmt!r} (choose from {', '.join(FORMATS)})")
