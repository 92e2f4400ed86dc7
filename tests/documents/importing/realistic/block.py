"""The contact block above a realistic register's table: what its cells must become in the
organisation (its name, address, contacts), or that the report says they were not read.

    block(("Controller", Outside()), ("Tallyhive B.V.", Org(legal_name="Tallyhive B.V.")))
    block(("Stand: 01.02.2025", Said()))

The new register the harness imports into has a name ("Realistic") and a country of its own:
the import never overwrites them, so a sheet's other name is right when the report names both.
"""

from __future__ import annotations

from ropa_desktop.register.reference.countries import country_name

from .corpus import Row
from .facts import Fact, Failure, Outside
from .reading import in_notes, key

# Words of the report's notes about the block (resources/import/messages.toml, in English).
_NOT_READ = ("above the table was not read", "in the block above the table was not read")


def block(*cells: tuple[object, Fact | list[Fact]] | None) -> Row:
    """A row of the contact block: each cell as (text, fact or facts), None for an empty cell."""
    return Row(None, list(cells))


class Org(Fact):
    """The organisation holds these details: ``Org(city="Lyon")``, ``Org(**{"dpo.email": "…"})``.
    Nothing is made of the cell elsewhere (no activity, no catalogue entry)."""

    cause = "block"

    def __init__(self, **fields: str):
        self.fields = fields

    def check(self, ctx):
        for name, wanted in self.fields.items():
            found = ctx.register.organisation.get(name, "")
            if key(found) == key(wanted):
                continue
            if found and _kept(name, found, wanted, ctx.register.report_notes):
                continue  # the register keeps its own, and the report says what the sheet gave
            return Failure(f"the organisation's {name} is {found!r}; expected {wanted!r}", forbidden=bool(found))
        return Outside().check(ctx)

    def provides(self) -> set[str]:
        return set(self.fields)


def _kept(name: str, found: str, wanted: str, notes: list[str]) -> bool:
    if name.endswith("country_code"):
        found, wanted = country_name(found, "en"), country_name(wanted, "en")
    return any(wanted in note and found in note and "the register keeps" in note for note in notes)


class Said(Fact):
    """Not read into the register, and the report says so with the text (``text``, else the cell's)."""

    cause = "block"

    def __init__(self, text: str | None = None):
        self.text = text

    def check(self, ctx):
        text = self.text or ctx.text
        said = [note for note in ctx.register.report_notes if any(words in note for words in _NOT_READ)]
        if not any(in_notes(text, note) for note in said):
            return Failure(f"the report does not say that {text!r} above the table was not read")
        return Outside().check(ctx)
