"""Inserting many rows of one table as the database driver takes them: one executemany.

SQLAlchemy's ``session.execute(insert(table), rows)`` turns every value of every row through
its column's type (a text per language into JSON, a date into text) and then spends as long
again arranging the parameters row by row: for the 100,000 rows of an import of 10,000
activities that arranging was a second or two. Here the statement is compiled by SQLAlchemy
once, each value goes through the very processor SQLAlchemy would use, and the rows go to
the driver's executemany as they are. Only on SQLite, where the statement is plain "?"
placeholders; for any other database, and for a table with a default SQLAlchemy would fill
in itself for a column the rows leave out, the rows go through SQLAlchemy as before.
"""

from __future__ import annotations

from operator import itemgetter

from sqlalchemy import JSON, Table, func, insert, select
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: list[dict]) -> None:
    """Insert ``rows`` (dictionaries with the same keys) into ``table``."""
    if rows and not _driver_insert(session, table, rows):
        session.execute(insert(table), rows)


def insert_rows_with_ids(session: Session, table: Table, rows: list[dict]) -> list[int]:
    """Insert ``rows`` into ``table`` (its key: ``id``); returns their ids, in the order of the rows.

    SQLite gives a new row the id one above the highest in its table (sqlite.org/autoinc.html)
    unless the table says AUTOINCREMENT or the ids are near the largest number it holds: rows
    added in one statement, under the transaction's write lock, are then numbered on from the
    highest id there was. Otherwise SQLAlchemy inserts them and returns their ids."""
    if not rows:
        return []
    connection = session.connection()
    highest = 0
    plain_ids = connection.dialect.name == "sqlite" and not table.dialect_options["sqlite"]["autoincrement"]
    if plain_ids:
        highest = connection.execute(select(func.max(table.c.id))).scalar() or 0
        plain_ids = highest + len(rows) < _LARGEST_ID
    if plain_ids and _driver_insert(session, table, rows):
        ids = list(range(highest + 1, highest + len(rows) + 1))
        count, first, last = connection.execute(
            select(func.count(), func.min(table.c.id), func.max(table.c.id)).where(table.c.id > highest)
        ).one()
        if (count, first, last) != (len(rows), ids[0], ids[-1]):  # SQLite numbered them otherwise
            raise RuntimeError(f"{table.name}: the new rows were not numbered on from {highest}")
        return ids
    returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.execute(returning, rows).scalars())


_LARGEST_ID = 2**63 - 1


def _driver_insert(session: Session, table: Table, rows: list[dict]) -> bool:
    """Insert ``rows`` with the driver's executemany; False (nothing done) where that is not
    exactly what SQLAlchemy would do."""
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    left_out = [c for c in table.columns if c.name not in names and c.default is not None]
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark" or left_out:
        return False
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(names):  # not the plain statement expected
        return False
    processors = [_processor(table.c[name].type.dialect_impl(dialect), dialect) for name in order]
    # Each row's values in the statement's order, then the few that need it processed.
    values_of = itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
    processed = [(place, process) for place, process in enumerate(processors) if process is not None]
    values = []
    for row in rows:
        found = list(values_of(row))
        for place, process in processed:
            found[place] = process(found[place])
        values.append(tuple(found))
    connection.exec_driver_sql(compiled.string, values)
    return True


def _processor(kind, dialect):
    """What SQLAlchemy does to a value of the column type ``kind`` before the driver takes it.
    For JSON, an empty dictionary or list is given what the first one was given: most texts
    per language of a purpose or a retention rule are empty, each a call of json.dumps."""
    process = kind.bind_processor(dialect)
    if process is None or not isinstance(kind, JSON):
        return process
    empty_dict, empty_list = process({}), process([])

    def remembered(value):
        if value.__class__ is dict and not value:
            return empty_dict
        if value.__class__ is list and not value:
            return empty_list
        return process(value)

    return remembered
