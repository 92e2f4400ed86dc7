"""Fixtures for the import tests."""

from __future__ import annotations

import pytest
from import_helpers import database_rows


@pytest.fixture
def unchanged(demo_register):
    """Call after a refused import: asserts the demo register holds exactly what it held."""
    before = database_rows(demo_register.path)

    def check() -> None:
        assert database_rows(demo_register.path) == before

    return check
