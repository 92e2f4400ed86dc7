"""A register text that has no version in the document's language: found, so it can be marked.

Two kinds: per-language texts (``localized_text()``) borrowed from another language, and the
free texts the officer types once, in the register's main language (a transfer's reference, a
processing agreement, the law that allows criminal data...). A document in another language marks
the prose among the latter; names, addresses and ways to reach someone read the same in any
language and are printed as typed.
"""

from __future__ import annotations

import re

from babel import Locale

from ..register.models import text_in

# Single-language free texts that are prose: written in the register's main language, so marked in
# a document of another language (unless the value holds no words: a URL, a number, a date).
PROSE = (
    "Contact.attention",
    "ProcessingActivity.criminal_data_authorisation",
    "ProcessingActivity.national_id_legal_basis",
    "ProcessingActivity.dpia_reference",
    "ProcessingActivity.owner",
    "ProcessingActivity.department",
    "ProcessingActivity.systems",
    "ProcessingActivity.internal_description",
    "ProcessingActivity.internal_notes",
    "Purpose.lia_reference",
    "Recipient.contact",
    "Recipient.dpa_reference",
    "Recipient.notes",
    "Transfer.tool_reference",
    "Transfer.notes",
)
# Single-language free texts that read the same in every language: names, addresses, numbers,
# ways to reach someone. Printed as typed.
LANGUAGE_NEUTRAL = (
    "Organisation.legal_name",
    "Organisation.trade_name",
    "Organisation.address",
    "Organisation.postal_code",
    "Organisation.city",
    "Organisation.email",
    "Organisation.phone",
    "Organisation.website",
    "Organisation.chamber_of_commerce",
    "Contact.name",
    "Contact.address",
    "Contact.postal_code",
    "Contact.city",
    "Contact.email",
    "Contact.phone",
    "Contact.website",
    "Office.city",
    # The officer's own identifier of an activity ("V-01"): a code, read the same in any language.
    "ProcessingActivity.reference",
)
# The register's record of itself, not its content: the change log, established versions and
# publications. Kept exactly as written (hashed), never put in a statement or an export as content;
# a document that shows them (a diff, an annex) quotes them as recorded.
RECORDS = ("ChangeLogEntry", "EstablishedVersion", "Publication", "PublishedDocument")
# Codes, never printed as typed: a document shows their vocabulary's words in its own language.
CODES = (
    "Organisation.country_code",
    "Contact.country_code",
    "Office.country_code",
    "Recipient.country_code",
    "Transfer.country_code",
    "Transfer.tool",
    "Purpose.legal_basis",
    "Purpose.special_category_condition",
    "DataCategory.special_category",
    "StatementText.key",
    "RegisterMeta.key",
    "RegisterMeta.value",
)

# What is no word of any language: web and e-mail addresses, and letters alone or in capitals
# (an initial, "EU", "DPA-2021-07"); a word is two letters or more, not all capitals.
_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|\S+@\S+", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def language_name(code: str, language: str) -> str:
    """The name of the language ``code`` in ``language`` ("Dutch", "Engels")."""
    try:
        return Locale.parse(code).get_display_name(language) or code
    except (ValueError, LookupError):  # a language code babel does not know: name it by its code
        return code


def borrowed_text(texts: dict[str, str] | None, language: str, fallback: str | None) -> tuple[str, str]:
    """The text in ``language`` and "" — or, when only another language has one, that text and the
    name of its language in ``language`` (so the document can say so instead of printing it silently)."""
    text, source = borrowed_from(texts, language, fallback)
    return text, language_name(source, language) if source else ""


def borrowed_from(texts: dict[str, str] | None, language: str, fallback: str | None) -> tuple[str, str]:
    """As ``borrowed_text``, with the code of the language the text was borrowed from ("nl")."""
    texts = texts or {}
    if texts.get(language) or not any(texts.values()):
        return texts.get(language) or "", ""
    text = text_in(texts, language, fallback)
    return text, next(code for code, value in texts.items() if value == text)


def has_words(text: str) -> bool:
    """Whether ``text`` holds a word of some language (not only addresses, numbers, dates and codes)."""
    return any(not word.isupper() for word in _LETTERS.findall(_ADDRESS.sub(" ", text)))


def typed_text(field: str, text: str | None, language: str, written_in: str) -> tuple[str, str]:
    """A single-language free text (``field`` as "Model.attribute") as typed, and "" — or, for
    prose in a document whose ``language`` is not the register's main language ``written_in``,
    the text and the name of ``written_in`` in ``language`` (the register does not know another
    language for it, and guessing one would be worse than saying so)."""
    text = text or ""
    if field not in PROSE and field not in LANGUAGE_NEUTRAL:
        raise KeyError(f"{field} is declared neither prose nor language-neutral (documents/untranslated.py)")
    if field in LANGUAGE_NEUTRAL or language == written_in or not has_words(text):
        return text, ""
    return text, language_name(written_in, language)
