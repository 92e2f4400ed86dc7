"""A labelled block of plain text for long PDF documents: much faster than a Paragraph.

ReportLab's Paragraph parses markup and lays out fragments; the dossier prints tens of
thousands of plain fields. This flowable wraps plain lines with font metrics, splits across
pages, and draws with one text object. It prints text exactly as given (no markup at all).
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable


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
        super().__init__()
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
                wrapped = []
                for line in simpleSplit(paragraph, self.font, self.size, width - indent) or [""]:
                    wrapped += _break_long(line, self.font, self.size, width - indent)
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

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - self.space_before
        if self._label_height():
            canvas.setFont(self.bold, self.label_size)
            if self.label_color is not None:
                canvas.setFillColor(self.label_color)
            canvas.drawString(0, y - self.label_size, self.label)
            canvas.setFillColorRGB(0, 0, 0)
            y -= self._label_height()
        text = canvas.beginText()
        text.setFont(self.font, self.size)
        # The lines wrap() (or split()) laid out; drawn unwrapped, they are laid out here.
        lines = self._lines if self._lines is not None else self._layout(self.width)
        for indent, line in lines:
            y -= self.leading
            text.setTextOrigin(indent, y + (self.leading - self.size) / 2)
            text.textOut(line)
        canvas.drawText(text)
