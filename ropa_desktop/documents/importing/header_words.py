"""The words of a column header as compared, so wordings that differ only in form are one.

"Persoonsgegevens (categorieën)" and "Categorieën persoonsgegevens", "Données" and "Donnée",
"Kategorien betroffener Personen" and "Kategorie betroffene Personen": the same header. Case,
accents, punctuation, articles, plural and declension endings and word order are folded away;
what is in parentheses is looked at apart (a reference such as "(art. 6)" says nothing about the
column, a qualifier such as "(incl. special)" narrows it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NUMBERING = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]\s*|[a-z][.)]\s+)")
# Plural markers glued to a word: "Finalité(s)", "Doel(en)", "Zweck(e)", "Empfänger(innen)".
_PLURAL = re.compile(r"(?<=\w)\((?:s|e|es|en|n|x|innen)\)")
# Trailing remarks of templates that say nothing about the column's meaning.
_NOISE = re.compile(
    r"\s*\((?:if applicable|where applicable|if possible|optional|indien van toepassing|indien mogelijk"
    r"|optioneel|facultatif|le cas echeant|si applicable|falls zutreffend|soweit zutreffend)\)\s*$"
)
_WORD = re.compile(r"[^\W_]+")
# "Sous-traitants", "Datenschutz-Folgenabschätzung", "E-mail": one word, written with or without the hyphen.
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# German gender forms: "Empfänger*innen", "Empfänger:innen", "Empfänger_innen".
_GENDER = re.compile(r"(?<=\w)[*:_]innen\b")
# Where a header joins the names of two fields: "Doel en grondslag", "Recipients / processors".
_JOINS = re.compile(r"\s+(?:en|and|et|und|&|\+)\s+|\s*[/;,]\s*|\s+-\s+")

# Words that never decide what a column means: articles, "of", "for", "or". Connectors ("en",
# "and", "et", "und") too: the parts they join are looked at apart (see parts()).
STOPWORDS = frozenset(
    """
    de het een van der den voor naar
    the of for a an to or
    du des la le les l d pour par ou et
    die das dem von vom zur zum fur oder und
    en and
""".split()
)
# What a reference in parentheses is made of: "(art. 6)", "(Art. 30(1)(b))", "(art. 6 lid 1 AVG)".
_REFERENCE_WORDS = frozenset(
    """
    art arts artt artikel artikelen article articles lid leden onder sub abs absatz lit buchst satz s al alinea
    para paragraph point punt nr no n avg gdpr uk rgpd dsgvo ds gvo bdsg uavg wbp eu ue
""".split()
)
_ARTICLE = frozenset({"art", "arts", "artt", "artikel", "artikelen", "article", "articles"})
_SPECIAL_ARTICLES = frozenset({"9", "10"})


def normalise(text: object) -> str:
    """A header as compared: case, accents and spacing folded, numbering and noise dropped."""
    if not isinstance(text, str):
        return ""
    return _normalised(text)


@lru_cache(maxsize=8192)
def _normalised(text: str) -> str:
    """Remembered: the row reader asks it of the same headers and labels for every row."""
    text = text.replace("_x000D_", " ").replace("_x000d_", " ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.split())
    text = _PLURAL.sub("", text)
    text = _NUMBERING.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _NOISE.sub("", text).strip().strip(":*").strip()
    return text


def words(normalised: str) -> tuple[str, ...]:
    """The words of a normalised header: punctuation does not count ("Nom / sigle" = "Nom/sigle")."""
    return tuple(_WORD.findall(_GENDER.sub("", _HYPHEN.sub("", normalised))))


@lru_cache(maxsize=16384)  # a sheet's scan meets the same words in cell after cell
def stem(word: str) -> str:
    """A word without its plural or declension ending, the same for singular and plural:
    categorieën/categories/category/catégorie -> categori, Kategorien -> kategori, données/donnée
    -> donn, betroffener/betroffene -> betroffen. One ending only ("publiceren" keeps "publicer",
    not "public"), and short words are kept whole: "Base" is not "Bas"."""
    if len(word) < 5 or not word.isalpha():
        return word
    if word.endswith("y") and word[-2] not in "aeiou":
        word = word[:-1] + "ie"
    if word[-1] in "sx" and word[-2] != "s":
        word = word[:-1]
    for suffix in ("ern", "en", "er", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    # "categorieën" -> "categorie", "données" -> "donne": the vowel left of a second ending.
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def content(found: tuple[str, ...]) -> tuple[str, ...]:
    """The words that carry meaning, stemmed, in the header's order."""
    return tuple(stem(word) for word in found if word not in STOPWORDS)


def key(found: tuple[str, ...]) -> tuple[str, ...]:
    """What two wordings of one header share: their meaningful words in any order."""
    return tuple(sorted(content(found)))


def outside_parentheses(normalised: str) -> tuple[str, bool]:
    """The header without what is in parentheses or brackets, and whether all that was left
    out is a reference to the law ("(art. 6)") rather than a qualifier ("(locatie)")."""
    kept: list[str] = []
    groups: list[str] = []
    depth = 0
    for char in normalised:
        if char in "([":
            depth += 1
            if depth == 1:
                groups.append("")
                kept.append(" ")
                continue
        elif char in ")]" and depth:
            depth -= 1
            if depth == 0:
                continue
        if depth:
            groups[-1] += char
        else:
            kept.append(char)
    references = True
    for group in groups:
        found = _WORD.findall(group)
        if _SPECIAL_ARTICLES & set(found) and found[0] in _ARTICLE:
            # "Grondslag (art. 9)" is the exception for special categories, not the legal basis:
            # a reference to Art. 9 or 10 changes the field, so the header is read with it.
            return normalised, False
        references = references and set(found) <= _REFERENCE_WORDS | _numbers(group)
    return " ".join("".join(kept).split()), references


def _numbers(text: str) -> set[str]:
    return {word for word in _WORD.findall(text) if word.isdigit() or len(word) == 1}


def parts(normalised: str) -> list[str]:
    """The parts of a header that joins names: "doel en grondslag" -> ["doel", "grondslag"]."""
    return [part for part in _JOINS.split(normalised) if part.strip()]
