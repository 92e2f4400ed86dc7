"""Reading cells the way officers write them: lists in one cell, "Art. 6(1)(b)" or "uitvoering
overeenkomst", "Verenigde Staten, India en Bolivia", "7 jaar na einde dienstverband".

Every function takes the text of one cell, in Dutch, English or French, in any case and with
any spacing, and answers with a key of the register's vocabularies or None; none raises,
whatever the cell holds (tests/documents/importing/test_recognise.py fuzzes them). What is not
recognised is not guessed: the import keeps that text in the activity's notes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache, wraps

from babel import Locale
from babel.core import get_global

from ...register.merge import normal_name
from ...register.reference.countries import is_country
from ...register.reference.vocabulary import enum_label, terms


def _per_text(read):
    """``read`` remembered per cell text: a sheet of thousands of rows repeats a few hundred
    texts ("7 jaar", "Nee", "Klanten"), and each reader here answers from the text alone.
    Reading them again for every row took a third of an import's time."""
    cached = lru_cache(maxsize=8192)(read)

    @wraps(read)
    def reader(text):
        return cached(text) if isinstance(text, str) else read(text)

    return reader


def _per_text_list(read):
    """As _per_text, for a reader that answers a list: each caller gets a list of its own."""
    cached = lru_cache(maxsize=8192)(lambda text: tuple(read(text)))

    @wraps(read)
    def reader(text):
        return list(cached(text)) if isinstance(text, str) else read(text)

    return reader


def _str(text: object) -> str:
    if isinstance(text, str):
        return text
    return "" if text is None else str(text)


_APOSTROPHES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)).lower()
    if len(base) == 1:
        return base
    lower = char.lower()
    return lower if len(lower) == 1 else char


def _fold(text: str) -> str:
    """Lower case without accents, one character for one: positions found in the folded text
    are positions in the original, so the original wording can be cut out and kept."""
    return "".join(map(_fold_char, text.translate(_APOSTROPHES)))


# --- Lists in one cell -----------------------------------------------------------------------

# Bullets that also stand mid-line ("a • b • c"); U+F0B7/U+F0A7 are Word's Symbol-font bullets.
_BULLETS = "•·▪◦‣●■□○►▶➢\uf0b7\uf0a7"
_SPLIT = re.compile(f"[;{re.escape(_BULLETS)}]")
# A marker opening a line: "- ", "* ", an en dash, "1. ", "1) ", "a) ". Not "6.1.b" (no space after
# "6."), not "J. Jansen" (a letter needs a bracket).
_MARKER = re.compile(r"^(?:[-*\u2013\u2014+](?=\s)|\d{1,2}[.)](?=\s)|[a-zA-Z]\)|\([a-zA-Z0-9]{1,2}\)(?=\s))\s*")
_ONLY_PUNCTUATION = re.compile(rf"^[\s\-*\u2013\u2014.,:{re.escape(_BULLETS)}]*$")
_EXCEL_ESCAPES = re.compile(r"_x000[dDaA]_")


@_per_text_list
def split_values(text: str) -> list[str]:
    """The items of a multi-value cell: one per line, per ";" and per bullet. Commas do not
    separate (they are inside names: "Naam, adres en woonplaats")."""
    text = _EXCEL_ESCAPES.sub("\n", _str(text)).replace("\u200b", "").replace("\ufeff", "")
    values = []
    for line in text.splitlines():
        for part in _SPLIT.split(line):
            part = part.strip()
            previous = None
            while part != previous:
                previous = part
                part = _MARKER.sub("", part).strip()
            if part and not _ONLY_PUNCTUATION.match(part):
                values.append(part)
    return values


# --- Article references ----------------------------------------------------------------------

# "Art. 6(1)(b)", "art 6 lid 1 sub b", "6.1.b", "6(1)b", "Article 6.1(f) GDPR", "AVG 6 1 e".
# Without "art."/"AVG" a bare number is only read as an article when written compactly.
_REF = re.compile(
    r"(?:(?P<prefix>\b(?:art(?:ikel|icle|icles|s)?|avg|gdpr|rgpd|uavg|ago|dsgvo)\b\.?\s*)|(?<![\w.,]))"
    r"(?P<article>\d{1,2})(?!\d)"
    r"(?:\s*\(\s*(?P<p1>\d)\s*\)"
    r"|[.\-](?P<p2>\d)(?!\d)"
    r"|[\s,]+(?:lid|para|paragraph|paragraphe|al|alinea|abs|absatz|§)\.?\s*(?P<p3>\d)(?!\d)"
    r"|\s+(?P<p4>\d)(?!\d))?"
    # Possessive where nothing needs giving back: long runs of spaces stay linear.
    r"(?:[\s,.\-]*+(?:(?:sub|onder|under|point|letter|lit|punt|sous|buchst|buchstabe)\b\.?\s*+)?"
    r"\(?\s*+(?P<letter>[a-j])(?:\s*\))?(?!\w))?"
)
# Further letters of the same paragraph: "Art. 6(1)(a) and (b)", "6.1.a en b".
_MORE = re.compile(
    r"\s*(?:,|/|&|\+|\ben\b|\band\b|\bet\b|\bor\b|\bof\b|\bou\b|\bund\b|\boder\b)\s*"
    r"(?:\(\s*(?P<bracketed>[a-j])\s*\)"
    r"|(?P<bare>[a-j])(?=\s*(?:$|[,;./)]|\b(?:en|and|et|or|of|ou|und|oder|dsgvo|avg|gdpr|rgpd)\b)))"
)


@dataclass(frozen=True)
class _Ref:
    start: int
    end: int
    article: int
    paragraph: int | None
    letter: str | None
    prefixed: bool
    compact: bool  # "6(1)", "6.1", "6 lid 1": a reference even without "art."


