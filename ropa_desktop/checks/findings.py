"""A finding: what a supervisory authority would criticise, where, and on what grounds."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from ..register.reference.citation import cite


class Severity(StrEnum):
    ERROR = "error"  # the register breaks a rule of the law
    WARNING = "warning"  # probably wrong, or missing where the law says "where possible"
    INFO = "info"  # worth knowing

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


# Where a finding points when it concerns no single item.
ORGANISATION = "organisation"
STATEMENT = "statement"
REFERENCE_DATA = "reference_data"


@dataclass(frozen=True)
class Finding:
    rule: str  # the rule's stable id, e.g. "transfer.no_tool"
    severity: Severity
    kind: str  # register kind of the item (register/kinds.py), or one of the constants above
    item_id: int | None
    item: dict[str, str]  # the item's name per language, as the officer knows it
    # The snapshot key of the field to fix ("purposes", "tool"), and the child row if any.
    field: str = ""
    row: int | None = None
    values: dict[str, object] = dataclasses.field(default_factory=dict, compare=False, hash=False)
    # The field within that row to fix ("legitimate_interest"), so the window can focus it.
    part: str = ""

    def item_name(self, language: str) -> str:
        return self.item.get(language) or next((t for t in self.item.values() if t), "")

    def message(self, language: str) -> str:
        from .rule import rule_text  # the texts live with the rule definitions

        values = {
            k: (v.get(language) or next(iter(v.values()), "")) if isinstance(v, dict) else v
            for k, v in self.values.items()
        }
        return rule_text(self.rule, "message", language).format(item=self.item_name(language), **values)

    @property
    def reference(self) -> str:
        from .rule import RULES

        return RULES[self.rule].reference

    def citation(self, language: str) -> str:
        """The rule's reference in the citation style of ``language``, as every output shows it."""
        return cite(self.reference, language)

    def as_dict(self, language: str) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "kind": self.kind,
            "item_id": self.item_id,
            "item": self.item_name(language),
            "field": self.field,
            "row": self.row,
            "part": self.part,
            "message": self.message(language),
            "reference": self.citation(language),
        }
