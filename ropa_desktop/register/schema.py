"""The register's schema versions: Alembic, bundled in the package and run in-process.

Only a migration needs Alembic itself, which takes longer to import than SQLAlchemy's ORM: opening
a register of this version (``ropa info``, the window) reads its revision from the
``alembic_version`` table and the known revisions from the names in the migration files, so it
starts without Alembic (issue 19; tests/test_cli_imports_only_what_it_uses.py holds both readings
against Alembic's own).
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from .errors import DAMAGED, RegisterError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps

# `revision = "0008"` and `down_revision = "0007"` (or None) in a migration file, as Alembic writes them.
_NAMED = re.compile(r"""^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(?:["']([^"'\n]+)["']|None)\s*$""", re.M)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # only migrations need Alembic (see the module's docstring)

    config = Config()
    config.set_main_option("script_location", str(files("ropa_desktop.register") / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache  # the migrations shipped with this version do not change while it runs
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory  # only migrations need Alembic

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return known_revisions()[-1]


@cache
def known_revisions() -> tuple[str, ...]:
    """All revisions this version knows, oldest first."""
    return _chain_in_files() or _chain_by_alembic()


def _chain_in_files() -> tuple[str, ...] | None:
    """The revisions named in the migration files, oldest first; None unless they form one line
    (a branch, a merge or a name written otherwise is left to Alembic)."""
    parents: dict[str, str | None] = {}
    for entry in (files("ropa_desktop.register") / "migrations" / "versions").iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("_"):
            continue
        names = {key: value for key, value in _NAMED.findall(entry.read_text(encoding="utf-8"))}
        if "revision" not in names or "down_revision" not in names:
            return None
        parents[names["revision"]] = names["down_revision"] or None
    children = {parent: child for child, parent in parents.items()}
    if not parents or len(children) != len(parents):  # none, or two revisions on one parent
        return None
    chain: list[str] = []
    revision = children.get(None)
    while revision is not None:
        chain.append(revision)
        revision = children.get(revision)
    return tuple(chain) if len(chain) == len(parents) else None


def _chain_by_alembic() -> tuple[str, ...]:
    revisions = tuple(s.revision for s in reversed(list(script_directory().walk_revisions())))
    assert revisions, "the package ships no migrations"
    return revisions


def current_revision(connection: Connection) -> str | None:
    """The revision in the register's version table (None when it has none), as Alembic's
    ``MigrationContext.get_current_revision`` reads it."""
    from sqlalchemy import inspect, text  # `ropa info` reads a file without SQLAlchemy (revision_in_file)

    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return _the_one([row[0] for row in connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))])


def revision_in_file(connection: sqlite3.Connection) -> str | None:
    """``current_revision`` read from a register file by sqlite3 itself, for a caller that checked
    the file first (opening_checks): `ropa info` starts without SQLAlchemy (issue 19)."""
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,))
    if found.fetchone() is None:
        return None
    return _the_one([row[0] for row in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")])


def _the_one(revisions: list[str]) -> str | None:
    if len(revisions) > 1:  # no program of ours writes that: a damaged or crafted register, not a bug
        raise RegisterError(
            f"the register is damaged: its {VERSION_TABLE} table names {len(revisions)} schema revisions, not one",
            DAMAGED,
        )
    return revisions[0] if revisions else None


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command  # only migrations need Alembic

    command.upgrade(alembic_config(connection), revision)
