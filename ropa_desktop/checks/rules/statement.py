"""The privacy statement (Art. 13 and 14): every requirement of the statement's checklist
that the register leaves unanswered is a finding, naming what it is missing for."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

from ..context import CheckContext
from ..findings import STATEMENT, Finding, Severity
from ..rule import rule, rule_text
from ..statement_completeness import FIELDS, Requirement, Status, primary_language, statement_gaps

RULE = "statement.incomplete"


@rule(RULE, Severity.ERROR, "Art. 13, Art. 14 GDPR")
def statement_incomplete(context: CheckContext) -> Iterator[Finding]:
    """One finding per missing requirement. The statement's fixed wording of the rights is
    shipped with the application (documents/statement), so 13(2)(b) counts as present here;
    the statement page and ``ropa statement --check`` check that wording themselves."""
    primary = primary_language(context.organisation)
    for gap in statement_gaps(context.view, context.organisation):
        if gap.status is not Status.MISSING:
            continue
        requirement = Requirement(gap.key, gap.status)
        subjects = {}
        for language in context.languages:
            found = gap.subjects(language, primary)
            subjects[language] = rule_text(RULE, "subjects", language).format(names=", ".join(found)) if found else ""
        item = SimpleNamespace(id=None, name={language: requirement.label(language) for language in context.languages})
        yield context.finding(
            RULE,
            STATEMENT,
            item,
            FIELDS.get(gap.key, ""),
            requirement=gap.key,
            subjects=subjects,
            reference={language: requirement.citation(language) for language in context.languages},
        )
