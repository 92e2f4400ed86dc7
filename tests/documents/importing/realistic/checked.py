"""After the import of a realistic register, the errors of the register's check told apart
(issue 14, "Also"): caused by the import (what a row of the sheet says landed wrong or nowhere)
or a gap of the register itself (the sheet does not say it either).

    errors = check_errors(WORKBOOKS["school"], folder)
    [e for e in errors if e.caused]      # must be empty

An error is the import's when the row of the activity it is about has the cell that answers it
(a purpose for record.no_purpose, a category for record.no_data_categories, a country for
transfer.no_country), or when it is about an activity no row of the sheet describes (a title or
a footer made into an activity). An error about the organisation is the import's when the
contact block above the table gave what it asks for (block.py's Org facts).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.run import check_register
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register.kinds import ACTIVITY, TRANSFER
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import create_register

from .block import Org
from .corpus import Workbook
from .facts import (
    Bases,
    Cases,
    Categories,
    Condition,
    Described,
    Fact,
    Period,
    Purposes,
    Recipients,
    Served,
    Subjects,
    Transfers,
    Until,
    _alts,
)
from .reading import key, text_of

# The error rules about one activity that a row's cell answers, and the facts of such cells.
ANSWERED_BY: dict[str, tuple[type[Fact], ...]] = {
    "record.no_purpose": (Purposes,),
    "record.purpose_without_basis": (Bases,),
    "record.no_data_subjects": (Subjects,),
    "record.no_data_categories": (Categories,),
    "record.no_controller_served": (Served,),
    "record.no_processing_categories": (Purposes, Described),
    "special_data.no_condition": (Condition,),
}
# The same for the statement's requirements (statement.incomplete), by requirement.
STATEMENT_ANSWERED_BY: dict[str, tuple[type[Fact], ...]] = {
    "13.1.c": (Purposes, Bases),
    "13.1.e": (Recipients,),
    "13.2.a": (Period, Cases, Until),
    "14.1.d": (Categories,),
}
# The organisation's errors and the details of the contact block that answer them (any one of them).
_REACHABLE = ("email", "phone", "privacy_contact.email", "privacy_contact.phone")
BLOCK_ANSWERS: dict[str, tuple[str, ...]] = {
    "organisation.no_contact": _REACHABLE,
    "13.1.a": _REACHABLE,
    "13.1.b": ("dpo.email", "dpo.phone"),
}


@dataclass
class CheckedError:
    rule: str
    item: str
    message: str
    caused: str  # why the import caused it; "" for a gap of the register

    def line(self) -> str:
        return f"{self.rule} | {self.item} | {self.caused or 'gap'} | {self.message[:120]}"


def check_errors(workbook: Workbook, folder: Path) -> list[CheckedError]:
    """Import ``workbook`` into a new register in ``folder``, check it, and classify every error."""
    path = workbook.write(folder / f"{workbook.name}.xlsx")
    register = create_register(folder / f"{workbook.name}.ropa", "Realistic", language=workbook.language)
    try:
        import_workbook(register, path, backup=False)
        findings = [f for f in check_register(register, date.today()) if f.severity is Severity.ERROR]
        with register.session() as session:
            activities = {
                a.id: _Activity(text_of(a.name), [(t.id, t.country_code or "", t.tool or "") for t in a.transfers])
                for a in session.scalars(select(ProcessingActivity))
            }
    finally:
        register.close()
    facts: dict[str, list[Fact]] = defaultdict(list)
    given: set[str] = set()  # the organisation's details the contact block gives
    for cell in workbook.cells():
        if cell.activity:
            facts[key(cell.activity)] += cell.facts
        given |= {name for fact in cell.facts if isinstance(fact, Org) for name in fact.provides()}
    return [
        CheckedError(f.rule, f.item_name("en"), f.message("en"), _block(f, given) or _cause(f, activities, facts))
        for f in findings
    ]


def _block(finding, given: set[str]) -> str:
    """An error about the organisation that the contact block above the table answers."""
    wanted = BLOCK_ANSWERS.get(finding.rule) or (
        BLOCK_ANSWERS.get(finding.values.get("requirement", ""), ()) if finding.rule == "statement.incomplete" else ()
    )
    found = sorted(given & set(wanted))
    return f"the block above the table gives {', '.join(found)}" if found else ""


@dataclass
class _Activity:
    name: str
    transfers: list[tuple[int, str, str]]  # (id, country, tool)


def _cause(finding, activities: dict[int, _Activity], facts: dict[str, list[Fact]]) -> str:
    if finding.kind == ACTIVITY:
        name = finding.item_name("en")
        if key(name) not in facts:
            return f"no row describes an activity {name!r}"
        return _answered(finding.rule, ANSWERED_BY, facts[key(name)])
    if finding.rule == "statement.incomplete":
        return _statement(finding, activities, facts)
    if finding.kind == TRANSFER and finding.rule == "transfer.no_country":
        using = [a for a in activities.values() if any(t[0] == finding.item_id for t in a.transfers)]
        for activity in using:
            said = [f for f in facts.get(key(activity.name), []) if isinstance(f, Transfers)]
            if said and all("?" not in _alts(countries) for fact in said for countries, _ in fact.transfers):
                return f"{activity.name}: the row names every country of its transfers"
    if finding.kind == TRANSFER and finding.rule == "transfer.partial_adequacy_uncertified":
        return _recipient_said(finding, activities, facts)
    return ""


def _recipient_said(finding, activities: dict[int, _Activity], facts: dict[str, list[Fact]]) -> str:
    """A transfer on a partial adequacy decision (the DPF) without its recipient, where the row
    names a recipient in that country ("Mailchimp (VS)" beside "Ja — DPF")."""
    for activity in activities.values():
        countries = {country for id_, country, _ in activity.transfers if id_ == finding.item_id}
        for fact in facts.get(key(activity.name), []) if countries else ():
            if isinstance(fact, Recipients) and any(
                set(_alts(r.country)) & countries for r in fact.recipients if r.country
            ):
                return f"{activity.name}: the row names the recipient in {', '.join(sorted(countries))}"
    return ""


def _answered(rule: str, table: dict, facts: list[Fact]) -> str:
    wanted = table.get(rule, ())
    found = [f for f in facts if isinstance(f, wanted)]
    return f"the row has {type(found[0]).__name__}" if found else ""


def _statement(finding, activities: dict[int, _Activity], facts: dict[str, list[Fact]]) -> str:
    """A requirement missing for an activity no row describes, or for one whose row answers it;
    a transfer without a tool whose row named the tool."""
    subjects = str(finding.values.get("subjects", {}).get("en", ""))
    requirement = finding.values.get("requirement")
    for activity in activities.values():
        if activity.name and activity.name in subjects:
            if key(activity.name) not in facts:
                return f"no row describes an activity {activity.name!r}"
            answer = _answered(requirement, STATEMENT_ANSWERED_BY, facts[key(activity.name)])
            if answer:
                return f"{activity.name}: {answer}"
    if requirement == "13.1.f":
        for activity in activities.values():
            tools = [
                tool for f in facts.get(key(activity.name), []) if isinstance(f, Transfers) for _, tool in f.transfers
            ]
            if any(tool == "none" for _, _, tool in activity.transfers) and tools and None not in tools:
                return f"{activity.name}: the row names the tool of its transfers"
    return ""