def _refs(folded: str) -> list[_Ref]:
    found = []
    for m in _REF.finditer(folded):
        p1, p2, p3, p4 = m.group("p1", "p2", "p3", "p4")
        paragraph = next((int(p) for p in (p1, p2, p3, p4) if p), None)
        prefixed = m.group("prefix") is not None
        compact = bool(p1 or p2 or p3)
        letter = m.group("letter")
        found.append(_Ref(m.start(), m.end(), int(m.group("article")), paragraph, letter, prefixed, compact))
        end = m.end()
        while letter:
            more = _MORE.match(folded, end)
            if not more:
                break
            letter = more.group("bracketed") or more.group("bare")
            found.append(_Ref(more.start(), more.end(), int(m.group("article")), paragraph, letter, prefixed, compact))
            end = more.end()
    return found


@cache
def _ref_keys(vocabulary: str) -> dict[tuple[int, int | None, str | None], str]:
    """(article, paragraph, letter) -> key, from the vocabulary's own ``ref`` ("Art. 46(2)(c);
    Art. 47"): the toml is the single source of which letter is which."""
    keys: dict[tuple[int, int | None, str | None], str] = {}
    pattern = re.compile(r"^Art\.\s*(\d+)(?:\((\d)\))?(?:\(([a-z])\))?$")
    for term in terms(vocabulary):
        for part in term.ref.split(";"):
            m = pattern.match(part.strip())
            if m:
                article, paragraph, letter = m.groups()
                keys.setdefault((int(article), int(paragraph) if paragraph else None, letter), term.key)
    return keys


@cache
def _lettered_paragraph(vocabulary: str) -> dict[tuple[int, str], str]:
    """(article, letter) -> key, for articles whose letters are all in one paragraph (Art. 6(1),
    Art. 9(2)); not Art. 46, whose letters are in (2) and (3)."""
    paragraphs: dict[int, set[int | None]] = {}
    for article, paragraph, letter in _ref_keys(vocabulary):
        if letter:
            paragraphs.setdefault(article, set()).add(paragraph)
    return {
        (article, letter): key
        for (article, paragraph, letter), key in _ref_keys(vocabulary).items()
        if letter and len(paragraphs[article]) == 1
    }


def _ref_matches(folded: str, vocabulary: str) -> list[tuple[int, int, str]]:
    """Keys named by reference. A number counts as an article when written compactly ("6(1)",
    "6.1") or after "art."/"AVG"; a whole article ("Art. 45", "Art. 47") only after "art."."""
    keys = _ref_keys(vocabulary)
    found = []
    for ref in _refs(folded):
        key = keys.get((ref.article, ref.paragraph, ref.letter)) if ref.prefixed or ref.compact else None
        if key is None and ref.prefixed and ref.paragraph is None and ref.letter:
            # "Art. 6 lit. f", "art. 9 sub a": the letter of the one paragraph that has letters.
            key = _lettered_paragraph(vocabulary).get((ref.article, ref.letter))
        if key:
            found.append((ref.start, ref.end, key))
    return found


# --- Words -----------------------------------------------------------------------------------


def _phrase(label: str) -> str:
    """A vocabulary label as a pattern: its words in order, any punctuation between them."""
    words = re.findall(r"[^\W_]+", _fold(label))
    return r"\b" + r"\W+".join(map(re.escape, words)) + r"\b" if words else r"(?!)"


def _compile(table: dict[str, list[str]], vocabulary: str | None = None) -> list[tuple[re.Pattern, str]]:
    patterns = [(re.compile(p), key) for key, texts in table.items() for p in texts]
    if vocabulary:
        for term in terms(vocabulary):
            for label in term.label.values():
                patterns.append((re.compile(_phrase(label)), term.key))
    return patterns


def _word_matches(folded: str, patterns: list[tuple[re.Pattern, str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), key) for pattern, key in patterns for m in pattern.finditer(folded)]


def _in_order(matches: list[tuple[int, int, str]]) -> list[str]:
    """Keys by where they are named; a longer wording hides the ones inside it ("Vitaal belang
    (geen toestemming mogelijk)" names no consent)."""
    taken: list[tuple[int, int]] = []
    keys: list[str] = []
    for start, end, key in sorted(matches, key=lambda m: (m[0], m[0] - m[1])):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        if key not in keys:
            keys.append(key)
    return keys


_VITAL = [
    r"\bvita(?:al|le)\s+belang(?:en)?\b",
    r"\bvital\s+interests?\b",
    r"\binterets?\s+vita(?:l|ux)\b",
    r"\blebenswichtige[nrs]?\s+interesse[ns]?\b",
]
_LEGAL_BASIS_WORDS = {
    "consent": [r"\btoestemming\b", r"\bconsent(?:s|ed)?\b", r"\bconsentement\b", r"\beinwilligung(?:en)?\b"],
    "contract": [
        (
            r"\b(?:uitvoering\s+(?:van\s+)?(?:een\s+|de\s+)?)?(?:arbeids|dienstverlenings|koop|huur|leer|abonnements)?"
            r"overeenkomst(?:en)?\b"
        ),
        r"\bcontract(?:s|ual)?\b",
        r"\bcontrats?\b",
        r"\bcontractuel(?:le)?s?\b",
        r"\bcontractuele?\b",
        r"\bpre-?contractu\w*",
        # Vertrag, Verträge, Vertragserfüllung, vertragliche Pflichten; not the AV-Vertrag (a
        # processor agreement), nor Dutch "vertraging".
        r"(?<!av-)(?<!adv-)\bvertrag(?:s\w+|e|lich\w*)?\b",
    ],
    "legal_obligation": [
        r"\bwettelijke?\s+(?:verplichting|plicht|bewaarplicht|eis)(?:en)?\b",
        r"\bwettelijk\s+verplicht\b",
        r"\b(?:legal|statutory)\s+(?:obligation|requirement|duty)s?\b",
        r"\bobligations?\s+(?:legales?|juridiques?)\b",
        r"\b(?:rechtliche|gesetzliche)[nr]?\s+(?:verpflichtung|pflicht|aufbewahrungspflicht)(?:en)?\b",
        r"\brechtspflicht(?:en)?\b",
    ],
    "vital_interests": _VITAL,
    "public_task": [
        r"\balgemeen\s+belang\b",
        r"\bopenbaar\s+gezag\b",
        r"\bpublieke?\s+taak\b",
        r"\bpubliekrechtelijke\s+taak\b",
        r"\bwettelijke\s+taak\b",
        r"\bpublic\s+(?:task|interest|authority)\b",
        r"\bofficial\s+authority\b",
        r"\binteret\s+public\b",
        r"\bautorite\s+publique\b",
        r"\bservice\s+public\b",
        # The CNIL's registers abbreviate "mission d'intérêt public".
        r"\bmip\b",
        r"\boffentliche[nrs]?\s+(?:aufgabe|interesse)n?\b",
        r"\boffentlichen\s+gewalt\b",
    ],
    "legitimate_interests": [
        r"\bgerechtvaardigde?\s+belang(?:en)?\b",
        r"\blegitiem\s+belang\b",
        r"\blegitimate\s+interests?\b",
        r"\binterets?\s+legitimes?\b",
        r"\bberechtigte[nrs]?\s+interesse[ns]?\b",
    ],
}

