"""The published statement is still the register's statement (Art. 12(1), Art. 13, Art. 14):
after the register changes in a way the statement shows, the public reads an outdated text
until the statement is published again."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

from babel import Locale
from babel.dates import format_date

from ..context import CheckContext
from ..findings import STATEMENT, Finding, Severity
from ..rule import rule, rule_text

RULE = "statement.changed_since_publication"


@rule(RULE, Severity.WARNING, "Art. 12(1), Art. 13, Art. 14 GDPR")
def statement_changed_since_publication(context: CheckContext) -> Iterator[Finding]:
    """The statement documents are compared, not timestamps: today's statement in each language
    of the last publication, without its date, against the fingerprint stored when it was
    published. A change the statement does not show (an internal note) changes nothing."""
    last = context.publication
    if last is None or last.now is None:
        return
    order = {language: position for position, language in enumerate(context.languages)}  # primary first
    changed = sorted(
        (language for language, published in last.published.items() if last.now.get(language) != published),
        key=lambda code: (order.get(code, len(order)), code),
    )
    if not changed:
        return
    item = SimpleNamespace(
        id=None, name={language: rule_text(RULE, "item", language) for language in context.languages}
    )
    yield context.finding(
        RULE,
        STATEMENT,
        item,
        "",
        number=last.number,
        date={
            language: format_date(last.published_on, "d MMMM yyyy", locale=language) for language in context.languages
        },
        languages={
            language: ", ".join(_language_name(code, language) for code in changed) for language in context.languages
        },
    )


def _language_name(code: str, language: str) -> str:
    try:
        return Locale.parse(code).get_display_name(language) or code
    except (ValueError, LookupError):
        return code
