"""A pseudo-locale for developers and tests: every one of our texts comes back about a third
longer and with accented letters ("[Šàvé~]"), so a layout that only fits the English text shows
itself before a translator's longer words do. Placeholders (%1, %n), accelerators (&File),
HTML tags and entities, file filters and addresses are kept as they are: the program must work
the same in the pseudo-locale.

Start the program with ROPA_PSEUDO_LOCALE=1 to see it (on English: a language chosen later in
Preferences puts its own translation before it), or ``install`` it in a test."""

from __future__ import annotations

import math
import os
import re

from PySide6.QtCore import QCoreApplication, QTranslator

GROWTH = 0.35  # about what Dutch and German add to English, and then some
PAD = "~"
_ACCENTED = str.maketrans(
    "aceginorsuyzACEGINORSUYZ",
    "àçéĝíñöŕšüýžÀÇÉĜÍÑÖŔŠÜÝŽ",
)
# What must reach the program unchanged: tags, entities, placeholders, a literal ampersand,
# file filters "(*.xlsx)", addresses and links.
_KEPT = re.compile(
    r"<[^>]*>"  # HTML tags
    r"|&(?:[a-zA-Z]+|#\d+);"  # entities
    r"|&&"  # a literal ampersand
    r"|%L?\d+|%n"  # placeholders
    r"|\([^()]*\*[^()]*\)"  # file filters
    r"|\S+@\S+|\S+://\S+"  # e-mail addresses and links
)
_WORD = re.compile(r"[^\W\d_]+")


def wanted() -> bool:
    """Whether the developer asked for the pseudo-locale (ROPA_PSEUDO_LOCALE=1)."""
    return os.environ.get("ROPA_PSEUDO_LOCALE", "") not in ("", "0")


def _lengthen_words(text: str, owed: list[float]) -> str:
    """Accent the letters and pad each word; ``owed`` carries the fraction of padding not yet
    given, so short words share it and the whole grows by GROWTH. Padding goes after each word,
    never in one run at the end: a wrapped label must still be able to break between words."""

    def one(match: re.Match) -> str:
        word = match.group(0)
        owed[0] += len(word) * GROWTH
        pad = math.floor(owed[0])
        owed[0] -= pad
        return word.translate(_ACCENTED) + PAD * pad

    return _WORD.sub(one, text)


def pseudo(text: str) -> str:
    """``text`` in the pseudo-locale: longer, accented, in brackets, still working."""
    if not text or not any(c.isalpha() for c in text):
        return text
    owed = [0.5]
    parts, at = [], 0
    for kept in _KEPT.finditer(text):
        parts.append(_lengthen_words(text[at : kept.start()], owed))
        parts.append(kept.group(0))
        at = kept.end()
    parts.append(_lengthen_words(text[at:], owed))
    shown = "".join(parts)
    if text.lstrip().startswith("<"):  # rich text: brackets would land outside the tags' blocks
        return shown
    return f"[{shown}]"


def _ours(context: str) -> bool:
    """Our contexts only: Qt's own texts (QShortcut, QFileDialog, …) are parsed back by Qt, and a
    "Ctrl" made "Çţŕļ" would break every shortcut."""
    return not (len(context) > 1 and context[0] == "Q" and context[1].isupper())


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 (Qt's name)
        if not source_text or not _ours(context or ""):
            return None  # Qt's own or the next translator's
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


def install(app: QCoreApplication) -> PseudoTranslator:
    """Install the pseudo-locale into ``app`` (first asked, before any other translation)."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator
