"""The dossier's own kinds of content as tagged PDF (pdf_tags.py, issue 20, point 2): an item's
fields, and the annexes' tables.

An item's field (a TextBlock: its label with the value below it) is read as one paragraph, its
label and then its value as they show ("Purposes", "• Recruitment • Payroll"). Not as a list
item with a label and a body (three structure elements a field): a dossier of 2,000 activities
has some ninety thousand fields, and every structure element costs time writing the tree (and,
before the PDF/A step became an update of its own, reading and rewriting it again; issue 19's
speed: three a field made the export of 2,000 activities twice as slow, one a field adds over
a third).
The fields are marked as the blocks draw, around the code each block writes, instead of
wrapping every block in a flowable of its own: the blocks are one flowable for the frame
(text_block.py), for speed, and stay so.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from .pdf_tags import Element, Tagged, Tags
from .text_block import TextBlocks


class TaggedFields(Tagged):
    """``inner`` (an item's fields as TextBlocks), each block drawn as its own paragraph (P),
    found by the list of its entries (a block split over pages keeps that list)."""

    def __init__(self, inner: TextBlocks, element: Element, fields: dict[int, Element]):
        super().__init__(inner, element)
        self.fields = fields  # id(block.items) -> P

    def split(self, availWidth, availHeight):
        return [TaggedFields(part.inner, self.element, self.fields) for part in super().split(availWidth, availHeight)]

    def drawOn(self, canvas, x, y, _sW=0):
        # Each block where TextBlocks.drawOn would draw it (from the frame's current height).
        blocks: TextBlocks = self.inner  # type: ignore[assignment]  # always TextBlocks
        frame = getattr(self, "_frame", None)
        top = frame._y if frame is not None else y + blocks.height
        tags, code = self.element.tags, canvas._code
        for block, height in zip(blocks.blocks, blocks._heights, strict=True):
            top -= height
            field = self.fields[id(block.items)]
            code.append(f"/P <</MCID {tags.mark(canvas, field)}>> BDC")
            block.drawOn(canvas, x, top, _sW)
            code.append("EMC")


def tagged_fields(flowables: list[TextBlocks], tags: Tags) -> list[Flowable]:
    """The fields ``_blocks`` made (one TextBlocks, or none), each block a paragraph."""
    if not flowables:
        return []
    (blocks,) = flowables
    fields = {id(block.items): tags.element("P") for block in blocks.blocks}
    # Tagged lays it out and names the tags by an element: the first field's (drawOn marks each).
    return [TaggedFields(blocks, next(iter(fields.values())), fields)]


def tagged_rows(rows: list[list[Flowable]], tags: Tags) -> list[list[Flowable]]:
    """A table's cells (its first row the column headings) as a Table of rows of TH and TD:
    draw it with pdf_tags.TableArtifacts as its renderCB, so its rules and stripes are skipped."""
    table = tags.element("Table")
    tagged: list[list[Flowable]] = []
    for number, cells in enumerate(rows):
        row = tags.element("TR", table)
        if number == 0:  # the header row, repeated atop each page: read once (pdf_tags.Tagged)
            tagged.append([Tagged(cell, tags.element("TH", row, scope="Column")) for cell in cells])
        else:
            tagged.append([Tagged(cell, tags.element("TD", row)) for cell in cells])
    return tagged
