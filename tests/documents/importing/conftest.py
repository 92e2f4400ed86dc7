"""Fixtures for the import tests."""

from __future__ import annotations

import pytest
from import_helpers import database_rows


@pytest.fixture
def unchanged(demo_register):
    """Call after a refused import: asserts the demo register holds exactly what it held."""
    before = database_rows(demo_register)  # a file, or a database on the server

    def check() -> None:
        assert database_rows(demo_register) == before

    return check
