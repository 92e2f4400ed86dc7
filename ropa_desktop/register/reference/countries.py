"""Countries: names in Dutch and English from Babel (CLDR), EEA membership and adequacy
decisions from resources/reference with their date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from babel import Locale

from ...resources_path import load_toml

# Not countries but valid destinations of transfers (Art. 45: international organisations).
INTERNATIONAL_ORGANISATIONS = {"XP": {"nl": "Europese Octrooiorganisatie", "en": "European Patent Organisation"}}


@cache
def _territories(lang: str) -> dict[str, str]:
    names = Locale.parse(lang).territories
    # Two-letter codes are countries; CLDR also lists regions ("150") and the like.
    return {code: name for code, name in names.items() if len(code) == 2 and code.isalpha()}


def is_country(code: str) -> bool:
    return code.upper() in _territories("en") and code.upper() not in {"ZZ", "EU", "EZ", "UN", "QO"}


def country_name(code: str, lang: str) -> str:
    code = (code or "").upper()
    if code in INTERNATIONAL_ORGANISATIONS:
        return INTERNATIONAL_ORGANISATIONS[code].get(lang, INTERNATIONAL_ORGANISATIONS[code]["en"])
    return _territories(lang).get(code, code)


def countries(lang: str) -> list[tuple[str, str]]:
    """(code, name) of every country, sorted by name in ``lang``."""
    return sorted(
        ((code, name) for code, name in _territories(lang).items() if is_country(code)),
        key=lambda item: item[1].casefold(),
    )


@cache
def eea_members() -> frozenset[str]:
    data = load_toml("reference", "eea.toml")
    return frozenset(data["eu"]) | frozenset(data["efta_eea"])


def in_eea(code: str) -> bool:
    return (code or "").upper() in eea_members()


@dataclass(frozen=True)
class AdequacyDecision:
    territory: str
    adopted: date
    instrument: str
    partial: bool
    scope: dict[str, str]
    valid_until: date | None
    notes: str


@cache
def _adequacy() -> dict:
    return load_toml("reference", "adequacy.toml")


@cache
def adequacy_decisions() -> dict[str, AdequacyDecision]:
    return {
        d["territory"]: AdequacyDecision(
            territory=d["territory"],
            adopted=d["adopted"],
            instrument=d.get("instrument", ""),
            partial=d.get("partial", False),
            scope=d.get("scope", {}),
            valid_until=d.get("valid_until"),
            notes=d.get("notes", ""),
        )
        for d in _adequacy()["decision"]
    }


def adequacy_decision(code: str) -> AdequacyDecision | None:
    return adequacy_decisions().get((code or "").upper())


def adequacy_list_date() -> date:
    """The date of the adequacy list in use, to show and to warn when it grows old."""
    return _adequacy()["meta"]["as_of"]


def adequacy_list_source() -> str:
    return _adequacy()["meta"].get("source", "")
