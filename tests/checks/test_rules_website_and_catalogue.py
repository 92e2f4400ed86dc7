"""Cookies (Telecommunicatiewet art. 11.7a; Art. 13(1)(e), Art. 30(1) GDPR), catalogue entries
no activity uses, and the severities and articles of the transfer and contact rules: each
rule triggered by one change to the clean register, and near misses that stay quiet."""

from __future__ import annotations

from datetime import date

import pytest
from registers import TODAY, add, both, change, ids

from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.rule import RULES
from ropa_desktop.checks.run import check_register
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.register.kinds import ACTIVITY, COOKIE, DATA_SUBJECT, RECIPIENT, TRANSFER

RULES_TESTED = {
    "cookie.no_consent",
    "cookie.third_party_not_recipient",
    "cookie.no_activity",
    "orphan.recipient",
    "orphan.transfer",
    "orphan.data_subject",
    "processor.group_no_agreement",
    "processor.client_no_agreement",
    "processor.client_no_contact",
}


def _found(register, today: date = TODAY) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity.value, f.item_name("en")) for f in check_register(register, today)]


def _website(register) -> None:
    """The clean activity's data subjects become the website's visitors."""
    change(register, DATA_SUBJECT, ids(register)[DATA_SUBJECT], name=both("Websitebezoekers", "Website visitors"))


def _cookie(register, **values) -> int:
    values.setdefault("name", both("_pk_id", "_pk_id"))
    values.setdefault("purpose", both("Statistieken.", "Statistics."))
    return add(register, COOKIE, **values)


def _third_party(register, kind: str = "independent_controller") -> int:
    return add(register, RECIPIENT, name=both("Advertentienetwerk", "Ad network"), kind=kind, country_code="NL")


# --- cookies ----------------------------------------------------------------------------------


def test_a_tracking_cookie_without_consent_is_an_error(clean):
    _website(clean)
    cookie = _cookie(clean, name=both("_fbp", "_fbp"), category="marketing", consent_required=False)
    [finding] = check_register(clean, TODAY)
    assert (finding.rule, finding.severity, finding.kind, finding.item_id, finding.field) == (
        "cookie.no_consent",
        Severity.ERROR,
        COOKIE,
        cookie,
        "consent_required",
    )
    assert "_fbp: deze cookie volgt bezoekers" in finding.message("nl")
    assert "_fbp: this cookie tracks visitors" in finding.message("en")
    assert finding.reference.startswith("Telecommunicatiewet art. 11.7a")


def test_an_analytics_cookie_read_by_a_third_party_for_itself_needs_consent(clean):
    _website(clean)
    party = _third_party(clean)
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], recipients=[ids(clean)[RECIPIENT], party])
    _cookie(clean, party="third_party", recipient_id=party, category="analytics")
    assert _found(clean) == [("cookie.no_consent", "error", "_pk_id")]


@pytest.mark.parametrize(
    "cookie",
    [
        {"category": "analytics"},  # first party, the data stay with us: art. 11.7a(3)(b)
        {"category": "marketing", "consent_required": True},
        {"category": "functional", "party": "third_party", "recipient_id": "processor"},
        {"category": "analytics", "party": "third_party", "recipient_id": "processor"},  # our processor's analytics
    ],
    ids=["first-party analytics", "marketing after consent", "functional", "analytics by our processor"],
)
def test_cookies_that_need_no_consent_or_have_it_are_quiet(clean, cookie):
    _website(clean)
    if cookie.get("recipient_id") == "processor":
        cookie["recipient_id"] = ids(clean)[RECIPIENT]  # the clean activity's own processor
    _cookie(clean, **cookie)
    assert _found(clean) == []


def test_a_third_party_cookie_needs_its_party_among_the_recipients(clean):
    _website(clean)
    party = _third_party(clean)
    cookie = _cookie(clean, party="third_party", recipient_id=party, category="functional")
    [finding] = check_register(clean, TODAY)
    assert (finding.rule, finding.severity, finding.item_id, finding.field) == (
        "cookie.third_party_not_recipient",
        Severity.ERROR,
        cookie,
        "recipient_id",
    )
    assert finding.message("en") == (
        "_pk_id: this cookie is placed or read by a third party, but the processing "
        "activity (or activities) for website visitors (Customer service) do not name "
        "that party as a recipient."
    )
    assert "(Klantenservice) noemen die partij niet als ontvanger" in finding.message("nl")
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], recipients=[ids(clean)[RECIPIENT], party])
    assert _found(clean) == []


def test_a_third_party_cookie_without_any_party_on_record(clean):
    _website(clean)
    _cookie(clean, party="third_party", category="functional")
    [finding] = check_register(clean, TODAY)
    assert finding.rule == "cookie.third_party_not_recipient"
    assert finding.message("nl").endswith("maar er is geen ontvanger vastgelegd.")


