"""The contact block above a register's table: who the organisation is and how to reach it,
its privacy contact, its DPO and its representative in the Union (Art. 13(1)(a)-(b), Art. 30(1)(a)).

Officers write it as label and value, in one cell ("Adres: Keizersgracht 112, 1015 CW Amsterdam")
or in two ("KvK-nummer" | "12345678"), one detail or a whole line per label ("Functionaris
gegevensbescherming: J. Jansen, fg@flex.example"). The labels, in Dutch, English, French and
German, are declared in resources/import/contact_block.toml. Only what is certain is read: a
line without a known label (a title, "Versie: 3 maart 2024") and a part of a value that is no
detail (a role such as "représenté par le Secrétaire général") are listed as not read, never
dropped silently. What the register does with the details is contact_fill.py's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from babel import Locale

from ...register.models import Contact, Organisation
from ...register.reference.countries import is_country
from ...resources_path import load_toml
from .header_words import STOPWORDS, normalise, words
from .problems import Place

ORGANISATION = "organisation"
# The organisation's detail -> its field; a contact's fields have the detail's name.
_ORGANISATION_FIELDS = {"name": "legal_name", "country": "country_code", "registration": "chamber_of_commerce"}
_CONTACT_FIELDS = {"country": "country_code"}
_WHOLE = frozenset({"all", "name"})
_OWN_NAMES = frozenset({"legal_name", "trade_name"})  # details whose value is taken apart as a whole line is


@dataclass(frozen=True)
class Detail:
    """One detail read: ``field`` is the organisation's field (legal_name, email, …) or, for a
    contact (the DPO, the privacy contact, the representative), the contact's."""

    role: str
    field: str
    value: str
    place: Place
    text: str  # the cell as written, for the review


@dataclass(frozen=True)
class Line:
    """A line above the table that was not read, or that the officer kept out."""

    place: Place
    text: str
    part: bool = False  # part of a line whose other parts were read


@dataclass
class ContactBlock:
    details: list[Detail] = field(default_factory=list)
    unread: list[Line] = field(default_factory=list)
    kept: list[Line] = field(default_factory=list)  # kept out by the officer (the review's corrections)


# --- the labels ----------------------------------------------------------------------------


def _label_words(text: str, parentheses: bool = True) -> frozenset[str]:
    if not parentheses:
        text = re.sub(r"\([^)]*\)", " ", text)
    return frozenset(w for w in words(normalise(text)) if w not in STOPWORDS)


@cache
def _labels() -> dict[frozenset[str], tuple[str, str]]:
    """Words of a label -> (role, detail); a role alone has the detail "all"."""
    data = load_toml("import", "contact_block.toml")
    phrases = {
        group: {key: [_label_words(p) for lang in texts.values() for p in lang] for key, texts in data[group].items()}
        for group in ("role", "detail")
    }
    found: dict[frozenset[str], tuple[str, str]] = {}
    for role, role_words in phrases["role"].items():
        for words_ in role_words:
            found.setdefault(words_, (role, "all"))
    for detail, detail_words in phrases["detail"].items():
        for words_ in detail_words:
            if detail != "name":  # "Naam: …" alone names no one for certain
                found.setdefault(words_, (ORGANISATION, detail))
            for role, role_words in phrases["role"].items():
                for other in role_words:
                    found.setdefault(words_ | other, (role, detail))
    found.pop(frozenset(), None)
    return found


def label(text: str) -> tuple[str, str] | None:
    """(role, detail) a label names, or None. "Délégué à la protection des données (DPO)" is
    read with and without what is in parentheses."""
    if not text or len(text) > 80:
        return None
    labels = _labels()
    found = labels.get(_label_words(text)) or labels.get(_label_words(text, parentheses=False))
    if found is None and "/" in text:  # "Name of organisation / Controller": one role, two wordings
        each = [label(part) for part in text.split("/")]
        named = [found for found in each if found is not None]
        if len(named) == len(each) and len({role for role, _ in named}) == 1:
            return named[0]
    return found