_CONDITION_WORDS = {
    "explicit_consent": [
        r"\buitdrukkelijke?\s+toestemming\b",
        r"\bexplicit\s+consent\b",
        r"\bconsentement\s+explicite\b",
        # Alone in the Art. 9 column, consent can only be 9(2)(a).
        r"\btoestemming\b",
        r"\bconsent\b",
        r"\bconsentement\b",
        r"\bausdruckliche[nr]?\s+einwilligung\b",
        r"\beinwilligung\b",
    ],
    "employment_social_security": [
        r"\barbeidsrecht\w*",
        r"\bsociale\s+zekerheid\b",
        r"\bsociale\s+bescherming\b",
        r"\bemployment\b",
        r"\bsocial\s+(?:security|protection)\b",
        r"\bdroit\s+du\s+travail\b",
        r"\bsecurite\s+sociale\b",
        r"\bprotection\s+sociale\b",
        r"\barbeitsrecht\w*",
        r"\bsoziale[nr]?\s+(?:sicherheit|schutz\w*)\b",
        r"\bsozialrecht\w*",
    ],
    "vital_interests": _VITAL,
    "not_for_profit": [
        r"\bzonder\s+winstoogmerk\b",
        r"\bnot[\s-]+for[\s-]+profit\b",
        r"\bnon[\s-]?profit\b",
        r"\bsans\s+but\s+lucratif\b",
        r"\bohne\s+gewinnerzielungsabsicht\b",
    ],
    "made_public": [
        r"\bopenbaar\s+gemaakt\b",
        r"\bmade\s+public\b",
        r"\brendues?\s+publiques?\b",
        r"\bmanifestement\s+publiques?\b",
        r"\boffentlich\s+gemacht\b",
    ],
    "legal_claims": [
        r"\brechtsvordering\w*",
        r"\brechtspraak\b",
        r"\blegal\s+claims?\b",
        r"\baction\s+en\s+justice\b",
        r"\bdroits?\s+en\s+justice\b",
        r"\brechtsanspruch\w*",
    ],
    "substantial_public_interest": [
        r"\bzwaarwegend\s+algemeen\s+belang\b",
        r"\bsubstantial\s+public\s+interest\b",
        r"\binteret\s+public\s+important\b",
        r"\berhebliche[nrs]?\s+offentliche[nrs]?\s+interesse[ns]?\b",
    ],
    "health_care": [
        r"\bgezondheidszorg\b",
        r"\barbeidsgeneeskunde\b",
        r"\bmedische\s+diagnos\w*",
        r"\bsociale\s+diensten\b",
        r"\bhealth\s*care\b",
        r"\bsocial\s+care\b",
        r"\boccupational\s+medicine\b",
        r"\bmedical\s+diagnosis\b",
        r"\bmedecine\s+(?:preventive|du\s+travail)\b",
        r"\bdiagnostics?\s+medica(?:l|ux)\b",
        r"\bgesundheitsvorsorge\b",
        r"\barbeitsmedizin\w*",
        r"\bmedizinische[nr]?\s+diagnosti\w*",
        r"\bgesundheits-?\s+(?:oder|und)\s+sozialbereich\b",
    ],
    "public_health": [
        r"\bvolksgezondheid\b",
        r"\bpublic\s+health\b",
        r"\bsante\s+publique\b",
        r"\boffentliche[nr]?\s+gesundheit\b",
    ],
    "archiving_research": [
        r"\barchivering\b",
        r"\bwetenschappelijk\s+onderzoek\b",
        r"\bhistorisch\s+onderzoek\b",
        r"\bstatisti(?:ek|sch)\w*",
        r"\barchiving\b",
        r"\bresearch\b",
        r"\bstatistic\w*",
        r"\barchivage\b",
        r"\brecherche\s+scientifique\b",
        r"\bstatistiques?\b",
        r"\barchivzweck\w*",
        r"\bwissenschaftliche[nr]?\s+forschung\w*",
        r"\bforschungszweck\w*",
    ],
}

