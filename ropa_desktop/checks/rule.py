"""Rules: each a small function over the register that yields findings, declared once.

A rule is registered with ``@rule("id", Severity.X, "Art. …")``; its title, message,
explanation and example, in Dutch and English, are in resources/checks/rules.toml under
the same id. The Problems panel, ``ropa check`` and the rule reference page all read these
two places, so nothing about a rule is written twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ..register.models import text_in
from ..register.reference.citation import cite
from ..resources_path import load_toml
from .findings import Finding, Severity

if TYPE_CHECKING:
    from .context import CheckContext  # for typing only: context.py looks rules up in RULES here

Check = Callable[["CheckContext"], Iterable[Finding]]
_Check = TypeVar("_Check", bound=Check)


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    reference: str  # the article(s) of the law the rule reads, in English style ("Art. 6(1)(f) GDPR")
    check: Check

    def citation(self, language: str) -> str:
        """The reference in the citation style of ``language`` ("art. 6 lid 1 onder f AVG")."""
        return cite(self.reference, language)

    def title(self, language: str) -> str:
        return rule_text(self.id, "title", language)

    def explanation(self, language: str) -> str:
        return rule_text(self.id, "explanation", language)

    def example(self, language: str) -> str:
        return rule_text(self.id, "example", language)


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, reference: str) -> Callable[[_Check], _Check]:
    """Register the decorated function as rule ``rule_id``."""

    def register(check: _Check) -> _Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} is declared twice")
        RULES[rule_id] = Rule(rule_id, severity, reference, check)
        return check

    return register


def _texts() -> dict[str, Any]:
    return load_toml("checks", "rules.toml")  # parsed once (load_toml caches)


def rule_text(rule_id: str, part: str, language: str) -> str:
    return text_in(_texts()[rule_id][part], language, "en")


def rule_ids_with_texts() -> set[str]:
    return set(_texts())