# --- reading the rows ----------------------------------------------------------------------


def read(sheet: str, rows: list[list], text_of, kept: dict[tuple[str, int, int], str] | None = None) -> ContactBlock:
    """The block in ``rows`` (the rows above the header row, from row 1); ``text_of`` turns a
    cell's value into its text; ``kept``: the cells the officer kept out (review.py)."""
    block = ContactBlock()
    for number, values in enumerate(rows, start=1):
        cells = [(column, text_of(value)) for column, value in enumerate(values, start=1)]
        _row(block, sheet, number, [(column, text) for column, text in cells if text])
    for (where, row, column), text in sorted((kept or {}).items()):
        if where == sheet and row <= len(rows):
            block.kept.append(Line(Place(sheet, row, column), text))
    return block


def _row(block: ContactBlock, sheet: str, number: int, cells: list[tuple[int, str]]) -> None:
    unread: list[tuple[int, str]] = []
    part = False
    index = 0
    while index < len(cells):
        column, text = cells[index]
        named = label(text) if "\n" not in text else None
        read_before = len(block.details)
        if named and index + 1 < len(cells) and not label(cells[index + 1][1]):
            value_column, value = cells[index + 1]  # "KvK-nummer" | "12345678"
            parts = _read(block, named, value, Place(sheet, number, value_column), value)
            whole = [(column, text), (value_column, value)]
            index += 2
        else:
            parts = _cell(block, text, Place(sheet, number, column))
            value_column, whole = column, [(column, text)]
            index += 1
        # Nothing of it read: the cells as written, label and all; else the parts not read.
        if parts and len(block.details) == read_before:
            unread += whole
        elif parts:
            unread += [(value_column, p) for p in parts]
            part = True
    if unread:
        block.unread.append(Line(Place(sheet, number, unread[0][0]), " | ".join(text for _, text in unread), part))


def _cell(block: ContactBlock, text: str, place: Place) -> list[str]:
    """A cell of "Label: value" lines; a line without a label goes on with the label above it
    (an address over three lines), or is not read."""
    unread: list[str] = []
    current: tuple[str, str] | None = None
    values: list[str] = []
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        head, colon, rest = line.partition(":")
        named = label(head) if colon else None
        if named:
            unread += _flush(block, current, values, place, text)
            current, values = named, [rest.strip()] if rest.strip() else []
        elif current:
            values.append(line)
        else:
            unread.append(line)
    return unread + _flush(block, current, values, place, text)


def _flush(block: ContactBlock, named: tuple[str, str] | None, values: list[str], place: Place, text: str) -> list[str]:
    if named is None:
        return []
    if not values:  # a label and nothing after it
        return [text]
    return _read(block, named, "\n".join(values), place, text)


def _read(block: ContactBlock, named: tuple[str, str], value: str, place: Place, text: str) -> list[str]:
    """The details of ``value`` under a label, added to ``block``; the parts not read."""
    role, detail = named
    found, unread = details(role, detail, value)
    for name, part in found:
        block.details.append(Detail(role, name, part, place, text))
    return unread


