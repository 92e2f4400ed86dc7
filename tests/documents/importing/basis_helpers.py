"""Reading back what an import of a foreign sheet made of purposes and legal bases."""

from __future__ import annotations

from workbooks import foreign_workbook

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations


def text(texts: dict) -> str:
    """A localized text in whatever language the import stored it."""
    return next((value for value in (texts or {}).values() if value), "")


def imported(register, tmp_path, rows, name: str = "register.xlsx"):
    """Imports ``rows`` as a foreign sheet: (report, {activity name: snapshot})."""
    before = operations.order(register, kinds.ACTIVITY)
    report = import_workbook(register, foreign_workbook(tmp_path / name, rows))
    added = {}
    for item in operations.order(register, kinds.ACTIVITY):
        if item not in before:
            snap = operations.read(register, kinds.ACTIVITY, item)
            added[text(snap["name"])] = snap
    return report, added


def purposes(snap) -> list[tuple[str, str]]:
    """(description, basis) per purpose row, as the register holds them."""
    return [(text(p["description"]), p["legal_basis"]) for p in snap["purposes"]]


def guesses(report, what: str) -> list[tuple[int, str, str]]:
    """(row, cell text, result) of the guesses of one kind, for the officer to confirm."""
    return [
        (item.place.row, item.text, item.result)
        for item in report.review
        if item.group == "guess" and item.kind == what
    ]


def notes(report, code: str) -> list:
    return [note for note in report.notes if note.code == code]
