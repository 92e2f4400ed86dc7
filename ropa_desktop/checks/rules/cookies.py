"""Cookies on the organisation's website: consent before tracking (Telecommunicatiewet
art. 11.7a), the third parties that read them named among the recipients (Art. 13(1)(e),
Art. 30(1)(d)), and a processing activity that records what they collect (Art. 30(1))."""

from __future__ import annotations

from collections.abc import Iterator

from ...register.kinds import COOKIE
from ...register.models import CookieCategory, CookieParty, RecipientKind
from ...register.views import Record
from ..context import CheckContext
from ..findings import Finding, Severity
from ..rule import rule, rule_text
from .common import controller_activities, names

# Words in a data-subject category's name that mark the people who visit the website: the
# register has no flag for them, and "Websitebezoekers" / "Website visitors" is how officers name them.
_VISITOR_WORDS = ("bezoeker", "visitor", "website")


def _for_visitors(activity: Record) -> bool:
    return any(
        word in (text or "").casefold()
        for category in activity.data_subject_categories
        for text in (category.name or {}).values()
        for word in _VISITOR_WORDS
    )


def website_activities(context: CheckContext) -> list[Record]:
    """Current activities as (joint) controller whose data subjects include website visitors."""
    found: list[Record] | None = context.cache.get("website_activities")
    if found is None:
        found = context.cache["website_activities"] = [a for a in controller_activities(context) if _for_visitors(a)]
    return found


def _exempt_analytics(cookie: Record) -> bool:
    """Art. 11.7a(3)(b) Tw: analytics with little or no effect on privacy need no consent; the
    Autoriteit Persoonsgegevens accepts that only where the data stay with us or our processor."""
    if cookie.recipient is None:
        return cookie.party == CookieParty.FIRST_PARTY
    return cookie.recipient.kind == RecipientKind.PROCESSOR


@rule("cookie.no_consent", Severity.ERROR, "Telecommunicatiewet art. 11.7a; Art. 6(1)(a), Art. 7 GDPR")
def cookie_without_consent(context: CheckContext) -> Iterator[Finding]:
    """A tracking cookie, or an analytics cookie whose data go to a third party in its own
    right, is placed only after consent."""
    for cookie in context.view.cookies:
        if cookie.consent_required:
            continue
        if cookie.category == CookieCategory.MARKETING or (
            cookie.category == CookieCategory.ANALYTICS and not _exempt_analytics(cookie)
        ):
            yield context.finding("cookie.no_consent", COOKIE, cookie, "consent_required")


@rule("cookie.third_party_not_recipient", Severity.ERROR, "Art. 13(1)(e), Art. 30(1)(d) GDPR")
def third_party_not_recipient(context: CheckContext) -> Iterator[Finding]:
    """The party that places or reads a third-party cookie receives the visitor's data: it is
    on record as a recipient, and among the recipients of the activity for website visitors.
    (No such activity at all is cookie.no_activity.)"""
    activities = website_activities(context)
    listed = {r.id for a in activities for r in (*a.recipients, *a.joint_controllers)}
    for cookie in context.view.cookies:
        if cookie.party != CookieParty.THIRD_PARTY:
            continue
        if cookie.recipient is None:
            problem = "no_party"
        elif activities and cookie.recipient.id not in listed:
            problem = "not_listed"
        else:
            continue
        yield context.finding(
            "cookie.third_party_not_recipient",
            COOKIE,
            cookie,
            "recipient_id",
            problem={
                language: rule_text("cookie.third_party_not_recipient", problem, language).format(
                    activities=names(context, activities)[language]
                )
                for language in context.languages
            },
        )


@rule("cookie.no_activity", Severity.ERROR, "Art. 30(1)(b)–(f), Art. 13(1)(c), Art. 13(2)(a) GDPR")
def cookies_without_activity(context: CheckContext) -> Iterator[Finding]:
    """Cookies collect data of the website's visitors (online identifiers, Recital 30): that
    processing has a purpose, a legal basis and a retention period on record like any other."""
    cookies = context.view.cookies
    if cookies and not website_activities(context):
        more = ", …" if len(cookies) > 5 else ""
        shown = {
            language: ", ".join(context.name(cookie.name)[language] for cookie in cookies[:5]) + more
            for language in context.languages
        }
        yield context.finding("cookie.no_activity", COOKIE, None, "", cookies=shown)
