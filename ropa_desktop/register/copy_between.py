"""`ropa copy SRC DST`: a register copied row for row between a file and a database server.

register/copies.py copies a register *file* page by page (SQLite's backup API): a backup, File >
Save a copy. A copy between a file and a server cannot copy pages; it copies rows. Every table the
models declare is copied whole, with its primary keys as they are (the change log names items by
id, versions and publications name change-log entries by number): the items and their links, the
organisation, the statement texts, the change log with its hashes, the established versions
(version 0 too), the approvals, the publications with their documents, and register_meta (the
generation and the change log's head). Nothing is recomputed, so ``ropa verify``, ``diff``,
``versions`` and ``history`` say on the copy what they say on the original, and a copy back is
the original, row for row.

The target must be new: a file name that nothing has, or a database without tables. Its schema
is made by the same migrations that make every register, then the rows go in, all in one
transaction: a copy that fails leaves the database as it was (PostgreSQL also undoes the tables),
and a file is written under a private temporary name (0600) and given its name only when complete.
A source of an older schema is copied to a private temporary file and upgraded there first (a
file), or refused (a server: upgrading it is its owner's decision). Rows are read and written in
chunks of a few hundred, by primary key, inside one reading transaction of the source: a register
of 10,000 activities and 100,000 log entries never has to fit in memory, and the copy is of one
moment even while others write to the source (a file's readers hold its lock: a save by another
program meanwhile waits, and is refused as locked when the copy takes longer than it waits).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Integer, LargeBinary, Table, create_engine, delete, event, func, insert, inspect, select, tuple_
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from . import copies, database_faults, errors, file_schema, roles, schema, server, sqlite_connection
from .errors import RegisterError
from .models import Base
from .storage import SQLITE_APPLICATION_ID, is_url, open_register

# Rows per read and per insert: big enough that a statement's overhead does not count, small
# enough that a chunk is a few hundred kilobytes.
CHUNK_ROWS = 500
# A published document holds a whole PDF: fewer at a time.
CHUNK_ROWS_WITH_DOCUMENTS = 10
# The tables, parents before the rows that refer to them (inserts satisfy every foreign key).
TABLES: tuple[Table, ...] = tuple(Base.metadata.sorted_tables)


@dataclass(frozen=True)
class Copied:
    """What a copy wrote: where (a URL without its password), and the rows per table."""

    target: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_between(
    source: str | os.PathLike, target: str | os.PathLike, progress: Callable[[str, int], None] | None = None
) -> Copied:
    """Copy the register at ``source`` (a file or a database URL) to ``target`` (a new file, or an
    empty database), row for row. ``progress(table, rows so far)`` is called after each chunk.

    Refused (RegisterError, nothing written) when the target holds anything, when the source is
    not a register this version opens, or when the copy fails midway."""
    shown = _shown(target)
    if is_url(target):
        _refuse_server_in_use(str(target))
    else:
        _refuse_file_in_use(Path(target))
    with _source(source) as register:
        try:
            with _reading(register.engine) as read:
                if is_url(target):
                    rows = _to_server(read, str(target), progress)
                else:
                    rows = _to_file(read, Path(target), progress)
        except SQLAlchemyError as exc:
            raise _failed(shown, exc) from None
        except (OSError, sqlite3.Error) as exc:
            raise copies.write_failed(Path(target), "the copy cannot be written; nothing was written", exc) from None
        except (LookupError, ValueError) as exc:  # a value no register holds (a state it does not know)
            raise RegisterError(
                f"{register.location}: damaged, a value cannot be read ({_first_line(exc)}); nothing was written",
                errors.DAMAGED,
                register.location,
            ) from None
    return Copied(shown, rows)


# --- the target -------------------------------------------------------------------------------


def _refuse_file_in_use(path: Path) -> None:
    if os.path.lexists(path):  # a register, anything else, or a link: never replaced nor followed
        raise RegisterError(
            f"{path}: already exists; a copy goes to a new file, so choose another name", errors.EXISTS, str(path)
        )
    if not path.parent.is_dir():
        raise RegisterError(f"{path.parent}: no such folder", errors.NOT_FOUND, str(path.parent))


def _refuse_server_in_use(url: str) -> None:
    engine = _server_engine(url)
    try:
        with engine.connect() as connection:
            _refuse_tables(connection, _shown(url))
    except SQLAlchemyError as exc:
        raise _failed(_shown(url), exc) from None
    finally:
        engine.dispose()


def _failed(shown: str, exc: SQLAlchemyError) -> RegisterError:
    """One sentence for a database that failed the copy: a server out of reach said as such."""
    unreachable = server.unreachable(shown, exc)
    if unreachable is not None:
        return RegisterError(f"{unreachable}; nothing was written", errors.UNREACHABLE, shown)
    if not database_faults.is_situation(exc):
        raise exc  # this program's bug (database_faults): the crash dialog and the log, not a refusal
    return RegisterError(f"{shown}: the copy failed ({_first_line(exc)}); nothing was written", "", shown)


def _refuse_tables(connection: Connection, shown: str) -> None:
    tables = set(inspect(connection).get_table_names())
    if {"register_meta", "alembic_version"} <= tables:
        raise RegisterError(
            f"{shown}: holds a register already; a copy goes to an empty database, so nothing was written",
            errors.EXISTS,
            shown,
        )
    if tables:
        raise RegisterError(
            f"{shown}: the database is not empty ({len(tables)} tables of another program); "
            f"a copy goes to an empty database, so nothing was written",
            errors.EXISTS,
            shown,
        )


def _to_file(read: Connection, path: Path, progress) -> dict[str, int]:
    """Written under a private temporary name beside ``path`` (register/copies.py), named only when
    complete, by a link that never replaces what may have taken the name meanwhile."""
    copies.remove_stale_temporaries(path.parent, path.name)
    temporary = copies.Temporary(path.parent, prefix=f".{path.name}.")
    try:
        engine = _file_engine(temporary.path)
        try:
            with engine.begin() as write:
                rows = _fill(read, write, progress)
                write.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        finally:
            engine.dispose()
        temporary.finish(0o600)  # a register holds personal data: for its owner only
        try:
            temporary.link([path])
        except FileExistsError:
            raise RegisterError(
                f"{path}: was made by another program during the copy; nothing was written", errors.EXISTS, str(path)
            ) from None
    except BaseException:
        temporary.discard()
        raise
    return rows


def _to_server(read: Connection, url: str, progress) -> dict[str, int]:
    """One transaction: PostgreSQL undoes the tables too when anything fails."""
    engine = _server_engine(url)
    try:
        with engine.begin() as write:
            # Two copies (or a copy and `ropa new`) into one database: the second waits, then is refused.
            server.take_migration_lock(write)
            _refuse_tables(write, _shown(url))
            rows = _fill(read, write, progress)
            _continue_numbering(write)
            roles.ensure(write)  # the server's roles, the copying role admin (register.roles)
    finally:
        engine.dispose()
    return rows


def _fill(read: Connection, write: Connection, progress) -> dict[str, int]:
    """The schema by the migrations every register is made by, then every table's rows."""
    if write.dialect.name == "sqlite":
        # pysqlite would begin only at the first insert, after the tables were made.
        write.exec_driver_sql("BEGIN IMMEDIATE")
    schema.upgrade(write)
    for table in TABLES:  # what a migration put in (the generation) comes from the source instead
        write.execute(delete(table))
    rows = {}
    for table in TABLES:
        count = 0
        for chunk in _chunks(read, table):
            write.execute(insert(table), chunk)
            count += len(chunk)
            if progress is not None:
                progress(table.name, count)
        rows[table.name] = count
    return rows


