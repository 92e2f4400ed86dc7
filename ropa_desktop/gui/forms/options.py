"""The choices offered by the editors' lists, in the interface language."""

from __future__ import annotations

from enum import Enum
from functools import cache

from ...register.reference import countries as country_data
from ...register.reference import vocabulary
from ...register.reference.languages import SUPPORTED
from .. import labels, language


def enum_options(enum_cls: type[Enum], list_name: str):
    return lambda: [(member.value, labels.enum_label(list_name, member.value)) for member in enum_cls]


def term_options(vocabulary_name: str, with_ref: bool = False, only_list: str = ""):
    def options():
        lang = language.current()
        return [
            (
                term.key,
                f"{term.label_in(lang)} ({term.citation(lang)})" if with_ref and term.ref else term.label_in(lang),
            )
            for term in vocabulary.terms(vocabulary_name)
            if not only_list or term.list == only_list
        ]

    return options


def country_options():
    return list(_country_options(language.current()))


@cache
def _country_options(lang: str) -> tuple[tuple[str, str], ...]:
    # Once per language: the organisation's form alone offers the countries six times, and
    # naming and sorting them took a tenth of a second each time a form was made.
    return tuple(
        (code, country_data.destination_label(code, name, lang)) for code, name in country_data.countries(lang)
    )


def language_options():
    return [(code, labels.language_name(code)) for code in SUPPORTED]
