"""The register's generation: a counter in register_meta raised by every write transaction, by
any program (migration 0004). A window polls it to notice another program's changes, and an
import's undo checks it before putting a copy back. Also the wholesale replacement of a
register's rows by those of a copy, which must leave the generation and every item's version
above any value they had."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Integer, String, cast, update

from .models import Base, ChangeLogEntry, RegisterMeta
from .models.base import Versioned

# register_meta key of the register's generation (migration 0004).
GENERATION = "generation"
# Session.info key: the (old, new) generation of the write transaction in progress.
STEP = "ropa_generation_step"
# register_meta key of the change log's last entry (change_log.HEAD; not imported: a cycle).
LOG_HEAD = "change_log_head"


def raise_by_one(connection) -> tuple[int, int]:
    """Raise the generation by one, in place (so two servers' writers never both read the old
    value); returns (old, new)."""
    meta = RegisterMeta.__table__
    new = connection.execute(
        update(meta)
        .where(meta.c.key == GENERATION)
        .values(value=cast(cast(meta.c.value, Integer) + 1, String))
        .returning(meta.c.value)
    ).scalar()
    if new is None:  # a register written without one (by hand): start counting
        connection.execute(meta.insert().values(key=GENERATION, value="1"))
        return 0, 1
    return as_int(new) - 1, as_int(new)


def set_to(connection, value: int) -> None:
    meta = RegisterMeta.__table__
    if connection.execute(update(meta).where(meta.c.key == GENERATION).values(value=str(value))).rowcount == 0:
        connection.execute(meta.insert().values(key=GENERATION, value=str(value)))


def as_int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def replace_content(connection: sqlite3.Connection) -> int:
    """Replace every row of the register by the rows of the attached ``copy`` (same schema);
    returns the copy's generation. Rows are copied as stored, so JSON and dates go back byte for
    byte. Every item's version is raised above any it had, so an editor that read it before
    notices the change."""
    tables = Base.metadata.sorted_tables  # parents first
    models: list[type[Base]] = [mapper.class_ for mapper in Base.registry.mappers]
    versioned = {model.__table__.name for model in models if issubclass(model, Versioned)}
    highest = {
        name: as_int(connection.execute(f'SELECT MAX(version) FROM main."{name}"').fetchone()[0]) for name in versioned
    }
    # The change log stays as it is, with its head: putting a copy back is a change like any
    # other, never an erasure of what was recorded since the copy was made.
    # So do the statement's publications: what was published stays published (issue 16 point 5),
    # and the established versions: a version is never removed, and its entry stays in the log.
    kept = {ChangeLogEntry.__tablename__, "publications", "published_documents", "established_versions"}
    tables = [table for table in tables if table.name not in kept]
    head = connection.execute("SELECT value FROM main.register_meta WHERE key = ?", (LOG_HEAD,)).fetchone()
    for table in reversed(tables):
        connection.execute(f'DELETE FROM main."{table.name}"')
    for table in tables:
        names = ", ".join(f'"{column.name}"' for column in table.columns)
        connection.execute(f'INSERT INTO main."{table.name}" ({names}) SELECT {names} FROM copy."{table.name}"')
        if table.name in highest:
            connection.execute(f'UPDATE main."{table.name}" SET version = version + ?', (highest[table.name],))
    connection.execute("DELETE FROM main.register_meta WHERE key = ?", (LOG_HEAD,))
    if head is not None:
        connection.execute("INSERT INTO main.register_meta (key, value) VALUES (?, ?)", (LOG_HEAD, head[0]))
    row = connection.execute("SELECT value FROM copy.register_meta WHERE key = ?", (GENERATION,)).fetchone()
    return as_int(row[0]) if row else 0
