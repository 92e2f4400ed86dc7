"""Realistic registers that officers really keep (issue 14), built by code, each filled cell
next to what it must become after the import; and the harness that imports them through the
real service and classifies every cell as right, in the notes, or wrong.

    from realistic import WORKBOOKS, score
    result = score("staffing")          # -> Score: activities, right, notes, wrong, results

Used by tests/documents/importing/test_realistic_registers.py (one test per cell) and by
benchmarks/import_realistic.py (the table per workbook).
"""

from __future__ import annotations

from pathlib import Path

from . import (
    agency,
    association,
    bookkeeping,
    ciso,
    clinic,
    dsk,
    housing,
    ministry,
    saas,
    school,
    staffing,
    verein,
    webshop,
)
from .corpus import Cell, Workbook
from .scoring import NOTES, RIGHT, WRONG, CellResult, Score
from .scoring import score as _score

WORKBOOKS: dict[str, Workbook] = {
    m.WORKBOOK.name: m.WORKBOOK
    for m in (
        saas,
        staffing,
        bookkeeping,
        ministry,
        dsk,
        ciso,
        school,
        clinic,
        webshop,
        association,
        housing,
        agency,
        verein,
    )
}  # the last three are held out: written after the import was tuned on the others


def score(name: str, folder: Path | None = None) -> Score:
    """Import workbook ``name`` into a new register (in ``folder``, else a temporary one) and
    classify its cells."""
    return _score(WORKBOOKS[name], folder)


__all__ = ["WORKBOOKS", "score", "Score", "CellResult", "Cell", "Workbook", "RIGHT", "NOTES", "WRONG"]
