"""The foot of every page of our PDFs: who it is from, and "page X / Y"; and the head of the
dossier's pages: which version of the register it shows.

Y is known only after the last page; it is drawn as a PDF form that is filled in when the
document is saved, so a document is laid out once instead of twice.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas

GREY = colors.HexColor("#5b6472")
TOTAL_FORM = "page_total"


def _fit(text: str, font: str, width: float) -> str:
    """One line no wider than ``width``: a long organisation name ends in "…" rather than
    running under the page number."""
    text = " ".join(text.split())
    if stringWidth(text, font, 8) <= width:
        return text
    while text and stringWidth(text + "…", font, 8) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class PageHeader:
    """Atop every page: which version of the register the document shows (the dossier)."""

    def __init__(self, font: str, text: str):
        self.font = font
        self.text = _fit(text, font, A4[0] - 40 * mm)
        self._code: tuple = (None, [])  # (canvas, the code the header wrote on it)

    def __call__(self, canvas, document) -> None:
        if not self.text:
            return
        if self._code[0] is canvas:  # the same on every page: written once, then copied
            canvas._code.extend(self._code[1])
            return
        start = len(canvas._code)
        canvas.saveState()
        canvas.setFont(self.font, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, self.text)
        canvas.restoreState()
        self._code = (canvas, canvas._code[start:])


class PageFooter:
    """Call it on every page (onPage); pass ``canvas_maker()`` to the document's build."""

    def __init__(self, font: str, left_text: str, page_word: str = ""):
        self.font = font
        self.left_text = left_text
        self._left: str | None = None
        self.page_word = page_word
        self.pages: list[int] = []

    def __call__(self, canvas, document) -> None:
        number = canvas.getPageNumber()
        self.pages.append(number)
        canvas.saveState()
        canvas.setFont(self.font, 8)
        canvas.setFillColor(GREY)
        label = f"{self.page_word} {number} / ".lstrip()
        x = A4[0] - 20 * mm - canvas.stringWidth(f"{label}0000", self.font, 8)
        if self._left is None:  # once: the room left beside the widest page number
            room = A4[0] - 40 * mm - 8 * mm - stringWidth(f"{self.page_word} 0000 / 0000", self.font, 8)
            self._left = _fit(self.left_text, self.font, room)
        canvas.drawString(20 * mm, 11 * mm, self._left)
        canvas.drawString(x, 11 * mm, label)
        canvas.translate(x + canvas.stringWidth(label, self.font, 8), 11 * mm)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()

    def reset(self) -> None:
        """A new layout pass starts counting again."""
        self.pages = []

    def canvas_maker(self):
        footer = self

        class TotalCanvas(pdf_canvas.Canvas):
            def save(self):
                self.beginForm(TOTAL_FORM)
                self.setFont(footer.font, 8)
                self.setFillColor(GREY)
                self.drawString(0, 0, str(max(footer.pages, default=1)))
                self.endForm()
                super().save()

        return TotalCanvas
