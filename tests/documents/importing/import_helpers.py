"""Helpers for the import tests: a register's database, row for row, to compare before and after."""

from __future__ import annotations

import sqlite3


def database_rows(path) -> list[str]:
    """Every row of every table of a register file, as SQL: equal lists, equal registers. A
    register on a server (a Register whose path is None): every row of its tables, in key order."""
    if getattr(path, "path", path) is None:
        return _server_rows(path)
    connection = sqlite3.connect(getattr(path, "path", path))
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _server_rows(register) -> list[str]:
    from sqlalchemy import select

    from ropa_desktop.register.models import Base

    rows = []
    with register.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            rows += [f"{table.name} {tuple(row)!r}" for row in conn.execute(select(table).order_by(*order))]
    return rows
