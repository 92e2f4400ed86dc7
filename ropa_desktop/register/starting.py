"""A new register with what an officer needs to start: the organisation's legal name, its
country, the languages of the public texts and where people reach the privacy contact."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .errors import RegisterError
from .models import Contact
from .reference.languages import SUPPORTED
from .storage import Register, create_register

# Something@somewhere.tld: enough to catch a name typed in the wrong field, not an RFC 5322 parser.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


@dataclass(frozen=True)
class RegisterStart:
    legal_name: str
    country: str = "NL"
    # Languages of the public texts, the primary one first.
    languages: tuple[str, ...] = SUPPORTED
    privacy_email: str = ""


def is_email(text: str) -> bool:
    return bool(_EMAIL.fullmatch(text.strip()))


def start_register(target: str | os.PathLike, start: RegisterStart) -> Register:
    """Create the register of ``start`` at ``target``; refuses (RegisterError) an empty name,
    an unknown country or language, or an e-mail address that is none, and then makes nothing."""
    languages = list(dict.fromkeys(start.languages))
    unknown = [lang for lang in languages if lang not in SUPPORTED]
    if not languages or unknown:
        raise RegisterError(
            f"unsupported language {', '.join(unknown) or '(none)'} (choose from {', '.join(SUPPORTED)})"
        )
    email = start.privacy_email.strip()
    if email and not is_email(email):
        raise RegisterError(f"{email!r} is not an e-mail address")

    def fill(session, organisation) -> None:
        organisation.languages = languages
        if email:
            organisation.privacy_contact = Contact(email=email)

    return create_register(target, start.legal_name, country=start.country, language=languages[0], fill=fill)
