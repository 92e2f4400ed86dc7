"""Which database errors are the officer's situation, and which are the program's bug.

A database error the officer can act on — the register locked by another program, a read-only
file, a full disk, a server out of reach or refusing the role, a damaged file — is a refusal:
one sentence, nothing saved (storage words it). Any other (a statement the database rejects, a
table that is not there) is a fault of this program: it is not dressed up as a refusal but
raised as it is, so that the window shows the crash dialog, the command line says "unexpected
error", and the log keeps the traceback for a bug report (issue 18).
"""

from __future__ import annotations

from . import server

# Lower-case phrases in the database's own message that name a situation, not a bug.
_SITUATIONS = (
    # Another program holds the register (SQLite's lock, PostgreSQL's lock_timeout, a deadlock
    # between two writers that the server broke by cancelling one).
    "locked",
    "busy",
    "lock timeout",
    "deadlock detected",
    "could not serialize access",
    # The file or the role may not be written.
    "readonly",
    "read-only",
    "permission denied",
    "row-level security",
    # The disk, the file, the memory.
    "full",
    "unable to open",
    "disk i/o",
    "malformed",
    "not a database",
    "out of memory",
    # A cancel the officer asked for (SQLite's interrupt, a statement_timeout).
    "interrupted",
    "canceling statement",
)


def is_situation(exc: BaseException) -> bool:
    """True for a database error the officer's situation explains (a refusal); False for a bug."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if any(phrase in text for phrase in _SITUATIONS):
        return True
    # The server gone, restarting, or refusing the login: server.unreachable words those.
    return server.unreachable("", exc) is not None or "fatal:" in text
