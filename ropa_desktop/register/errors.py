"""Errors the register reports to people: one line that says what is wrong.

``code`` names the kind of fault so that the window can show its own translated sentence;
``str(error)`` is the English line the command line prints.
"""

from __future__ import annotations


class RegisterError(Exception):
    """A register could not be created, opened or changed. str(error) is the reason."""

    def __init__(self, message: str, code: str = "", location: str = ""):
        super().__init__(message)
        self.code = code
        self.location = location
        # For IN_USE: the places that refer to the entry (register.usage.Use).
        self.uses: list = []
        # For CONFLICT: the fields another program changed too (register.operations.Conflict).
        self.conflicts: list = []
        # For CONFLICT: the item as the other program left it, with its version (snapshots.VERSION):
        # what a retry that keeps mine, takes theirs or merges is saved over (register.conflicts).
        self.current: dict | None = None


# Codes of RegisterError, for callers that react to a kind of fault.
NOT_FOUND = "not_found"
NOT_A_REGISTER = "not_a_register"
NEWER_VERSION = "newer_version"
LOCKED = "locked"
READ_ONLY = "read_only"
DISK_FULL = "disk_full"
VANISHED = "vanished"
EXISTS = "exists"
DAMAGED = "damaged"
# A catalogue entry that activities (or others) still refer to.
IN_USE = "in_use"
# A change the database refuses: a required value missing, a link to a vanished entry.
INVALID = "invalid"
# A query ran past its deadline (sqlite_connection.QUERY_DEADLINE_SECONDS) and was stopped.
TOO_SLOW = "too_slow"
# Another program changed the same fields of the item since the editor read it.
CONFLICT = "conflict"
# The register was changed by another program since a copy was made (undo of an import).
CHANGED_SINCE = "changed_since"
# Another window has the register open (register.holder); this one may only read it.
HELD = "held"
# A register on a database server that cannot be reached, or that refuses the user (register.server).
UNREACHABLE = "unreachable"
# The database role connected as may not do this (register.roles: reader, editor, approver, admin).
NOT_PERMITTED = "not_permitted"
