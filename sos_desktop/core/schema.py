"""Schema version check and migration at start-up.

The revision is read with plain sqlite3: when it is current (the usual case) Alembic is never
imported. Otherwise a copy of the file is taken, then Alembic upgrades it. A database from a newer
version of the app is refused untouched.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sos_desktop.core import db as dbmod
from sos_desktop.core.errors import DatabaseProblem

# Oldest first; must list every script in core/migrations/versions (a test checks it).
REVISIONS: tuple[str, ...] = ("0001_initial", "0002_visit_deck", "0003_sync", "0004_figures")
HEAD = REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def read_revision(conn: sqlite3.Connection) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [r[0] for r in rows]


def ensure_schema(path: Path, backups_dir: Path) -> str:
    """Bring the database at `path` to HEAD. Returns what happened: current, created, migrated."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = dbmod.connect(path)
    try:
        try:
            revision = read_revision(conn)
            tables = _user_tables(conn)
        except sqlite3.DatabaseError as exc:
            raise DatabaseProblem(
                f"database {path} is damaged or not a database ({exc}); "
                "restore a backup or move the file away"
            ) from exc
        if revision == HEAD:
            return "current"
        if revision is not None and revision not in REVISIONS:
            raise DatabaseProblem(
                f"database {path} was written by a newer SOS Desktop (schema {revision}; this "
                f"version knows up to {HEAD}); update the app, the file was not changed"
            )
        if revision is None and tables:
            raise DatabaseProblem(
                f"{path} is an SQLite file but not an SOS Desktop database "
                f"(tables: {', '.join(sorted(tables)[:5])}); it was not changed"
            )
        if revision is not None:
            backup_before_migration(conn, path, backups_dir, revision)
    finally:
        conn.close()
    _upgrade(path)
    return "created" if revision is None else f"migrated from {revision}"


def backup_before_migration(
    conn: sqlite3.Connection, path: Path, backups_dir: Path, revision: str
) -> Path:
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"{path.stem}-before-{revision}-{stamp}.sqlite3"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _upgrade(path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from sos_desktop.core.db import Database

    database = Database(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        database.dispose()
