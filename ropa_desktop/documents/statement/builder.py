"""Build the statement document from the register, in one language.

The order follows the reference statement (the seed): who we are, what we do with your data
(one section per activity shown in the statement), cookies, your rights, sharing with third
parties, complaint, and the date of the last change.
"""

from __future__ import annotations

from babel.dates import format_date
from babel.lists import format_list
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...register import kinds, publications
from ...register.activity_links import links_to
from ...register.models import (
    ActivityRole,
    Contact,
    Cookie,
    CookieCategory,
    Organisation,
    ProvisionRequirement,
    Recipient,
    RecipientKind,
    StatementText,
    Transfer,
)
from ...register.reference.authorities import supervisory_authority_of
from ...register.reference.countries import abroad_without_transfer, adequacy_decision, country_name, in_eea
from ...register.reference.vocabulary import enum_label, term
from ...register.retention_scope import named_categories
from ...register.storage import Register
from ...register.views import Record, RegisterView
from ..collector import collector_paused
from ..untranslated import borrowed_from, language_name, typed_text
from .document import Bullets, ContactBlock, Entries, Entry, Paragraph, Section, Statement
from .language_of_parts import in_language
from .phone import international
from .phrases import Phrases

RIGHTS = ("access", "erasure", "rectification", "restriction", "objection", "portability")


# The date a statement shows as its last change: that of the last publication (or, before the
# first, the date typed on the organisation), unless the caller gives one (publishing: its own
# day; None: no date line, as the publication's fingerprint reads the statement).
LAST_PUBLISHED = object()


def build_statement(register: Register, language: str, dated=LAST_PUBLISHED) -> Statement:
    with collector_paused(), register.session() as session:
        return StatementBuilder(session, register.organisation(session), language, dated).build()


