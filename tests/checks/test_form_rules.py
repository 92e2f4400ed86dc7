"""Form rules: each rule fires where the law is unambiguous, and stays quiet otherwise."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa_desktop.checks import form_rules
from ropa_desktop.checks.form_rules import (
    INTEREST_NOT_DESCRIBED,
    NAME_MISSING,
    PROCESSOR_WITHOUT_CONTROLLER,
    PURPOSE_WITHOUT_BASIS,
    TRANSFER_WITHOUT_COUNTRY,
    TRANSFER_WITHOUT_TOOL,
    Problem,
)
from ropa_desktop.register import kinds, snapshots
from ropa_desktop.register.models import ActivityRole, Purpose, Recipient, Transfer
from ropa_desktop.register.storage import open_register


def _purpose(basis: str = "", interest: dict | None = None) -> dict:
    purpose = snapshots.blank_child(Purpose)
    purpose.update(description={"nl": "Een doel"}, legal_basis=basis)
    if interest is not None:
        purpose["legitimate_interest"] = interest
    return purpose


def _activity(*purposes, role=ActivityRole.CONTROLLER, served=(), name=None) -> dict:
    snap = snapshots.blank(kinds.ACTIVITY)
    snap.update(
        name={"nl": "Activiteit", "en": "Activity"} if name is None else name,
        role=role,
        purposes=list(purposes),
        controllers_served=list(served),
    )
    return snap


def _transfer(country, tool="none") -> dict:
    snap = snapshots.blank(kinds.TRANSFER)
    snap.update(country_code=country, tool=tool)
    return snap


def _codes(kind: str, snap: dict) -> list[str]:
    return [problem.code for problem in form_rules.problems(kind, snap)]


# --- activities ---------------------------------------------------------------------------------


def test_a_complete_controller_activity_has_no_problems():
    snap = _activity(_purpose("contract"), _purpose("legitimate_interests", {"nl": "fraude voorkomen"}))
    assert form_rules.problems(kinds.ACTIVITY, snap) == []


def test_an_activity_without_purposes_has_no_purpose_problems():
    assert form_rules.problems(kinds.ACTIVITY, _activity()) == []


def test_a_purpose_without_basis_is_a_problem_at_its_row():
    snap = _activity(_purpose("contract"), _purpose(""), _purpose("consent"), _purpose(""))
    assert form_rules.problems(kinds.ACTIVITY, snap) == [
        Problem(PURPOSE_WITHOUT_BASIS, "purposes", 1, part="legal_basis"),
        Problem(PURPOSE_WITHOUT_BASIS, "purposes", 3, part="legal_basis"),
    ]


def test_a_purpose_with_basis_none_is_a_problem():
    snap = _activity(_purpose("contract"))
    snap["purposes"][0]["legal_basis"] = None
    assert form_rules.problems(kinds.ACTIVITY, snap) == [
        Problem(PURPOSE_WITHOUT_BASIS, "purposes", 0, part="legal_basis")
    ]


@pytest.mark.parametrize("role", [ActivityRole.PROCESSOR, "processor"])
def test_a_processor_needs_no_basis_of_its_own(role):
    snap = _activity(_purpose(""), role=role, served=[1])
    assert form_rules.problems(kinds.ACTIVITY, snap) == []


def test_a_joint_controller_needs_a_basis():
    snap = _activity(_purpose(""), role=ActivityRole.JOINT_CONTROLLER)
    assert _codes(kinds.ACTIVITY, snap) == [PURPOSE_WITHOUT_BASIS]


@pytest.mark.parametrize("interest", [None, {}, {"nl": "", "en": ""}])
def test_legitimate_interests_without_the_interest_is_a_problem(interest):
    snap = _activity(_purpose("contract"), _purpose("legitimate_interests", interest))
    assert form_rules.problems(kinds.ACTIVITY, snap) == [
        Problem(INTEREST_NOT_DESCRIBED, "purposes", 1, part="legitimate_interest")
    ]


@pytest.mark.parametrize("interest", [{"nl": "netwerk onderhouden"}, {"nl": "", "en": "networking"}])
def test_legitimate_interests_with_the_interest_in_any_language_is_fine(interest):
    assert form_rules.problems(kinds.ACTIVITY, _activity(_purpose("legitimate_interests", interest))) == []


def test_an_interest_is_only_asked_for_legitimate_interests():
    assert form_rules.problems(kinds.ACTIVITY, _activity(_purpose("consent", {}))) == []


def test_a_processor_without_controllers_served_is_a_problem():
    snap = _activity(_purpose(""), role=ActivityRole.PROCESSOR)
    assert form_rules.problems(kinds.ACTIVITY, snap) == [Problem(PROCESSOR_WITHOUT_CONTROLLER, "controllers_served")]


def test_a_controller_needs_no_controllers_served():
    assert PROCESSOR_WITHOUT_CONTROLLER not in _codes(kinds.ACTIVITY, _activity(_purpose("contract")))


@pytest.mark.parametrize("name", [{}, {"nl": "", "en": ""}])
def test_an_activity_without_a_name_is_a_problem(name):
    snap = _activity(_purpose("contract"), name=name)
    assert form_rules.problems(kinds.ACTIVITY, snap) == [Problem(NAME_MISSING, "name")]


def test_a_name_in_one_language_is_enough():
    assert form_rules.problems(kinds.ACTIVITY, _activity(name={"nl": "", "en": "Payroll"})) == []


def test_several_problems_are_all_reported():
    snap = _activity(_purpose("legitimate_interests"), role=ActivityRole.PROCESSOR, name={})
    assert _codes(kinds.ACTIVITY, snap) == [NAME_MISSING, INTEREST_NOT_DESCRIBED, PROCESSOR_WITHOUT_CONTROLLER]


def test_a_blank_activity_only_lacks_a_name():
    assert _codes(kinds.ACTIVITY, snapshots.blank(kinds.ACTIVITY)) == [NAME_MISSING]


# --- transfers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("tool", ["none", "adequacy", "", None])
def test_a_transfer_to_a_country_without_adequacy_needs_a_tool(tool):
    assert form_rules.problems(kinds.TRANSFER, _transfer("BO", tool)) == [Problem(TRANSFER_WITHOUT_TOOL, "tool")]


@pytest.mark.parametrize("tool", ["standard_contractual_clauses", "binding_corporate_rules"])
def test_a_transfer_with_a_tool_is_fine(tool):
    assert form_rules.problems(kinds.TRANSFER, _transfer("BO", tool)) == []


def test_the_country_code_is_read_in_any_case():
    assert _codes(kinds.TRANSFER, _transfer("bo", "none")) == [TRANSFER_WITHOUT_TOOL]
    assert _codes(kinds.TRANSFER, _transfer("ar", "none")) == []


@pytest.mark.parametrize("country", ["DE", "PL", "NL", "NO", "IS", "LI", "GR"])
@pytest.mark.parametrize("tool", ["none", "adequacy"])
def test_a_transfer_within_the_eea_needs_no_tool(country, tool):
    assert form_rules.problems(kinds.TRANSFER, _transfer(country, tool)) == []


@pytest.mark.parametrize("country", ["AR", "CH", "JP", "GB"])
@pytest.mark.parametrize("tool", ["none", "adequacy"])
def test_a_transfer_to_a_country_with_an_adequacy_decision_needs_no_tool(country, tool):
    assert form_rules.problems(kinds.TRANSFER, _transfer(country, tool)) == []


@pytest.mark.parametrize("country", ["", None])
def test_a_transfer_without_country_is_a_problem(country):
    assert form_rules.problems(kinds.TRANSFER, _transfer(country, "standard_contractual_clauses")) == [
        Problem(TRANSFER_WITHOUT_COUNTRY, "country_code")
    ]


def test_a_blank_transfer_lacks_its_country():
    assert _codes(kinds.TRANSFER, snapshots.blank(kinds.TRANSFER)) == [TRANSFER_WITHOUT_COUNTRY]


@pytest.mark.parametrize("kind", [kinds.COOKIE, kinds.RECIPIENT, kinds.DATA_CATEGORY, kinds.ORGANISATION])
def test_other_kinds_have_no_form_rules(kind):
    assert form_rules.problems(kind, snapshots.blank(kind)) == []


# --- the demo register --------------------------------------------------------------------------


@pytest.fixture
def demo(demo_path):
    with open_register(demo_path) as register, register.session() as session:
        yield session


def _all(session, kind: str) -> dict[int, list[Problem]]:
    model = kinds.MODELS[kind]
    return {
        item_id: form_rules.problems(kind, snapshots.read(session, kind, item_id))
        for item_id in session.scalars(select(model.id))
    }


def test_demo_activities_have_no_problems(demo):
    """Its processor activity has no basis of its own but names the controllers it serves;
    its legitimate interests are described (only the LIA references are missing, which no
    form rule checks)."""
    found = _all(demo, kinds.ACTIVITY)
    assert len(found) == 7
    assert found == {item_id: [] for item_id in found}


def test_demo_transfers_to_bolivia_lack_a_tool_and_no_other(demo):
    """The demo leaves the Bolivian transfers on "none" on purpose (see connaxis.toml);
    Argentina and the United States (Data Privacy Framework) have adequacy decisions."""
    found = _all(demo, kinds.TRANSFER)
    recipients = {
        transfer.id: (transfer.country_code, transfer.recipient.name["nl"])
        for transfer in demo.scalars(select(Transfer).join(Recipient, Transfer.recipient))
    }
    flagged = {recipients[item_id]: problems for item_id, problems in found.items() if problems}
    assert flagged == {
        ("BO", "Connaxis, vestiging Cochabamba"): [Problem(TRANSFER_WITHOUT_TOOL, "tool")],
        ("BO", "Connaxis, vestiging Santa Cruz"): [Problem(TRANSFER_WITHOUT_TOOL, "tool")],
    }
    assert sorted(country for country, _ in recipients.values()) == ["AR", "BO", "BO", "US"]


def test_fixing_a_demo_transfer_clears_its_problem(demo):
    item = demo.scalars(select(Transfer.id).where(Transfer.country_code == "BO")).first()
    snap = snapshots.read(demo, kinds.TRANSFER, item)
    assert _codes(kinds.TRANSFER, snap) == [TRANSFER_WITHOUT_TOOL]
    snap["tool"] = "standard_contractual_clauses"
    assert _codes(kinds.TRANSFER, snap) == []


def test_the_demo_processor_activity_would_be_flagged_without_its_controllers(demo):
    processor = next(
        item_id
        for item_id in demo.scalars(select(kinds.MODELS[kinds.ACTIVITY].id))
        if snapshots.read(demo, kinds.ACTIVITY, item_id)["role"] == ActivityRole.PROCESSOR
    )
    snap = snapshots.read(demo, kinds.ACTIVITY, processor)
    assert snap["controllers_served"] and snap["purposes"][0]["legal_basis"] == ""
    snap["controllers_served"] = []
    assert _codes(kinds.ACTIVITY, snap) == [PROCESSOR_WITHOUT_CONTROLLER]
    snap["role"] = ActivityRole.CONTROLLER
    assert _codes(kinds.ACTIVITY, snap) == [PURPOSE_WITHOUT_BASIS]
