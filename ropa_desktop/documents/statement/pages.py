"""The statement cut into pages, for a preview that never lays out the whole statement at once.

A register of 10,000 activities makes a statement of 6 MB of HTML; a window that lays that out
in one go stands still for most of a minute. So the preview shows one page at a time: each
top-level section is a page, and each activity (under "What we do with your data") is a page
of its own, since their number grows with the register. Read in order, the pages say exactly
what the exported statement says: the same markup (statement-section.html.j2), the title on
the first page and the footer on the last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .document import Section, Statement
from .language_of_parts import plain
from .render import render_page

# The anchors of the top-level sections whose subsections are pages of their own.
PAGED = ("processing",)


@dataclass(frozen=True)
class Page:
    """One page: a section without its subsections that are pages of their own."""

    section: Section
    level: int  # the heading level in the whole statement (2 for a top-level section)
    parent: int | None  # the number of the page this one is listed under (an activity's: the processing page)
    title: str = ""  # the statement's title, on the first page only
    footer: tuple[str, ...] = ()  # the statement's footer, on the last page only

    @property
    def heading(self) -> str:
        return plain(self.section.heading)  # a page's name in the window's list: the words only

    @property
    def anchor(self) -> str:
        return self.section.anchor


def statement_pages(statement: Statement) -> list[Page]:
    """The pages of ``statement`` in reading order."""
    pages: list[Page] = []
    for section in statement.sections:
        if section.anchor in PAGED:
            pages.append(Page(replace(section, sections=[]), 2, None))
            number = len(pages) - 1
            pages += [Page(sub, 3, number) for sub in section.sections]
        else:
            pages.append(Page(section, 2, None))
    if pages:
        pages[0] = replace(pages[0], title=statement.title)
        pages[-1] = replace(pages[-1], footer=tuple(statement.footer))
    return pages


def render_pages(pages: list[Page], progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Each page in HTML; ``progress(done, total)`` is told along the way (and may stop the work
    by raising)."""
    html: list[str] = []
    step = max(len(pages) // 100, 1)
    for number, page in enumerate(pages):
        if progress is not None and number % step == 0:
            progress(number, len(pages))
        html.append(render_page(page))
    return html
