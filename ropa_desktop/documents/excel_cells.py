"""What fits in one Excel cell: 32,767 characters as Excel counts them, in UTF-16 units
(an emoji takes two), so a long text is measured and cut without splitting a character."""

from __future__ import annotations

CELL_UNITS = 32_767


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def head(text: str, most: int) -> str:
    """The longest start of ``text`` that takes at most ``most`` UTF-16 units."""
    start = text[:most]
    while (over := units(start) - most) > 0:
        start = start[: -((over + 1) // 2)]
    return start


def chunks(text: str, most: int) -> list[str]:
    """``text`` in cells of at most ``most`` UTF-16 units, never cutting a character."""
    out = []
    while text:
        chunk = head(text, most)
        out.append(chunk)
        text = text[len(chunk) :]
    return out or [""]


def fit_cell(value: str) -> str:
    """A visible cell longer than Excel holds (several long texts joined) ends in "…"; the
    hidden data sheet keeps every text in full."""
    if len(value) * 2 <= CELL_UNITS or units(value) <= CELL_UNITS:
        return value
    return head(value, CELL_UNITS - 1) + "…"