_CATEGORY_WORDS = {
    "racial_ethnic_origin": [
        r"\bras\b",
        r"\betnische?\s+(?:afkomst|herkomst|achtergrond)\b",
        r"\betniciteit\b",
        r"\bracial\b",
        r"\brace\b",
        r"\bethnic\w*",
        r"\borigine\s+(?:raciale|ethnique)\b",
        r"\bethnie\b",
        r"\brassische\w*",
        r"\bethnische\w*",
    ],
    "political_opinions": [r"\bpolitiek\w*", r"\bpolitical\b", r"\bopinions?\s+politiques?\b", r"\bpolitische\w*"],
    "religious_beliefs": [
        r"\breligi\w*",
        r"\bgodsdienst\w*",
        r"\blevensovertuiging\w*",
        r"\blevensbeschouw\w*",
        r"\bgeloof\w*",
        r"\bphilosophical\s+beliefs?\b",
        r"\bconvictions?\s+(?:religieuses?|philosophiques?)\b",
        r"\bweltanschau\w*",
    ],
    "trade_union_membership": [
        r"\bvakbond\w*",
        r"\btrade\s+union\w*",
        r"\bunion\s+membership\b",
        r"\bsyndica\w*",
        r"\bgewerkschaft\w*",
    ],
    "genetic_data": [r"\bgenetisch\w*", r"\bgenetic\w*", r"\bgenetiques?\b", r"\bdna\b", r"\badn\b"],
    "biometric_data": [
        r"\bbiometri\w*",
        r"\bvingerafdruk\w*",
        r"\bfingerprints?\b",
        r"\bgezichtsherkenning\b",
        r"\bfacial\s+recognition\b",
        r"\bempreintes?\s+digitales?\b",
        r"\bfingerabdr\w*",
        r"\bgesichtserkennung\b",
    ],
    "health": [
        r"\bgezondheid\w*",
        r"\bmedisch\w*",
        r"\bziekte\w*",
        r"\bverzuim\w*",
        r"\bhealth\b",
        r"\bmedical\b",
        r"\bsickness\b",
        r"\bsante\b",
        r"\bmedica(?:l|le|les|ux)\b",
        r"\bgesundheit\w*",
        r"\bmedizinisch\w*",
        r"\bkrankheit\w*",
        r"\bkrankmeldung\w*",
        r"\barbeitsunfahigkeit\w*",
        r"\bdiagnosen?\b",
    ],
    "sex_life_orientation": [
        r"\bseksue(?:el|le)\s+(?:leven|gedrag|gerichtheid|geaardheid|voorkeur)\b",
        r"\bsex(?:ual)?\s+life\b",
        r"\bsexual\s+orientation\b",
        r"\bvie\s+sexuelle\b",
        r"\borientation\s+sexuelle\b",
        r"\bsexualleben\w*",
        r"\bsexuelle[nr]?\s+(?:orientierung|ausrichtung)\b",
    ],
}

_TOOL_WORDS = {
    "standard_contractual_clauses": [
        r"\bsccs?\b",
        r"\bstandard\s+(?:data\s+protection\s+)?contractual\s+clauses?\b",
        r"\bmodel\s+clauses?\b",
        r"\bmodel\s+contract(?:ual)?\s+clauses?\b",
        r"\bstandaard\s*contract\w*\b",
        r"\bmodel\s*contract\w*\b",
        r"\bmodel\s*clausules?\b",
        r"\bclauses?\s+contractuelles?\s+types?\b",
        r"\bccts?\b",
        r"\bstandard(?:vertrags|datenschutz)klauseln?\b",
    ],
    "binding_corporate_rules": [
        r"\bbcrs?\b",
        r"\bbinding\s+corporate\s+rules?\b",
        r"\bbindende\s+bedrijfsvoorschriften\b",
        r"\bregles?\s+d'?\s*entreprise\s+contraignantes?\b",
        r"\bverbindliche[n]?\s+interne[n]?\s+datenschutzvorschriften\b",
    ],
    "adequacy": [
        r"\badequa(?:cy|te|at|atheid\w*)\b",
        r"\bpassendheid\w*",
        r"\bpassend\s+beschermingsniveau\b",
        r"\bdecisions?\s+d'?\s*adequation\b",
        r"\badequation\b",
        r"\bdpf\b",
        r"\bdata\s+privacy\s+framework\b",
        r"\bangemessenheit\w*",
        # "Certified under the DPF" is the adequacy decision for the US, not an Art. 46 certification.
        (
            r"\bcertifi\w*\s+(?:under|onder|volgens|selon)\s+(?:the\s+|het\s+|le\s+)?(?:eu[\s-]*(?:us|vs)\s+)?"
            r"(?:dpf|data\s+privacy\s+framework)\b"
        ),
    ],
    # The "no tool" label of earlier versions (now "Geen doorgifte-instrument"), still in workbooks they wrote.
    "none": [r"\bgeen\s+doorgifte\s*mechanisme\b"],
    "code_of_conduct": [r"\bgedragscode\b", r"\bcodes?\s+of\s+conduct\b", r"\bcodes?\s+de\s+conduite\b"],
    "certification": [r"\bcertificering\w*", r"\bcertification\b"],
    "art49_explicit_consent": [
        r"\buitdrukkelijke?\s+toestemming\b",
        r"\bexplicit(?:ly)?\s+consent\w*",
        r"\bconsentement\s+explicite\b",
    ],
}

_PATTERNS: dict[str, list[tuple[re.Pattern, str]]] = {}


def _patterns(name: str) -> list[tuple[re.Pattern, str]]:
    if name not in _PATTERNS:
        table, vocabulary = {
            "legal_bases": (_LEGAL_BASIS_WORDS, "legal_bases"),
            "special_conditions": (_CONDITION_WORDS, "special_conditions"),
            "special_categories": (_CATEGORY_WORDS, "special_categories"),
            "transfer_tools": (_TOOL_WORDS, "transfer_tools"),
        }[name]
        _PATTERNS[name] = _compile(table, vocabulary)
    return _PATTERNS[name]


@_per_text_list
def legal_bases(text: str) -> list[str]:
    """Every Art. 6(1) basis a cell names, by reference or in words, in the cell's order."""
    folded = _fold(_str(text))
    return _in_order(_ref_matches(folded, "legal_bases") + _word_matches(folded, _patterns("legal_bases")))


@_per_text_list
def legal_basis_matches(text: str) -> list[tuple[int, int, str]]:
    """Where a cell names a basis, by reference or in words: (start, end, key), positions in
    the cell as written (folding keeps them), so what is left can be read further."""
    folded = _fold(_str(text))
    return _ref_matches(folded, "legal_bases") + _word_matches(folded, _patterns("legal_bases"))


@_per_text
def legal_basis(text: str) -> str | None:
    found = legal_bases(text)
    return found[0] if found else None


@_per_text
def special_condition(text: str) -> str | None:
    """The Art. 9(2) condition a cell names ("Art. 9(2)(h)", "uitdrukkelijke toestemming")."""
    folded = _fold(_str(text))
    matches = _ref_matches(folded, "special_conditions") + _word_matches(folded, _patterns("special_conditions"))
    found = _in_order(matches)
    return found[0] if found else None


