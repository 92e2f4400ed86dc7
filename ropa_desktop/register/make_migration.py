"""Developer tool: write a new Alembic revision from the difference between models and schema.

python -m ropa_desktop.register.make_migration "what changed"
"""

from __future__ import annotations

import sys

from alembic import command
from sqlalchemy import create_engine

from . import schema


def main(message: str) -> None:
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        schema.upgrade(conn)
        revisions = schema.known_revisions()
        next_id = f"{len(revisions) + 1:04d}"
        command.revision(schema.alembic_config(conn), message=message, autogenerate=True, rev_id=next_id)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m ropa_desktop.register.make_migration MESSAGE")
    main(sys.argv[1])
