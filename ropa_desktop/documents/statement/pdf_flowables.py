"""Cheaper ReportLab flowables for the statement, laid out exactly as their ReportLab originals.

Profiled on a register of 2,000 activities (639 pages), the platypus layout spent its time on
four things that produce nothing on the page:

- parsing each paragraph's markup with an HTML parser, though nearly every register text is
  plain words: a text with no markup and no line break becomes the one fragment the parser
  would have made, without the parser (``text_paragraph``);
- breaking a paragraph into lines again each time the layout asks its height: KeepTogether
  asks, the frame asks again, a split asks the parts; the lines are kept for a width
  (``_Paragraph.wrap``);
- measuring every word anew through three layers of calls: a plain text's lines are broken
  by ReportLab's own rule for one fragment, with each word's width looked up once
  (``_Paragraph.breakLines``);
- KeepTogether deep-copying the whole frame each time it measures its content, in case the
  content adds flowables of its own, which ours never does (``KeepTogether``).
"""

from __future__ import annotations

from typing import TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import KeepTogether as _ReportLabKeepTogether
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import (  # type: ignore[attr-defined]
    _handleBulletWidth,
    cleanBlockQuotedText,
)
from reportlab.platypus.paraparser import ParaFrag
from reportlab.rl_config import _FUZZ, listWrapOnFakeWidth

from ..pdf_text import markup

# Characters that make ReportLab's parser cut a text into several fragments (an entity, a tag,
# a line break): such a text goes through the parser as before.
_PARSED = ("&", "<", ">", "\n", "\r")


class _Paragraph(Paragraph):
    """A ReportLab paragraph that breaks its lines once per width."""

    _wrapped: tuple | None = None

    def wrap(self, availWidth, availHeight):
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] == availWidth and getattr(self, "blPara", None) is wrapped[1]:
            # The same lines as last time: the width decides them, never the height.
            self.width, self.height = availWidth, wrapped[2]
            return availWidth, wrapped[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, getattr(self, "blPara", None), height)
        return width, height

    def breakLines(self, width):
        """ReportLab's breakLines for a paragraph of one plain fragment, word widths looked up
        once; any other paragraph (a split part, a word wider than the line, white space or a
        soft hyphen ReportLab treats apart) is ReportLab's to break."""
        frags = self.frags
        style = self.style
        if len(frags) != 1 or not _plain(style):
            return super().breakLines(width)
        fragment = frags[0]
        text = getattr(fragment, "text", None)
        if type(fragment) is not ParaFrag or text is None or any(c in text for c in _APART):
            return super().breakLines(width)
        if hasattr(fragment, "cbDefn") or hasattr(fragment, "backColor"):
            return super().breakLines(width)
        max_widths = list(width) if isinstance(width, (tuple, list)) else [width]
        _handleBulletWidth(self.bulletText, style, max_widths)
        font, size = fragment.fontName, fragment.fontSize
        ascent, descent = getAscentDescent(font, size)
        words = text.split()
        if not words:
            return super().breakLines(width)
        measure = _measure(font, size, self.encoding)
        space = measure(" ")
        shrink = style.spaceShrinkage * space
        last_width = len(max_widths) - 1
        line_number = 0
        max_width = max_widths[0]
        widest = 0.0
        lines = []
        line: list[str] = []
        current = -space  # ReportLab's: no space before the first word
        for word in words:
            word_width = measure(word)
            new_width = current + space + word_width
            if new_width > max_width + shrink * len(line):
                if word_width > max_widths[min(line_number, last_width)]:
                    return super().breakLines(width)  # a long word, split by ReportLab
                if line:
                    widest = max(widest, current)
                    lines.append((max_width - current, line))
                    line = [word]
                    current = word_width
                    line_number += 1
                    max_width = max_widths[min(last_width, line_number)]
                    continue
            line.append(word)
            current = new_width
        if line:
            widest = max(widest, current)
            lines.append((max_width - current, line))
        if isinstance(width, list):
            width[:] = max_widths  # as ReportLab leaves them: less room beside a bullet
        self.height = 0
        self._width_max = widest
        self._splitLongWordCount = self._hyphenations = 0
        return fragment.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)


# Characters ReportLab's breaking treats apart from Python's split: a soft hyphen, a no-break
# space and a zero-width space.
_APART = ("\xad", "\xa0", "\u200b")


def _plain(style: ParagraphStyle) -> bool:
    """Whether ReportLab breaks a one-fragment paragraph in ``style`` by its simple rule alone."""
    return not (
        style.endDots
        or style.wordWrap
        or style.shaping
        or style.hyphenationLang
        or style.uriWasteReduce
        or style.embeddedHyphenation
        or not style.splitLongWords
    )


# Word widths per (font, size, encoding), for one statement at a time (render_pdf clears them).
WIDTHS: dict[tuple, dict[str, float]] = {}


def _measure(font: str, size: float, encoding: str):
    widths = WIDTHS.setdefault((font, size, encoding), {})

    def measure(word: str) -> float:
        width = widths.get(word)
        if width is None:
            width = widths[word] = stringWidth(word, font, size, encoding)
        return width

    return measure


# The fragment ReportLab's parser makes of a plain text in a style, with its text left out.
_FRAGMENTS: dict[int, tuple[ParagraphStyle, object]] = {}


def _fragment(style: ParagraphStyle):
    kept = _FRAGMENTS.get(id(style))
    if kept is None or kept[0] is not style:
        kept = _FRAGMENTS[id(style)] = (style, Paragraph("x", style).frags[0])
    return kept[1]


_Kind = TypeVar("_Kind", bound=Paragraph)


def text_paragraph(
    text: str,
    style: ParagraphStyle,
    bullet: str | None = None,
    kind: type[_Kind] = _Paragraph,  # type: ignore[assignment]
) -> _Kind:
    """Register text as a paragraph that prints it literally (as ``Paragraph(markup(text))``)."""
    if any(character in text for character in _PARSED):
        return kind(markup(text), style, bulletText=bullet)
    # ReportLab's cleaning, at str.split's speed where its white space is Python's.
    words = cleanBlockQuotedText(text) if "\xa0" in text or "\u200b" in text else " ".join(text.split())
    if not words:
        return kind(markup(text), style, bulletText=bullet)
    # No text: ReportLab takes the fragments as they are (a split part is made the same way).
    return kind(None, style, bulletText=bullet, frags=[_fragment(style).clone(text=words)])  # type: ignore[arg-type]


class KeepTogether(_ReportLabKeepTogether):
    """ReportLab's KeepTogether for content that adds no flowables while it is measured: the
    same measure (reportlab.platypus.flowables._listWrapOn), without copying the frame."""

    def wrap(self, aW, aH):
        width = height = space_after = 0.0
        first = None
        at_top = True
        canvas = self.canv
        for flowable in self._content:  # type: ignore[attr-defined]
            w, h = flowable.wrapOn(canvas, aW, 0xFFFFFFF)
            if first is None:
                first = h
            if h <= _FUZZ:
                continue
            width = max(width, min(w, aW) if listWrapOnFakeWidth else w)
            height += h
            if not at_top:
                height += max(flowable.getSpaceBefore() - space_after, 0)
            at_top = False
            space_after = flowable.getSpaceAfter()
            height += space_after
        self._H = height - space_after
        self._H0 = first or 0
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF  # force a split, as ReportLab's does
