"""Where the shipped data files are: resources/ (linked into the package as ropa_desktop/resources)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    node = files("ropa_desktop") / "resources"
    for part in parts:
        node = node / part
    return node


@cache
def load_toml(*parts: str) -> dict:
    """A shipped TOML file, parsed once per process."""
    return tomllib.loads(resource(*parts).read_text(encoding="utf-8"))
