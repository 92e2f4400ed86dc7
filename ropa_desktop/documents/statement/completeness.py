"""Does the statement tell everything Art. 13 and 14 ask? One item per requirement.

The computation lives with the compliance checks (checks/statement_completeness.py), which
read the same register view; this adds what only the statement knows: whether its fixed
wording lists every right.
"""

from __future__ import annotations

from ...checks.statement_completeness import Requirement, Status, statement_requirements
from ...register.storage import Register
from ...register.views import RegisterView
from .builder import RIGHTS
from .phrases import catalogue

__all__ = ["Requirement", "Status", "check_statement", "rights_in_catalogue"]


def rights_in_catalogue() -> bool:
    """Whether the phrase catalogue words every right the statement lists (Art. 13(2)(b))."""
    return all(f"rights.{right}" in catalogue() for right in RIGHTS)


def check_statement(register: Register, language: str) -> list[Requirement]:
    with register.session() as session:
        organisation = register.organisation(session)
        view = RegisterView(session, in_statement_only=True)
        return statement_requirements(view, organisation, language, rights_in_catalogue())
