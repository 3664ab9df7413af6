"""Alembic environment: runs on the connection core.schema hands over (pragmas already set)."""

from alembic import context
from sqlalchemy import create_engine

from sos_desktop.core.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Developer use (`alembic -c alembic.ini revision --autogenerate`): a throwaway engine.
    engine = create_engine(config.get_main_option("sqlalchemy.url", ""))
    with engine.begin() as conn:
        _run(conn)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported")
run_migrations_online()