def test_cookies_without_an_activity_for_website_visitors(clean):
    _cookie(clean, category="functional")
    [finding] = check_register(clean, TODAY)
    assert (finding.rule, finding.severity, finding.kind, finding.item_id, finding.field) == (
        "cookie.no_activity",
        Severity.ERROR,
        COOKIE,
        None,
        "",
    )
    assert finding.message("en").startswith(
        "The record lists cookies (_pk_id), but no processing activity has website visitors as data subjects"
    )
    _website(clean)
    assert _found(clean) == []


def test_cookies_are_named_in_the_language_of_the_message(clean):
    _cookie(clean, name=both("Sessiecookie", "Session cookie"), category="functional")
    [finding] = check_register(clean, TODAY)
    assert finding.message("nl").startswith("Het register noemt cookies (Sessiecookie),")
    assert finding.message("en").startswith("The record lists cookies (Session cookie),")


def test_a_website_activity_for_a_client_is_not_ours(clean):
    """Cookies on our own website are our processing: a processor's activity does not cover them."""
    _website(clean)
    client = add(clean, RECIPIENT, name=both("Opdrachtgever", "Client"), kind="client_controller")
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], role="processor", controllers_served=[client])
    _cookie(clean, category="functional")
    assert "cookie.no_activity" in [rule for rule, _, _ in _found(clean)]


# --- catalogue entries no activity uses -------------------------------------------------------


def test_a_recipient_no_activity_uses(clean):
    recipient = add(
        clean, RECIPIENT, name=both("Salarisverwerker", "Payroll provider"), kind="processor", dpa_reference="VO-1"
    )
    [finding] = check_register(clean, TODAY)
    assert (finding.rule, finding.severity, finding.kind, finding.item_id) == (
        "orphan.recipient",
        Severity.WARNING,
        RECIPIENT,
        recipient,
    )
    assert finding.message("nl").startswith("Salarisverwerker: deze ontvanger staat in het register, maar geen")


def test_a_transfer_no_activity_uses(clean):
    transfer = add(clean, TRANSFER, country_code="CH", tool="adequacy")
    [finding] = check_register(clean, TODAY)
    assert (finding.rule, finding.severity, finding.kind, finding.item_id) == (
        "orphan.transfer",
        Severity.WARNING,
        TRANSFER,
        transfer,
    )
    assert finding.message("en") == "Transfer to Switzerland: no processing activity uses this transfer."


def test_a_category_of_data_subjects_no_activity_uses(clean):
    category = add(clean, DATA_SUBJECT, name=both("Leveranciers", "Suppliers"))
    [finding] = check_register(clean, TODAY)
    assert (finding.rule, finding.severity, finding.kind, finding.item_id) == (
        "orphan.data_subject",
        Severity.WARNING,
        DATA_SUBJECT,
        category,
    )
    assert finding.message("en") == (
        "Suppliers: this category of data subjects is on record, but no processing activity uses it."
    )


def test_entries_used_other_than_by_an_activitys_own_list_are_no_orphans(clean):
    """A sub-processor of a processor in use, a cookie's party, a retired activity's entries."""
    sub = add(clean, RECIPIENT, name=both("Datacenter", "Data centre"), kind="processor", dpa_reference="VO-2")
    change(clean, RECIPIENT, ids(clean)[RECIPIENT], sub_processors=[sub])
    _website(clean)
    party = _third_party(clean, kind="processor")
    change(clean, RECIPIENT, party, dpa_reference="VO-3")
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], recipients=[ids(clean)[RECIPIENT], party])
    _cookie(clean, party="third_party", recipient_id=party)
    retired_subject = add(clean, DATA_SUBJECT, name=both("Oud-klanten", "Former customers"))
    retired_transfer = add(clean, TRANSFER, country_code="CH", tool="adequacy")
    add(
        clean,
        ACTIVITY,
        name=both("Oud archief", "Old archive"),
        status="retired",
        data_subject_categories=[retired_subject],
        transfers=[retired_transfer],
    )
    assert _found(clean) == []


# --- severities and articles (issue 13, point 20) ---------------------------------------------


def test_severities_and_articles_of_the_transfer_and_contact_rules():
    assert RULES["transfer.art49_regular"].severity is Severity.ERROR
    assert RULES["organisation.no_contact"].severity is Severity.ERROR
    assert RULES["transfer.no_tool"].reference == "Art. 44–49 GDPR"
    assert "Art. 14(2)(b)" in RULES["legitimate_interest.not_described"].reference
    partial = RULES["transfer.partial_adequacy_uncertified"].reference
    assert all(decision in partial for decision in ("2002/2/EC", "(EU) 2019/419", "(EU) 2023/1795"))


