"""Supervisory authorities of the EEA states: the default for a register's country."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ...resources_path import load_toml

if TYPE_CHECKING:
    from ..models import Contact


@cache
def _by_country() -> dict[str, dict]:
    return {a["country"]: a for a in load_toml("reference", "supervisory_authorities.toml")["authority"]}


def default_authority(country_code: str) -> Contact | None:
    """A fresh (unsaved) contact block of the authority of ``country_code``, if it is in the EEA."""
    from ..models import Contact  # not at import: `ropa info` names the authority without the models

    data = _by_country().get((country_code or "").upper())
    if data is None:
        return None
    return Contact(
        name=data["name"],
        attention="",
        address=data.get("address", ""),
        postal_code=data.get("postal_code", ""),
        city=data.get("city", ""),
        country_code=data["country"],
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        website=data.get("website", ""),
    )


def default_authority_details(country_code: str) -> dict[str, str] | None:
    """The default authority's contact block as plain values (for display)."""
    from ..models import Contact

    contact = default_authority(country_code)
    if contact is None:
        return None
    return {column.key: getattr(contact, column.key) for column in Contact.__table__.columns if column.key != "id"}


def default_authority_name(country_code: str) -> str | None:
    """The name of ``default_authority``, read without making a contact (nor importing the models)."""
    data = _by_country().get((country_code or "").upper())
    return None if data is None else data["name"]


def supervisory_authority_of(organisation) -> Contact | None:
    """The authority the register names, else the default of the organisation's country."""
    return organisation.supervisory_authority or default_authority(organisation.country_code)
