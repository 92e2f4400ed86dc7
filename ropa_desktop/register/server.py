"""What a register on a database server (PostgreSQL) needs that a file does not.

A file has SQLite's locks; a server has many programs connected at once, so:

- every write transaction first takes the register's writer lock (``take_write_lock``, a
  PostgreSQL advisory lock held until the transaction ends), as ``BEGIN IMMEDIATE`` does on a
  file: the generation, the change log's sequence numbers and its hash chain stay one line with
  any number of writers, and what a save reads stays true until it commits;
- creating and migrating the schema takes the migration lock (``take_migration_lock``), so of
  two programs opening an older register at once one migrates and the other waits, then finds
  the work done;
- the change log's ``who`` is the database role (``role``), which the server vouches for,
  not the operating-system user of the machine the program runs on;
- a server that cannot be reached is said in one sentence (``unreachable``).

Both locks are transaction-level advisory locks: a program killed mid-save loses its
connection and with it the lock, so nothing stays locked. Their keys are fixed numbers in one
database; other programs using advisory locks in the same database would have to avoid them.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, make_url

# pg_advisory_xact_lock keys (any bigint; "ROPA" in ASCII, then 1 and 2).
WRITE_LOCK = 0x524F5041_0001
MIGRATION_LOCK = 0x524F5041_0002
# How long a save waits for another program's save before it is refused as LOCKED. Longer than
# on a file (2 s): a server's writers are many, and an import of a large workbook takes a while.
LOCK_WAIT_SECONDS = 30


def is_server(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def driver_url(url: str) -> str | URL:
    """``postgresql://…`` with the driver this program ships (psycopg 3), not SQLAlchemy's default
    of the day (psycopg2 in SQLAlchemy 2.0); any other URL as given."""
    try:
        parsed = make_url(url)
    except Exception:
        return url  # create_engine says what is wrong with it
    if parsed.drivername == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    return url


def take_write_lock(connection: Connection) -> None:
    """The writer lock, first in a write transaction, released at its end (commit or rollback)."""
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT_SECONDS}s'")
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})


def take_migration_lock(connection: Connection) -> None:
    """Waits while another program creates or migrates the register's schema (no time limit: a
    migration of a large register takes what it takes, and the other program cannot go on
    before it is done either)."""
    if is_server(connection):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


# The channel on which every committed save is announced to the other programs on the register
# (LISTEN/NOTIFY): register.live listens, so a window shows a colleague's save at once.
CHANNEL = "ropa_register"


def announce(connection: Connection, generation: int) -> None:
    """Tell every listener the register reached ``generation``; the server delivers it only when
    (and if) this transaction commits, so nobody hears of a save that was rolled back."""
    connection.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": str(generation)})


def rows_written(connection: Connection) -> int:
    """Rows inserted, updated and deleted so far in this transaction (the server's statistics of
    it), to tell a save that wrote nothing (Register.transaction) as SQLite's total_changes does."""
    return connection.exec_driver_sql(
        "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_xact_user_tables"
    ).scalar_one()


def role(connection: Connection) -> str:
    """The database role the program is connected as: who the change log says made a change."""
    return connection.execute(text("SELECT current_user")).scalar() or "?"


# What PostgreSQL and psycopg say when the server goes down under a connection or is not up yet.
_CUT_OFF = (
    "terminating connection due to",
    "terminating connection because of crash",
    "the database system is shutting down",
    "the database system is starting up",
    "the database system is in recovery mode",
    "the database system is not yet accepting",
    "consuming input failed",
    "the connection is lost",
    "the connection is closed",
)


def unreachable(location: str, exc: BaseException) -> str | None:
    """One sentence for a server that cannot be reached or refuses us; None for another fault."""
    message = str(getattr(exc, "orig", None) or exc)
    lowered = message.lower()
    if (
        "password authentication failed" in lowered
        or "no password supplied" in lowered
        or ("role" in lowered and "does not exist" in lowered)
    ):
        return f"{location}: the server refused the user name or password"
    if "does not exist" in lowered and "database" in lowered:
        return f"{location}: the server has no such database (create it first, e.g. with createdb)"
    if "permission denied" in lowered or "row-level security" in lowered:
        return None  # the server answered: the role may not do it (register.roles words it)
    if any(phrase in lowered for phrase in _CUT_OFF):
        # Stopped, restarted or crashed under the connection, or not up yet: nothing was committed,
        # and a moment later it answers again (gui/save_retry saves then).
        return f"{location}: the database server cannot be reached (is it running, and is the address right?)"
    if "fatal:" in lowered:
        return None  # the server answered and said why: that line says more than ours would
    if (
        "connection refused" in lowered
        or "could not connect" in lowered
        or "connection failed" in lowered
        or "timeout expired" in lowered
        or "name or service not known" in lowered
        or "could not translate host name" in lowered
        or "server closed the connection" in lowered
        or "no route to host" in lowered
    ):
        return f"{location}: the database server cannot be reached (is it running, and is the address right?)"
    return None
