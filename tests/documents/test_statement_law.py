"""What the statement publishes holds up in law (issue 13): only live activities, the data
subject's own duty to provide data, the controller named, copies of safeguards only where
there are safeguards, and the rights as the GDPR states them. Each rule: a case that triggers
it and a near miss that does not, in Dutch and English."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.statement.completeness import check_statement
from ropa_desktop.register import kinds, operations, rows
from ropa_desktop.register.models import ActivityStatus, ProcessingActivity
from ropa_desktop.register.storage import open_register


def text_of(register, language: str) -> str:
    return render(build_statement(register, language), "txt").decode()


def activity_id(register, name: str) -> int:
    with register.session() as session:
        return next(a.id for a in session.scalars(select(ProcessingActivity)) if name in a.name.values())


def edit(register, kind: str, item_id: int, **values) -> None:
    snap = operations.read(register, kind, item_id)
    snap.update(values)
    operations.save(register, kind, item_id, snap)


# --- 1. Only what is live ---------------------------------------------------------------------
@pytest.fixture
def new_activity(demo_register) -> int:
    """A copy of the applications activity, as a new activity starts: a draft, in the statement."""
    source = activity_id(demo_register, "Sollicitaties")
    new_id, _ = operations.duplicate(demo_register, source, {"nl": "Nieuwe werving", "en": "New recruitment"})
    operations.set_status(demo_register, {new_id: ActivityStatus.DRAFT})
    return new_id


@pytest.mark.parametrize("status", [ActivityStatus.DRAFT, ActivityStatus.RETIRED])
def test_a_draft_or_retired_activity_is_not_published(demo_register, new_activity, status):
    operations.set_status(demo_register, {new_activity: status})
    assert "Nieuwe werving" not in text_of(demo_register, "nl")
    assert "New recruitment" not in text_of(demo_register, "en")
    # The Art. 13/14 check reads the same activities: a draft without a basis misses nothing.
    edit(demo_register, kinds.ACTIVITY, new_activity, purposes=[])
    purposes = next(item for item in check_statement(demo_register, "en") if item.key == "13.1.c")
    assert purposes.subjects == ()


def test_an_active_activity_marked_for_the_statement_is_published(demo_register, new_activity):
    operations.set_status(demo_register, {new_activity: ActivityStatus.ACTIVE})
    assert "Nieuwe werving" in text_of(demo_register, "nl")
    assert "New recruitment" in text_of(demo_register, "en")
    edit(demo_register, kinds.ACTIVITY, new_activity, purposes=[])
    purposes = next(item for item in check_statement(demo_register, "en") if item.key == "13.1.c")
    assert purposes.subjects == ("New recruitment",)
    # Active but not marked for the statement: not published either.
    edit(demo_register, kinds.ACTIVITY, new_activity, in_statement=False)
    assert "Nieuwe werving" not in text_of(demo_register, "nl")


# --- 2. Art. 13(2)(e) is the data subject's duty ----------------------------------------------
def test_our_own_legal_obligation_is_not_told_as_the_clients_duty(demo_register):
    nl, en = text_of(demo_register, "nl"), text_of(demo_register, "en")
    for text in (nl, en):
        assert "wettelijk verplicht deze gegevens te verstrekken" not in text
        assert "required by law to provide" not in text
        assert "verplicht u zelf" not in text and "requires you yourself" not in text
    # The legal obligation stays the basis of "Wettelijke plichten"; the client's part is the contract.
    section = nl.split("Wettelijke plichten", 1)[1].split("Activiteiten als (sub)verwerker", 1)[0]
    assert "Grondslag: een wettelijke verplichting die op ons rust." in section
    assert "Het verstrekken van deze gegevens is noodzakelijk om een overeenkomst met ons te sluiten." in section


def test_a_duty_of_the_data_subject_by_law_is_told_as_theirs(demo_register):
    edit(demo_register, kinds.ACTIVITY, activity_id(demo_register, "Sollicitaties"), provision_requirement="statutory")
    assert "Een wettelijk voorschrift verplicht u zelf deze gegevens aan ons te verstrekken." in text_of(
        demo_register, "nl"
    )
    assert "A statutory provision requires you yourself to provide these data to us." in text_of(demo_register, "en")


# --- 3. Publishing asks first -------------------------------------------------------------------
def test_writing_the_statement_with_errors_is_refused_and_names_them(demo_path, tmp_path, ropa):
    target = tmp_path / "verklaring.html"
    code, out, err = ropa("statement", str(demo_path), "--lang", "en", "-o", str(target))
    assert (code, out) == (1, "") and not target.exists() and list(tmp_path.iterdir()) == []
    first, *errors = err.splitlines()
    # The same errors as `ropa check` finds, each with its article.
    code_check, report, _ = ropa("check", str(demo_path), "--lang", "en", "--severity", "error", "--format", "json")
    expected = [f"  {f['message']} [{f['reference']}]" for f in json.loads(report)["findings"]]
    assert code_check == 1 and errors == expected
    assert first == (
        f"ropa: {target} not written: the checks find {len(expected)} error(s) in the register; "
        "fix them, or add --force to publish anyway:"
    )
    assert sum("Bolivia" in line for line in errors) >= 2
    code, out, err = ropa("statement", str(demo_path), "--lang", "nl", "-o", str(target))
    assert code == 1 and "Bolivia heeft geen adequaatheidsbesluit" in err
    # Each error with its article in the statement's citation style: Dutch here, English above.
    assert "[art. 44–49 AVG]" in err and "GDPR" not in err and "[Art. 44–49 GDPR]" in "\n".join(errors)


def test_force_publishes_anyway_and_a_preview_is_never_stopped(demo_path, tmp_path, ropa):
    target = tmp_path / "verklaring.html"
    code, _, err = ropa("statement", str(demo_path), "-o", str(target), "--force")
    assert code == 0 and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, out, err = ropa("statement", str(demo_path), "--format", "txt")
    assert code == 0 and err == "" and out.startswith("PRIVACYBELEID")


def test_a_register_with_warnings_but_no_errors_is_written(demo_path, tmp_path, ropa, monkeypatch):
    from ropa_desktop.checks.findings import Severity
    from ropa_desktop.checks.run import RulesRun
    from ropa_desktop.documents.statement import publishing

    real = publishing.check
    # The demo's findings as they would be with every error fixed: warnings and notes remain.
    monkeypatch.setattr(
        publishing,
        "check",
        lambda register, today=None: RulesRun(
            [f for f in real(register, today).findings if f.severity is not Severity.ERROR]
        ),
    )
    with open_register(demo_path) as register:
        assert any(f.severity is Severity.WARNING for f in publishing.check(register).findings)
    target = tmp_path / "verklaring.pdf"
    code, _, err = ropa("statement", str(demo_path), "--format", "pdf", "-o", str(target))
    assert code == 0 and target.read_bytes().startswith(b"%PDF"), err


def test_a_fixed_error_is_no_longer_named(demo_register, tmp_path, ropa):
    with demo_register.session() as session:
        bolivian = [row.id for row in rows.rows(session, kinds.TRANSFER) if row.values["country_code"] == "BO"]
    for transfer_id in bolivian:
        edit(demo_register, kinds.TRANSFER, transfer_id, tool="standard_contractual_clauses")
    code, _, err = ropa("statement", str(demo_register.location), "-o", str(tmp_path / "v.html"))
    assert "Bolivia" not in err
    assert code == (1 if err else 0)


# --- 7. Who the controller is (Art. 13(1)(a)) ---------------------------------------------------
def test_the_controller_is_named_with_its_chamber_of_commerce_number(demo_register):
    edit(demo_register, kinds.ORGANISATION, operations.organisation_id(demo_register), chamber_of_commerce="12345678")
    assert (
        "Connaxis B.V., ingeschreven bij de Kamer van Koophandel onder nummer 12345678, is de "
        "verwerkingsverantwoordelijke in de zin van de AVG"
    ) in text_of(demo_register, "nl")
    assert (
        "Connaxis B.V., registered with the Chamber of Commerce under number 12345678, is the controller "
        "within the meaning of the GDPR"
    ) in text_of(demo_register, "en")


def test_without_a_number_the_controller_is_named_without_one(demo_register):
    nl, en = text_of(demo_register, "nl"), text_of(demo_register, "en")
    assert "Connaxis B.V. is de verwerkingsverantwoordelijke in de zin van de AVG" in nl
    assert "Connaxis B.V. is the controller within the meaning of the GDPR" in en
    assert "Kamer van Koophandel" not in nl and "Chamber of Commerce" not in en
    # The demo also acts as a processor for clients: the sentence says so, pointing to that activity.
    assert "Waar wij in opdracht van anderen als verwerker optreden" in nl


def test_a_controller_only_register_does_not_mention_processing_for_others(demo_register):
    edit(
        demo_register, kinds.ACTIVITY, activity_id(demo_register, "Activiteiten als (sub)verwerker"), in_statement=False
    )
    nl = text_of(demo_register, "nl")
    assert "Connaxis B.V. is de verwerkingsverantwoordelijke" in nl
    assert "als verwerker optreden" not in nl


# --- 4. A copy of the safeguards only where there are safeguards --------------------------------
def set_bolivian_tool(register, tool: str) -> None:
    with register.session() as session:
        bolivian = [row.id for row in rows.rows(session, kinds.TRANSFER) if row.values["country_code"] == "BO"]
    for transfer_id in bolivian:
        edit(register, kinds.TRANSFER, transfer_id, tool=tool)


COPY = {
    "nl": "Een kopie van de waarborgen voor doorgifte kunt u opvragen via privacy@connaxis.com.",
    "en": "You can obtain a copy of the safeguards for transfers via privacy@connaxis.com.",
}


@pytest.mark.parametrize(
    "tool",
    [
        "standard_contractual_clauses",
        "binding_corporate_rules",
        "ad_hoc_clauses",
        "art49_compelling_legitimate_interests",
    ],
)
def test_a_copy_is_offered_of_art_46_47_safeguards_and_of_compelling_interests(demo_register, tool):
    set_bolivian_tool(demo_register, tool)
    for language in ("nl", "en"):
        assert COPY[language] in text_of(demo_register, language)


@pytest.mark.parametrize("tool", ["none", "adequacy", "art49_explicit_consent", "art49_contract_with_subject"])
def test_no_copy_for_adequacy_a_derogation_or_no_tool(demo_register, tool):
    # The demo: Argentina and the United States on adequacy decisions, Bolivia as the tool says.
    set_bolivian_tool(demo_register, tool)
    for language in ("nl", "en"):
        text = text_of(demo_register, language)
        assert "Bolivia" in text and COPY[language] not in text


# --- 6. The rights as the law states them ---------------------------------------------------------
def rights_of(register, language: str) -> dict[str, str]:
    statement = build_statement(register, language)
    section = next(s for s in statement.sections if s.anchor == "rights")
    entries = next(b for b in section.blocks if hasattr(b, "items") and b.items and hasattr(b.items[0], "title"))
    return {entry.title: entry.text for entry in entries.items}


def test_erasure_names_its_limits_and_the_activities_the_law_makes_us_keep(demo_register):
    nl, en = rights_of(demo_register, "nl"), rights_of(demo_register, "en")
    assert "(art. 17 lid 3 AVG)" in nl["Het recht op gegevenswissing (‘recht op vergetelheid’)"]
    assert (
        "bij ‘Wettelijke plichten’ en ‘Administratie’: die bewaren wij zo lang als de wet voorschrijft"
        in nl["Het recht op gegevenswissing (‘recht op vergetelheid’)"]
    )
    assert "under ‘Legal obligations’ and ‘Financial administration’" in en["The right to erasure"]
    assert "(Art. 17(3) GDPR)" in en["The right to erasure"]


def test_without_a_legal_obligation_no_activity_is_named_under_erasure(demo_register):
    for name in ("Wettelijke plichten", "Administratie"):
        item_id = activity_id(demo_register, name)
        snap = operations.read(demo_register, kinds.ACTIVITY, item_id)
        purposes = [dict(p, legal_basis="contract") for p in snap["purposes"]]
        edit(demo_register, kinds.ACTIVITY, item_id, purposes=purposes)
    erasure = rights_of(demo_register, "nl")["Het recht op gegevenswissing (‘recht op vergetelheid’)"]
    assert "(art. 17 lid 3 AVG)" in erasure and "Dat geldt onder meer" not in erasure


def test_restriction_portability_and_objection_state_their_conditions(demo_register):
    nl, en = rights_of(demo_register, "nl"), rights_of(demo_register, "en")
    assert "zolang wij nagaan of uw gegevens juist zijn" in nl["Het recht op beperking van de verwerking"]
    assert "(Art. 18(1) GDPR)" in en["The right to restriction of processing"]
    assert (
        "op grond van uw toestemming of een overeenkomst met u geautomatiseerd verwerken"
        in nl["Het recht op overdraagbaarheid van gegevens"]
    )
    assert "by automated means on the basis of your consent or a contract" in en["The right to data portability"]


def test_the_complaint_is_a_right_with_the_readers_own_member_state(demo_register):
    nl, en = text_of(demo_register, "nl"), text_of(demo_register, "en")
    assert (
        "U heeft het recht een klacht in te dienen bij een toezichthoudende autoriteit, in het bijzonder in "
        "de lidstaat waar u woont, waar u werkt of waar de vermeende inbreuk heeft plaatsgevonden (art. 77 AVG)."
    ) in nl
    assert (
        "You have the right to lodge a complaint with a supervisory authority, in particular in the Member State" in en
    )
    assert "Toezichthoudende autoriteit (Nederland):" in nl and "Supervisory authority (Netherlands):" in en


def test_telephone_numbers_are_international_in_english_and_national_in_dutch(demo_register):
    nl, en = text_of(demo_register, "nl"), text_of(demo_register, "en")
    assert "Telephone +31 88 1805 250" in en and "088" not in en.split("Lodging a complaint")[1]
    assert "Telefoonnummer 088 - 1805 250" in nl
    assert "Phone: +31 20 777 39 62" in en  # already international: as written


@pytest.mark.parametrize(
    "phone, country, expected",
    [
        ("088 - 1805 250", "NL", "+31 88 1805 250"),
        ("030-123 45 67", "NL", "+31 30 123 45 67"),
        ("06 1234 5678", "IT", "+39 06 1234 5678"),  # Italy keeps its 0
        ("+32 2 274 48 00", "BE", "+32 2 274 48 00"),
        ("0031 88 1805 250", "NL", "0031 88 1805 250"),
        ("0800 123", "", "0800 123"),  # no country: as written
    ],
)
def test_international_form(phone, country, expected):
    from ropa_desktop.documents.statement.phone import international

    assert international(phone, country) == expected


# --- 5. Art. 21 clearly and separately ----------------------------------------------------------
def objection_of(register, language: str) -> tuple[list[str], str]:
    """The rights listed together, and the text under the right to object's own heading."""
    statement = build_statement(register, language)
    rights = next(s for s in statement.sections if s.anchor == "rights")
    listed = [
        entry.title
        for block in rights.blocks
        if hasattr(block, "items") and block.items and hasattr(block.items[0], "title")
        for entry in block.items
    ]
    own = next(s for s in rights.sections if s.anchor == "objection")
    return listed, own.heading + "\n" + "\n".join(block.text for block in own.blocks)


