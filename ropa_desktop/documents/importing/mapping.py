"""A column mapping the officer chose, kept as JSON to use again (``--mapping MAP.json``).

Columns are named by their header text, so one mapping serves every copy of the same
spreadsheet even when columns move. A header mapped to null is left out on purpose; one
mapped to "" is not recognised and its cells are kept in the activity's internal notes
(``--save-mapping`` writes "" for every column it did not recognise, to fill in).
``cells`` corrects single cells the officer reviewed (review.py): null keeps the cell in the
internal notes instead of reading it, a text is read in its place.

    {"sheet": "Register", "header_row": 9, "language": "en",
     "columns": {"Purpose of processing": "purposes", "Comments": null},
     "cells": {"Register!C12": null, "Register!D14": "b"}}
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..files import write_atomically
from .headers import LANGUAGES, TARGETS, normalise
from .problems import ImportRefused
from .review import MAX_CORRECTIONS, parse_cell


@dataclass
class Mapping:
    sheet: str | None = None
    header_row: int | None = None  # as the spreadsheet counts, from 1
    language: str | None = None
    columns: dict[str, str | None] = field(default_factory=dict)
    cells: dict[str, str | None] = field(default_factory=dict)  # "Sheet!C5" -> null (to the notes) or a text

    def field_for(self, header: str) -> tuple[bool, str | None]:
        """(whether the mapping names this header, the field it maps to)."""
        wanted = normalise(header)
        for text, target in self.columns.items():
            if normalise(text) == wanted:
                return True, target
        return False, None

    def to_json(self) -> str:
        data = {"sheet": self.sheet, "header_row": self.header_row, "language": self.language, "columns": self.columns}
        if self.cells:
            data["cells"] = self.cells
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | Path) -> Path:
        return write_atomically(path, self.to_json().encode("utf-8"))

    @classmethod
    def load(cls, path: str | Path) -> Mapping:
        path = Path(path)
        try:
            if path.stat().st_size > 1_000_000:
                raise ImportRefused("mapping_file", file=path.name, detail="larger than 1 MB")
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ImportRefused(
                "mapping_file", file=path.name, detail=getattr(exc, "strerror", None) or "not UTF-8 text"
            ) from None
        return cls.from_json(text, path.name)

    @classmethod
    def from_json(cls, text: str, name: str = "mapping") -> Mapping:
        def refuse(detail: str):
            return ImportRefused("mapping_file", file=name, detail=detail)

        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            raise refuse("not valid JSON") from None
        if not isinstance(data, dict):
            raise refuse("a JSON object is expected")
        unknown = set(data) - {"sheet", "header_row", "language", "columns", "cells"}
        if unknown:
            raise refuse(f"unknown key {sorted(unknown)[0]!r}")
        sheet, row, language = data.get("sheet"), data.get("header_row"), data.get("language")
        if sheet is not None and not isinstance(sheet, str):
            raise refuse("sheet: a sheet name is expected")
        if row is not None and (isinstance(row, bool) or not isinstance(row, int) or not 1 <= row <= 1000):
            raise refuse("header_row: a row number from 1 to 1000 is expected")
        if language is not None and language not in LANGUAGES:
            raise refuse(f"language: one of {', '.join(LANGUAGES)} is expected")
        columns = data.get("columns", {})
        if not isinstance(columns, dict):
            raise refuse("columns: an object of header -> field is expected")
        for header, target in columns.items():
            # A column may hold two fields ("purposes_and_legal_bases"): headers.COMBINED.
            if target not in (None, "") and target not in TARGETS:
                raise refuse(
                    f"columns: {str(target)[:40]!r} (for {header[:40]!r}) is not a field; "
                    f"fields are {', '.join(TARGETS)}"
                )
        cells = data.get("cells", {})
        if not isinstance(cells, dict) or len(cells) > MAX_CORRECTIONS:
            raise refuse(
                f'cells: an object of at most {MAX_CORRECTIONS:,} cells ("Sheet!C5") -> null or a text is expected'
            )
        for name, value in cells.items():
            if parse_cell(name) is None:
                raise refuse(f'cells: {name[:40]!r} is not a cell such as "Register!C5"')
            if value is not None and (not isinstance(value, str) or len(value) > 32_767):
                raise refuse(f"cells: {name[:40]!r}: null or a text of at most 32,767 characters is expected")
        return cls(sheet, row, language, dict(columns), dict(cells))
