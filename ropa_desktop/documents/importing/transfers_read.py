"""Reading a transfer cell the way officers write it (Chapter V, Art. 30(1)(e)).

"SCC's", "Ja — SCC" (a tool, the country not said), "EU-US DPF" (the US, on its adequacy
decision), "binnen de EER" / "innerhalb der EU" / "Nein" (no transfer), "Amerikaans
moederbedrijf" (the US), "Mailchimp (VS)" (a recipient with the country it processes in),
"Supabase (Frankfurt)" (processing in the EEA: no transfer), "s'il est hors du Bénin" (a
condition: the destination is unknown, and certainly not Benin).

A destination whose country the cell does not say has the country "" (to be confirmed): the
register keeps it as a transfer without a country, the checks report it (transfer.no_country)
and the statement never publishes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ...register.reference.countries import in_eea
from .lists import list_items
from .recognise import _fold, _per_text, _str, countries, transfer_tool, yes_no

UNKNOWN = ""  # the country of a transfer the sheet does not locate


@dataclass(frozen=True)
class Destination:
    country: str  # alpha-2, or UNKNOWN
    tool: str | None = None
    recipient: str = ""  # the recipient named with its place ("Mailchimp (VS)")
    certified: bool = False  # the DPF named: the recipient is certified under it
    guessed: bool = False  # read by judgement (a country not said, an adjective, a condition)


@dataclass
class TransferReading:
    destinations: list[Destination] = field(default_factory=list)
    # Recipients processing inside the EEA, with the place as written: no transfer.
    places: list[tuple[str, str]] = field(default_factory=list)
    none: bool = False  # the cell says there is no transfer
    unclear: list[str] = field(default_factory=list)  # parts not understood


# "binnen de EER", "within the EEA", "innerhalb der EU/des EWR", "dans l'UE", "EU only".
_EEA = (
    r"(?:eer|eea|eu|ewr|ue|eee|europa|europe|europese\s+unie|european\s+union|union\s+europeenne|europaische\s+union)"
)
_INSIDE = re.compile(
    r"^(?:(?:alleen|enkel|only|uniquement|nur)\s+)?(?:(?:binnen|in|within|inside|innerhalb|dans|au\s+sein)\s+"
    r"(?:de\s+|het\s+|the\s+|der\s+|des\s+|l'\s*|la\s+|le\s+)?)?"
    + _EEA
    + r"(?:\s*(?:/|en|and|und|et|oder|or|of)\s*(?:de\s+|het\s+|the\s+|der\s+|des\s+|l'\s*)?"
    + _EEA
    + r")*"
    r"(?:\s+(?:only|alleen|uniquement))?\.?$"
)
_NO_TRANSFER = re.compile(r"^(?:geen|no|none|aucun|kein|keine)\s+(?:doorgifte|transfers?|transfert|drittland\w*)\b")
# Outside, conditionally: what follows names where the data are not, or may be.
_OUTSIDE = re.compile(r"\b(?:buiten|outside|hors|en\s+dehors|ausserhalb|auserhalb)\b")
_CONDITION = re.compile(r"(?:^|\s)(?:s'il|s'ils|si|if|indien|als|wanneer|falls|wenn|sofern|mocht|should)\b")
_THIRD_COUNTRY = re.compile(r"\b(?:drittland\w*|derde\s+land\w*|third\s+countr\w*|pays\s+tiers)\b")
_DPF = re.compile(r"\bdpf\b|\bdata\s+privacy\s+framework\b")
# "Amerikaans moederbedrijf", "American parent", "maison mère américaine", "US-Mutterkonzern".
_ADJECTIVES = {
    "US": r"amerikaans\w*|american|americaine?s?|amerikanisch\w*|us-\w+",
    "GB": r"brits\w*|british|britanniques?|britisch\w*",
    "IN": r"indiase?|indian|indiens?|indiennes?|indisch\w*",
    "CN": r"chinese?|chinois\w*|chinesisch\w*",
    "CH": r"zwitserse?|swiss|suisses?|schweizer\w*",
    "CA": r"canadese?|canadian|canadiens?|canadiennes?|kanadisch\w*",
    "JP": r"japanse?|japanese|japonaise?s?|japanisch\w*",
    "IL": r"israelisch\w*|israeli|israeliens?|israeliennes?",
    "AU": r"australisch\w*|australian|australiens?|australiennes?",
}
_ADJECTIVE = [(code, re.compile(rf"\b(?:{words})\b")) for code, words in _ADJECTIVES.items()]
# Where data centres are: a city named in brackets says the country of processing.
_CITIES = {
    "frankfurt": "DE",
    "berlin": "DE",
    "munchen": "DE",
    "munich": "DE",
    "nurnberg": "DE",
    "falkenstein": "DE",
    "amsterdam": "NL",
    "eemshaven": "NL",
    "groningen": "NL",
    "dublin": "IE",
    "paris": "FR",
    "parijs": "FR",
    "roubaix": "FR",
    "gravelines": "FR",
    "strasbourg": "FR",
    "marseille": "FR",
    "stockholm": "SE",
    "milan": "IT",
    "milaan": "IT",
    "milano": "IT",
    "madrid": "ES",
    "warsaw": "PL",
    "warschau": "PL",
    "varsovie": "PL",
    "brussel": "BE",
    "brussels": "BE",
    "bruxelles": "BE",
    "luxembourg": "LU",
    "luxemburg": "LU",
    "helsinki": "FI",
    "hamina": "FI",
    "copenhagen": "DK",
    "kopenhagen": "DK",
    "vienna": "AT",
    "wenen": "AT",
    "wien": "AT",
    "oslo": "NO",
    "zurich": "CH",
    "geneva": "CH",
    "geneve": "CH",
    "london": "GB",
    "londen": "GB",
    "londres": "GB",
    "virginia": "US",
    "n virginia": "US",
    "northern virginia": "US",
    "oregon": "US",
    "ohio": "US",
    "california": "US",
    "iowa": "US",
    "new york": "US",
    "san francisco": "US",
    "seattle": "US",
    "singapore": "SG",
    "singapour": "SG",
    "sydney": "AU",
    "tokyo": "JP",
    "mumbai": "IN",
    "bangalore": "IN",
    "bengaluru": "IN",
    "toronto": "CA",
    "montreal": "CA",
    "sao paulo": "BR",
}
_BRACKETED = re.compile(r"^(?P<name>.*?)\s*\((?P<place>[^()]{1,80})\)\s*$")
_LEADING_YES = re.compile(r"^(?:ja|yes|oui|jawohl)\b[\s,.:;\-]*")


@_per_text  # a long sheet names the same parties row after row
def place(text: str) -> str | None:
    """The country of a place written in brackets ("VS", "Frankfurt", "EU", "us-east-1"):
    alpha-2, "EU" for the EEA named as such, None when it names no place."""
    folded = _fold(_str(text)).strip(" .")
    words = " ".join(re.findall(r"[^\W_]+", folded))
    if _INSIDE.match(folded) or words in ("eu", "eer", "eea", "ewr", "europe", "europa"):
        return "EU"
    if words in _CITIES:
        return _CITIES[words]
    region = re.match(r"^(eu|us|ap|ca|sa|me|af)-[a-z]+-\d$", folded)
    if region:
        return {"eu": None, "us": "US", "ca": "CA", "sa": "BR"}.get(region.group(1))
    found = countries(text)
    return found[0] if len(found) == 1 else None


@_per_text
def adjective_country(text: str) -> str | None:
    """ "Amerikaans moederbedrijf": the one country an adjective names, else None."""
    folded = _fold(_str(text))
    found = [code for code, pattern in _ADJECTIVE if pattern.search(folded)]
    return found[0] if len(found) == 1 else None


@_per_text
def located(item: str) -> tuple[str, str | None, str]:
    """ "Mailchimp (VS)" -> ("Mailchimp", "US", "VS"); "Supabase (Frankfurt)" -> ("Supabase",
    "DE", "Frankfurt"); no place in brackets: (item, None, "")."""
    m = _BRACKETED.match(_str(item).strip())
    if not m or not m.group("name").strip():
        return _str(item).strip(), None, ""
    code = place(m.group("place"))
    if code is None:
        return _str(item).strip(), None, ""
    return m.group("name").strip(" -\u2013\u2014:"), code, m.group("place").strip()


def read_transfers(text: str, commas: bool = True) -> TransferReading:
    """The destinations a transfer cell names, each with its tool where the cell says it.
    ``commas``: False for a column of our own export (one transfer per line)."""
    reading = TransferReading()
    original = _str(text).strip()
    if not original:
        return reading
    folded = _fold(original).strip()
    if (
        yes_no(original) is False
        or _NO_TRANSFER.match(folded)
        or _INSIDE.match(folded)
        or re.match(r"^(?:nee|no|non|nein)\b[\s,.;:\-]*" + r"(?:(?:binnen|within|innerhalb|dans)\b.*)?$", folded)
    ):
        reading.none = True
        return reading
    said_yes = _LEADING_YES.match(folded)
    rest = original[said_yes.end() :].strip() if said_yes else original
    if not rest:  # "Ja": a transfer, nowhere said
        reading.destinations.append(Destination(UNKNOWN, guessed=True))
        return reading
    recipient, rest = _for_recipient(rest)
    for item in list_items(rest, commas=commas, names=True):
        _read_item(item, reading, bool(said_yes))
    if recipient:
        reading.destinations = [replace(d, recipient=d.recipient or recipient) for d in reading.destinations]
    reading.destinations = _once(reading.destinations)
    return reading


def _for_recipient(text: str) -> tuple[str, str]:
    """ "Stripe: US, EU-US DPF": the recipient the whole cell is about, and the rest. Not
    "Drittland: USA" or "SCC: VS" (a country, a tool or a yes before the colon)."""
    m = re.match(r"^(?P<name>[^:;,()\n]{2,60}):\s*(?P<rest>\S.*)$", text, re.DOTALL)
    if not m:
        return "", text
    name = m.group("name").strip()
    folded = _fold(name)
    if (
        countries(name)
        or transfer_tool(name)
        or yes_no(name) is not None
        or _THIRD_COUNTRY.search(folded)
        or _INSIDE.match(folded)
        or _OUTSIDE.search(folded)
        or re.search(
            r"\b(?:doorgifte|transfers?|transferts?|"
            r"land|country|pays|ziel)\b",
            folded,
        )
    ):
        return "", text
    return name, m.group("rest")


def _once(destinations: list[Destination]) -> list[Destination]:
    """One destination per country and recipient, with the tool any of them names: "US, EU-US
    DPF" is one transfer to the US, on the DPF."""
    merged: dict[tuple[str, str], Destination] = {}
    for d in destinations:
        held = merged.get((d.country, d.recipient))
        merged[(d.country, d.recipient)] = (
            d
            if held is None
            else replace(
                held,
                tool=held.tool or d.tool,
                certified=held.certified or d.certified,
                guessed=held.guessed and d.guessed,
            )
        )
    return list(merged.values())


