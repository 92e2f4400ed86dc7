"""Connecting to a register file: from its path, never through a URL, with the same settings each time.

A file name may hold any character the operating system allows (``?``, ``#``, ``%20``, a newline…);
formatted into a URL it would name another file. The path is therefore turned into a SQLite
``file:`` URI by escaping every byte that is not a letter, digit or ``/``, so SQLite reads back
exactly the path, and the URI's ``mode`` says whether the file may be written or created.

Every connection gets the settings below, chosen for a single file that people copy, e-mail and
keep on network shares:

* ``journal_mode=DELETE``: the rollback journal. A write-ahead log (WAL) would need ``-wal`` and
  ``-shm`` files beside the register, which are lost when only the ``.ropa`` file is copied and do
  not work on network shares. After a crash the journal (``name.ropa-journal``) holds what is
  needed to undo the unfinished save; SQLite rolls it back on the next read-write open.
* ``synchronous=FULL``: a save is on the disk when it is reported done, even if the power fails
  right after; the few extra flushes cost nothing at the size of a register.
* ``fullfsync=ON``: on macOS an ordinary flush leaves data in the drive's cache; this asks for the
  real one (ignored elsewhere).
* ``trusted_schema=OFF``: functions with side effects cannot run from the file's own schema.
* a deadline per statement (a progress handler): a query that runs longer than
  ``QUERY_DEADLINE_SECONDS`` is stopped, so no file can make the program hang.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote_from_bytes

if TYPE_CHECKING:
    from sqlalchemy import Connection

# A register query takes milliseconds; one running this long is caught in a loop made by the file.
QUERY_DEADLINE_SECONDS = 60.0
# SQLite calls the progress handler every this many virtual-machine steps (about a millisecond):
# often enough to stop promptly, rarely enough to cost nothing; short statements never reach it.
PROGRESS_STEPS = 100_000
SETTINGS = (
    "PRAGMA trusted_schema = OFF",  # first: it reads nothing, so it cannot fail
    "PRAGMA synchronous = FULL",
    "PRAGMA fullfsync = ON",
    "PRAGMA journal_mode = DELETE",
)


class Deadline:
    """Stops a statement that runs past its deadline; armed before each statement."""

    def __init__(self) -> None:
        self.until = float("inf")
        self.expired = False

    def restart(self, seconds: float | None = None) -> None:
        """Arm the deadline: ``seconds`` from now, by default QUERY_DEADLINE_SECONDS (read now,
        not when this was defined, so a test can shorten it)."""
        self.until = time.monotonic() + (QUERY_DEADLINE_SECONDS if seconds is None else seconds)
        self.expired = False

    def check(self) -> int:
        """SQLite's progress handler: a non-zero answer interrupts the running statement."""
        if time.monotonic() > self.until:
            self.expired = True
            return 1
        return 0


class RegisterConnection(sqlite3.Connection):
    """A sqlite3 connection that carries its statement deadline."""

    deadline: Deadline


def file_uri(path: str | os.PathLike, mode: str) -> str:
    """A SQLite URI that names exactly ``path``; ``mode`` is ro, rw (the file must exist) or rwc."""
    text = os.path.abspath(path)  # absolute, so it never starts with "file:"; symlinks kept
    if os.name == "nt":
        text = text.replace("\\", "/")
        if not text.startswith("/"):
            text = "/" + text  # C:/x -> /C:/x; a share //server/x keeps its two slashes
    return f"file://{quote_from_bytes(os.fsencode(text), safe='/')}?mode={mode}"


def connect(
    path: str | os.PathLike, *, read_only: bool = False, create: bool = False, timeout: float = 5.0
) -> RegisterConnection:
    """Open the register file at ``path``. Read-only: SQLite itself refuses every write (root's
    too). Otherwise the file must exist unless ``create``; a vanished register is never recreated
    empty. The statement deadline is not armed: call ``connection.deadline.restart()``."""
    mode = "ro" if read_only else ("rwc" if create else "rw")
    connection = sqlite3.connect(
        file_uri(Path(path), mode),
        uri=True,
        timeout=timeout,
        check_same_thread=False,  # a pooled connection may serve another thread later
        factory=RegisterConnection,
    )
    connection.execute(SETTINGS[0])
    # The others read the file: one that is damaged or needs recovery fails here and again, said
    # better, at the caller's first query. One that another program is writing is not waited
    # for: SQLite's defaults are these same settings (FULL, and DELETE for a file not in WAL).
    connection.execute("PRAGMA busy_timeout = 0")
    for setting in SETTINGS[1:]:
        try:
            connection.execute(setting).fetchall()
        except sqlite3.DatabaseError:
            pass
    connection.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    connection.deadline = Deadline()
    connection.set_progress_handler(connection.deadline.check, PROGRESS_STEPS)
    return connection


def driver_connection(connection: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under SQLAlchemy's ``connection`` to a SQLite database, for what
    only the driver tells (its transaction state, its count of changes, its schema)."""
    found = connection.connection.dbapi_connection
    assert isinstance(found, sqlite3.Connection), "an open connection to a SQLite database"
    return found


def journal_path(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of ``path`` during (and after an interrupted) save."""
    return path.with_name(path.name + "-journal")