# --- one value -----------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s,;()<>]+", re.IGNORECASE)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w@.])(?:\+|00)?\(?\d[\d \t().\/-]{4,}\d(?![\w@])")
_DATE = re.compile(r"\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{2,4}")
# "1015 CW Amsterdam", "69003 Lyon", "D-70565 Stuttgart", "London EC1A 1BB": certain; "1000 Brussel"
# (four digits, as in Belgium, Austria, Switzerland, Denmark) only beside a street or under an
# address label.
_PLACES = (
    re.compile(r"(?P<code>\d{4} ?[A-Z]{2})\s+(?P<city>[^\W\d][^\d,]*)"),
    re.compile(r"(?:[A-Z]{1,2}-)?(?P<code>\d{5})\s+(?P<city>[^\W\d][^\d,]*)"),
    re.compile(r"(?P<city>[^\W\d][^\d,]*?)\s+(?P<code>[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})"),
)
_PLACE_4 = re.compile(r"(?:[A-Z]{1,2}-)?(?P<code>\d{4})\s+(?P<city>[^\W\d_][^\d,]*)")
# A street with its number after ("Keizersgracht 112a", "Stationsweg 10-12", "Kerkstraat 1 bus 3")
# or before ("12 rue du Stade", "221B Baker Street"); a post-office box.
_STREET = re.compile(
    r"[^\W\d][^\d]*?\s\d{1,5}(?:\s?[a-zA-Z]\b|[-/]\d{1,5}[a-zA-Z]?)?(?:\s+(?:bus|boite|box)\s*\d+)?"
    r"|\d{1,5}[a-zA-Z]?(?:[-/]\d{1,5})?,?\s+[^\W\d][^\d]*"
    r"|(?:postbus|po box|p\.o\. box|bp|boite postale|postfach|antwoordnummer)\s*\d+.*",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(r"(?:\b\w\.){2,}$|\b(?:co|inc|ltd|corp|bros|dr|st)\.$", re.IGNORECASE)
# What is left of "T: 020 …" or "E-mail: …" once the number or address is taken.
_PREFIXES = frozenset(
    "t e m w tel telefoon telefon telephone phone mob mobiel mobile fon email mail courriel "
    "web www website internet".split()
)


def details(role: str, detail: str, value: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(field, value) pairs read from ``value`` under a label naming ``role`` and ``detail``,
    and the parts not read."""
    fields = _ORGANISATION_FIELDS if role == ORGANISATION else _CONTACT_FIELDS
    found: dict[str, str] = {}
    unread: list[str] = []
    single = _single(detail, value)
    if single is not None:
        taken, rest = single
        found.update(taken)
        unread += rest
    else:
        person = role != ORGANISATION
        named = detail in _WHOLE or (person and detail == "contact")
        found, unread = _taken_apart(value, named, address=detail == "address")
    result, rest = [], []
    for name, text in found.items():
        target = fields.get(name, name)
        if target in _OWN_NAMES and text[:1].islower():
            rest.append(text)  # "le Président", "the board": a function, not the organisation's name
        elif _fits(role, target, text):
            result.append((target, text))
        else:
            rest.append(text)
    return result, unread + rest


def _single(detail: str, value: str) -> tuple[dict[str, str], list[str]] | None:
    """A detail that is one value: read as such, or not at all. None for the others."""
    text = " ".join(value.split())
    if detail == "email":
        emails = _EMAIL.findall(text)
        rest = _bare(_EMAIL.sub(" ", text))
        return ({"email": emails[0]}, [*emails[1:], *([rest] if rest else [])]) if emails else ({}, [text])
    if detail == "phone":
        phone = _phone(text, digits=6)
        return ({"phone": phone}, []) if phone and _bare(text.replace(phone, "")) == "" else ({}, [text])
    if detail == "website":
        url = _URL.fullmatch(text) or _DOMAIN.fullmatch(text)
        return ({"website": url.group(0)}, []) if url else ({}, [text])
    if detail == "registration":
        ok = any(c.isdigit() for c in text) and "@" not in text
        return ({"registration": text}, []) if ok else ({}, [text])
    if detail == "postal_code":
        ok = any(c.isdigit() for c in text) and len(text) <= 12
        return ({"postal_code": text}, []) if ok else ({}, [text])
    if detail == "country":
        code = _country(text)
        return ({"country": code}, []) if code else ({}, [text])
    if detail in ("trade_name",):
        return ({"trade_name": text}, []) if text and "@" not in text else ({}, [text])
    if detail in ("place", "city"):
        found = _place(text, certain=True)
        if found:
            return {"postal_code": found[0], "city": found[1]}, []
        ok = bool(text) and not any(c.isdigit() for c in text) and "@" not in text
        return ({"city": text}, []) if ok else ({}, [text])
    return None


def _taken_apart(value: str, named: bool, address: bool) -> tuple[dict[str, str], list[str]]:
    """A whole line: "Dr A. Okafor, dpo@clinic.example", "Müller GmbH, Industriestraße 5, 70565
    Stuttgart". The first part that is no other detail is the name, where a name may be read."""
    found: dict[str, str] = {}
    streets: list[str] = []
    unread: list[str] = []

    def put(name: str, text: str) -> None:
        if name in found:
            unread.append(text)
        else:
            found[name] = text

    for part in _parts(value):
        if _fold(part).startswith("fax"):
            unread.append(part)
            continue
        rest = part
        for email in _EMAIL.findall(rest):
            put("email", email)
            rest = rest.replace(email, " ")
        for url in _URL.findall(rest):
            put("website", url.rstrip("."))
            rest = rest.replace(url, " ")
        phone = _phone(rest)
        if phone:
            put("phone", phone)
            rest = rest.replace(phone, " ")
        rest = _bare(rest)
        if not rest:
            continue
        place = _place(rest, certain=address or bool(streets))
        country = _country(rest)
        if place and "postal_code" not in found:
            found["postal_code"], found["city"] = place
        elif country:
            put("country", country)
        elif _STREET.fullmatch(rest):
            streets.append(rest)
        elif address:
            streets.append(rest)
        elif named and "name" not in found and not streets and "@" not in rest:
            found["name"] = rest
        else:
            unread.append(rest)
    if streets:
        found["address"] = ", ".join(streets)
    return found, unread


# Between parts: a comma, a semicolon, a bar, a dash between spaces (not in "050 - 123 45 67").
_SEPARATORS = re.compile(r"\s*[;,|]\s*|(?<!\d)\s+[-\u2013\u2014]\s+|\s+[-\u2013\u2014]\s+(?!\d)")


def _parts(value: str) -> list[str]:
    """A value's parts: its lines, then what commas, semicolons, dashes between spaces and
    parentheses ("M. de Vries (fg@…)") separate. "12, rue du Stade" stays one part."""
    parts: list[str] = []
    for line in value.splitlines():
        line = re.sub(r"\(([^()]*)\)", r", \1, ", line)
        for part in _SEPARATORS.split(line):
            part = part.strip()
            if not part:
                continue
            if parts and re.fullmatch(r"\d{1,5}[a-zA-Z]?", parts[-1]) and re.match(r"[^\W\d]", part):
                parts[-1] = f"{parts[-1]}, {part}"
            else:
                parts.append(part)
    return parts


def _phone(text: str, digits: int = 9) -> str | None:
    for match in _PHONE.finditer(text):
        candidate = match.group(0).strip(" .-/")
        count = sum(c.isdigit() for c in candidate)
        if digits <= count <= 15 and not _DATE.fullmatch(candidate):
            return candidate
    return None


def _bare(text: str) -> str:
    """A part without its edge punctuation, or "" when only a prefix ("T:", "E-mail") is left."""
    text = " ".join(text.split()).strip(" ,;:|-\u2013\u2014()").lstrip(".")
    if text.endswith(".") and not _ABBREVIATION.search(text):  # "B.V." and "Co." keep their point
        text = text[:-1].rstrip()
    return "" if _fold(text).replace("-", "") in _PREFIXES else text


def _place(text: str, certain: bool) -> tuple[str, str] | None:
    for pattern in (*_PLACES, *((_PLACE_4,) if certain else ())):
        found = pattern.fullmatch(text)
        if found:
            return found.group("code"), found.group("city").strip()
    return None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in ("nl", "en", "fr", "de"):
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha() and is_country(code):
                names.setdefault(_fold(name), code)
    return names


def _country(text: str) -> str | None:
    """The country a part is the name of, in any of the four languages; not one it contains."""
    return _country_names().get(_fold(text).strip(" ."))


def _fits(role: str, target: str, text: str) -> bool:
    """The register has a field for it, and the value fits in it."""
    model = Organisation if role == ORGANISATION else Contact
    column = model.__table__.columns.get(target)
    if column is None or target.endswith("_id"):
        return False
    length = getattr(column.type, "length", None)
    return bool(text) and (length is None or len(text) <= length)
