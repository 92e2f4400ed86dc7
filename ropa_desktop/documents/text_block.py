"""A labelled block of plain text for long PDF documents: much faster than a Paragraph.

ReportLab's Paragraph parses markup and lays out fragments; the dossier prints tens of
thousands of plain fields. This flowable wraps plain lines with font metrics, splits across
pages, and draws with one text object. It prints text exactly as given (no markup at all).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable


def _encoded(canvas, text: str, font: str, size: float, subset: int) -> tuple[str, int]:
    """``text`` as the code a text object in ``font`` writes for it after ``subset`` (the font
    subset it is in), and the subset it ends in; each string encoded once per document (a
    dossier prints the same labels and values tens of thousands of times). The code is what
    ReportLab writes: a character keeps its place in the font's subsets once given one."""
    known_texts = canvas.__dict__.setdefault("_encoded_texts", {})
    key = (text, font, size, subset)
    known = known_texts.get(key)
    if known is None:
        encoder: Any = PDFTextObject(canvas)  # its encoding is not in the stub
        encoder.setFont(font, size)
        encoder._curSubset = subset
        known = known_texts[key] = (encoder._formatText(text), encoder._curSubset)
    return known


@lru_cache(maxsize=65536)
def _wrapped(paragraph: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """One paragraph of an item as the lines it takes in ``width`` (values repeat: laid out once)."""
    wrapped: list[str] = []
    for line in simpleSplit(paragraph, font, size, width) or [""]:
        wrapped += _break_long(line, font, size, width)
    return tuple(wrapped)


def _break_long(line: str, font: str, size: float, width: float) -> list[str]:
    """simpleSplit leaves a word longer than the width whole; cut it by characters."""
    if stringWidth(line, font, size) <= width:
        return [line]
    pieces, current = [], ""
    for character in line:
        if current and stringWidth(current + character, font, size) > width:
            pieces.append(current)
            current = ""
        current += character
    return pieces + ([current] if current else [])


class TextBlock(Flowable):
    # Flowable.__init__'s attributes, set once here: a dossier makes some ninety thousand blocks.
    hAlign, vAlign, wrapped, encoding = "LEFT", "BOTTOM", 0, None
    _traceInfo = _showBoundary = None

    def __init__(
        self,
        label: str,
        items: list[str],
        *,
        font: str,
        bold: str,
        size: float = 9,
        leading: float = 12,
        label_size: float = 8,
        label_color: Color | None = None,
        bullet: str = "• ",
        space_before: float = 4,
        _lines: list[tuple[float, str]] | None = None,
        _show_label: bool = True,
    ):
        self.width = self.height = 0
        self.label, self.items = label, items
        self.font, self.bold, self.size, self.leading = font, bold, size, leading
        self.label_size, self.label_color = label_size, label_color
        self.bullet, self.space_before = bullet, space_before
        self._lines = _lines  # [(indent, text)] once wrapped
        self._show_label = _show_label
        self._width: float | None = None

    def _layout(self, width: float) -> list[tuple[float, str]]:
        if self._lines is not None and self._width == width:
            return self._lines
        bullet = len(self.items) > 1 or (self.items and self.bullet and self._is_list)
        indent = stringWidth(self.bullet, self.font, self.size) if bullet else 0
        lines: list[tuple[float, str]] = []
        for item in self.items:
            for paragraph_number, paragraph in enumerate(str(item).split("\n")):
                wrapped = _wrapped(paragraph, self.font, self.size, width - indent)
                for number, line in enumerate(wrapped):
                    # One bullet per item: the further lines of a multi-line item are indented.
                    first = number == 0 and paragraph_number == 0 and bullet
                    lines.append((0 if first else indent, (self.bullet + line) if first else line))
        self._lines, self._width = lines, width
        return lines

    _is_list = False

    @classmethod
    def listing(cls, label: str, items: list[str], **kwargs) -> TextBlock:
        block = cls(label, items, **kwargs)
        block._is_list = True
        return block

    def _label_height(self) -> float:
        return (self.label_size + 2) if self._show_label and self.label else 0

    def wrap(self, available_width: float, available_height: float):
        self.width = available_width
        lines = self._layout(available_width)
        self.height = self.space_before + self._label_height() + len(lines) * self.leading
        return available_width, self.height

    def split(self, available_width: float, available_height: float):
        lines = self._layout(available_width)
        room = int((available_height - self.space_before - self._label_height()) // self.leading)
        if room < 1 or room >= len(lines):
            return [] if room < 1 else [self]
        first = self._part(lines[:room], space_before=self.space_before, show_label=self._show_label)
        rest = self._part(lines[room:], space_before=0, show_label=False)
        first._width = rest._width = available_width
        return [first, rest]

    def _part(self, lines: list[tuple[float, str]], *, space_before: float, show_label: bool) -> TextBlock:
        """A block with this one's text and style that draws only ``lines`` (one side of a split)."""
        return TextBlock(
            self.label,
            self.items,
            font=self.font,
            bold=self.bold,
            size=self.size,
            leading=self.leading,
            label_size=self.label_size,
            label_color=self.label_color,
            bullet=self.bullet,
            space_before=space_before,
            _lines=lines,
            _show_label=show_label,
        )

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        """The code Flowable.drawOn and a draw() with canvas.drawString and a text object write,
        to the byte, written at once: saved state, moved origin, the label in its colour, then
        every line at its place (placed by wrap() or split(); drawn unwrapped, laid out here)."""
        code = canvas._code
        code.append("q")
        code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")
        top = self.height - self.space_before
        if self._label_height():
            if self.label_color is not None:
                color = self.label_color
                code.append(f"{fp_str((color.red, color.green, color.blue))} rg")
            label, _ = _encoded(canvas, self.label, self.bold, self.label_size, -1)
            code.append(f"BT 1 0 0 1 {fp_str(0, top - self.label_size)} Tm {label} T* ET")
            code.append("0 0 0 rg")
            top -= self._label_height()
        text = ["BT", "1 0 0 1 0 0 Tm"]
        subset = -1
        lines = self._lines if self._lines is not None else self._layout(self.width)
        shift = (self.leading - self.size) / 2
        for indent, line in lines:
            top -= self.leading
            text.append(f"1 0 0 1 {fp_str(indent, top + shift)} Tm")
            encoded, subset = _encoded(canvas, line, self.font, self.size, subset)
            text.append(encoded)
        text.append("ET")
        code.append(" ".join(text))
        code.append("Q")


# As Frame counts: a flowable ending this far below the frame's foot still fits.
_FUZZ = 1e-6


class TextBlocks(Flowable):
    """Blocks one below the other as one flowable: placed, split over pages and drawn exactly
    as the frame places them one by one (same positions, same page breaks), with a twentieth
    of its bookkeeping (a dossier's page holds some twenty blocks)."""

    def __init__(self, blocks: list[TextBlock]):
        super().__init__()
        self.blocks = blocks
        self.width = 0
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float):
        # A block's height depends on the width only: the frame asks again on every page.
        if available_width != self.width or not self._heights:
            self.width = available_width
            self._heights = [block.wrap(available_width, available_height)[1] for block in self.blocks]
            self.height = sum(self._heights)
        return available_width, self.height

    def split(self, available_width: float, available_height: float):
        """The blocks the frame would place here (the last one split where it would split it),
        and the rest; [] when the frame would move the first block to the next page."""
        room = available_height
        self.wrap(available_width, available_height)
        for number, (block, height) in enumerate(zip(self.blocks, self._heights, strict=True)):
            if room <= 0:
                break
            if room - height >= -_FUZZ:  # fits whole
                room -= height
                continue
            parts = block.split(available_width, room)
            if len(parts) == 2:
                first, rest = (part.wrap(available_width, available_height)[1] for part in parts)
                return [
                    self._group([*self.blocks[:number], parts[0]], [*self._heights[:number], first]),
                    self._group([parts[1], *self.blocks[number + 1 :]], [rest, *self._heights[number + 1 :]]),
                ]
            break
        else:
            return [self]
        if not number:
            return []
        return [
            self._group(self.blocks[:number], self._heights[:number]),
            self._group(self.blocks[number:], self._heights[number:]),
        ]

    def _group(self, blocks: list[TextBlock], heights: list[float]) -> TextBlocks:
        """Some of these blocks, already wrapped to this width (one side of a split)."""
        group = TextBlocks(blocks)
        group.width, group._heights, group.height = self.width, heights, sum(heights)
        return group

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        # Each block where the frame would have drawn it, counted down from the frame's current
        # height as the frame counts (so the page's code is the same to the last digit).
        frame = getattr(self, "_frame", None)
        top = frame._y if frame is not None else y + self.height
        for block, height in zip(self.blocks, self._heights, strict=True):
            top -= height
            block.drawOn(canvas, x, top, _sW)
