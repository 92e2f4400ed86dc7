"""What the register accepts as text: each refused class, its near miss, and the check on every write."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select, text

from ropa_desktop.register import errors, kinds, operations, snapshots
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import Organisation, ProcessingActivity, Purpose
from ropa_desktop.register.storage import create_register
from ropa_desktop.register.texts import (
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    TextRefused,
    clean,
    problem,
)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("a\x00b", "control_character"),
        ("bell\x07", "control_character"),
        ("carriage\rreturn", "control_character"),
        ("\x1b[31mred", "control_character"),
        ("del\x7f", "control_character"),
        ("c1\x85", "control_character"),
        ("lone \ud800 surrogate", "surrogate"),
        ("low \udfff", "surrogate"),
        ("x\ufffe", "noncharacter"),
        ("x\uffff", "noncharacter"),
        ("x\ufdd0", "noncharacter"),
        ("x\ufdef", "noncharacter"),
        ("x\U0001fffe", "noncharacter"),
        ("x\U0010ffff", "noncharacter"),
    ],
)
def test_problem_refuses_each_bad_class(bad, reason):
    assert problem(bad) == reason
    assert problem(bad, name=True) == reason
    assert problem(clean(bad)) is None


@pytest.mark.parametrize(
    "fine",
    [
        "tab\there",
        "line\nbreak",
        "<img src='/etc/x.png'/> & ]]>",
        "שלום עולם",
        "e\u0301\u0301",
        "👩‍👩‍👧 \u200d\u200f",
        "x\ufdcf\ufdf0\ufffd",
        "\U0001fffd",
        "\u2028\u2029",
        "\xa0nbsp",
        "",
    ],
)
def test_problem_accepts_near_misses(fine):
    assert problem(fine) is None
    assert problem(fine, name=True) is None
    assert clean(fine) == fine


def test_lengths_accept_exactly_the_maximum():
    assert problem("n" * MAX_NAME_LENGTH, name=True) is None
    assert problem("n" * (MAX_NAME_LENGTH + 1), name=True) == "too_long"
    assert problem("n" * (MAX_NAME_LENGTH + 1)) is None
    assert problem("t" * MAX_TEXT_LENGTH) is None
    assert problem("t" * (MAX_TEXT_LENGTH + 1)) == "too_long"
    assert 2 * MAX_TEXT_LENGTH + 500 < 32_767  # a workbook cell, in UTF-16 units, even joined with a label


def test_clean_normalises_line_breaks():
    assert clean("a\r\nb\rc\n") == "a\nb\nc\n"
    assert clean("a\x00\x0b\x0c\ud800\ufffeb") == "ab"


@pytest.fixture
def register(tmp_path):
    with create_register(tmp_path / "t.ropa", "Acme", language="en") as register:
        yield register


def _activity(register, **texts):
    activity = snapshots.blank(kinds.ACTIVITY)
    activity.update(texts)
    return operations.save(register, kinds.ACTIVITY, None, activity)[0]


def test_a_too_long_name_is_refused_in_one_sentence_and_nothing_is_saved(register):
    with pytest.raises(RegisterError) as refused:
        _activity(register, name={"nl": "kort", "en": "n" * (MAX_NAME_LENGTH + 1)})
    assert str(refused.value) == "The name (en) is longer than 300 characters; nothing was saved"
    assert refused.value.code == errors.INVALID
    assert isinstance(refused.value, TextRefused)
    assert (refused.value.field, refused.value.language, refused.value.problem) == ("name", "en", "too_long")
    with register.session() as session:
        assert session.scalars(select(ProcessingActivity)).all() == []


def test_the_maximum_name_and_text_are_saved(register):
    activity_id = _activity(
        register, name={"en": "n" * MAX_NAME_LENGTH}, public_explanation={"en": "t" * MAX_TEXT_LENGTH}
    )
    with register.session() as session:
        assert session.get(ProcessingActivity, activity_id).name == {"en": "n" * MAX_NAME_LENGTH}


@pytest.mark.parametrize(
    ("bad", "sentence"),
    [
        ("\ud800", "The description (nl) contains an invalid character (a lone surrogate U+D800)"),
        ("x\ufffe", "The description (nl) contains a noncharacter (U+FFFE)"),
        ("x\x07", "The description (nl) contains a control character (U+0007)"),
    ],
)
def test_a_refused_character_in_a_child_is_named(register, bad, sentence):
    with pytest.raises(RegisterError, match="^" + re.escape(sentence + "; nothing was saved") + "$"):
        with register.transaction() as session:
            session.add(ProcessingActivity(name={"en": "ok"}, purposes=[Purpose(description={"nl": bad})]))


def test_a_plain_column_keeps_its_declared_length(register):
    with pytest.raises(RegisterError, match="^The owner is longer than 200 characters; nothing was saved$"):
        with register.transaction() as session:
            session.add(ProcessingActivity(name={"en": "ok"}, owner="o" * 201))
    with register.transaction() as session:
        session.add(ProcessingActivity(name={"en": "ok"}, owner="o" * 200, internal_notes="i" * MAX_TEXT_LENGTH))


def test_an_in_place_edit_of_a_per_language_text_is_checked(register):
    activity_id = _activity(register, name={"en": "ok"})
    with pytest.raises(RegisterError, match=r"The name \(nl\) contains a control character"):
        with register.transaction() as session:
            activity = session.get(ProcessingActivity, activity_id)
            activity.name["nl"] = "bad\x01"


def test_an_old_bad_text_does_not_block_saving_another_field(register):
    activity_id = _activity(register, name={"en": "ok"})
    with register.engine.begin() as connection:  # written by an earlier version, before the check
        connection.execute(text("UPDATE activities SET internal_notes = :bad"), {"bad": "old\x07"})
    with register.transaction() as session:
        session.get(ProcessingActivity, activity_id).owner = "Ann"
    with pytest.raises(RegisterError, match="The internal notes contains a control character"):
        with register.transaction() as session:
            session.get(ProcessingActivity, activity_id).internal_notes = "still\x07"


def test_the_organisation_name_is_a_short_text(register):
    with pytest.raises(RegisterError, match="The legal name is longer than 300 characters"):
        with register.transaction() as session:
            session.scalars(select(Organisation)).one().legal_name = "L" * 301


def test_texts_an_older_register_holds_are_read_as_accepted(register):
    activity_id = _activity(register, name={"en": "ok"})
    with register.engine.begin() as connection:  # JSON can spell what the register refuses today
        connection.execute(
            text("UPDATE activities SET name = :bad WHERE id = :id"),
            {"bad": json.dumps({"en": "old \ud800\ufffe\x07name\r\nline"}), "id": activity_id},
        )
    with register.session() as session:
        activity = session.get(ProcessingActivity, activity_id)
        assert activity.name == {"en": "old name\nline"}
        assert not session.dirty  # nothing is written until the officer saves
    assert operations.read(register, kinds.ACTIVITY, activity_id)["name"] == {"en": "old name\nline"}
    with register.transaction() as session:  # and saving another field of it is fine
        session.get(ProcessingActivity, activity_id).owner = "Ann"
