"""Open a register as the library does after a crash and say what it holds, as one JSON line.

    inspect_register.py REGISTER [KEY ...]

A KEY is ``activity:ID:FIELD``; its value is read. Then one write (a no-op update) shows
that the register can be saved to again, not only read.
"""

from __future__ import annotations

import json
import sys

from sqlalchemy import text

from ropa_desktop.register.storage import open_register

# The stress workbook names every activity it brings "Stress import N".
STRESS_NAME = "%Stress import%"


def inspect(location: str, keys: list[str]) -> dict:
    seen: dict = {"opened": False}
    try:
        register = open_register(location)
    except Exception as exc:  # whatever it is, the register did not open: say so, in one line
        seen["error"] = f"{type(exc).__name__}: {exc}".splitlines()[0]
        return seen
    seen["opened"] = True
    try:
        with register.session() as session:
            seen["activities"] = session.execute(text("SELECT count(*) FROM activities")).scalar_one()
            seen["stress"] = session.execute(
                text("SELECT count(*) FROM activities WHERE name LIKE :n"), {"n": STRESS_NAME}
            ).scalar_one()
            values = {}
            for key in keys:
                _, item_id, field = key.split(":")
                if field not in ("owner", "internal_notes"):
                    raise ValueError(f"unexpected field {field}")
                row = session.execute(
                    text(f"SELECT {field} FROM activities WHERE id = :id"), {"id": int(item_id)}
                ).first()
                values[key] = row[0] if row else None
            seen["values"] = values
        try:
            with register.transaction() as session:
                session.execute(text("UPDATE register_meta SET value = value WHERE key = 'format'"))
            seen["writable"] = True
        except Exception as exc:
            seen["writable"] = False
            seen["write_error"] = f"{type(exc).__name__}: {exc}".splitlines()[0]
    except Exception as exc:
        seen["read_error"] = f"{type(exc).__name__}: {exc}".splitlines()[0]
    finally:
        register.close()
    return seen


if __name__ == "__main__":
    print(json.dumps(inspect(sys.argv[1], sys.argv[2:])))
