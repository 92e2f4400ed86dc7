"""The demo register: Connaxis B.V. and its 2018 privacy statement, as a register."""

from __future__ import annotations

import os

from ..resources_path import load_toml
from .content import fill_register
from .storage import Register, create_register


def demo_content() -> dict:
    return load_toml("demo", "connaxis.toml")


def create_demo_register(target: str | os.PathLike) -> Register:
    content = demo_content()
    org = content["organisation"]
    languages = content.get("register", {}).get("languages", ["nl", "en"])
    return create_register(
        target,
        org["legal_name"],
        country=org.get("country_code", "NL"),
        language=languages[0],
        fill=lambda session, organisation: fill_register(session, organisation, content),
    )