# Personal data relating to criminal convictions and offences (Art. 10): the records themselves and
# the certificates of conduct that show them (VOG, DBS check, casier judiciaire, Führungszeugnis).
_CRIMINAL = re.compile(
    r"\bstrafrecht\w*|\bstrafblad\w*|\bvog\b|\bverklaring\s+omtrent\s+(?:het\s+)?gedrag\b|\bjustitiele\s+gegevens\b"
    r"|\bcriminal\w*|\bdbs\s+(?:check|certificate|disclosure)s?\b|\bdisclosure\s+and\s+barring\b"
    r"|\b(?:criminal\s+)?convictions?\b|\bcasiers?\s+judiciaires?\b|\bpena(?:l|le|les|ux)\b"
    r"|\bcondamnations?\s+penales?\b|\w*fuhrungszeugnis\w*|\bstraf(?:tat|register|verfahren|rechtlich)\w*"
    r"|\bvorstrafe\w*"
)


@_per_text
def criminal_data(text: str) -> bool:
    """Whether a data category's name is about criminal convictions and offences (Art. 10):
    "Strafrechtelijke gegevens", "VOG", "DBS check", "casier judiciaire", "erweitertes Führungszeugnis"."""
    return bool(_CRIMINAL.search(_fold(_str(text))))


@_per_text
def special_category(text: str) -> str | None:
    """The Art. 9(1) category a data category's name is about ("Medische gegevens": health)."""
    found = _in_order(_word_matches(_fold(_str(text)), _patterns("special_categories")))
    return found[0] if found else None


@_per_text
def transfer_tool(text: str) -> str | None:
    """The Chapter V tool a cell names ("SCC", "Art. 46(2)(c)", "adequaatheidsbesluit"). "Geen"
    or "n.v.t." is no tool named, so None; only the vocabulary's own label gives "none"."""
    folded = _fold(_str(text))
    found = _in_order(_ref_matches(folded, "transfer_tools") + _word_matches(folded, _patterns("transfer_tools")))
    return found[0] if found else None


# --- Countries -------------------------------------------------------------------------------

# Names people use that CLDR does not give (or gives otherwise: "Czechia", "Türkiye").
_COUNTRY_ALIASES = {
    "US": [
        "vs",
        "v s",
        "usa",
        "u s a",
        "u s",
        "amerika",
        "america",
        "verenigde staten van amerika",
        "united states of america",
        "etats unis d amerique",
    ],
    "GB": [
        "uk",
        "u k",
        "vk",
        "groot brittannie",
        "great britain",
        "britain",
        "engeland",
        "england",
        "schotland",
        "scotland",
        "wales",
        "noord ierland",
        "northern ireland",
        "grande bretagne",
        "angleterre",
        "ecosse",
        "pays de galles",
        "irlande du nord",
    ],
    "NL": ["holland"],
    "HK": ["hong kong", "hongkong"],
    "MO": ["macau", "macao"],
    "CZ": ["czech republic", "tsjechische republiek", "republique tcheque"],
    "TR": ["turkey", "turkije"],
    "KR": ["republic of korea", "republiek korea"],
    "CI": ["ivory coast"],
    "MK": ["macedonia", "macedonie"],
    "SZ": ["swaziland"],
    "RU": ["russian federation", "russische federatie"],
    "VN": ["viet nam"],
    "AE": ["uae", "vae", "emiraten", "emirates"],
    "VA": ["vaticaan", "vatican", "holy see", "heilige stoel", "saint siege"],
    "MM": ["burma", "birma"],
    # Parts of member states that CLDR names only with the state, or together (Art. 349 TFEU).
    "PT": ["madeira", "azores", "azoren", "acores"],
    "EA": ["ceuta", "melilla"],
    "IC": ["canarias", "islas canarias", "canary isles"],
    "CD": [
        "drc",
        "dr congo",
        "democratic republic of the congo",
        "democratische republiek congo",
        "republique democratique du congo",
    ],
    "PS": ["palestine", "palestina"],
}
_CONNECTORS = {"en", "and", "et", "or", "of", "ou", "und", "oder"}
# German names that are everyday words of the other languages: Dutch "indien" is "if".
_NOT_NAMES = {"indien", "island"}
# Separators of a list of countries; brackets too: "Microsoft (VS)".
_COUNTRY_PARTS = re.compile(r"[,;/&+|()\[\]\r\n\t\u2028\u2029" + re.escape(_BULLETS) + "]")
_TOKEN = re.compile(r"[^\W_]+")


def _key(text: str) -> str:
    return " ".join(_TOKEN.findall(_fold(text)))


@cache
def _country_names() -> dict[str, str]:
    """Folded name -> code: CLDR's names in Dutch, English and French, and the aliases."""
    names: dict[str, str] = {}
    for lang in ("nl", "en", "fr", "de"):
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and is_country(code) and _key(name) not in _NOT_NAMES:
                names.setdefault(_key(name), code)
    for code, aliases in _COUNTRY_ALIASES.items():
        for alias in aliases:
            names.setdefault(_key(alias), code)
    return names


@cache
def _country_codes() -> dict[str, str]:
    """Alpha-2 and alpha-3 code -> alpha-2 ("USA" and "UK" from CLDR's territory aliases)."""
    # CLDR's keys are all strings; babel types them as any key of its locale data.
    territories = [code for code in Locale.parse("en").territories if isinstance(code, str)]
    codes = {code: code for code in territories if len(code) == 2 and is_country(code)}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) in (2, 3) and alias.isalpha() and len(targets) == 1 and is_country(targets[0]):
            codes.setdefault(alias, targets[0])
    return codes


@cache
def _longest_name() -> int:
    return max(len(name.split()) for name in _country_names())


