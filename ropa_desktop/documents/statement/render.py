"""Render a statement document: HTML, Markdown and text from templates, PDF with ReportLab."""

from __future__ import annotations

import re
from functools import cache

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from ... import __version__
from ...resources_path import resource
from .document import Bullets, ContactBlock, Entries, Paragraph, Statement
from .language_of_parts import parts, plain, without_marks
from .links import addresses
from .render_pdf import render_pdf

FORMATS = ("html", "md", "txt", "pdf")
TEXT_FORMATS = ("html", "md", "txt")


def _linkify(line: str) -> Markup:
    """Escape a line of text, make its e-mail and web addresses links and say the language of a
    phrase in another language (language_of_parts)."""
    return Markup("".join(_in_language(_linked(words), language) for words, language in parts(str(line))))


def _linked(words: str) -> str:
    return "".join(
        f'<a href="{escape(href)}">{escape(text)}</a>' if href else str(escape(text)) for text, href in addresses(words)
    )


def _in_language(html: str, language: str) -> str:
    return f'<span lang="{escape(language)}">{html}</span>' if language else html


def _html_value(value: object) -> object:
    """Every value a HTML template prints: a text with its phrases in another language marked
    (headings and list titles too), escaped; markup the filters made is left as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return Markup("".join(_in_language(str(escape(words)), language) for words, language in parts(value)))
    return value


def _markdown_links(line: str) -> str:
    """A line for Markdown, written as it reads, its e-mail and web addresses as autolinks
    (<privacy@example.nl>: CommonMark makes a link of it; nothing inside it is markup)."""
    return "".join(
        f"<{text}>" if href and text.isascii() else _markdown_inline(text)  # CommonMark's autolinks are ASCII
        for text, href in addresses(" ".join(str(line).split()))
    )


# CommonMark: characters that start markup anywhere in a line, and at the start of a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def _markdown(text: str) -> str:
    """Text that a Markdown reader shows exactly as written (no emphasis, links or HTML)."""
    return _markdown_inline(" ".join(str(text).split()))


def _markdown_inline(text: str) -> str:
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
        # HTML says a phrase's language (the PDF in its paragraphs; Markdown and text get it without_marks).
        finalize=_html_value if autoescape else None,
    )
    env.tests.update(
        paragraph=lambda b: isinstance(b, Paragraph),
        bullets=lambda b: isinstance(b, Bullets),
        entries=lambda b: isinstance(b, Entries),
        contact=lambda b: isinstance(b, ContactBlock),
    )
    env.filters.update(linkify=_linkify, md=_markdown, md_links=_markdown_links, plain=plain)
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
    if fmt not in ("html", "pdf"):
        statement = without_marks(statement)  # Markdown and text cannot say a phrase's language
    if fmt in TEXT_FORMATS:
        return render_text_format(statement, fmt).encode("utf-8")
    if fmt == "pdf":
        from ..pdf_archive import archival
        from ..pdf_tags import Tags, add_structure

        # Tagged, for readers and screen readers (pdf_tags.py); published and archived as
        # PDF/A-2b (pdf_archive.py), which keeps the structure.
        tags = Tags()
        pdf = render_pdf(statement, progress, tags)
        title = plain(f"{statement.title} – {statement.organisation}")
        return archival(add_structure(pdf, tags, title, statement.language), statement.language)
    raise ValueError(f"unknown statement format {fmt!r} (choose from {', '.join(FORMATS)})")
