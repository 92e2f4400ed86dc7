"""Alembic environment: migrations run inside the application, on its own connection."""

from alembic import context
from sqlalchemy import create_engine

from ropa_desktop.register.models import Base

config = context.config


def _run(connection) -> None:
    # Batch mode lets ALTER-style changes work on SQLite too (copy-and-move tables).
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # developer use: `alembic -x url=sqlite:///x.ropa revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite://")
    with create_engine(url).begin() as conn:
        _run(conn)