@_per_text_list
def countries(text: str) -> list[str]:
    """The countries a cell names, in order, once each: "Verenigde Staten, India en Bolivia".

    Names count in any case when the part of the list is only names; inside a sentence a
    one-word name must be capitalised ("china" is porcelain, "réunion" a meeting). Codes count only in
    capitals and standing alone ("US", "USA, GBR"): "IT-afdeling" and "HR" are not countries.
    """
    names, codes = _country_names(), _country_codes()
    found: list[str] = []
    for part in _COUNTRY_PARTS.split(_str(text)):
        tokens = [(m.group(), _fold(m.group())) for m in _TOKEN.finditer(part)]
        matches: list[tuple[str, bool]] = []  # (code, capitalised)
        unknown = False
        i = 0
        while i < len(tokens):
            original, folded = tokens[i]
            if folded in _CONNECTORS:
                i += 1
                continue
            for length in range(min(_longest_name(), len(tokens) - i), 0, -1):
                code = names.get(" ".join(f for _, f in tokens[i : i + length]))
                if code:
                    # Names of several words are no everyday words, whatever their case.
                    matches.append((code, original[:1].isupper() or length > 1))
                    i += length
                    break
            else:
                alone = all(j < 0 or j >= len(tokens) or tokens[j][1] in _CONNECTORS for j in (i - 1, i + 1))
                if alone and original.isupper() and original in codes:
                    matches.append((codes[original], True))
                else:
                    unknown = True
                i += 1
        for code, capitalised in matches:
            if (capitalised or not unknown) and code not in found:
                found.append(code)
    return found


@_per_text
def country(text: str) -> str | None:
    """The one country a cell names ("VS", "Zwitserland", "USA"); None for none or several."""
    found = countries(text)
    return found[0] if len(found) == 1 else None


# --- Retention -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Retention:
    period_value: int | None
    period_unit: str | None  # "days" / "weeks" / "months" / "years"
    starts_from: str
    criterion: str
    # starts_from worded from the cell, not found in it ("Account lifetime + 30 days": "end of
    # the account"): a reading for the officer to confirm.
    derived: bool = False


_NUMBER_WORDS = {
    1: ["een", "one", "a", "un", "une"],
    2: ["twee", "two", "deux"],
    3: ["drie", "three", "trois"],
    4: ["vier", "four", "quatre"],
    5: ["vijf", "five", "cinq"],
    6: ["zes", "six"],
    7: ["zeven", "seven", "sept"],
    8: ["acht", "eight", "huit"],
    9: ["negen", "nine", "neuf"],
    10: ["tien", "ten", "dix"],
    11: ["elf", "eleven", "onze"],
    12: ["twaalf", "twelve", "douze"],
}
# German; "vier", "acht" and "elf" are Dutch too.
for _value, _words in {
    1: ["ein", "eine", "einem", "einen"],
    2: ["zwei"],
    3: ["drei"],
    5: ["funf"],
    6: ["sechs"],
    7: ["sieben"],
    9: ["neun"],
    10: ["zehn"],
    12: ["zwolf"],
}.items():
    _NUMBER_WORDS[_value] = _NUMBER_WORDS[_value] + _words
_WORD_VALUES = {word: value for value, words in _NUMBER_WORDS.items() for word in words}
_UNITS = {
    "days": r"dagen|dag|days|day|jours|jour|tagen|tage|tag",
    "weeks": r"weken|week|weeks|wks|wk|semaines|semaine|wochen|woche",
    "months": r"maanden|maand|mnd|months|month|mths|mth|mois|monaten|monate|monat",
    "years": r"jaren|jaar|jr|years|year|yrs|yr|annees|annee|ans|an|jahren|jahre|jahres|jahr",
}
_PERIOD = re.compile(
    r"(?:(?P<half>\b(?:(?:een\s+)?half\s+jaar|halfjaar|half\s+a\s+year|half\s+year)\b)"
    r"|(?:(?<![\w.,])(?P<digits>\d{1,4}(?:[.,]\d{1,2}(?!\d))?)|\b(?P<word>" + "|".join(_WORD_VALUES) + r"))"
    r"\s*+-?\s*+(?P<unit>" + "|".join(f"(?P<{unit}>{words})" for unit, words in _UNITS.items()) + r")\b)"
)
# What a retention starts from: "na einde dienstverband", "after the end of the contract".
_START = re.compile(
    r"^(?:na|nadat|vanaf|sinds|vanuit|after|from|following|since|once|starting|upon|apres|a\s+compter"
    r"|a\s+partir|des|depuis|suivant|nach|ab|seit|vom|beginnend|mit\s+ablauf)\b"
)
_RANGE = frozenset({"tot", "to", "a", "or", "of", "ou", "bis"})
# Words before a period that add nothing a period does not say ("tot 2 jaar", "bewaartermijn: 7 jaar").
_FILLER = frozenset(
    {
        "tot",
        "uiterlijk",
        "maximaal",
        "max",
        "maximum",
        "minimaal",
        "minimum",
        "ten",
        "minste",
        "tenminste",
        "gedurende",
        "binnen",
        "bewaartermijn",
        "bewaard",
        "bewaren",
        "termijn",
        "up",
        "to",
        "until",
        "till",
        "for",
        "at",
        "most",
        "least",
        "during",
        "within",
        "kept",
        "retention",
        "period",
        "retained",
        "jusqu",
        "a",
        "pendant",
        "durant",
        "au",
        "plus",
        "moins",
        "conservation",
        "conserve",
        "duree",
        "de",
        "bis",
        "zu",
        "maximal",
        "mindestens",
        "fur",
        "die",
        "dauer",
        "von",
        "wahrend",
        "innerhalb",
        "aufbewahrung",
        "aufbewahrungsfrist",
        "loschfrist",
        "frist",
        "speicherdauer",
        "gespeichert",
        "aufbewahrt",
    }
)
# "Account lifetime + 30 days", "durée du contrat + 3 ans": the period runs from the end of
# what is named before the "+". How each language says "the end of" what it names; a duration
# word not listed here leaves the wording as the criterion (never half a reading).
_UNTIL_END = [
    # "Jusqu'à la fin de la saison + 1 an", "tot einde contract + 2 jaar": the end is named.
    (
        re.compile(
            r"^(?:jusqu'?\s*a\s+|tot\s+(?:het\s+)?|until\s+(?:the\s+)?|till\s+(?:the\s+)?|bis\s+(?:zum\s+)?)?"
            r"(?P<whole>(?:la\s+|the\s+|het\s+|das\s+)?(?:fin|einde|end|ende)\s+.+)$"
        ),
        "{whole}",
    ),
    (re.compile(r"^(?:the\s+)?(?:lifetime|life\s?time|duration|term|length)\s+of\s+(?P<rest>.+)$"), "end of {rest}"),
    (
        re.compile(r"^(?:the\s+)?(?P<noun>[^\W\d_][\w\s-]{1,60}?)\s+(?:lifetime|life\s?time|duration|term)$"),
        "end of the {noun}",
    ),
    (re.compile(r"^(?:de\s+|het\s+)?(?:looptijd|duur)(?P<rest>\s+.+)$"), "einde{rest}"),
    (re.compile(r"^(?P<noun>[^\W\d_]{3,40}?)(?:looptijd|duur)$"), "einde {noun}"),
    (re.compile(r"^(?:la\s+)?duree(?:\s+de\s+vie)?(?P<rest>\s+(?:du|de|des|d')\s*.+)$"), "fin{rest}"),
    (
        re.compile(r"^(?:die\s+)?(?:laufzeit|dauer|lebensdauer|bestehen)(?P<rest>\s+(?:des|der|dem)\s+.+)$"),
        "Ende{rest}",
    ),
    (re.compile(r"^(?P<whole>[^\W\d_]{3,40}(?:laufzeit|dauer))$"), "Ende der {whole}"),
]


