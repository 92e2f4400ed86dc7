"""Every entity survives a round trip through the database, in every language."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, select

from ropa_desktop.register.models import (
    ActivityRole,
    ActivityStatus,
    Contact,
    Cookie,
    CookieCategory,
    CookieParty,
    DataCategory,
    DataCategoryKind,
    DataSubjectCategory,
    DpiaStatus,
    MeasureKind,
    Office,
    Organisation,
    PeriodUnit,
    ProcessingActivity,
    ProvisionRequirement,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    SecurityMeasure,
    StatementText,
    Transfer,
    text_in,
)
from ropa_desktop.register.storage import create_register, open_register


def both(nl: str, en: str) -> dict[str, str]:
    return {"nl": nl, "en": en}


def _columns(obj) -> dict:
    return {c.key: getattr(obj, c.key) for c in inspect(obj).mapper.column_attrs}


def build(session, organisation: Organisation) -> None:
    organisation.trade_name = "Zorgvuldig"
    organisation.description = both("Wij zijn een zorginstelling.", "We are a care provider.")
    organisation.statement_date = date(2026, 3, 1)
    organisation.rights_response_months = 1
    organisation.privacy_contact = Contact(name="Privacy desk", email="privacy@example.nl", country_code="NL")
    organisation.dpo = Contact(name="Jan de Vries", attention="FG", phone="+31 20 000 00 00")
    organisation.representative = Contact(name="EU Rep Ltd", country_code="IE")
    organisation.supervisory_authority = Contact(name="Autoriteit Persoonsgegevens", city="Den Haag")

    google = Recipient(
        name=both("Google", "Google"),
        kind=RecipientKind.PROCESSOR,
        country_code="US",
        dpa_reference="DPA-7",
        dpa_signed=date(2023, 1, 2),
        dpa_end=date(2027, 1, 2),
        partial_adequacy_certified=True,
        contact="privacy@google.example",
    )
    sub = Recipient(name=both("Sub", "Sub"), kind=RecipientKind.PROCESSOR, country_code="IE")
    google.sub_processors = [sub]
    branch = Recipient(
        name=both("Vestiging Kraków", "Kraków office"), kind=RecipientKind.GROUP_ENTITY, country_code="PL"
    )
    client = Recipient(name=both("Opdrachtgevers", "Clients"), kind=RecipientKind.CLIENT_CONTROLLER)
    partner = Recipient(name=both("Partner", "Partner"), kind=RecipientKind.JOINT_CONTROLLER)
    organisation.offices.append(
        Office(name=both("Krakau", "Kraków"), city="Kraków", country_code="PL", headquarters=True, group_entity=branch)
    )
    health = DataCategory(
        name=both("Gezondheid", "Health"),
        description=both("Medisch", "Medical"),
        kind=DataCategoryKind.SPECIAL,
        special_category="health",
    )
    bsn = DataCategory(name=both("BSN", "Citizen service number"), kind=DataCategoryKind.NATIONAL_ID)
    patients = DataSubjectCategory(name=both("Patiënten", "Patients"), vulnerable=True)
    encryption = SecurityMeasure(name=both("Versleuteling", "Encryption"), kind=MeasureKind.TECHNICAL)
    transfer = Transfer(
        country_code="US",
        recipient=google,
        tool="standard_contractual_clauses",
        tool_reference="SCC module 2",
        tia_date=date(2024, 5, 6),
        public_note=both("Kopie op verzoek", "Copy on request"),
        notes="TIA in DMS",
    )
    activity = ProcessingActivity(
        name=both("Zorgverlening", "Care"),
        public_explanation=both("Wij verlenen zorg.", "We provide care."),
        internal_description="EPD",
        role=ActivityRole.JOINT_CONTROLLER,
        data_heading=both("Welke gegevens?", "Which data?"),
        sources=["data_subject", "third_party"],
        source_details=both("huisarts", "GP"),
        criminal_data_authorisation="",
        national_id_legal_basis="Wet aanvullende bepalingen verwerking persoonsgegevens in de zorg",
        automated_decision_making=True,
        automated_logic=both("triage-score", "triage score"),
        automated_consequences=both("wachttijd", "waiting time"),
        provision_requirement=ProvisionRequirement.STATUTORY,
        provision_consequence=both("geen zorg", "no care"),
        dpia_screening={"wp248.sensitive_data": True, "ap.health_data": True, "wp248.large_scale": False},
        dpia_status=DpiaStatus.DONE,
        dpia_date=date(2025, 6, 1),
        dpia_reference="DPIA-2025-01",
        owner="Medisch directeur",
        department="Zorg",
        systems="EPD (NL)",
        internal_notes="Nooit publiceren",
        status=ActivityStatus.DRAFT,
        in_statement=False,
        position=3,
    )
    activity.purposes = [
        Purpose(
            description=both("Behandeling", "Treatment"),
            legal_basis="legal_obligation",
            special_category_condition="health_care",
        ),
        Purpose(
            description=both("Verbetering", "Improvement"),
            legal_basis="legitimate_interests",
            legitimate_interest=both("kwaliteit", "quality"),
            lia_reference="LIA-3",
        ),
        Purpose(
            description=both("Nieuwsbrief", "Newsletter"),
            legal_basis="consent",
            consent_withdrawal=both("via de afmeldlink", "via the unsubscribe link"),
        ),
    ]
    activity.data_categories.append(health)
    activity.data_categories.append(bsn)
    activity.data_category_links[1].wording = both("Uw BSN", "Your citizen service number")
    activity.data_subject_categories = [patients]
    activity.recipients = [google, branch]
    activity.joint_controllers = [partner]
    activity.controllers_served = [client]
    activity.transfers = [transfer]
    activity.security_measures = [encryption]
    activity.retention_rules = [
        RetentionRule(
            period_value=20,
            period_unit=PeriodUnit.YEARS,
            starts_from=both("na de laatste behandeling", "after the last treatment"),
            condition=both("", ""),
            wording=both("20 jaar", "20 years"),
        ),
        RetentionRule(
            criterion=both("zolang de zaak loopt", "while the case runs"),
            condition=both("bij een klacht", "in case of a complaint"),
            wording=both("Tot de klacht is afgehandeld", "Until the complaint is settled"),
        ),
    ]
    session.add(activity)
    session.add(
        Cookie(
            name=both("Statistiekcookie", "Statistics cookie"),
            party=CookieParty.THIRD_PARTY,
            recipient=google,
            category=CookieCategory.ANALYTICS,
            purpose=both("Statistiek", "Statistics"),
            lifetime=both("2 jaar", "2 years"),
            consent_required=True,
            position=0,
        )
    )
    session.add(StatementText(key="cookies.intro", text=both("Wij gebruiken cookies.", "We use cookies.")))


def test_every_entity_round_trips(tmp_path):
    path = tmp_path / "care.ropa"
    create_register(path, "Zorgvuldig B.V.", fill=build).close()

    with open_register(path) as register, register.session() as session:
        org = register.organisation(session)
        assert org.description == both("Wij zijn een zorginstelling.", "We are a care provider.")
        assert org.statement_date == date(2026, 3, 1)
        assert org.dpo.name == "Jan de Vries" and org.dpo.attention == "FG"
        assert org.representative.country_code == "IE"
        assert org.privacy_contact.email == "privacy@example.nl"
        assert org.supervisory_authority.city == "Den Haag"
        office = org.offices[0]
        assert (office.name, office.country_code, office.headquarters) == (both("Krakau", "Kraków"), "PL", True)
        assert office.group_entity.kind is RecipientKind.GROUP_ENTITY

        activity = session.scalars(select(ProcessingActivity)).one()
        cols = _columns(activity)
        assert cols["role"] is ActivityRole.JOINT_CONTROLLER
        assert cols["status"] is ActivityStatus.DRAFT
        assert cols["provision_requirement"] is ProvisionRequirement.STATUTORY
        assert cols["dpia_status"] is DpiaStatus.DONE
        assert cols["dpia_screening"] == {
            "wp248.sensitive_data": True,
            "ap.health_data": True,
            "wp248.large_scale": False,
        }
        assert cols["sources"] == ["data_subject", "third_party"]
        assert cols["automated_logic"] == both("triage-score", "triage score")
        assert cols["in_statement"] is False and cols["position"] == 3
        assert cols["internal_notes"] == "Nooit publiceren"
        assert cols["created_at"] <= cols["updated_at"]

        assert [p.description["en"] for p in activity.purposes] == ["Treatment", "Improvement", "Newsletter"]
        assert [p.position for p in activity.purposes] == [0, 1, 2]
        assert activity.purposes[0].special_category_condition == "health_care"
        assert activity.purposes[1].legitimate_interest == both("kwaliteit", "quality")
        assert activity.purposes[2].consent_withdrawal["nl"] == "via de afmeldlink"

        assert [c.name["nl"] for c in activity.data_categories] == ["Gezondheid", "BSN"]
        assert activity.data_categories[0].kind is DataCategoryKind.SPECIAL
        assert activity.data_category_links[1].wording == both("Uw BSN", "Your citizen service number")
        assert activity.data_subject_categories[0].vulnerable is True
        assert {r.name["en"] for r in activity.recipients} == {"Google", "Kraków office"}
        assert activity.joint_controllers[0].kind is RecipientKind.JOINT_CONTROLLER
        assert activity.controllers_served[0].kind is RecipientKind.CLIENT_CONTROLLER
        google = activity.transfers[0].recipient
        assert google.partial_adequacy_certified and google.dpa_end == date(2027, 1, 2)
        assert [s.name["en"] for s in google.sub_processors] == ["Sub"]
        transfer = activity.transfers[0]
        assert (transfer.tool, transfer.tia_date) == ("standard_contractual_clauses", date(2024, 5, 6))
        assert transfer.public_note["en"] == "Copy on request"
        assert activity.security_measures[0].kind is MeasureKind.TECHNICAL
        first, second = activity.retention_rules
        assert (first.period_value, first.period_unit) == (20, PeriodUnit.YEARS)
        assert first.starts_from["en"] == "after the last treatment"
        assert second.period_value is None and second.criterion["nl"] == "zolang de zaak loopt"

        cookie = session.scalars(select(Cookie)).one()
        assert (cookie.party, cookie.category, cookie.recipient.name["en"]) == (
            CookieParty.THIRD_PARTY,
            CookieCategory.ANALYTICS,
            "Google",
        )
        assert cookie.lifetime == both("2 jaar", "2 years") and cookie.consent_required
        assert cookie.name == both("Statistiekcookie", "Statistics cookie")
        assert session.scalars(select(StatementText)).one().text["en"] == "We use cookies."


def test_in_place_edits_of_texts_are_saved(tmp_path):
    path = tmp_path / "x.ropa"
    create_register(path, "Acme", fill=build).close()
    with open_register(path) as register:
        with register.transaction() as session:
            activity = session.scalars(select(ProcessingActivity)).one()
            activity.name["en"] = "Healthcare"
            activity.sources.append("public_source")
            activity.dpia_screening["wp248.large_scale"] = True
            activity.purposes.insert(0, Purpose(description=both("Eerst", "First"), legal_basis="contract"))
        with register.session() as session:
            activity = session.scalars(select(ProcessingActivity)).one()
            assert activity.name == both("Zorgverlening", "Healthcare")
            assert activity.sources[-1] == "public_source"
            assert activity.dpia_screening["wp248.large_scale"] is True
            assert [(p.position, p.description["en"]) for p in activity.purposes][:2] == [
                (0, "First"),
                (1, "Treatment"),
            ]


def test_text_in_falls_back_sensibly():
    assert text_in({"nl": "Hallo", "en": "Hello"}, "en") == "Hello"
    assert text_in({"nl": "Hallo", "en": ""}, "en", fallback="nl") == "Hallo"
    assert text_in({"nl": "Hallo"}, "fr") == "Hallo"
    assert text_in({}, "nl") == ""
