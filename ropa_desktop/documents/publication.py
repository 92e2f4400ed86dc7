"""Publishing the privacy statement: the documents as published, kept in the register.

``publish`` renders the statement in every statement language, as HTML and as PDF, dated the
day of publication ("Laatste wijziging"), and stores those bytes with who published it and
from which state of the register (register/publications.py). The statement a reader was given
can then be shown, and re-exported byte for byte, however the register changed since.

The fingerprint of a language's statement is a hash of its document (sections, headings,
paragraphs, lists, footer) built without a date: what the statement says, not when. The check
"changed since the last publication" compares it with today's statement, so a change the
statement does not show (an internal note, a security measure) is no change of the statement.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from datetime import date

from ..checks.findings import Finding
from ..register import publications
from ..register.errors import RegisterError
from ..register.storage import Register
from .statement.builder import build_statement
from .statement.document import Statement
from .statement.language_of_parts import without_marks
from .statement.publishing import errors_before_publishing
from .statement.render import render


def fingerprint(statement: Statement) -> str:
    """SHA-256 of what the statement says, without its date (so that publishing the same text
    again, on another day, has the same fingerprint)."""
    # Without language marks: what it says, as every earlier version fingerprinted it.
    content = dataclasses.asdict(without_marks(statement))
    content.pop("statement_date", None)
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def statement_languages(register: Register) -> list[str]:
    """The languages the statement is published in: the register's languages, primary first."""
    with register.session() as session:
        organisation = register.organisation(session)
        found = [language for language in (organisation.languages or ()) if language]
        return found or [organisation.primary_language]


def current_fingerprints(register: Register, languages=None) -> dict[str, str]:
    """The fingerprint of today's statement per language. The window checks after every save;
    the statement is built again only when the register was written since (its generation
    rises with every write, even one the change log does not record, such as a new order)."""
    languages = tuple(languages or statement_languages(register))
    key = (register.location, register.generation(), languages)
    found = _built.get(register.location)
    if found is None or found[0] != key:
        found = (
            key,
            {language: fingerprint(build_statement(register, language, dated=None)) for language in languages},
        )
        _built[register.location] = found
    return dict(found[1])


# register location -> ((location, generation, languages), fingerprints): the last one built.
_built: dict[str, tuple[tuple, dict[str, str]]] = {}


class PublishingRefused(RegisterError):
    """The checks find errors and publishing was not forced: nothing was published."""

    def __init__(self, errors: list[Finding]):
        self.errors = errors
        super().__init__(
            f"the statement was not published: the checks find {len(errors)} error(s) in the register; "
            "fix them, or publish anyway with --force"
        )


@dataclass(frozen=True)
class Published:
    number: int
    published_on: date
    languages: tuple[str, ...]
    forced: bool


def publish(
    register: Register, force: bool = False, today: date | None = None, errors: list[Finding] | None = None
) -> Published:
    """Publish the statement: refused (PublishingRefused, nothing stored) while the checks find
    errors, unless ``force``; ``errors``: the findings already known (the window has them)."""
    today = today or date.today()
    publications.check_permitted(register)  # a role that may not publish (register.roles)
    if errors is None:
        errors = errors_before_publishing(register, today)
    if errors and not force:
        raise PublishingRefused(errors)
    with register.session() as session:
        made_from = publications.log_head(session)
    documents = []
    for language in statement_languages(register):
        statement = build_statement(register, language, dated=today)
        documents.append(
            publications.Document(
                language=language,
                html=render(statement, "html"),
                pdf=render(statement, "pdf"),
                fingerprint=fingerprint(build_statement(register, language, dated=None)),
            )
        )
    with register.transaction() as session:
        # The documents were made outside the write lock: another program's save in between
        # would make them a mix of two registers, recorded as made from the first.
        if publications.log_head(session) != made_from:
            raise RegisterError(
                "the register was changed while the statement was being made; nothing was published: publish again"
            )
        publication = publications.record(session, today, documents, forced=bool(errors))
        number = publication.number
    return Published(number, today, tuple(doc.language for doc in documents), bool(errors))
