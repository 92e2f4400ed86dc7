"""Where a legal basis of Art. 6(1) does not reach: legitimate interests for a public body
(second subparagraph), a legal obligation or public task without the law behind it (Art. 6(3)),
and consent from people who depend on us for their work (EDPB Guidelines 05/2020, 21)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...register.kinds import ACTIVITY
from ...register.views import Record, may_mention
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule
from .common import controller_activities, names
from .legal_basis import CONSENT, LEGITIMATE_INTERESTS

NEEDS_A_LAW = ("legal_obligation", "public_task")
# A law named in words: an article, a Dutch act ("Arbowet", "Wet ...", "Burgerlijk Wetboek"),
# a known abbreviation, or an English act or code by its capitalised name.
_ARTICLE = re.compile(r"\b(art\.?|artikel|article|section)\s*\d|§\s*\d", re.IGNORECASE)
_ACT = re.compile(r"wet(boek)?\b", re.IGNORECASE)
_ABBREVIATION = re.compile(r"(?:AWR|BW|Awb|UAVG)\b")
_DIGIT = re.compile(r"\d")
# Without one of these no law is named (tested before the texts are decoded; "§" is stored escaped).
_HINT = ("wet", "art", "section", "§", "u00a7", "bw", "awb", "uavg", " act", " code", "regulation", "directive")
# The basis itself ("art. 6 lid 1 onder c AVG") is no law the obligation rests on.
_OWN_BASIS = re.compile(r"\b(art\.?|artikel|article)\s*6\b[\w\s().,–-]*?\b(AVG|GDPR)\b", re.IGNORECASE)
_ENGLISH_LAW = re.compile(r"[A-Z]\w* (?:Act|Code|Regulation|Directive)\b")
# Employees and job applicants: consent given to an employer is rarely free (Art. 7(4)). Plain
# "applicant" is not enough (loan applicants are customers).
_STAFF = re.compile(
    r"\b\w*(medewerker|werknemer|personeel|sollicitant|stagiair|employee|staff|personnel|"
    r"job applicant|job candidate|job seeker|trainee)",
    re.IGNORECASE,
)


def names_a_law(text: str) -> bool:
    if _ACT.search(text) or _ABBREVIATION.search(text) or _ENGLISH_LAW.search(text):
        return True
    # Several small patterns, articles only where a digit is: one pattern for all was slow.
    return bool(_DIGIT.search(text)) and bool(_ARTICLE.search(_OWN_BASIS.sub("", text)))


def _names_a_law(record: Record, name: str) -> bool:
    """Text ``name`` of ``record`` names a law in some language."""
    return may_mention(record, (name,), _HINT) and any(
        text and names_a_law(text) for text in (getattr(record, name) or {}).values()
    )


def _activity_names_a_law(activity: Record) -> bool:
    return names_a_law(activity.internal_description or "") or _names_a_law(activity, "public_explanation")


@rule("legitimate_interest.public_body", Severity.WARNING, "Art. 6(1), second subparagraph GDPR")
def public_body_relies_on_interests(context: CheckContext) -> Iterator[Finding]:
    """Legitimate interests are not a basis for a public body in the performance of its tasks:
    a public task needs a law (Art. 6(1)(e), 6(3))."""
    if not context.organisation.public_authority:
        return
    for activity in controller_activities(context):
        for row, purpose in enumerate(activity.purposes):
            if purpose.legal_basis == LEGITIMATE_INTERESTS:
                yield context.finding(
                    "legitimate_interest.public_body",
                    ACTIVITY,
                    activity,
                    "purposes",
                    row,
                    part="legal_basis",
                    number=row + 1,
                )


@rule("legal_basis.no_law", Severity.WARNING, "Art. 6(1)(c), Art. 6(1)(e), Art. 6(3) GDPR")
def obligation_without_law(context: CheckContext) -> Iterator[Finding]:
    """A legal obligation or a public task rests on Union or member-state law: the purpose,
    or the activity's description, names it."""
    for activity in controller_activities(context):
        in_activity = None  # its description and explanation are read once, and only if needed
        for row, purpose in enumerate(activity.purposes):
            if purpose.legal_basis not in NEEDS_A_LAW:
                continue
            if _names_a_law(purpose, "description"):
                continue
            if in_activity is None:
                in_activity = _activity_names_a_law(activity)
            if not in_activity:
                yield context.finding(
                    "legal_basis.no_law", ACTIVITY, activity, "purposes", row, part="description", number=row + 1
                )


def staff_categories(context: CheckContext, activity: Record) -> list[Record]:
    """The activity's categories of data subjects that are employees or job applicants, by name
    (each catalogue name read once per run)."""
    staff: set[int] | None = context.cache.get("staff_categories")
    if staff is None:
        staff = context.cache["staff_categories"] = {
            c.id
            for c in context.view.data_subjects.values()
            if any(_STAFF.search(text) for text in (c.name or {}).values() if text)
        }
    return [c for c in activity.data_subject_categories if c.id in staff]


@rule("consent.employees", Severity.WARNING, "Art. 6(1)(a), Art. 7(4) GDPR; EDPB Guidelines 05/2020")
def consent_of_staff(context: CheckContext) -> Iterator[Finding]:
    """Employees and job applicants depend on the employer: their consent is free only where
    refusing costs them nothing. Another basis (contract, legal obligation) usually fits."""
    for activity in controller_activities(context):
        staff = staff_categories(context, activity)
        if not staff:
            continue
        for row, purpose in enumerate(activity.purposes):
            if purpose.legal_basis == CONSENT:
                yield context.finding(
                    "consent.employees",
                    ACTIVITY,
                    activity,
                    "purposes",
                    row,
                    part="legal_basis",
                    number=row + 1,
                    people=names(context, staff),
                )
