"""A register text with no English version is marked in the English statement, never silently Dutch."""

from __future__ import annotations

from sqlalchemy import select

from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import ProcessingActivity

DUTCH_ONLY = "Wij bewaren uw aangifte zoals de Belastingdienst het voorschrijft."


def _with_explanation(register, name: str, explanation: dict[str, str]) -> None:
    with register.session() as session:
        item_id = next(a.id for a in session.scalars(select(ProcessingActivity)) if name in a.name.values())
    snap = operations.read(register, kinds.ACTIVITY, item_id)
    snap["public_explanation"] = explanation
    operations.save(register, kinds.ACTIVITY, item_id, snap)


def _statement(register, language: str) -> str:
    return render(build_statement(register, language), "txt").decode()


def test_an_explanation_only_in_dutch_is_marked_in_english(demo_register):
    _with_explanation(demo_register, "Wettelijke plichten", {"nl": DUTCH_ONLY, "en": ""})
    english = _statement(demo_register, "en")
    assert f"[not translated, Dutch only:] {DUTCH_ONLY}" in english
    dutch = _statement(demo_register, "nl")
    assert DUTCH_ONLY in dutch and "niet vertaald" not in dutch


def test_an_explanation_in_both_languages_is_not_marked(demo_register):
    _with_explanation(
        demo_register,
        "Wettelijke plichten",
        {"nl": DUTCH_ONLY, "en": "We keep your tax return as the tax authority requires."},
    )
    english = _statement(demo_register, "en")
    assert "We keep your tax return as the tax authority requires." in english
    assert DUTCH_ONLY not in english and "not translated" not in english


def test_an_english_text_missing_from_the_dutch_statement_is_marked_in_dutch(demo_register):
    _with_explanation(demo_register, "Wettelijke plichten", {"nl": "", "en": "Only in English."})
    assert "[niet vertaald, alleen in het Engels:] Only in English." in _statement(demo_register, "nl")


def test_the_english_demo_statement_has_no_untranslated_register_text(demo_register):
    assert "not translated" not in _statement(demo_register, "en")