@pytest.mark.parametrize("country", ["CA", "JP"])
def test_partial_adequacy_for_canada_and_japan_too(clean, country):
    change(clean, TRANSFER, ids(clean)[TRANSFER], country_code=country, tool="adequacy")
    assert [rule for rule, _, _ in _found(clean)] == ["transfer.partial_adequacy_uncertified"]
    change(clean, RECIPIENT, ids(clean)[RECIPIENT], partial_adequacy_certified=True)
    assert _found(clean) == []  # near miss: the recipient is within the decision's scope


# --- working for clients, and our own staff (issue 13, point 19) -------------------------------

CLIENT_CONTACT = "privacy@opdrachtgever.example"


def _for_a_client(register, **client) -> int:
    """The clean activity becomes processing for a client, with our group office on it."""
    client.setdefault("contact", CLIENT_CONTACT)
    client.setdefault("dpa_reference", "Verwerkersovereenkomst opdrachtgever 2026")
    client_id = add(register, RECIPIENT, name=both("Opdrachtgever", "Client"), kind="client_controller", **client)
    change(register, ACTIVITY, ids(register)[ACTIVITY], role="processor", controllers_served=[client_id])
    return client_id


def _group_office(register, **values) -> int:
    office = add(
        register,
        RECIPIENT,
        name=both("Vestiging Krakau", "Kraków office"),
        kind="group_entity",
        country_code="PL",
        **values,
    )
    change(register, ACTIVITY, ids(register)[ACTIVITY], recipients=[ids(register)[RECIPIENT], office])
    return office


def test_a_group_company_working_for_clients_is_a_sub_processor_needing_an_agreement(clean):
    _for_a_client(clean)
    office = _group_office(clean)
    [finding] = check_register(clean, TODAY)
    assert (finding.rule, finding.severity, finding.item_id, finding.field) == (
        "processor.group_no_agreement",
        Severity.ERROR,
        office,
        "dpa_reference",
    )
    assert finding.message("en") == (
        "Kraków office works on what we process for clients (Customer service) and "
        "is therefore a sub-processor, but no agreement is on record."
    )
    assert finding.reference == "Art. 28(2), Art. 28(4) GDPR"
    change(clean, RECIPIENT, office, dpa_reference="Intra-groepsovereenkomst 2026")
    assert _found(clean) == []


def test_a_group_company_in_our_own_processing_is_not_asked_for_a_sub_processing_agreement(clean):
    _group_office(clean)
    assert _found(clean) == []


@pytest.mark.parametrize("reference", ["", "niet nodig", "Not needed.", "n.v.t."])
def test_a_client_we_process_for_needs_an_agreement(clean, reference):
    client = _for_a_client(clean, dpa_reference=reference)
    [finding] = check_register(clean, TODAY)
    assert (finding.rule, finding.severity, finding.item_id, finding.field) == (
        "processor.client_no_agreement",
        Severity.ERROR,
        client,
        "dpa_reference",
    )
    assert "wij verwerken als verwerker voor deze opdrachtgever (Klantenservice)" in finding.message("nl")


def test_a_client_with_an_agreement_signed_but_no_reference_has_one(clean):
    _for_a_client(clean, dpa_reference="", dpa_signed=date(2026, 3, 1))
    assert _found(clean) == []


def test_the_processors_record_gives_each_clients_contact_details(clean):
    client = _for_a_client(clean, contact="  ")
    [finding] = check_register(clean, TODAY)
    assert (finding.rule, finding.severity, finding.item_id, finding.field) == (
        "processor.client_no_contact",
        Severity.ERROR,
        client,
        "contact",
    )
    assert finding.reference == "Art. 30(2)(a) GDPR"


def test_a_processor_marked_not_needed_has_no_agreement(clean):
    change(clean, RECIPIENT, ids(clean)[RECIPIENT], dpa_reference="niet nodig", dpa_signed=None)
    assert [rule for rule, _, _ in _found(clean)] == ["processor.no_agreement"]


def _statement_text(register, language: str = "nl") -> str:
    return render(build_statement(register, language), "txt").decode("utf-8")


def test_internal_recipients_are_never_published_as_controllers(clean):
    staff = add(clean, RECIPIENT, name=both("Afdeling Klantcontact", "Customer contact department"), kind="internal")
    partner = add(clean, RECIPIENT, name=both("Incassobureau", "Debt collector"), kind="independent_controller")
    change(clean, ACTIVITY, ids(clean)[ACTIVITY], recipients=[ids(clean)[RECIPIENT], staff, partner])
    text = _statement_text(clean)
    assert "Afdeling Klantcontact" not in text
    assert "Incassobureau" in text and "zelfstandige verwerkingsverantwoordelijke" in text  # the near miss
    assert _found(clean) == []  # staff of our own need no agreement and are no transfer