def test_the_right_to_object_has_its_own_heading_with_the_compelling_grounds_test(demo_register):
    listed, objection = objection_of(demo_register, "en")
    assert "The right to object" not in listed and objection.startswith("The right to object\n")
    assert "Art. 6(1)(f) or (e) GDPR" in objection
    assert "unless we demonstrate compelling legitimate grounds which override your interests" in objection
    assert "We will then no longer use your data" not in objection
    listed, objection = objection_of(demo_register, "nl")
    assert "Het recht van bezwaar" not in listed and "dwingende gerechtvaardigde gronden" in objection
    assert "art. 6 lid 1 onder f of e AVG" in objection


def test_direct_marketing_brings_the_absolute_right_to_object(demo_register):
    _, nl = objection_of(demo_register, "nl")
    _, en = objection_of(demo_register, "en")
    assert (
        "Gebruiken wij uw gegevens voor direct marketing, zoals bij ‘Business to business contact’, dan kunt u "
        "daartegen altijd en zonder opgaaf van redenen bezwaar maken"
    ) in nl
    assert "(art. 21 lid 2 en 3 AVG)" in nl
    assert "you can object to this at any time and without giving reasons" in en
    assert "under ‘Business-to-business contact’" in en


def test_without_a_direct_marketing_purpose_only_the_general_right_to_object(demo_register):
    item_id = activity_id(demo_register, "Business to business contact")
    snap = operations.read(demo_register, kinds.ACTIVITY, item_id)
    edit(demo_register, kinds.ACTIVITY, item_id, purposes=[dict(p, direct_marketing=False) for p in snap["purposes"]])
    _, nl = objection_of(demo_register, "nl")
    _, en = objection_of(demo_register, "en")
    assert "dwingende gerechtvaardigde gronden" in nl and "direct marketing" not in nl
    assert "compelling legitimate grounds" in en and "direct marketing" not in en


