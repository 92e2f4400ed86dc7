"""Vocabularies of the law (legal bases, Art. 9 conditions, transfer tools, DPIA criteria)
and the labels of the register's closed lists, from resources/vocabularies."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ...resources_path import load_toml
from .citation import cite

VOCABULARIES = (
    "legal_bases",
    "special_categories",
    "special_conditions",
    "transfer_tools",
    "dpia_criteria",
)


@dataclass(frozen=True)
class Term:
    key: str
    ref: str
    label: dict[str, str]
    description: dict[str, str] = field(default_factory=dict)
    statement: dict[str, str] = field(default_factory=dict)
    group: str = ""  # transfer tools: adequacy / art46 / art46_3 / art49 / none
    list: str = ""  # DPIA criteria: wp248 / ap

    def label_in(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("en") or self.key

    def citation(self, lang: str) -> str:
        """The article(s) in the citation style of ``lang`` ("art. 6 lid 1 onder a")."""
        return cite(self.ref, lang)


@cache
def terms(vocabulary: str) -> tuple[Term, ...]:
    if vocabulary not in VOCABULARIES:
        raise KeyError(vocabulary)
    data = load_toml("vocabularies", f"{vocabulary}.toml")
    return tuple(
        Term(
            key=item["key"],
            ref=item.get("ref", ""),
            label=item["label"],
            description=item.get("description", {}),
            statement=item.get("statement", {}),
            group=item.get("group", ""),
            list=item.get("list", ""),
        )
        for item in data["item"]
    )


@cache
def _index(vocabulary: str) -> dict[str, Term]:
    return {term.key: term for term in terms(vocabulary)}


def term(vocabulary: str, key: str) -> Term | None:
    return _index(vocabulary).get(key)


def is_term(vocabulary: str, key: str) -> bool:
    return key in _index(vocabulary)


def enum_label(list_name: str, value: str, lang: str) -> str:
    """The Dutch or English label of a closed-list value (e.g. activity_role/processor)."""
    labels = load_toml("vocabularies", "enums.toml").get(list_name, {}).get(str(value), {})
    return labels.get(lang) or labels.get("en") or str(value)


def source(vocabulary: str) -> str:
    return load_toml("vocabularies", f"{vocabulary}.toml").get("meta", {}).get("source", "")
