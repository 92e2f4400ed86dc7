"""What opening a register file checks before anything reads a user table, and which version wrote it.

Opening refuses, with a one-line reason and without touching the file: a file that is not a
register, one that holds anything ROPA Desktop does not make (file_schema), one written by a newer
version, and one that another program holds locked; the one change it makes is rolling back a save
a crash interrupted. storage.open_register makes these checks before it opens a register, and so
does `ropa info` (quick_summary), which reads a register of this version without the models: this
module imports neither the models nor anything that does (issue 19).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from . import errors, file_schema, schema, sqlite_connection
from .errors import RegisterError

# What marks a database as a register: models.meta.REGISTER_FORMAT, written down here so that
# checking it needs no model (tests/register/test_quick_summary.py holds the two equal).
REGISTER_FORMAT = "ropa-desktop-register"
SQLITE_HEADER = b"SQLite format 3\x00"
LOCK_PROBE_SECONDS = 0.5
# How long a write waits for another program to finish writing before it is refused.
LOCK_WAIT_SECONDS = 2
# SQLite's answer to a read-only open of a file whose interrupted save must first be rolled back.
SQLITE_READONLY_ROLLBACK = getattr(sqlite3, "SQLITE_READONLY_ROLLBACK", 776)


def is_url(target: str | os.PathLike) -> bool:
    return "://" in str(target)


def read_only(path: Path) -> bool:
    """Read-only for us: no write permission, or no write bit at all (respected even by root)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not (mode & 0o222)


def too_slow(location: str) -> RegisterError:
    return RegisterError(
        f"{location}: the register did not answer within {sqlite_connection.QUERY_DEADLINE_SECONDS:g} "
        f"seconds, so ROPA Desktop stopped waiting; nothing was changed",
        errors.TOO_SLOW,
        location,
    )


def inspect_file(path: Path) -> tuple[str, bool]:
    """Check that ``path`` is an unlocked register this version can open, holding only what
    ROPA Desktop makes. Read-only, except that a save a crash interrupted is rolled back.

    Returns its schema revision, and whether a save was rolled back.
    """
    if not path.exists():
        raise RegisterError(f"{path}: no such file", errors.NOT_FOUND, str(path))
    if not path.is_file():
        raise RegisterError(f"{path}: not a file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RegisterError(f"{path}: cannot be read ({exc.strerror})") from None
    if header != SQLITE_HEADER:
        raise RegisterError(f"{path}: not a ROPA register (not a database file)", errors.NOT_A_REGISTER, str(path))
    recovered = _roll_back_interrupted_save(path)
    try:
        conn = sqlite_connection.connect(path, read_only=True, timeout=LOCK_PROBE_SECONDS)
    except sqlite3.Error as exc:
        raise RegisterError(f"{path}: cannot be opened ({exc})") from None
    try:
        revision = _revision(conn, path)
        # Before anything reads a user table: a view there could run forever, a trigger act.
        conn.deadline.restart()
        problem = file_schema.difference(file_schema.read(conn), file_schema.expected(revision))
    except sqlite3.DatabaseError as exc:
        if conn.deadline.expired:
            raise too_slow(str(path)) from None
        if "locked" in str(exc):
            raise _locked(path) from None
        raise RegisterError(f"{path}: damaged or not a ROPA register ({exc})", errors.DAMAGED, str(path)) from None
    finally:
        conn.close()
    if problem:
        raise RegisterError(f"{path}: not a ROPA register: {problem}", errors.NOT_A_REGISTER, str(path))
    _check_unlocked(path)
    return revision, recovered


def _revision(conn: sqlite_connection.RegisterConnection, path: Path) -> str:
    """The schema revision of a file that says it is a register, read only from the two plain
    tables that say so (a view of that name could run forever)."""
    conn.deadline.restart()
    tables = {
        name
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        if not file_schema.is_virtual(sql)
    }
    fmt = None
    if {"register_meta", "alembic_version"} <= tables:
        fmt = conn.execute("SELECT value FROM register_meta WHERE key='format'").fetchone()
    if not fmt or fmt[0] != REGISTER_FORMAT:
        raise RegisterError(
            f"{path}: not a ROPA register (a database of another program)",
            errors.NOT_A_REGISTER,
            str(path),
        )
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return known(row[0] if row else None, str(path))


def _roll_back_interrupted_save(path: Path) -> bool:
    """After a crash during a save the rollback journal beside the file holds what undoes it.
    Reading the file read-write makes SQLite roll it back; returns whether that happened."""
    if not sqlite_connection.journal_path(path).exists():
        return False
    try:  # only a journal no running program owns is "hot": a read-only probe tells
        with closing(sqlite_connection.connect(path, read_only=True, timeout=LOCK_PROBE_SECONDS)) as probe:
            probe.deadline.restart()
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return False
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) != SQLITE_READONLY_ROLLBACK:
            return False  # locked, damaged…: the inspection that follows says which
    if not writable_here(path):
        raise RegisterError(
            f"{path}: a save into this register was interrupted; make the file and its folder "
            f"writable so that ROPA Desktop can undo the unfinished save",
            errors.READ_ONLY,
            str(path),
        )
    try:
        with closing(sqlite_connection.connect(path, timeout=LOCK_PROBE_SECONDS)) as writer:
            writer.deadline.restart()
            writer.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _locked(path) from None
        raise RegisterError(
            f"{path}: a save into this register was interrupted and cannot be undone ({exc})",
            errors.DAMAGED,
            str(path),
        ) from None
    return not sqlite_connection.journal_path(path).exists()


def _check_unlocked(path: Path) -> None:
    """Refuse a file another program is writing: taking the write lock must succeed at once."""
    conn = sqlite_connection.connect(path, timeout=LOCK_PROBE_SECONDS)
    conn.isolation_level = None
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _locked(path) from None
        # Read-only files open for reading; saving reports it then.
    finally:
        conn.close()


def _locked(path: Path) -> RegisterError:
    return RegisterError(f"{path}: locked by another program; close it and try again", errors.LOCKED, str(path))


def writable_here(path: Path) -> bool:
    """The file and its folder (where SQLite keeps the journal) can be written."""
    return not read_only(path) and os.access(path.parent, os.W_OK)


def known(revision: str | None, location: str) -> str:
    """``revision``, unless a newer version of ROPA Desktop wrote it (a file or a server alike)."""
    if revision is None or revision not in schema.known_revisions():
        raise RegisterError(
            f"{location}: written by a newer version of ROPA Desktop (schema {revision}); "
            f"update ROPA Desktop to open it",
            errors.NEWER_VERSION,
            location,
        )
    return revision
