"""What a register file may hold: exactly the tables, columns, indexes, views and triggers that the
shipped migrations make for its schema revision.

A register is a file people pass around. A crafted one could hold a view in place of a table that
never finishes, or a trigger that runs during the officer's saves. Opening compares the file's
structure with the expected one and refuses anything else, before any query reads a user table.

The structure is compared, not the SQL text (which differs between SQLAlchemy versions): each
table's columns (name, declared type, not null, primary key, generated), its indexes (name,
columns, unique, partial) and foreign keys. Views and triggers are compared by their SQL, since
migrations would write those by hand; today there are none. CHECK constraints are not compared:
they cannot query tables, and the statement deadline stops any expression that runs too long.

The expected structure of a revision is built by running the migrations on an in-memory database,
once per process and revision (see ``expected``).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import cache

from . import schema, sqlite_connection

# Tables SQLite itself keeps (AUTOINCREMENT counters, ANALYZE statistics); they never run code.
SQLITE_OWN_TABLES = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")


@dataclass(frozen=True)
class Table:
    columns: frozenset[tuple]  # (name, declared type, not null, primary key position, hidden)
    indexes: frozenset[tuple]  # (name or None for SQLite's own, unique, partial, columns)
    foreign_keys: frozenset[tuple]  # (table, ((from, to), ...), on update, on delete)


@dataclass(frozen=True)
class Structure:
    tables: dict[str, Table]
    others: frozenset[tuple[str, str, str]]  # (type, name, SQL) of views and triggers


def read(connection: sqlite3.Connection) -> Structure | str:
    """The structure of the database on ``connection``; or, for something no register may hold
    whatever its revision (a virtual table), what it is, as a phrase for ``difference``."""
    rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    tables: list[str] = []
    others = set()
    for kind, name, sql in rows:
        if kind == "table":
            if is_virtual(sql):
                return f"a virtual table {_shown(name)}"
            if name not in SQLITE_OWN_TABLES:
                tables.append(name)
        elif kind in ("view", "trigger"):
            others.add((kind, name, _normalised(sql)))
    return Structure({name: _table(connection, name) for name in tables}, frozenset(others))


def difference(found: Structure | str, wanted: Structure) -> str | None:
    """None when ``found`` is what ROPA Desktop makes; otherwise what is wrong, as one phrase."""
    if isinstance(found, str):
        return f"it holds {found} that ROPA Desktop does not make"
    for kind, name, _sql in sorted(found.others - wanted.others):
        return f"it holds a {kind} {_shown(name)} that ROPA Desktop does not make"
    for kind, name, _sql in sorted(wanted.others - found.others):
        return f"the {kind} {_shown(name)} is missing or changed"
    for name in sorted(set(found.tables) - set(wanted.tables)):
        return f"it holds a table {_shown(name)} that ROPA Desktop does not make"
    for name in sorted(set(wanted.tables) - set(found.tables)):
        return f"the table {_shown(name)} is missing"
    for name in sorted(wanted.tables):
        has, want = found.tables[name], wanted.tables[name]
        wanted_columns = {c[0]: c for c in want.columns}
        found_columns = {c[0]: c for c in has.columns}
        for column in sorted(set(found_columns) - set(wanted_columns)):
            return f"it holds a column {_shown(f'{name}.{column}')} that ROPA Desktop does not make"
        for column in sorted(set(wanted_columns) - set(found_columns)):
            return f"the column {_shown(f'{name}.{column}')} is missing"
        for column in sorted(wanted_columns):
            if found_columns[column] != wanted_columns[column]:
                return f"the column {_shown(f'{name}.{column}')} is not as ROPA Desktop makes it"
        if has.indexes != want.indexes:
            extra = sorted(has.indexes - want.indexes, key=repr)
            if extra and extra[0][0] is not None:
                return f"it holds an index {_shown(extra[0][0])} that ROPA Desktop does not make"
            return f"the indexes of table {_shown(name)} are not as ROPA Desktop makes them"
        if has.foreign_keys != want.foreign_keys:
            return f"the links of table {_shown(name)} to other tables are not as ROPA Desktop makes them"
    return None


def expected(revision: str) -> Structure:
    """The structure the shipped migrations build for ``revision``, on an in-memory database."""
    # A register of this version is compared with the structure written down for it, not built:
    # the migrations take longer than the rest of `ropa info` and need Alembic (issue 19).
    # tests/test_cli_imports_only_what_it_uses.py holds that copy equal to what the migrations make.
    from . import file_schema_head

    if revision == file_schema_head.REVISION:
        return head_snapshot()
    # Alembic's migration context is module-global: two threads must never build at once.
    with _building:
        return built_by_migrations(revision)


_building = threading.Lock()


@cache
def head_snapshot() -> Structure:
    """The structure of the head revision as file_schema_head.py writes it down."""
    from . import file_schema_head

    return Structure(
        {
            name: Table(frozenset(columns), frozenset(indexes), frozenset(foreign_keys))
            for name, (columns, indexes, foreign_keys) in file_schema_head.TABLES.items()
        },
        frozenset(file_schema_head.OTHERS),
    )


def head_snapshot_source() -> str:
    """The text of file_schema_head.py for the shipped head revision: after a new migration,
    ``python -c "from ropa_desktop.register import file_schema as f; print(f.head_snapshot_source())"
    > ropa_desktop/register/file_schema_head.py`` then ``ruff format`` it."""
    revision = schema.head_revision()
    with _building:
        structure = built_by_migrations(revision)
    lines = [
        '"""The structure the shipped migrations make for the head revision, written down so that',
        "opening a register of this version compares with it without running them (file_schema.expected).",
        "",
        "Generated by file_schema.head_snapshot_source(); a test holds it equal to the migrations.",
        '"""',
        "",
        f"REVISION = {revision!r}",
        "",
        "# table: (columns, indexes, foreign keys), as file_schema.Table holds them",
        "TABLES: dict[str, tuple[tuple, tuple, tuple]] = {",
    ]
    for name in sorted(structure.tables):
        table = structure.tables[name]
        parts = [repr(tuple(sorted(part, key=repr))) for part in (table.columns, table.indexes, table.foreign_keys)]
        lines.append(f"    {name!r}: ({', '.join(parts)}),")
    lines += [
        "}",
        "",
        "# (type, name, SQL) of views and triggers",
        f"OTHERS: tuple = {tuple(sorted(structure.others))!r}",
        "",
    ]
    return "\n".join(lines)


