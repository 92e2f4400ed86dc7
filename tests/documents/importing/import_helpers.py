"""Helpers for the import tests: a register's database, row for row, to compare before and after."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def database_rows(path: Path) -> list[str]:
    """Every row of every table of a register file, as SQL: equal lists, equal registers."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
