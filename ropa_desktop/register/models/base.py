"""Declarative base, naming convention and the per-language text column type."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import ClassVar

from sqlalchemy import JSON, DateTime, Enum, Integer, MetaData, Table, text
from sqlalchemy.ext.mutable import MutableDict, MutableList
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Declared without SQLAlchemy, for the window's first look; the models' users import it from here.
from ..per_language import text_in  # noqa: F401

# Named constraints keep Alembic migrations reproducible on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every model is mapped to a Table (none to a join or a subquery): saying so lets the code
    # insert into and update ``Model.__table__`` with its types checked, as SQLAlchemy advises
    # (sqlalchemy/sqlalchemy#9130).
    __table__: ClassVar[Table]


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def localized_text():
    """A public text kept per language: {"nl": "...", "en": "..."} in one JSON column.

    JSON is portable between SQLite and PostgreSQL; MutableDict makes in-place edits
    (``activity.name["en"] = ...``) visible to the unit of work.
    """
    return mapped_column(MutableDict.as_mutable(JSON), default=dict, nullable=False)


def key_list(**kwargs):
    """A list of vocabulary keys (e.g. data sources) or of ids, kept as JSON."""
    return mapped_column(MutableList.as_mutable(JSON), default=list, nullable=False, **kwargs)


def key_flags():
    """A mapping of vocabulary key -> bool (e.g. DPIA screening answers), kept as JSON."""
    return mapped_column(MutableDict.as_mutable(JSON), default=dict, nullable=False)


def enum_column(enum_cls: type[enum.Enum], **kwargs):
    """Store an enum by its value as a short string (no native DB enum, no CHECK).

    Values are validated in Python; adding a value later needs no table rebuild.
    """
    return mapped_column(
        Enum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
            length=32,
            validate_strings=True,
            values_callable=lambda members: [m.value for m in members],
        ),
        **kwargs,
    )


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow, nullable=False)


class Versioned:
    """An item the officer edits: ``version`` goes up with every change to it or to its own
    rows and links (register.versions), so a save can tell that another program changed it."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"), nullable=False)
