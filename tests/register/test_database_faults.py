"""A database error is a refusal only when the officer's situation explains it; any other is a bug,
raised as it is for the log and the crash dialog (register/database_faults.py, issue 18)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from ropa_desktop.register import database_faults, errors
from ropa_desktop.register.errors import RegisterError


@pytest.mark.parametrize(
    "message",
    [
        "database is locked",
        "attempt to write a readonly database",
        "database or disk is full",
        "disk I/O error",
        "database disk image is malformed",
        "canceling statement due to lock timeout",
        "deadlock detected",
        "permission denied for table processing_activity",
        "terminating connection due to administrator command",
        'connection failed: connection to server at "127.0.0.1", port 5 failed: Connection refused',
    ],
)
def test_the_officers_situations_are_refusals(message):
    assert database_faults.is_situation(OperationalError("SELECT 1", {}, sqlite3.OperationalError(message)))


@pytest.mark.parametrize(
    "message",
    [
        "no such table: no_such_table",
        'near "SELEC": syntax error',
        "no such column: processing_activity.nmae",
        'column "nmae" does not exist',
    ],
)
def test_what_only_a_bug_causes_is_not_a_refusal(message):
    """The near misses: messages a wrong statement of the program's gets."""
    assert not database_faults.is_situation(ProgrammingError("SELECT 1", {}, sqlite3.OperationalError(message)))


def test_a_bug_in_a_write_is_raised_as_it_is_and_nothing_is_saved(demo_register):
    before = demo_register.generation()
    with pytest.raises(DBAPIError, match="no_such_table") as raised:
        with demo_register.transaction() as session:
            session.execute(text("INSERT INTO no_such_table VALUES (:name)"), {"name": "Anna de Vries"})
    assert not isinstance(raised.value, RegisterError)
    assert "Anna de Vries" not in str(raised.value)  # the parameters are hidden (hide_parameters)
    assert demo_register.generation() == before


def test_a_situation_in_a_write_is_one_sentence(demo_register, monkeypatch):
    """The near miss: a lock is worded as a refusal."""

    def locked(*args, **kwargs):
        raise OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked"))

    with pytest.raises(RegisterError) as refused:
        with demo_register.transaction() as session:
            session.execute(text("SELECT 1"))
            locked()
    assert refused.value.code == errors.LOCKED
    assert str(refused.value).endswith("locked by another program; nothing was saved")
