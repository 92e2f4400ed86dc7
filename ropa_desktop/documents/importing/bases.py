"""A cell under a legal-basis header, read the way officers fill it in: "b", "f (gerechtvaardigd
belang)", "b en c", "b of f", "b, na afronding f", "a/c", "lit. b", "Art. 6 Abs. 1 lit. f DSGVO",
"LI" when the sheet's legend says "LI = legitimate interests".

Words and article references are read by recognise.legal_basis_matches. A bare letter means the
Art. 6(1) letter only here, under a basis header: the same "f" in a purpose is a letter, nothing
more. Letters and legends are read by judgement, so the import lists them for the officer to
confirm (problems.Guess). Every basis named is kept: "b of f" (either) and "b, na afronding f"
(b, then f) keep both, marked, for the officer to settle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...register.reference.vocabulary import terms
from . import recognise

_TOKEN = re.compile(r"[^\W_]+")
# Words that stand between letters without changing what they say ("Art. 6 lid 1 sub b AVG").
_TAGS = frozenset(
    {
        "art",
        "arts",
        "artikel",
        "article",
        "articles",
        "avg",
        "uavg",
        "gdpr",
        "rgpd",
        "dsgvo",
        "lid",
        "sub",
        "onder",
        "letter",
        "lit",
        "litt",
        "point",
        "punt",
        "sous",
        "abs",
        "absatz",
        "buchst",
        "buchstabe",
        "para",
        "paragraph",
        "paragraphe",
        "al",
        "alinea",
        "grondslag",
        "grondslagen",
        "basis",
        "base",
        "rechtsgrundlage",
        "en",
        "and",
        "et",
        "und",
        "sowie",
        "ook",
        "also",
        "aussi",
        "auch",
        "6",
        "1",
    }
)
# "b of f": either of them, not both.
_EITHER = frozenset({"of", "or", "ou", "oder", "either", "wel", "dan", "soit", "entweder", "resp", "respectievelijk"})
# "b, na afronding f": one after the other.
_AFTER = frozenset(
    {
        "na",
        "daarna",
        "vervolgens",
        "nadien",
        "later",
        "afronding",
        "beeindiging",
        "einde",
        "afloop",
        "after",
        "then",
        "afterwards",
        "thereafter",
        "completion",
        "termination",
        "end",
        "apres",
        "puis",
        "ensuite",
        "fin",
        "achevement",
        "nach",
        "danach",
        "anschliessend",
        "ende",
        "beendigung",
        "abschluss",
        "van",
        "de",
        "het",
        "the",
        "du",
        "la",
        "le",
        "des",
        "der",
        "die",
        "das",
    }
)
_LETTERS = "abcdef"
# A letter opening the cell before its explanation: "b – uitvoering overeenkomst met de klant".
_LEADING_LETTER = re.compile(r"^\s*\(?([a-f])\)?(?:\s*[(:,]|\s+[-\u2013\u2014]\s|\s*$)", re.IGNORECASE)


@dataclass(frozen=True)
class BasisReading:
    """What a basis cell names, in its order, and how sure the reading is."""

    keys: tuple[str, ...]
    judged: bool = False  # a key from a bare letter or the sheet's legend: for the officer to confirm
    either: bool = False  # "b of f": one of them applies, the officer says which
    after: bool = False  # "b, na afronding f": one, then the other
    other_words: int = 0  # words that are no basis, letter or link ("met de klant")

    @property
    def certain(self) -> bool:
        return bool(self.keys) and not (self.judged or self.either or self.after)


@cache
def _letter_keys() -> dict[str, str]:
    """ "a" -> consent ...: from the vocabulary's own references ("Art. 6(1)(a)")."""
    keys = {}
    for term in terms("legal_bases"):
        match = re.fullmatch(r"Art\.\s*6\(1\)\(([a-f])\)", term.ref.strip())
        if match:
            keys[match.group(1)] = term.key
    return keys


def read_bases(text: str, legend: dict[str, str] | None = None) -> BasisReading:
    """The bases a cell under a basis header names; never raises. ``legend``: abbreviation
    (folded, see legend.py) -> key, from the sheet's own legend."""
    text = text if isinstance(text, str) else ("" if text is None else str(text))
    return _read(text, tuple(legend.items()) if legend else ())


@lru_cache(maxsize=4096)
def _read(text: str, legend: tuple[tuple[str, str], ...]) -> BasisReading:
    """Cached: a sheet repeats its few basis wordings in every row."""
    folded = recognise._fold(text)
    found: list[tuple[int, int, str]] = []
    judged = False
    for abbreviation, key in legend:
        for match in re.finditer(rf"(?<![\w']){re.escape(abbreviation)}(?![\w'])", folded):
            found.append((match.start(), match.end(), key))
            judged = True
    for start, end, key in recognise.legal_basis_matches(text):
        if not any(start < f_end and f_start < end for f_start, f_end, _ in found):
            found.append((start, end, key))
    rest = list(folded)
    for start, end, _ in found:
        rest[start:end] = " " * (end - start)
    rest_text = "".join(rest)
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(rest_text)]
    letters = [(start, token) for start, token in tokens if _is_letter(text, rest_text, start, token)]
    letter_starts = {start for start, _ in letters}
    words = [token for start, token in tokens if start not in letter_starts]
    either = any(word in _EITHER for word in words)
    after = any(word in _AFTER for word in words)
    named = {key for _, _, key in found}
    if letters and all(word in _TAGS | _EITHER | _AFTER for word in words):
        by_letter = [(start, start + 1, _letter_keys()[token]) for start, token in letters]
    elif letters:
        leading = _LEADING_LETTER.match(text)
        by_letter = [(leading.start(1), leading.end(1), _letter_keys()[leading.group(1).lower()])] if leading else []
        either = after = False  # the words are explanation, not a link between bases
    else:
        by_letter = []
    found += by_letter
    # "f (gerechtvaardigd belang)": the words confirm the letter; "b" alone is a judgement.
    judged = judged or any(key not in named for _, _, key in by_letter)
    keys = tuple(dict.fromkeys(key for _, _, key in sorted(found)))
    if len(keys) < 2:
        either = after = False
    other = sum(1 for word in words if word not in _TAGS | _EITHER | _AFTER)
    return BasisReading(keys, judged and bool(keys), either, after, other)


def _is_letter(text: str, rest: str, start: int, token: str) -> bool:
    """A bare a-f standing alone; not "à" (French), not the article in "a contract", not "d'"."""
    if len(token) != 1 or token not in _LETTERS or text[start : start + 1].lower() != token:
        return False
    if rest[start + 1 : start + 2] == "'" or rest[start - 1 : start] == "'":
        return False
    if token == "a":
        following = re.match(r" +([^\W_]{2,})", recognise._fold(text[start + 1 : start + 40]))
        if following and following.group(1) not in _TAGS | _EITHER | _AFTER:
            return False
    return True


def labels(keys: tuple[str, ...] | list[str], language: str) -> str:
    """Bases in plain words, for a guess the officer confirms: the vocabulary's labels."""
    by_key = {term.key: term for term in terms("legal_bases")}
    return "; ".join(by_key[key].label_in(language) for key in keys if key in by_key)