# Our own export: "Bolivia — Connaxis, Cochabamba office: No transfer tool".
_OWN_LINE = re.compile(r"^(?P<country>[^:\u2014]{2,80}?)\s+\u2014\s+(?P<recipient>[^:]{1,200}?):\s*(?P<tool>.+)$")


def _read_item(item: str, reading: TransferReading, said_yes: bool = False) -> None:
    own = _OWN_LINE.match(item.strip())
    if own and len(countries(own.group("country"))) == 1:
        code = countries(own.group("country"))[0]
        if not in_eea(code):
            reading.destinations.append(
                Destination(code, transfer_tool(own.group("tool")), recipient=own.group("recipient").strip())
            )
        return
    folded = _fold(item).strip()
    if _INSIDE.match(folded) or yes_no(item) is False:
        return
    name, code, where = located(item)
    if code is not None and name and not countries(name) and not transfer_tool(name):
        # "Mailchimp (VS)": a recipient and where it processes; "Supabase (Frankfurt)": in the EEA.
        if code == "EU" or in_eea(code):
            reading.places.append((name, where))
        else:
            reading.destinations.append(Destination(code, transfer_tool(item), recipient=name))
        return
    tool = transfer_tool(item)
    dpf = bool(_DPF.search(folded))
    conditional = bool(_CONDITION.search(folded)) or bool(_OUTSIDE.search(folded))
    named = [] if conditional else [c for c in countries(_without_tools(item)) if c != "EU"]
    guessed = False
    if not named and not conditional:
        named = [code for code, pattern in _ADJECTIVE if pattern.search(_fold(_without_tools(item)))]
        guessed = bool(named)
    if not named and dpf:
        named, guessed = ["US"], False  # the DPF is the adequacy decision for the United States
    outside = [c for c in named if not in_eea(c)]
    if named and not outside:
        return  # only countries of the EEA: no transfer
    if outside:
        for country in outside:
            reading.destinations.append(Destination(country, tool, certified=dpf, guessed=guessed))
        return
    said_yes = said_yes or yes_no(item) is True or bool(_THIRD_COUNTRY.search(folded))
    if tool or said_yes or conditional:
        # A transfer whose country the cell does not say: to be confirmed.
        reading.destinations.append(Destination(UNKNOWN, tool, guessed=True))
        return
    reading.unclear.append(item)


def _without_tools(item: str) -> str:
    """The item without the wording of a tool: "EU-US DPF" names no country "EU"."""
    item = re.sub(r"(?i)\bEU[\s-]*(?:US|VS)\b", "US", item)
    # "DPF (UK Extension)", "Swiss-US DPF": the UK and Swiss parts of the DPF send data to the US,
    # they name no destination of their own.
    if _DPF.search(_fold(item)):
        item = re.sub(r"(?i)\b(?:UK|U\.K\.|VK)[\s-]+(?:Extension|extensie|Erweiterung)\b", "", item)
        item = re.sub(r"(?i)\b(?:Swiss|CH|Zwitsers\w*|Schweiz\w*)[\s-]*(?:US|U\.S\.|VS)\b", "US", item)
    # "US – SCC's", "Drittland: USA": the parts around a dash or colon stand alone.
    return re.sub(r"\s+[-\u2013\u2014]\s+|:\s+", "; ", item)