def test_the_direct_marketing_flag_is_stored_and_read_back(demo_register):
    from ropa_desktop.register.models import Purpose

    with demo_register.session() as session:
        marked = [p.description["nl"] for p in session.scalars(select(Purpose)) if p.direct_marketing]
    assert marked == [
        "Onderhouden van ons zakelijk netwerk en contacteren van (mogelijke) relaties, waaronder "
        "het aanbieden van onze diensten."
    ]


def test_a_transfer_only_a_draft_makes_is_not_published(demo_register, new_activity):
    # Only the draft goes to Bolivia: every live activity stops using the Bolivian offices.
    # (A transfer of no activity at all, such as a cookie's, is still published.)
    with demo_register.session() as session:
        bolivian = {row.id for row in rows.rows(session, kinds.TRANSFER) if row.values["country_code"] == "BO"}
    with demo_register.session() as session:
        live = [a.id for a in session.scalars(select(ProcessingActivity)) if a.id != new_activity]
    for item_id in live:
        snap = operations.read(demo_register, kinds.ACTIVITY, item_id)
        edit(demo_register, kinds.ACTIVITY, item_id, transfers=[t for t in snap["transfers"] if t not in bolivian])
    edit(demo_register, kinds.ACTIVITY, new_activity, transfers=sorted(bolivian))
    assert "Bolivia:" not in text_of(demo_register, "nl")
    operations.set_status(demo_register, {new_activity: ActivityStatus.ACTIVE})
    assert "Bolivia: voor dit land bestaat geen adequaatheidsbesluit" in text_of(demo_register, "nl")


def test_a_rule_that_could_not_be_checked_stops_publishing_as_an_error_does(demo_path, tmp_path, ropa, monkeypatch):
    from ropa_desktop.checks.findings import Severity
    from ropa_desktop.checks.run import RulesRun
    from ropa_desktop.documents.statement import publishing

    real = publishing.check
    # Every error fixed, but one rule raised instead of checking: nobody knows what it would find.
    monkeypatch.setattr(
        publishing,
        "check",
        lambda register, today=None: RulesRun(
            [f for f in real(register, today).findings if f.severity is not Severity.ERROR],
            {"transfer.no_tool": "KeyError: 'tool'"},
        ),
    )
    target = tmp_path / "verklaring.html"
    code, _, err = ropa("statement", str(demo_path), "-o", str(target), "--lang", "en")
    assert code == 1 and not target.exists()
    assert "transfer.no_tool" in err and "could not be checked (KeyError)" in err
    # Near miss: with --force it is published, as with any error.
    code, _, err = ropa("statement", str(demo_path), "-o", str(target), "--lang", "en", "--force")
    assert code == 0 and target.exists()
