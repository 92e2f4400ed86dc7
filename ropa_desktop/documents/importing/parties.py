"""Who is who in a row of a foreign register: our role ("Verantwoordelijke: klant; Verwerker:
wij" makes us the processor, Art. 30(2)), internal teams among the recipients ("Marketing team",
"Le ministère seul": part of the controller, never a third party), a recipient's kind judged by
its name, and cross references to another row ("Als V-01", "same as row 4", "idem").

Every function takes a cell's text and never raises; each answer that is a judgement is
recorded by the import as a guess for the officer to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .recognise import _fold, _per_text, _str, role

# --- our role, per row -----------------------------------------------------------------------

# "wij", "we", "us", "nous", "wir": the organisation keeping the register.
_US = re.compile(
    r"^(?:wij(?:zelf)?|we|ons|onze\s+organisatie|us|ourselves|our\s+(?:organisation|organization|company)"
    r"|nous(?:-?memes?)?|notre\s+(?:organisme|societe|entreprise)|wir|uns|unser\s+unternehmen)\.?$"
)
# "Verwerker: wij", "Controller = client": a role, then who holds it.
_PAIR = re.compile(r"^\s*(?P<label>[^:=]{2,60}?)\s*[:=]\s*(?P<party>.+?)\s*$")
_PAIR_PARTS = re.compile(r"\s*(?:;|\n|\s/\s|,\s(?=[^,:=]{2,60}[:=]))\s*")
# "Verwerker voor klanten", "Processor for our clients", "sous-traitant pour le client".
_ON_BEHALF = re.compile(
    r"\b(?:voor|namens|for|on\s+behalf\s+of|pour|pour\s+le\s+compte\s+de|fur|im\s+auftrag\s+von)"
    r"\s+(?P<party>.+)$"
)


@_per_text  # a long sheet names the same parties row after row
def is_us(text: str) -> bool:
    """ "Wij", "we", "nous", "wir": the organisation keeping the register."""
    return bool(_US.match(_fold(_str(text)).strip()))


@dataclass(frozen=True)
class RoleReading:
    role: str | None  # controller / processor / joint_controller
    controllers_served: tuple[str, ...] = ()  # when we are the processor: for whom (Art. 30(2)(a))
    processors: tuple[str, ...] = ()  # when we are the controller: the processor named beside us
    guessed: bool = False  # read from a sentence or pairs, not a bare role word


@_per_text
def read_role(text: str) -> RoleReading:
    """Our role from a role cell: a bare word ("Verwerker", "Auftragsverarbeiter"), pairs
    ("Verantwoordelijke: klant; Verwerker: wij") or a phrase ("Processor for our clients")."""
    text = _str(text).strip()
    if not text:
        return RoleReading(None)
    pairs = []
    for part in _PAIR_PARTS.split(text):
        m = _PAIR.match(part)
        if m and role(m.group("label")):
            pairs.append((role(m.group("label")), m.group("party").strip(" .")))
    if pairs:
        ours = [key for key, party in pairs if _US.match(_fold(party).strip())]
        if len(set(ours)) == 1:
            others = [party for key, party in pairs if not _US.match(_fold(party).strip())]
            if ours[0] == "processor":
                served = [
                    _named(p)
                    for key, p in pairs
                    if key in ("controller", "joint_controller") and not _US.match(_fold(p).strip())
                ]
                return RoleReading("processor", tuple(served), (), True)
            named = [_named(p) for key, p in pairs if key == "processor" and p in others]
            return RoleReading(ours[0], (), tuple(named), True)
        return RoleReading(None)  # pairs that do not say which one we are
    found = role(text)
    if found == "processor":
        m = _ON_BEHALF.search(_fold(text))
        if m:
            start = m.start("party")
            party = _within_bracket(text[start:])
            if party:
                return RoleReading("processor", (_named(party),), (), True)
            return RoleReading("processor", (), (), True)
    bare = found is not None and len(text.split()) <= 3
    return RoleReading(found, (), (), not bare and found is not None)


def _within_bracket(party: str) -> str:
    """The party as far as the bracket it stands in reaches: "Processor (on behalf of clients)" serves
    "clients", never "clients)"; a party that is only a bracket is no name."""
    depth = 0
    for at, char in enumerate(party):
        depth += (char == "(") - (char == ")")
        if depth < 0:
            party = party[:at]
            break
    return party.strip(" .,;:)(")


def _named(party: str) -> str:
    """ "klant" as a name: "Klant"."""
    party = party.strip()
    return party[:1].upper() + party[1:]


# --- recipients ------------------------------------------------------------------------------

# People and bodies of the organisation itself, whatever else the name says ("Bureau de
# l'association" is the association's board, not an agency).
_OWN = re.compile(
    r"\bintern(?:e|al|es|ally|ement)?\b|\bin-?house\b|\beigen\s+(?:medewerkers|personeel|afdeling\w*|organisatie|mensen)"
    r"|\bown\s+(?:staff|employees|people|organisation|organization)\b|\b(?:seule?s?|uniquement|only|alleen|nur|enkel)$"
    r"|^(?:seule?s?|uniquement|only|alleen|nur|enkel)\b|\bsecretaire\w*|\btresorier\w*|\bpresident\w*"
    r"|\bbureau\s+de\s+l'?\s*(?:association|organisme)|\bmembres?\s+du\s+bureau\b|\bcharge(?:e)?s?\s+d[e']"
    r"|\bagents?\s+d[ue']|\bconseil\s+d'?\s*administration\b|\bbenevoles\b|\bsalaries\b"
    # The board of an association: "Vorstand", "Vereinsvorstand", "Bestuur", "Dagelijks bestuur".
    r"|\b(?:vereins)?vorstand\b|\bbestuur\b"
)
_EXTERNAL = re.compile(
    r"leverancier|supplier|provider|vendor|bureau|agency|universit\w*|hogeschool|ziekenhuis|hospital|klinik|agence|agentur|dienstverlener|dienstleister|prestataire"
    r"|fournisseur|anbieter|\bextern\w*|\bpartner\w*|consultan\w*|adviseur|advisor|\bcloud\b|\bhosting\b"
    r"|\b(?:b\s?v|n\s?v|ltd|inc|llc|gmbh|ag|sa|sas|sarl|plc|bvba|srl)\b\.?$"
)
_INTERNAL = re.compile(
    r"\bteam\w*|\w+team\b|\bstaff\b|\bafdeling\w*|\bdepartment\w*|\bdept\b|\bmedewerkers\b|\bpersoneel\b|\bemployees\b"
    r"|\bmannschaft(?:en)?\b|\bequipes?\b|^service\s|\bdirection\b|\babteilung\w*|\w+abteilung\b|\bmitarbeiter\w*|\bbeschaftigte\b"
)
# Departments named alone: "HR", "Finance", "P&O".
_DEPARTMENTS = {
    "hr",
    "p o",
    "p&o",
    "pz",
    "it",
    "ict",
    "finance",
    "financien",
    "financiele administratie",
    "administratie",
    "boekhouding",
    "accounting",
    "sales",
    "verkoop",
    "marketing",
    "communicatie",
    "communications",
    "support",
    "klantenservice",
    "customer service",
    "legal",
    "juridische zaken",
    "management",
    "directie",
    "bestuur",
    "board",
    "rh",
    "ressources humaines",
    "comptabilite",
    "dsi",
    "direction",
    "personal",
    "buchhaltung",
    "vertrieb",
    "geschaftsfuhrung",
    "human resources",
    "payroll",
    "salarisadministratie",
    "helpdesk",
    "servicedesk",
}
_AUTHORITY = re.compile(
    r"\bbelastingdienst\b|\buwv\b|\bpolitie\b|\bpolice\b|\bpolizei\b|\bgemeente\w*|\bmunicipalit\w*|\bhmrc\b"
    r"|\bfinanzamt\b|\burssaf\b|\bdgfip\b|\badministration\s+fiscale\b|\bimpots\b|\btax\s+authorit\w*"
    r"|\bbelastingautoriteit\w*|\bduo\b|\bsvb\b|\bcbs\b|\bkvk\b|\brechtbank\w*|\bcourts?\b|\btribuna\w*"
    r"|\bgericht\w*|\bbehorde\w*|\btoezichthouder\w*|\bsupervisory\s+authorit\w*|\bministerie\b|\bministry\b"
    r"|\bministere\b|\bministerium\b|\bpole\s+emploi\b|\bfrance\s+travail\b|\bsozialversicherung\w*"
    r"|\brentenversicherung\w*|\bagentur\s+fur\s+arbeit\b"
)
_PROCESSOR = re.compile(
    r"\bverwerkers?\b|\bprocessors?\b|\bsous-?\s?traitants?\b|\bauftragsverarbeiter\w*|\bhosting\w*|\bhebergeu\w*"
    r"|\bcloud\b|\bsaas\b|\bsoftware\w*|\bsalarisverwerk\w*|\bpayroll\s+provider\b|\bmailing\w*|\bcrm\b"
    r"|\bit-?\s?(?:leverancier|supplier|provider|dienstleister)\b|\bleverancier\w*|\bdienstleister\b"
    r"|\bprestataire\w*|\bmailchimp\b|\bgoogle\s+(?:workspace|cloud|analytics)\b|\bmicrosoft\s+(?:365|azure)\b"
    r"|\boffice\s+365\b|\baws\b|\bamazon\s+web\s+services\b|\bazure\b|\bsupabase\b|\bhubspot\b|\bsalesforce\b"
    r"|\bzendesk\b|\bintercom\b|\bslack\b|\bexact\s+online\b|\bafas\b|\bnmbrs\b|\bvisma\b|\bloket\b|\btwinfield\b"
    r"|\bmoneybird\b|\bsendgrid\b|\bmailgun\b|\bbrevo\b|\bsendinblue\b|\bhetzner\b|\bovh\w*|\bdigitalocean\b"
    r"|\bvercel\b|\bheroku\b|\bzoom\b|\bdropbox\b|\bnotion\b|\batlassian\b|\bjira\b|\bfreshdesk\b|\brecruitee\b"
    r"|\bpersonio\b|\bworkday\b|\bbamboohr\b"
)


_GROUP = re.compile(
    r"\bmoeder(?:bedrijf|maatschappij|onderneming)\b|\bparent\s+(?:company|organisation|organization)\b"
    r"|\bgroepsmaatschappij\w*|\bgroup\s+compan\w*|\bmaison\s+mere\b|\bsociete\s+mere\b"
    r"|\bmuttergesellschaft\b|\bkonzern\w*|\bzusterbedrijf\b|\bsister\s+company\b"
)


@_per_text
def internal(name: str) -> bool:
    """A team or department of our own ("Internal only", "Support staff", "HR", "Le ministère
    seul", "nur intern", "eigen medewerkers"); not "HR service provider" or "Marketingbureau"."""
    folded = _fold(_str(name)).strip(" .")
    if not folded:
        return False
    if _OWN.search(folded):
        return True
    if _EXTERNAL.search(folded):
        return False
    words = " ".join(re.findall(r"[^\W_]+|&", folded))
    return words in _DEPARTMENTS or words.replace(" & ", "&") in _DEPARTMENTS or bool(_INTERNAL.search(folded))


@_per_text
def recipient_kind(name: str) -> str | None:
    """A recipient's kind judged by its name: internal, group_entity, processor or
    public_authority; None
    when the name does not say."""
    folded = _fold(_str(name))
    if internal(name):
        return "internal"
    if _GROUP.search(folded):
        return "group_entity"
    if _PROCESSOR.search(folded):
        return "processor"
    if _AUTHORITY.search(folded):
        return "public_authority"
    return None


# --- cross references ------------------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    kind: str  # "previous", "row" (the sheet's row), "number" (an activity's number), "name"
    value: str = ""


_PREVIOUS = re.compile(
    r"^(?:idem|id|dito|ditto|same\s+as\s+above|as\s+above|see\s+above|zie\s+(?:hier)?boven|als\s+(?:hier)?boven"
    r"|zelfde\s+als\s+(?:hier)?boven|comme\s+ci-?\s?dessus|voir\s+ci-?\s?dessus|wie\s+oben|siehe\s+oben|dto)\.?$"
)
_LEAD = (
    r"^(?:same\s+as|as\s+(?:in|for|with)?|see|zie|als|gelijk\s+aan|zelfde\s+als|idem|voir|comme|cf|siehe|wie"
    r"|gleich\s+wie)\.?\s+(?:bij\s+|at\s+|pour\s+|le\s+|la\s+|bei\s+)?"
)
_ROW = re.compile(_LEAD + r"(?:row|rij|regel|ligne|zeile)\s+(?P<value>\d{1,6})\.?$")
_NUMBER = re.compile(
    _LEAD + r"(?:(?:activity|activiteit|verwerking|processing|traitement|activite|fiche|verarbeitung"
    r"|tatigkeit|nr|no|n°|#)\.?\s*)?(?P<value>(?:[a-z]{1,4}[-\s]?)?\d{1,6}(?:[.-]\d{1,4})?[a-z]?)\.?$"
)
_NAME = re.compile(_LEAD + r"[\"'\u201c\u201d]?(?P<value>[^\"\u201c\u201d]{2,120}?)[\"'\u201c\u201d]?\.?$")


@_per_text
def cross_reference(text: str) -> Reference | None:
    """A cell that points at another row instead of saying something: "Als V-01", "zie V-03",
    "same as row 4", "idem", "voir traitement 2"; "zie Personeelsadministratie" (by name)."""
    original = _str(text).strip()
    folded = _fold(original)  # one character for one: positions are the original's
    if not folded or len(folded) > 140:
        return None
    if _PREVIOUS.match(folded):
        return Reference("previous")
    for kind, pattern in (("row", _ROW), ("number", _NUMBER), ("name", _NAME)):
        m = pattern.match(folded)
        if m:
            return Reference(kind, original[m.start("value") : m.end("value")])
    return None


@_per_text
def number_key(text: str) -> str:
    """An activity's number as compared: "V-01", "V01" and "v 1" are one."""
    folded = re.sub(r"[^0-9a-z]", "", _fold(_str(text)))
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", folded)
