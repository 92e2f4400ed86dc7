"""Lines under the table that are no activity: "Vragen over dit register: privacy@school.example",
"Version approved by the board on 1 March 2025." Registers end with a contact line or a remark
as often as they start with a contact block. Such a row fills only the table's first cell, comes
after the last row that fills more, and reads as a sentence or a contact line; it becomes a note
of the report, not an activity. A row named like an activity ("Cameratoezicht") whose other
cells are empty is still an activity, wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WEB = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_PHONE = re.compile(r"\+?\d[\d ()\-]{7,}\d")
_DATE = re.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b")
# A sentence: this many words or more, ending as sentences end.
SENTENCE_WORDS = 5


def is_footer_line(text: str) -> bool:
    """A contact line (an e-mail address, a web address, a phone number), a dated stamp
    ("Stand: 01.02.2025") or a sentence ("Approved by the board on 1 March 2025.")."""
    text = text.strip()
    if _EMAIL.search(text) or _WEB.search(text) or _PHONE.search(text):
        return True
    if ":" in text and _DATE.search(text):
        return True
    return len(text.split()) >= SENTENCE_WORDS and text[-1:] in ".!?"


def footer_rows(rows: Sequence[Sequence[object]], header_row: int, first_column: int) -> dict[int, tuple[int, str]]:
    """Row number (from 1) -> (column, text) of the footer lines under the table: read from the
    bottom up to the last row with two cells filled or more."""
    found = {}
    for number in range(len(rows), header_row, -1):
        filled = [
            (column, value)
            for column, value in enumerate(rows[number - 1], start=1)
            if value is not None and str(value).strip()
        ]
        if len(filled) > 1:
            break
        if len(filled) == 1:
            column, value = filled[0]
            if column == first_column and isinstance(value, str) and is_footer_line(value):
                found[number] = (column, value.strip())
    return found
