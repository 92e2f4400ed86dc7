"""The findings of the compliance check (ropa_desktop/checks) as the exports and `ropa check`
word them: the severity, where a finding points ("Transfers › Bolivia — …"), the field, and a
count per severity. The words are in resources/export/labels.toml."""

from __future__ import annotations

from ...checks.findings import Finding, Severity
from .columns import Column
from .labels import Labels


def severity_word(severity: Severity, labels: Labels) -> str:
    return labels.get("findings", severity.value)


def place(finding: Finding, labels: Labels) -> str:
    """The part of the register and the item: "Doorgiften › Bolivia — Connaxis, vestiging Cochabamba"."""
    part = _optional(labels, "kind", finding.kind) or finding.kind
    name = finding.item_name(labels.language)
    return f"{part} › {name}" if name else part


def field_label(finding: Finding, labels: Labels) -> str:
    """The field to fix, as the exports name it, with the row of a list ("Bewaartermijnen, nr. 1")."""
    if not finding.field:
        return ""
    label = (
        _optional(labels, "field", finding.field)
        or _optional(labels, "column", finding.field)
        or _optional(labels, "cover", finding.field)
        or finding.field.replace("_", " ")
    )
    if finding.row is not None:
        label += ", " + labels.get("findings", "row").format(n=finding.row + 1)
    return label


def summary(counts: dict[Severity, int], labels: Labels, severities=None) -> str:
    """ "2 fouten, 2 waarschuwingen, 0 ter informatie" for the given severities (all by default)."""
    parts = []
    for severity in severities or list(Severity):
        n = counts.get(severity, 0)
        parts.append(labels.get("findings", f"{severity.value}_{'one' if n == 1 else 'many'}").format(n=n))
    return ", ".join(parts)


def _optional(labels: Labels, group: str, key: str) -> str:
    try:
        return labels.get(group, key)
    except KeyError:
        return ""


# The columns of the Findings sheet; a finding's values in the exported language.
FINDING = [
    Column("severity", lambda f, c: severity_word(f.severity, c.labels)),
    Column("rule", lambda f, c: f.rule),
    Column("item", lambda f, c: place(f, c.labels), wide=True),
    Column("field", lambda f, c: field_label(f, c.labels)),
    Column("message", lambda f, c: f.message(c.language), wide=True),
    Column("reference", lambda f, c: f.citation(c.language)),
]


def broken_rule_lines(broken: dict[str, str], labels: Labels) -> list[str]:
    """One sentence per rule that could not be checked (checks/run.py ``broken``: rule id:
    "KeyError: 'tool'"): the rule by id and title, the kind of failure, what it means."""
    from ...checks.rule import rule_text

    lines = []
    for rule_id, why in broken.items():
        try:
            name = f"{rule_id} “{rule_text(rule_id, 'title', labels.language)}”"
        except KeyError:  # a rule whose texts are not written yet: its id is all there is
            name = rule_id
        error = why.partition(":")[0]  # the exception's type; its message is in the log
        lines.append(labels.get("findings", "broken").format(rule=name, error=error))
    return lines


def none_found(broken: dict[str, str], rules: int, labels: Labels) -> str:
    """The note where there are no findings: all rules met, or only those that could be checked."""
    if broken:
        return labels.get("findings", "none_checked")
    return labels.get("findings", "none").format(rules=rules)