def _continue_numbering(write: Connection) -> None:
    """PostgreSQL numbers new rows from a sequence that explicit ids do not move: set each one
    after the highest id copied, or the next item added would collide with a copied one."""
    if write.dialect.name != "postgresql":
        return  # SQLite numbers from the highest id in the table
    for table in TABLES:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue
        column = key[0]
        sequence = write.execute(select(func.pg_get_serial_sequence(table.name, column.name))).scalar()
        if sequence is None:
            continue
        highest = write.execute(select(func.max(column))).scalar()
        # is_called false: the next value is exactly this one (1 for an empty table).
        write.execute(select(func.setval(sequence, (highest or 0) + 1, False)))


# --- the source -------------------------------------------------------------------------------


@contextmanager
def _source(source: str | os.PathLike):
    """The source register at this version's schema; an older file is upgraded as a private
    temporary copy, never in place."""
    if is_url(source):
        revision = _server_revision(str(source))
        if revision in schema.known_revisions() and revision != schema.head_revision():
            raise RegisterError(
                f"{_shown(source)}: is of an older schema ({revision}) than this version of ROPA Desktop "
                f"({schema.head_revision()}); open it once with this version (`ropa info`) to upgrade it, then "
                f"copy it; nothing was written",
                "",
                _shown(source),
            )
        with open_register(source) as register:
            yield register
        return
    path = Path(source)
    revision = _file_revision(path)
    if revision is None or revision not in schema.known_revisions() or revision == schema.head_revision():
        with open_register(path) as register:  # its own checks refuse what is not a register
            yield register
        return
    with tempfile.TemporaryDirectory(prefix="ropa-copy-") as folder:  # 0700: for this user only
        upgraded = copies.copy_register(path, [Path(folder) / "upgraded.ropa"])
        with open_register(upgraded) as register:
            yield register