def _end_of(text: str) -> str:
    """ "Account lifetime" -> "end of the account"; "" when the wording is not a known duration."""
    folded = _fold(text)
    for pattern, wording in _UNTIL_END:
        m = pattern.match(folded)
        if m:
            # The original's own letters (positions are the same in the folded text).
            parts = {name: text[m.start(name) : m.end(name)] for name in m.groupdict()}
            if "noun" in parts and wording.startswith("end of"):
                parts["noun"] = parts["noun"].lower()
            return wording.format(**parts).strip()
    return ""


@_per_text
def retention(text: str) -> Retention | None:
    """A retention period and what it runs from; without a period the text is the criterion."""
    original = _str(text).strip()
    if not original:
        return None
    folded = _fold(original)
    m = _PERIOD.search(folded)
    value, unit = None, None
    if m and m.group("half"):
        value, unit = 6, "months"
    elif m:
        unit = next(u for u in _UNITS if m.group(u))
        if m.group("word"):
            value = _WORD_VALUES[m.group("word")]
        else:
            number = float(m.group("digits").replace(",", "."))
            if number.is_integer():
                value = int(number)
            elif unit == "years" and (number * 12).is_integer():
                value, unit = int(number * 12), "months"  # "1,5 jaar": 18 months
    if m is None or value is None:  # value is set only from a period found
        return Retention(None, None, "", original)
    before = original[: m.start()].strip()
    after = original[m.end() :].strip().lstrip(",;:.-\u2013\u2014 ").strip()
    starts_from = ""
    extra = []
    if before.endswith("+"):
        # "Account lifetime + 30 days": from the end of the account; else the wording as is.
        starts_from = _end_of(before[:-1].strip())
        if not starts_from:
            return Retention(value, unit, "", original)
        if after:
            extra.append(after.strip("() .").strip())
        return Retention(value, unit, starts_from, " ".join(part for part in extra if part), True)
    words = _TOKEN.findall(_fold(before))
    if any(word.isdigit() for word in words) and set(words) <= _FILLER | _RANGE | {w for w in words if w.isdigit()}:
        # A range ("2-5 jaar", "3 tot 5 jaar"): the longest period, and the range said as is.
        extra.append(original[: m.end()].strip())
    elif not set(words) <= _FILLER:
        extra.append(before.rstrip(":-\u2013 ("))
    if after:
        if _START.match(_fold(after)):
            starts_from = after.rstrip(". ")
        else:
            extra.append(after.strip("() .").strip())
    return Retention(value, unit, starts_from, " ".join(part for part in extra if part))


# --- Answers and choices ---------------------------------------------------------------------

_YES = {
    "ja",
    "j",
    "yes",
    "y",
    "oui",
    "x",
    "\u2713",
    "\u2714",
    "\u2611",
    "true",
    "waar",
    "vrai",
    "1",
    "wel",
    "jawel",
    "wahr",
}
_NO = {
    "nee",
    "neen",
    "n",
    "no",
    "non",
    "false",
    "onwaar",
    "faux",
    "0",
    "\u2717",
    "\u2718",
    "geen",
    "none",
    "aucun",
    "aucune",
    "nvt",
    "n v t",
    "n a",
    "na",
    "niet van toepassing",
    "not applicable",
    "non applicable",
    "sans objet",
    "nein",
    "kein",
    "keine",
    "keiner",
    "falsch",
    "entfallt",
    "nicht zutreffend",
    "nicht anwendbar",
}
_LEADING_ANSWER = re.compile(r"^(ja|nee|neen|yes|no|oui|non|geen|none|aucune?|n v t|nein|keine?)\b")


@_per_text
def yes_no(text: str) -> bool | None:
    """Yes (True), no (False) or neither (None). "Ja, zie DPIA" is yes; "n.v.t." and "geen"
    are no: there is nothing to record."""
    folded = _fold(_str(text)).strip()
    if folded in _YES:
        return True
    words = " ".join(_TOKEN.findall(folded))
    if words in _YES and words:
        return True
    if folded in _NO or (words and words in _NO):
        return False
    leading = _LEADING_ANSWER.match(words)
    if leading:
        return leading.group(1) in ("ja", "yes", "oui")
    return None


