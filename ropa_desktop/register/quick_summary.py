"""What is in a register file, in numbers, read without the models: for `ropa info` (issue 19).

`ropa info` is the quickest look at a register, so it should start about as fast as Python itself.
Declaring the models and configuring their mappers takes longer than all the rest of the command,
and the ORM would read eight counts and one row. So a register file of this version is checked as
opening checks it (opening_checks), then read with sqlite3 itself, the same rows summary.summarise
reads through the ORM; tests/register/test_quick_summary.py holds the two summaries equal.

An older register is migrated when it is opened, and a server is read through SQLAlchemy: both go
the usual way (storage.open_register, summary.summarise); ``summarise_file`` returns None for them.
A value that cannot be read fails here as it would there, and the command line then says where the
register is damaged (cli._damaged).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from . import copies, errors, holder, opening_checks, schema, sqlite_connection
from .errors import RegisterError
from .reference.authorities import default_authority_name
from .reference.countries import adequacy_list_date


@dataclass(frozen=True)
class RegisterSummary:
    location: str
    organisation: str
    country_code: str
    languages: list[str]
    statement_date: date | None
    supervisory_authority: str
    schema_revision: str | None
    reference_date: date
    counts: dict[str, int]
    activities_by_role: dict[str, int]


# The tables of summary.COUNTED's models, by the same names (the test holds them equal).
COUNTED_TABLES = {
    "activities": "activities",
    "data_categories": "data_categories",
    "data_subject_categories": "data_subject_categories",
    "recipients": "recipients",
    "transfers": "transfers",
    "security_measures": "security_measures",
    "cookies": "cookies",
    "offices": "offices",
}
# models.ActivityRole's values, in its order: an activity's role is stored by its value.
ROLES = ("controller", "joint_controller", "processor")


def summarise_file(path: Path) -> RegisterSummary | None:
    """The summary of the register file at ``path``; None when it must first be migrated
    (storage.open_register does that). Refuses what opening refuses, with the same reasons."""
    revision, _recovered = opening_checks.inspect_file(path)
    if revision != schema.head_revision():
        return None
    # What opening leaves behind it is cleared as open_register clears it.
    copies.remove_stale(path)
    holder.clear_stale(path)
    location = str(path)
    connection = sqlite_connection.connect(
        path, read_only=opening_checks.read_only(path), timeout=opening_checks.LOCK_WAIT_SECONDS
    )
    try:
        return _read(connection, location)
    except sqlite3.DatabaseError:
        if connection.deadline.expired:
            raise opening_checks.too_slow(location) from None
        raise
    finally:
        connection.close()


def _read(connection: sqlite_connection.RegisterConnection, location: str) -> RegisterSummary:
    """summary.summarise's reading, statement by statement in its order."""

    def one(sql: str, *parameters):
        connection.deadline.restart()  # as the engine arms it before each statement (storage._engine)
        return connection.execute(sql, parameters).fetchone()

    org = _organisation(connection)
    if org is None:
        raise RegisterError(f"{location}: the register has no organisation", errors.DAMAGED)
    counts = {name: one(f"SELECT count(*) FROM {table}")[0] or 0 for name, table in COUNTED_TABLES.items()}
    connection.deadline.restart()
    by_role = dict(connection.execute("SELECT role, count(*) FROM activities GROUP BY role").fetchall())
    unknown = set(by_role) - set(ROLES) - {None}
    if unknown:  # the ORM cannot read it either: the register is damaged (cli._damaged says where)
        raise LookupError(f"{sorted(unknown)[0]!r} is not an activity's role")
    published = one("SELECT published_on FROM publications ORDER BY number DESC LIMIT 1")
    # The date the statement shows: its last publication's, else the typed one (publications.statement_day).
    statement_date = _READERS["DATE"](published[0]) if published is not None else org["statement_date"]
    authority_id = org["supervisory_authority_id"]
    authority = one("SELECT name FROM contacts WHERE id = ?", authority_id) if authority_id is not None else None
    # Organisation.supervisory_authority, else the default authority of its country.
    authority_name = authority[0] if authority is not None else default_authority_name(org["country_code"])
    revision = schema.revision_in_file(connection)
    return RegisterSummary(
        location=location,
        organisation=org["legal_name"],
        country_code=org["country_code"],
        languages=list(org["languages"]),
        statement_date=statement_date,
        supervisory_authority=authority_name or "",
        schema_revision=revision,
        reference_date=adequacy_list_date(),
        counts=counts,
        activities_by_role={role: by_role.get(role, 0) for role in ROLES},
    )


# How SQLAlchemy reads the values the organisation row holds from SQLite, by declared type (the
# others it takes as they are); a value they cannot read fails the summary as it fails the ORM's.
_READERS = {
    "JSON": lambda value: None if value is None else json.loads(value),
    "DATE": lambda value: None if value is None else date.fromisoformat(value),
    "DATETIME": lambda value: None if value is None else datetime.fromisoformat(value),
}


def _organisation(connection: sqlite_connection.RegisterConnection) -> dict | None:
    """The first organisation row (Register.organisation) as the ORM reads it, by column name."""
    connection.deadline.restart()
    types = {name: declared for _cid, name, declared, *_rest in connection.execute("PRAGMA table_info(organisation)")}
    connection.deadline.restart()
    cursor = connection.execute("SELECT * FROM organisation ORDER BY id LIMIT 1")
    row = cursor.fetchone()
    if row is None:
        return None
    names = [column[0] for column in cursor.description]
    return {name: _READERS.get(types[name], _as_is)(value) for name, value in zip(names, row, strict=True)}


def _as_is(value):
    return value