def _file_revision(path: Path) -> str | None:
    """The schema revision a register file says it has; None when it says none (open_register
    then tells what is wrong with it)."""
    try:
        connection = sqlite_connection.connect(path, read_only=True, timeout=0.5)
    except (sqlite3.Error, OSError):
        return None
    try:
        connection.deadline.restart()
        # Read only from a plain table (a view of that name could run until the deadline).
        kind = connection.execute("SELECT type, sql FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
        if kind is None or kind[0] != "table" or file_schema.is_virtual(kind[1]):
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def _server_revision(url: str) -> str | None:
    engine = _server_engine(url)
    try:
        with engine.connect() as connection:
            if "alembic_version" not in inspect(connection).get_table_names():
                return None
            return schema.current_revision(connection)
    except SQLAlchemyError:
        return None  # open_register says what is wrong
    finally:
        engine.dispose()


@contextmanager
def _reading(engine: Engine) -> Iterator[Connection]:
    """One reading transaction: every table as it was at one moment, whoever writes meanwhile."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # pysqlite begins no transaction for a SELECT: without one each chunk would be read anew.
            connection.exec_driver_sql("BEGIN")
        elif connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        try:
            yield connection
        finally:
            connection.rollback()


def _chunks(read: Connection, table: Table) -> Iterator[list[dict]]:
    """The table's rows in primary-key order, a chunk at a time: each chunk a query of its own
    that starts after the last key of the one before (no cursor is held open across writes)."""
    key = list(table.primary_key.columns)
    size = CHUNK_ROWS_WITH_DOCUMENTS if any(isinstance(c.type, LargeBinary) for c in table.columns) else CHUNK_ROWS
    query = select(table).order_by(*key).limit(size)
    names = [column.name for column in table.columns]
    last = None
    while True:
        page = query
        if last is not None:
            page = query.where(key[0] > last[0] if len(key) == 1 else tuple_(*key) > tuple_(*last))
        chunk = [dict(zip(names, row, strict=True)) for row in read.execute(page)]  # faster than row mappings
        if not chunk:
            return
        yield chunk
        if len(chunk) < size:
            return
        last = [chunk[-1][column.name] for column in key]


# --- engines ----------------------------------------------------------------------------------


def _file_engine(path: Path) -> Engine:
    """The new file, connected to from its path (register/sqlite_connection.py) with its foreign keys
    checked; one connection, as the copy is one transaction."""
    engine = create_engine(
        "sqlite+pysqlite://", creator=lambda: sqlite_connection.connect(path), poolclass=NullPool, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection, _record):  # pragma: no branch
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    return engine


def _server_engine(url: str) -> Engine:
    """One connection at a time; ``postgresql://`` with the driver this program ships."""
    engine_url = server.driver_url(url)
    if str(engine_url).startswith("postgresql"):  # an address that does not answer is said within seconds
        return create_engine(engine_url, poolclass=NullPool, connect_args={"connect_timeout": 10}, hide_parameters=True)
    return create_engine(engine_url, poolclass=NullPool, hide_parameters=True)


def _shown(target: str | os.PathLike) -> str:
    """How a place is named in a message: a path as given, a URL without its password."""
    if not is_url(target):
        return str(target)
    from sqlalchemy.engine import make_url

    try:
        return make_url(str(target)).render_as_string(hide_password=True)
    except Exception:
        return "the database URL"


def _first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__
