"""Alembic environment: runs on the connection core.storage.schema hands over (pragmas already
set)."""

from typing import Any

from alembic import context
from sqlalchemy import Column, create_engine
from sqlalchemy.engine import Connection

from sos_desktop.core.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Developer use and CI (`alembic revision --autogenerate`, `alembic check`): a throwaway
    # engine on alembic.ini's URL, or on `-x url=sqlite:///PATH` when given.
    url = context.get_x_argument(as_dictionary=True).get("url")
    engine = create_engine(url or config.get_main_option("sqlalchemy.url", ""))
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


def _server_default_differs(
    context: Any, inspected_column: Column[Any], metadata_column: Column[Any],
    inspected_default: str | None, metadata_default: Any, rendered_metadata_default: str | None,
) -> bool | None:
    """Alembic's SQLite comparison unquotes only non-empty strings, so an empty-string default
    ('' for visits.deck) always looks changed; anything else is left to Alembic (None)."""
    if inspected_default in ("''", "('')") and rendered_metadata_default in ("", "''"):
        return False
    return None


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        compare_server_default=_server_default_differs,  # defaults fill old rows: check them
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported")
run_migrations_online()
