"""Countries: names in Dutch and English from Babel (CLDR), EEA membership and adequacy
decisions from resources/reference with their date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from ...resources_path import load_toml

# Not countries but valid destinations of transfers (Art. 45: international organisations).
INTERNATIONAL_ORGANISATIONS = {"XP": {"nl": "Europese Octrooiorganisatie", "en": "European Patent Organisation"}}


@cache
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale  # not at import: `ropa info` reads the adequacy date without Babel (issue 19)

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


# Beside a territory's name where it is chosen as a destination: going there is no transfer.
_EU_TERRITORY_NOTE = {"nl": "deel van de EU", "en": "part of the EU"}


def destination_label(code: str, name: str, lang: str) -> str:
    """A country as a choice: "Réunion (RE, part of the EU)", "Portugal (PT, including Madeira
    and the Azores)", "Bolivia (BO)"."""
    note = included_regions(code, lang)
    if code in eu_territories():
        note = _EU_TERRITORY_NOTE.get(lang, _EU_TERRITORY_NOTE["en"])
    return f"{name} ({code}, {note})" if note else f"{name} ({code})"


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


@cache
def eu_territories() -> frozenset[str]:
    """Codes of territories that are part of a member state and of the Union (Réunion,
    the Canary Islands, Åland, ...): no third countries, whatever their own code."""
    return frozenset(load_toml("reference", "eea.toml")["eu_territories"])


def in_eea(code: str) -> bool:
    """Inside the EEA's territory: a member state or a part of one within the Union. Data
    going there are not transferred (Chapter V does not apply)."""
    code = (code or "").upper()
    return code in eea_members() or code in eu_territories()


def abroad_without_transfer(recipients, transfers) -> list[tuple[object, str]]:
    """(recipient, country code) of each recipient established outside the EEA that no transfer
    covers (Art. 44): none names it, and none without a recipient goes to its country. Each
    recipient once, in the order given."""
    transfers = list(transfers)
    named = {t.recipient_id for t in transfers if t.recipient_id is not None}
    covered = {(t.country_code or "").upper() for t in transfers if t.recipient_id is None}
    found, seen = [], set()
    for recipient in recipients:
        code = (recipient.country_code or "").upper()
        if code and not in_eea(code) and recipient.id not in named and code not in covered and recipient.id not in seen:
            seen.add(recipient.id)
            found.append((recipient, code))
    return found


def included_regions(code: str, lang: str) -> str:
    """Regions without a code of their own that ``code`` includes ("including Madeira and
    the Azores"), to show beside the country's name; empty for most countries."""
    texts = _included_regions().get((code or "").upper(), {})
    return texts.get(lang) or texts.get("en", "")


@cache
def _included_regions() -> dict[str, dict[str, str]]:
    return load_toml("reference", "eea.toml").get("included_regions", {})


@dataclass(frozen=True)
class AdequacyDecision:
    territory: str
    adopted: date
    instrument: str
    partial: bool
    scope: dict[str, str]
    valid_until: date | None
    notes: str
    instrument_nl: str = ""

    def title(self, language: str) -> str:
        """The decision's title in the Official Journal, in ``language`` where the list has it."""
        return self.instrument_nl if language == "nl" and self.instrument_nl else self.instrument


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
            instrument_nl=d.get("instrument_nl", ""),
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
