"""The editor marks a text the register would refuse, in the field (and row) that holds it."""

from __future__ import annotations

from ropa_desktop.checks import form_rules
from ropa_desktop.checks.form_rules import TEXT_REFUSED_CHARACTER, TEXT_TOO_LONG, Problem
from ropa_desktop.register import kinds, snapshots
from ropa_desktop.register.models import Purpose
from ropa_desktop.register.texts import MAX_NAME_LENGTH, MAX_TEXT_LENGTH


def _activity(**values) -> dict:
    snap = snapshots.blank(kinds.ACTIVITY)
    snap.update({"name": {"en": "Payroll"}, **values})
    return snap


def _purpose(description: str) -> dict:
    return {**snapshots.blank_child(Purpose), "description": {"nl": description}, "legal_basis": "contract"}


def test_too_long_texts_are_marked_with_their_limit():
    snap = _activity(
        name={"en": "n" * (MAX_NAME_LENGTH + 1)},
        owner="o" * 201,
        public_explanation={"nl": "t" * (MAX_TEXT_LENGTH + 1)},
    )
    assert form_rules.problems(kinds.ACTIVITY, snap) == [
        Problem(TEXT_TOO_LONG, "name", None, "300"),
        Problem(TEXT_TOO_LONG, "public_explanation", None, "16000"),
        Problem(TEXT_TOO_LONG, "owner", None, "200"),
    ]


def test_the_longest_accepted_texts_are_not_marked():
    snap = _activity(
        name={"en": "n" * MAX_NAME_LENGTH},
        owner="o" * 200,
        public_explanation={"nl": "t" * MAX_TEXT_LENGTH},
        purposes=[_purpose("tab\tand\nline")],
    )
    assert form_rules.problems(kinds.ACTIVITY, snap) == []


def test_a_refused_character_is_marked_in_its_row():
    snap = _activity(
        purposes=[_purpose("fine"), _purpose("bell\x07")], data_categories=[{"id": 1, "wording": {"en": "x\ufffe"}}]
    )
    assert form_rules.problems(kinds.ACTIVITY, snap) == [
        Problem(TEXT_REFUSED_CHARACTER, "purposes", 1, "U+0007", "description"),
        Problem(TEXT_REFUSED_CHARACTER, "data_categories", 0, "U+FFFE", "wording"),
    ]


def test_the_organisation_contacts_and_offices_are_checked():
    snap = snapshots.blank(kinds.ORGANISATION)
    snap.update(
        legal_name="L" * 301, dpo={"name": "\ud800"}, offices=[{"name": {"en": "ok"}}, {"name": {"en": "\x01"}}]
    )
    assert form_rules.problems(kinds.ORGANISATION, snap) == [
        Problem(TEXT_TOO_LONG, "legal_name", None, "300"),
        Problem(TEXT_REFUSED_CHARACTER, "dpo", None, "U+D800", "name"),
        Problem(TEXT_REFUSED_CHARACTER, "offices", 1, "U+0001", "name"),
    ]
