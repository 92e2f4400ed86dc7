"""Naming the stored value a register cannot read (a text where JSON belongs, a word where a date
belongs), so that a damaged file is reported as damaged, in one line, not as a program error."""

from __future__ import annotations

from sqlalchemy import JSON, select
from sqlalchemy.engine import make_url

from . import errors
from .errors import RegisterError
from .models import Base
from .storage import Register, is_url


def unreadable_value(register: Register) -> str | None:
    """``table.column`` of the first stored value that cannot be read as its column's type, or None."""
    with register.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                try:
                    values = conn.execute(select(column)).scalars().all()
                except Exception:  # what reading it raises is exactly the fault to find
                    return f"{table.name}.{column.name}"
                expected = _python_type(column)
                if expected is not None and any(v is not None and not isinstance(v, expected) for v in values):
                    return f"{table.name}.{column.name}"
    return None


def _python_type(column) -> type | None:
    """What a value of ``column`` must be once read; None where any value will do (JSON)."""
    if isinstance(column.type, JSON):
        return None
    try:
        expected = column.type.python_type
    except NotImplementedError:
        return None
    return int if expected is bool else expected  # SQLite hands booleans over as they are stored


def damaged(register: Register) -> RegisterError | None:
    """The one-line error for a register holding a value it cannot read; None if every value reads."""
    try:
        where = unreadable_value(register)
    except Exception:
        return None
    if where is None:
        return None
    location = register.location
    if is_url(location):  # never the password
        location = make_url(location).render_as_string(hide_password=True)
    return RegisterError(f"{location}: damaged: a value in {where} cannot be read", errors.DAMAGED, location)
