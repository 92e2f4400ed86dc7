"""The statement as a document: sections with paragraphs, lists and contact blocks.

Renderers walk this structure; none of them knows the register, and none of them adds words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """A titled item of a list (a right, and what it means)."""

    title: str
    text: str


@dataclass(frozen=True)
class Entries:
    items: tuple[Entry, ...]


@dataclass(frozen=True)
class ContactBlock:
    """Lines of an address card; links (e-mail, website) are recognised by the renderers.
    ``own``: the organisation's own contact (HTML's <address> claims the page's contact for it);
    False for another body's, such as the supervisory authority."""

    lines: tuple[str, ...]
    own: bool = True


Block = Paragraph | Bullets | Entries | ContactBlock


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    # A stable anchor for links into the statement ("rights", "activity-3").
    anchor: str = ""


@dataclass
class Statement:
    language: str
    title: str
    organisation: str
    sections: list[Section]
    footer: list[str]
    statement_date: date | None = None
