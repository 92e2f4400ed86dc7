"""The register's schema versions: Alembic, bundled in the package and run in-process."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("ropa_desktop.register") / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache  # the migrations shipped with this version do not change while it runs
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


@cache
def known_revisions() -> tuple[str, ...]:
    """All revisions this version knows, oldest first."""
    return tuple(s.revision for s in reversed(list(script_directory().walk_revisions())))


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    command.upgrade(alembic_config(connection), revision)
