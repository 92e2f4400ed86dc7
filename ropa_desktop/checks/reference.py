"""The rule reference: every rule with its id, severity, legal reference, explanation and an
example, made from the rule declarations and their texts (never written by hand)."""

from __future__ import annotations

from html import escape

from ..register.models import text_in
from . import rules  # noqa: F401  (registers every rule)
from .rule import RULES, Rule

_WORDS = {
    "title": {"nl": "Nalevingsregels", "en": "Compliance rules"},
    "intro": {
        "nl": "ROPA Desktop leest het register zoals een toezichthouder dat zou doen. Dit zijn de regels, "
        "met de ernst van een bevinding en het artikel waarop de regel steunt.",
        "en": "ROPA Desktop reads the register the way a supervisory authority would. These are the rules, "
        "with the severity of a finding and the article the rule rests on.",
    },
    "severity": {"nl": "Ernst", "en": "Severity"},
    "reference": {"nl": "Artikel", "en": "Reference"},
    "example": {"nl": "Voorbeeld", "en": "Example"},
    "error": {"nl": "fout", "en": "error"},
    "warning": {"nl": "waarschuwing", "en": "warning"},
    "info": {"nl": "informatie", "en": "info"},
}


def word(key: str, language: str) -> str:
    return text_in(_WORDS[key], language, "en")


def ordered_rules() -> list[Rule]:
    return sorted(RULES.values(), key=lambda r: (r.severity.rank, r.id))


def reference_markdown(language: str) -> str:
    lines = [f"# {word('title', language)}", "", word("intro", language), ""]
    for rule in ordered_rules():
        lines += [
            f"## {rule.title(language)}",
            "",
            f"- **Id:** `{rule.id}`",
            f"- **{word('severity', language)}:** {word(rule.severity.value, language)}",
            f"- **{word('reference', language)}:** {rule.citation(language)}",
            "",
            rule.explanation(language),
            "",
            f"*{word('example', language)}:* {rule.example(language)}",
            "",
        ]
    return "\n".join(lines)


def reference_html(language: str) -> str:
    parts = [
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{escape(word('title', language))}</title></head><body>",
        f"<h1>{escape(word('title', language))}</h1><p>{escape(word('intro', language))}</p>",
    ]
    for rule in ordered_rules():
        parts.append(
            f'<h2 id="{escape(rule.id)}">{escape(rule.title(language))}</h2>'
            f"<p><code>{escape(rule.id)}</code> · <b>{escape(word(rule.severity.value, language))}</b> · "
            f"{escape(rule.citation(language))}</p><p>{escape(rule.explanation(language))}</p>"
            f"<p><i>{escape(word('example', language))}:</i> {escape(rule.example(language))}</p>"
        )
    parts.append("</body></html>")
    return "".join(parts)