_ROLE_WORDS = [
    # Joint first: "gezamenlijke verwerkingsverantwoordelijke" also says "controller".
    (
        "joint_controller",
        [
            r"\bgezamenlijk\w*",
            r"\bjoint\b",
            r"\bconjoint\w*",
            r"\bco-?(?:controller|responsable)s?\b",
            r"\bgemeenschappelijk\w*",
            r"\bgemeinsam\w*",
        ],
    ),
    (
        "processor",
        [
            r"\b(?:sub)?verwerkers?\b",
            r"\bprocessors?\b",
            r"\bsous-?\s?traitants?\b",
            r"\b(?:unter)?auftragsverarbeit\w*",
        ],
    ),
    (
        "controller",
        [
            r"\bverwerkingsverantwoordelijken?\b",
            r"\bverantwoordelijke\b",
            r"\bcontrollers?\b",
            r"\bresponsables?\s+(?:de|du)\s+traitement\b",
            r"\bresponsables?\b",
            r"\bverantwortliche[rn]?\b",
        ],
    ),
]
_ROLES = [(key, re.compile("|".join(patterns))) for key, patterns in _ROLE_WORDS]


@_per_text
def role(text: str) -> str | None:
    """Controller, processor or joint controller; for "controller and processor" the first named."""
    folded = _fold(_str(text))
    if _ROLES[0][1].search(folded):
        return "joint_controller"
    found = [(m.start(), key) for key, pattern in _ROLES[1:] for m in [pattern.search(folded)] if m]
    return min(found)[1] if found else None


# First match wins: negations before what they negate ("niet nodig" before "nodig").
_DPIA_WORDS = [
    (
        "required",
        [
            r"\bnog\s+niet\s+(?:uitgevoerd|gedaan|afgerond)\b",
            r"\bnot\s+yet\s+(?:done|carried\s+out|performed)\b",
            r"\bpas\s+encore\s+realisee?\b",
        ],
    ),
    (
        "not_screened",
        [
            r"\bniet\s+beoordeeld\b",
            r"\bnot\s+(?:screened|assessed)\b",
            r"\bonbekend\b",
            r"\bunknown\b",
            r"\btbd\b",
            r"\bnog\s+te\s+bepalen\b",
            r"\bto\s+be\s+determined\b",
            r"\bnon\s+evaluee?\b",
            r"\binconnu\b",
            r"^\s*\?+\s*$",
        ],
    ),
    (
        "not_required",
        [
            r"\bniet\s+(?:nodig|vereist|verplicht|noodzakelijk)\b",
            r"\bgeen\s+dpia\b",
            r"\bnot\s+(?:required|needed|necessary)\b",
            r"\bno\s+dpia\b",
            r"\b(?:non|pas)\s+(?:requise?|necessaire|obligatoire)\b",
            r"\bniet\s+van\s+toepassing\b",
            r"\bn\.?\s?v\.?\s?t\b",
            r"\bn/a\b",
            r"\bnot\s+applicable\b",
        ],
    ),
    (
        "in_progress",
        [
            r"\bin\s+uitvoering\b",
            r"\bin\s+progress\b",
            r"\blopend\b",
            r"\bloopt\b",
            r"\bbezig\b",
            r"\bongoing\b",
            r"\ben\s+cours\b",
            r"\bgestart\b",
            r"\bstarted\b",
            r"\bin\s+behandeling\b",
        ],
    ),
    (
        "done",
        [
            r"\buitgevoerd\b",
            r"\bafgerond\b",
            r"\bgereed\b",
            r"\bdone\b",
            r"\bcompleted?\b",
            r"\bcarried\s+out\b",
            r"\bperformed\b",
            r"\brealisee?\b",
            r"\beffectuee?\b",
            r"\bterminee?\b",
        ],
    ),
    (
        "required",
        [
            r"\bvereist\b",
            r"\bnodig\b",
            r"\bverplicht\b",
            r"\bnoodzakelijk\b",
            r"\brequired\b",
            r"\bneeded\b",
            r"\bnecessary\b",
            r"\bte\s+doen\b",
            r"\bto\s?do\b",
            r"\bgepland\b",
            r"\bplanned\b",
            r"\brequise?\b",
            r"\bnecessaire\b",
            r"\bobligatoire\b",
            r"\ba\s+realiser\b",
        ],
    ),
]
_DPIA = [(key, re.compile("|".join(patterns))) for key, patterns in _DPIA_WORDS]
# A date in the DPIA column: it was carried out then.
_DATE = re.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b")


@cache
def _dpia_labels() -> dict[str, str]:
    labels = {}
    for key in ("not_screened", "not_required", "required", "in_progress", "done"):
        for lang in ("nl", "en"):
            labels[_key(enum_label("dpia_status", key, lang))] = key
    return labels


@_per_text
def dpia_status(text: str) -> str | None:
    """Done, required, not required, in progress or not screened. A bare "yes" is read as
    "required", not "done": if wrong, the register shows a DPIA still to do, not a gap hidden."""
    folded = _fold(_str(text))
    label = _dpia_labels().get(_key(folded))
    if label:
        return label
    for key, pattern in _DPIA:
        if pattern.search(folded):
            return key
    if _DATE.search(folded):
        return "done"
    answer = yes_no(text)
    if answer is None:
        return None
    return "required" if answer else "not_required"


@_per_text
def status(text: str) -> str | None:
    """active/draft/retired from words in nl/en/fr."""
    words = normal_name(text)
    for key, names in (
        ("active", ("actief", "active", "in gebruik", "actif", "en cours")),
        ("draft", ("concept", "in voorbereiding", "draft", "ontwerp", "brouillon")),
        ("retired", ("beëindigd", "beeindigd", "retired", "gestopt", "ended", "archived", "terminé")),
    ):
        if any(name in words for name in names):
            return key
    return None


@_per_text
def source(text: str) -> str | None:
    """Where data come from: data_subject/third_party/public_source, from words in nl/en/fr."""
    words = normal_name(text)
    if any(w in words for w in ("openbare", "public", "publique", "internet", "kvk", "handelsregister")):
        return "public_source"
    if any(w in words for w in ("derde", "third", "tiers", "werkgever", "employer")):
        return "third_party"
    if any(
        w in words
        for w in (
            "betrokkene",
            "zelf",
            "data subject",
            "directly",
            "individual",
            "personne concernée",
            "klant",
            "customer",
            "sollicitant",
            "applicant",
        )
    ):
        return "data_subject"
    return None
