"""The statement's date tells the truth (Art. 12(1), Art. 13): what the statement publishes
has not changed since the date it shows, and it cites no decision adopted after that date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from types import SimpleNamespace

from babel.dates import format_date

from ...register.kinds import ORGANISATION
from ...register.models import RecipientKind
from ...register.reference.countries import AdequacyDecision, adequacy_decision, in_eea
from ...register.views import Record, published
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule, rule_text
from .common import names
from .transfers import _named

RULE = "statement.date_stale"


def _published_transfers(context: CheckContext, activities: list[Record]) -> list[Record]:
    """The transfers the statement lists (documents/statement builder): those of a published
    activity, and those of no activity at all (a cookie's, say)."""
    live = {t.id for a in activities for t in a.transfers}
    return [
        t
        for t in context.view.transfers.values()
        if t.country_code
        and not in_eea(t.country_code)
        and (t.id in live or not context.view.used_by.get(("transfers", t.id)))
    ]


def _shown_items(
    context: CheckContext, activities: list[Record], transfers: list[Record]
) -> list[tuple[dict[str, str], datetime | None]]:
    """(name per language, updated_at) of every item whose contents the statement shows."""
    shown: list[tuple[dict[str, str], datetime | None]] = []
    seen: set[tuple[str, int]] = set()

    def add(kind: str, item: SimpleNamespace, name: dict[str, str]) -> None:
        if (kind, item.id) not in seen:
            seen.add((kind, item.id))
            shown.append((name, item.updated_at))

    for activity in activities:  # its purposes, retention and links raise its own timestamp
        add("activity", activity, context.name(activity.name))
        for recipient in (*activity.recipients, *activity.joint_controllers):
            if recipient.kind != RecipientKind.INTERNAL:  # never named in the statement
                add("recipient", recipient, context.name(recipient.name))
        for subject in activity.data_subject_categories:
            add("data_subject", subject, context.name(subject.name))
        for link in activity.data_category_links:
            add("data_category", link.data_category, context.name(link.data_category.name))
    for transfer in transfers:
        add("transfer", transfer, _named(context, transfer).name)
    for cookie in context.view.cookies:  # the statement lists every cookie
        add("cookie", cookie, context.name(cookie.name))
    return shown


def _day(day: date, language: str) -> str:
    return format_date(day, "d MMMM yyyy", locale=language)


def _days(day: date, context: CheckContext) -> dict[str, str]:
    return {language: _day(day, language) for language in context.languages}


def _reason(context: CheckContext, cause: str, **values: object) -> dict[str, str]:
    """The finding's reason per language: the text ``cause`` of the rule, filled in."""
    return {
        language: rule_text(RULE, cause, language).format(
            **{k: v[language] if isinstance(v, dict) else v for k, v in values.items()}
        )
        for language in context.languages
    }


@rule(RULE, Severity.WARNING, "Art. 12(1), Art. 13 GDPR")
def statement_date_stale(context: CheckContext) -> Iterator[Finding]:
    """Two signs that the statement's date is older than what it says: (b) it cites an
    adequacy decision adopted after that date, which the reference data dates; and (a) an
    item it shows was changed after that date. For (a) only changes after the day the
    register was made count: a register made or imported today has every timestamp of today,
    and cannot tell what changed before it existed. A warning: the register cannot tell
    whether a change alters the published wording, and the law asks for accurate
    information, not for a date; the officer reviews the statement and sets its date."""
    organisation = context.organisation
    stated = organisation.statement_date
    if stated is None or context.publication is not None:
        # Once published, the statement shows its publication's day, not the typed date, and
        # statement.changed_since_publication compares the documents themselves.
        return
    activities = [activity for activity in context.view.activities if published(activity)]
    transfers = _published_transfers(context, activities)
    cited: dict[str, AdequacyDecision] = {}
    for transfer in transfers:
        code = transfer.country_code.upper()
        decision = adequacy_decision(code) if transfer.tool == "adequacy" else None
        if decision is not None and decision.adopted > stated:
            cited.setdefault(code, decision)
    for code, decision in sorted(cited.items(), key=lambda pair: pair[1].adopted):
        yield context.finding(
            RULE,
            ORGANISATION,
            organisation,
            "statement_date",
            reason=_reason(
                context,
                "decision",
                date=_days(stated, context),
                country=context.country(code),
                adopted=_days(decision.adopted, context),
            ),
        )
    made = organisation.created_at.date() if organisation.created_at else stated
    since = max(stated, made)
    changed = [
        (name, updated)
        for name, updated in _shown_items(context, activities, transfers)
        if updated is not None and updated.date() > since
    ]
    if changed:
        changed.sort(key=lambda pair: pair[1], reverse=True)
        items = [SimpleNamespace(name=name) for name, _updated in changed]
        yield context.finding(
            RULE,
            ORGANISATION,
            organisation,
            "statement_date",
            reason=_reason(
                context,
                "change",
                date=_days(stated, context),
                last=_days(changed[0][1].date(), context),
                items=names(context, items),
                count=len(changed),
            ),
        )