@cache  # the migrations shipped with this version do not change while it runs
def built_by_migrations(revision: str) -> Structure:
    from sqlalchemy import create_engine  # only the migrations need it: `ropa info` does without
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(":memory:"), poolclass=StaticPool)
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, revision)
            found = read(sqlite_connection.driver_connection(connection))
    finally:
        engine.dispose()
    assert isinstance(found, Structure), "the migrations make a virtual table"
    return found


def _table(connection: sqlite3.Connection, name: str) -> Table:
    # The table-valued forms of the PRAGMAs take the name as a parameter: no quoting of names.
    columns = frozenset(
        (column, _normalised(declared or ""), bool(notnull), pk, hidden)
        for column, declared, notnull, pk, hidden in connection.execute(
            'SELECT name, type, "notnull", pk, hidden FROM pragma_table_xinfo(?)', (name,)
        )
    )
    indexes = set()
    for index, unique, origin, partial in connection.execute(
        'SELECT name, "unique", origin, partial FROM pragma_index_list(?)', (name,)
    ).fetchall():
        keys = tuple(
            column for (column,) in connection.execute("SELECT name FROM pragma_index_info(?) ORDER BY seqno", (index,))
        )
        # SQLite names the indexes of UNIQUE and PRIMARY KEY constraints by their order in the
        # table's SQL, which may differ between versions: compare those by their columns.
        indexes.add((None if origin in ("u", "pk") else index, bool(unique), bool(partial), keys))
    links: dict[int, list] = {}
    for number, target, source, destination, on_update, on_delete in connection.execute(
        'SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq',
        (name,),
    ):
        links.setdefault(number, [target, [], on_update, on_delete])[1].append((source, destination))
    foreign_keys = frozenset(
        (target, tuple(pairs), on_update, on_delete) for target, pairs, on_update, on_delete in links.values()
    )
    return Table(columns, frozenset(indexes), foreign_keys)


def is_virtual(sql: str | None) -> bool:
    return sql is not None and re.match(r"\s*CREATE\s+VIRTUAL\b", sql, re.IGNORECASE) is not None


def _normalised(text: str | None) -> str:
    return " ".join((text or "").split()).upper()


def _shown(name: str | None) -> str:
    """A name from the file, quoted on one line and not too long to read."""
    text = repr(str(name))
    return text if len(text) <= 60 else text[:57] + "...'"