class StatementBuilder:
    def __init__(self, session: Session, organisation: Organisation, language: str, dated=LAST_PUBLISHED):
        self.session = session
        self.organisation = organisation
        self.language = language
        self.dated = dated
        overrides = {row.key: dict(row.text) for row in session.scalars(select(StatementText))}
        self.phrases = Phrases(language, overrides)
        # The activities shown in the statement, in statement order, with what hangs off them.
        view = RegisterView(session, in_statement_only=True)
        self.activities = view.activities
        self.data_categories = view.data_categories  # by id: what a retention rule names
        self.safeguards_to_copy = False  # set while the transfers are listed

    # Helpers.
    def p(self, key: str, **values) -> str:
        return self.phrases.text(key, **values)

    def t(self, texts) -> str:
        """A register text in the statement's language; one only in another language is marked as such."""
        text, source = borrowed_from(texts, self.language, self.organisation.primary_language)
        return self._untranslated(text, source) if source else text

    def typed(self, field: str, text: str | None) -> str:
        """A free text typed once, in the register's main language (``field`` as "Model.attribute",
        declared in documents/untranslated.py); prose in a statement of another language is marked."""
        text, written_in = typed_text(field, text, self.language, self.organisation.primary_language)
        return self._untranslated(text, self.organisation.primary_language) if written_in else text

    def _untranslated(self, text: str, source: str) -> str:
        """A text only the register's ``source`` language has, said so, and marked as in that
        language (language_of_parts: read aloud with its own language's sounds)."""
        return self.p(
            "text.untranslated", text=in_language(text, source), language=language_name(source, self.language)
        )

    def country(self, code: str) -> str:
        return country_name(code, self.language) if code else ""

    def _paragraphs(self, *texts: str) -> list[Paragraph]:
        return [Paragraph(text) for text in texts if text and text.strip()]

    def contact_lines(self, contact, with_country: bool = True, phone_key: str = "contact.phone") -> tuple[str, ...]:
        lines = [contact.name if hasattr(contact, "name") else contact.legal_name]
        if getattr(contact, "attention", ""):
            lines.append(self.p("contact.attention", attention=self.typed("Contact.attention", contact.attention)))
        lines += [line for line in (contact.address or "").splitlines() if line.strip()]
        if contact.postal_code or contact.city:
            lines.append(self.p("contact.place", postal_code=contact.postal_code, city=contact.city))
        if with_country and contact.country_code:
            lines.append(self.country(contact.country_code))
        if contact.email:
            lines.append(self.p("contact.email", email=contact.email))
        if contact.phone:
            lines.append(self.p(phone_key, phone=self.phone(contact)))
        if contact.website:
            lines.append(self.p("contact.website", website=contact.website))
        return tuple(line for line in lines if line)

    def phone(self, contact) -> str:
        """Dutch readers dial the Dutch way; every other language gets the international form."""
        if self.language == "nl":
            return contact.phone
        return international(contact.phone, contact.country_code or self.organisation.country_code)

    def organisation_name(self) -> str:
        return self.organisation.trade_name or self.organisation.legal_name

    def privacy_contact(self) -> Contact | Organisation:
        return self.organisation.privacy_contact or self.organisation

    def contact_address(self) -> str:
        """How a person reaches us about privacy, for sentences ("privacy@…")."""
        contact = self.privacy_contact()
        return contact.email or contact.phone or self.organisation.email or self.organisation.legal_name

    # The document.
    def build(self) -> Statement:
        day, date_text = self.last_modified()
        footer = [self.p("footer.disclaimer")]
        if date_text:
            footer.append(self.p("footer.last_modified", date=date_text))
        sections = [
            self.who_we_are(),
            self.processing(),
            *([self.cookies()] if self.session.scalar(select(Cookie.id).limit(1)) else []),
            self.rights(),
            self.sharing(),
            self.complaint(),
        ]
        return Statement(
            language=self.language,
            title=self.p("title"),
            organisation=self.organisation_name(),
            sections=sections,
            footer=[line for line in footer if line],
            statement_date=day,
        )

    def last_modified(self):
        """(the day, as the footer words it). A publication is of one day, and says which; a
        typed date of a register from before publications kept the month it always showed."""
        if self.dated is LAST_PUBLISHED:
            day, published = publications.statement_day(self.session, self.organisation.statement_date)
        else:
            day, published = self.dated, True
        if day is None:
            return None, ""
        return day, format_date(day, "d MMMM yyyy" if published else "MMMM yyyy", locale=self.language)

    def who_we_are(self) -> Section:
        org = self.organisation
        section = Section(self.p("who_we_are.heading"), anchor="who-we-are")
        section.blocks += self._paragraphs(
            self.t(org.description), self.controller(), self.p("who_we_are.contact_intro")
        )
        section.blocks.append(ContactBlock(self.contact_lines(self.privacy_contact())))
        if org.dpo is not None:
            section.blocks.append(Paragraph(self.p("who_we_are.dpo_intro")))
            section.blocks.append(ContactBlock(self.contact_lines(org.dpo)))
        if org.representative is not None:
            section.blocks.append(Paragraph(self.p("who_we_are.representative_intro")))
            section.blocks.append(ContactBlock(self.contact_lines(org.representative)))
        if org.offices:
            section.blocks.append(Paragraph(self.p("who_we_are.offices_intro")))
            section.blocks.append(
                Bullets(
                    tuple(
                        self.p(
                            "who_we_are.office",
                            name=self.t(office.name) or office.city,
                            country=self.country(office.country_code),
                        )
                        for office in org.offices
                    )
                )
            )
        section.blocks += self._paragraphs(self.p("who_we_are.offices_note"))
        return section

    def controller(self) -> str:
        """Art. 13(1)(a): who the controller is, in one sentence (and where we are a processor)."""
        org = self.organisation
        number = (org.chamber_of_commerce or "").strip()
        sentence = (
            self.p("who_we_are.controller_registered", name=org.legal_name, number=number)
            if number
            else self.p("who_we_are.controller", name=org.legal_name)
        )
        if any(a.role == ActivityRole.PROCESSOR for a in self.activities):
            sentence = " ".join(part for part in (sentence, self.p("who_we_are.controller_processor")) if part)
        return sentence

    def processing(self) -> Section:
        section = Section(self.p("processing.heading"), anchor="processing")
        section.blocks += self._paragraphs(self.p("processing.intro"))
        section.sections = [self.activity(activity) for activity in self.activities]
        return section

    def activity(self, activity: Record) -> Section:
        section = Section(self.t(activity.name), anchor=f"activity-{activity.id}")
        section.blocks += self._paragraphs(self.t(activity.public_explanation))
        section.sections.append(self.purposes(activity))
        data = [self.t(link.wording) or self.t(link.data_category.name) for link in activity.data_category_links]
        if data:
            heading = self.t(activity.data_heading) or self.p("activity.data_heading")
            data_section = Section(heading, [Bullets(tuple(data))])
            data_section.blocks += self._paragraphs(self.sources(activity), self.provision(activity))
            section.sections.append(data_section)
        if activity.automated_decision_making:
            section.blocks.append(
                Paragraph(
                    self.p(
                        "activity.automated",
                        logic=self.t(activity.automated_logic),
                        consequences=self.t(activity.automated_consequences),
                    )
                )
            )
        retention = [self.retention(rule, activity) for rule in activity.retention_rules]
        if any(retention):
            section.sections.append(
                Section(self.p("activity.retention_heading"), [Bullets(tuple(r for r in retention if r))])
            )
        return section

    def purposes(self, activity: Record) -> Section:
        section = Section(self.p("activity.purposes_heading"))
        if activity.role == ActivityRole.PROCESSOR:
            controllers = ", ".join(self.t(r.name) for r in activity.controllers_served) or self.p(
                "activity.processor_clients"
            )
            section.blocks.append(Paragraph(self.p("activity.processor", controllers=controllers)))
        items = []
        for purpose in activity.purposes:
            basis = term("legal_bases", purpose.legal_basis) if purpose.legal_basis else None
            description = self.t(purpose.description)
            if basis is None:
                if activity.role != ActivityRole.PROCESSOR and description:
                    items.append(description)
                continue
            wording = basis.statement.get(self.language) or basis.label_in(self.language)
            interest = self.t(purpose.legitimate_interest)
            if purpose.legal_basis == "legitimate_interests" and interest:
                items.append(
                    self.p(
                        "activity.purpose_legitimate_interest", purpose=description, basis=wording, interest=interest
                    )
                )
            else:
                items.append(self.p("activity.purpose", purpose=description, basis=wording))
            withdrawal = self.t(purpose.consent_withdrawal)
            if purpose.legal_basis == "consent" and withdrawal:
                items.append(self.p("activity.purpose_consent_withdrawal", how=withdrawal))
        if items:
            section.blocks.append(Bullets(tuple(items)))
        return section

    def sources(self, activity: Record) -> str:
        # Art. 14(2)(f): where data do not (only) come from the person, say where from.
        if not activity.sources or list(activity.sources) == ["data_subject"]:
            return self.t(activity.source_details)
        names = [self.p(f"activity.source.{key}") for key in activity.sources]
        listed = self.p("activity.source_list", sources=_join(names, self.language))
        return " ".join(part for part in (listed, self.t(activity.source_details)) if part)

    def provision(self, activity: Record) -> str:
        requirement = activity.provision_requirement
        if requirement in (None, ProvisionRequirement.NOT_APPLICABLE):
            return ""
        return " ".join(
            part
            for part in (self.p(f"activity.provision.{requirement.value}"), self.t(activity.provision_consequence))
            if part
        )

    def retention(self, rule, activity) -> str:
        text = self.retention_rule(rule)
        # Art. 30(1)(f): a rule for some of the activity's data says which ("Invoice details: 7 years …").
        named = [
            self.t(wording) or self.t(name) for wording, name in named_categories(rule, activity, self.data_categories)
        ]
        named = [name for name in named if name]
        if named and text:
            return self.p("activity.retention_categories", categories=_join(named, self.language), rule=text)
        return text

    def retention_rule(self, rule) -> str:
        wording = self.t(rule.wording)
        if wording:
            return wording
        if rule.period_value and rule.period_unit:
            period = self.p(f"period.{rule.period_unit.value}", n=rule.period_value)
            text = self.p("activity.retention_period", period=period, starts_from=self.t(rule.starts_from))
        else:
            text = self.t(rule.criterion)
        condition = self.t(rule.condition)
        return self.p("activity.retention_condition", condition=condition, rule=text) if condition and text else text

    def cookies(self) -> Section:
        section = Section(self.p("cookies.heading"), anchor="cookies")
        section.blocks += self._paragraphs(self.p("cookies.intro"))
        cookies = list(self.session.scalars(select(Cookie).order_by(Cookie.position, Cookie.id)))
        for category in CookieCategory:
            chosen = [c for c in cookies if c.category == category]
            if not chosen:
                continue
            sub = Section(self.p(f"cookies.{category.value}.heading"), anchor=f"cookies-{category.value}")
            sub.blocks += self._paragraphs(self.p(f"cookies.{category.value}"))
            sub.blocks.append(
                Bullets(
                    tuple(
                        self.p(
                            "cookies.cookie",
                            name=self.t(c.name),
                            purpose=self.t(c.purpose),
                            lifetime=self.t(c.lifetime),
                            placed_by=self.t(c.recipient.name) if c.recipient is not None else self.organisation_name(),
                        )
                        for c in chosen
                    )
                )
            )
            consent = any(c.consent_required for c in chosen)
            sub.blocks.append(Paragraph(self.p("cookies.consent_asked" if consent else "cookies.no_consent_needed")))
            section.sections.append(sub)
        return section

    def rights(self) -> Section:
        org = self.organisation
        section = Section(self.p("rights.heading"), anchor="rights")
        months = org.rights_response_months or 1
        term_text = self.p("rights.term.1") if months == 1 else self.p("rights.term.n", n=months)
        section.blocks += self._paragraphs(self.p("rights.intro"))
        # Art. 21(4): the right to object stands apart, under its own heading (below).
        rights = [right for right in RIGHTS if right != "objection"]
        relies_on_consent = any(p.legal_basis == "consent" for a in self.activities for p in a.purposes)
        if relies_on_consent:
            rights.append("withdraw_consent")
        section.blocks.append(
            Entries(tuple(Entry(self.p(f"rights.{right}.title"), self.right(right)) for right in rights))
        )
        section.blocks.append(Paragraph(self.p("rights.exercise", contact=self.contact_address(), term=term_text)))
        section.sections.append(self.objection())
        return section

    def objection(self) -> Section:
        """Art. 21: the right to object, clearly and separately; the absolute right to object to
        direct marketing where a purpose is direct marketing (Art. 21(2)-(3))."""
        section = Section(self.p("rights.objection.title"), anchor="objection")
        section.blocks += self._paragraphs(self.p("rights.objection"))
        marketing = [
            self.t(a.name)
            for a in self.activities
            if a.role != ActivityRole.PROCESSOR and any(p.direct_marketing for p in a.purposes)
        ]
        if marketing:
            section.blocks += self._paragraphs(
                self.p(
                    "rights.objection_direct_marketing",
                    contact=self.contact_address(),
                    activities=_join([f"‘{name}’" for name in marketing], self.language),
                )
            )
        return section

    def right(self, right: str) -> str:
        text = self.p(f"rights.{right}")
        if right == "erasure":
            # Art. 17(3)(b): name the activities whose data a law obliges us to keep.
            kept = [
                self.t(a.name)
                for a in self.activities
                if a.role != ActivityRole.PROCESSOR and any(p.legal_basis == "legal_obligation" for p in a.purposes)
            ]
            if kept:
                limits = self.p(
                    "rights.erasure_limits", activities=_join([f"‘{name}’" for name in kept], self.language)
                )
                text = " ".join(part for part in (text, limits) if part)
        return text

    def sharing(self) -> Section:
        section = Section(self.p("sharing.heading"), anchor="sharing")
        section.blocks += self._paragraphs(self.p("sharing.intro"), self.p("sharing.safeguards"))
        recipients: dict[int, Recipient] = {}
        for activity in self.activities:
            for recipient in activity.recipients:
                if recipient.kind != RecipientKind.INTERNAL:  # our own staff: no third party to name
                    recipients.setdefault(recipient.id, recipient)
        if recipients:
            order = list(RecipientKind)
            listed = sorted(recipients.values(), key=lambda r: (order.index(r.kind), self.t(r.name).casefold()))
            section.blocks.append(Paragraph(self.p("sharing.recipients_intro")))
            section.blocks.append(
                Bullets(
                    tuple(
                        self.p(
                            "sharing.recipient",
                            name=self.t(r.name),
                            kind=enum_label("recipient_kind", r.kind, self.language).lower(),
                        )
                        for r in listed
                    )
                )
            )
        lines = self.transfer_lines()
        if lines:
            section.blocks.append(Paragraph(self.p("sharing.transfers_intro")))
            section.blocks.append(Bullets(tuple(lines)))
            if self.safeguards_to_copy:
                section.blocks += self._paragraphs(self.p("sharing.copy", contact=self.contact_address()))
        return section

    def transfer_lines(self) -> list[str]:
        """One line per transfer outside the EEA: the country, and its adequacy decision or tool."""
        transfers = self.session.scalars(select(Transfer).order_by(Transfer.id)).all()
        lines: list[str] = []
        self.safeguards_to_copy = False
        # A transfer only drafts or retired activities make is not published (one of no activity
        # is: a cookie's, say).
        linked = {i for link in links_to(kinds.TRANSFER) for i in self.session.scalars(select(link.item_column))}
        live = {t.id for a in self.activities for t in a.transfers}
        for transfer in sorted(transfers, key=lambda t: self.country(t.country_code).casefold()):
            code = transfer.country_code or ""
            if not code or in_eea(code) or (transfer.id in linked and transfer.id not in live):
                continue
            country = self.country(code)
            self.safeguards_to_copy = self.safeguards_to_copy or has_safeguards(transfer.tool)
            if transfer.tool == "adequacy" and adequacy_decision(code) is not None:
                line = self.p("sharing.transfer_adequacy", country=country)
            elif transfer.tool and transfer.tool not in ("none", "adequacy"):
                tool = term("transfer_tools", transfer.tool)
                wording = (tool.statement.get(self.language) or tool.label_in(self.language)) if tool else transfer.tool
                line = self.p("sharing.transfer_tool", country=country, tool=wording)
            else:
                line = self.p("sharing.transfer_none", country=country)
            note = self.t(transfer.public_note)
            if note:
                line = self.p("sharing.transfer_own", country=country, note=note)
            if line not in lines:
                lines.append(line)
        # A recipient abroad with no transfer on record receives the data there all the same (Art. 44).
        published = [r for a in self.activities for r in (*a.recipients, *a.joint_controllers)]
        for _recipient, code in abroad_without_transfer(published, transfers):
            line = self.p("sharing.transfer_none", country=self.country(code))
            if line not in lines:
                lines.append(line)
        return lines

    def complaint(self) -> Section:
        section = Section(self.p("complaint.heading"), anchor="complaint")
        section.blocks += self._paragraphs(self.p("complaint.right"), self.p("complaint.intro"))
        authority = supervisory_authority_of(self.organisation)
        if authority is not None:
            country = self.country(authority.country_code or self.organisation.country_code)
            if country:
                section.blocks += self._paragraphs(self.p("complaint.authority_intro", country=country))
            section.blocks.append(
                ContactBlock(self.contact_lines(authority, with_country=False, phone_key="complaint.phone"), own=False)
            )
        return section


# Art. 13(1)(f), 14(1)(f): a copy is offered of Art. 46/47 safeguards and of those of the second
# subparagraph of Art. 49(1) — not of an adequacy decision, a derogation or no tool at all.
COPIED_TOOL_GROUPS = ("art46", "art46_3")
COPIED_DEROGATION = "art49_compelling_legitimate_interests"


def has_safeguards(tool_key: str | None) -> bool:
    """Whether a transfer on ``tool_key`` rests on safeguards the data subject may have a copy of."""
    if not tool_key:
        return False
    tool = term("transfer_tools", tool_key)
    return tool_key == COPIED_DEROGATION or (tool is not None and tool.group in COPIED_TOOL_GROUPS)


def _join(items: list[str], language: str) -> str:
    """ "a, b and c" in the statement's language (CLDR list patterns, via Babel)."""
    return format_list(items, locale=language)
