"""Schema version check and migration at start-up.

The revision is read with plain sqlite3: when it is current (the usual case) Alembic is never
imported. Otherwise a copy of the file is taken, then Alembic upgrades it. A database from a newer
version of the app is refused untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sos_desktop.core.errors import DatabaseProblem, SealingNeedsKeys, SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.failures import Doing, describe
from sos_desktop.core.storage.readonly import connect_read_only
from sos_desktop.core.storage.revisions import HEAD, REVISIONS, SEALED_FROM  # read here as before

TYPE_CHECKING = False  # as typing's; typing itself costs the command line ~2 ms to load
if TYPE_CHECKING:
    from sos_desktop.core.security.keys import OrgKeys

# Asked for the organization's new keys when an older database has sign-ups to seal; gets the
# number of sign-ups (the front end sets the passphrase and shows the recovery key).
SealKeys = Callable[[int], "OrgKeys"]

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


def probe(path: Path) -> tuple[str | None, list[str]]:
    """The schema revision and table names of the file at `path`, read without changing it
    ((None, []) when there is no file yet)."""
    if not path.exists():
        return None, []
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(describe(exc, path, Doing.OPEN)) from exc
    try:
        return read_revision(conn), _user_tables(conn)
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(describe(exc, path, Doing.READ)) from exc
    finally:
        conn.close()


def _plain_signups(path: Path) -> int:
    conn = connect_read_only(path)
    try:
        return conn.execute("SELECT count(*) FROM signups").fetchone()[0]
    finally:
        conn.close()


def ensure_schema(path: Path, backups_dir: Path, seal_keys: SealKeys | None = None) -> str:
    """Bring the database at `path` to HEAD. Returns what happened: current, created, migrated.

    The file is only opened for writing once it is known to be ours (or absent): a foreign or
    newer file is refused byte for byte unchanged. An older database with sign-ups is sealed on
    the way (migration 0006_seal), which needs `seal_keys`; without it SealingNeedsKeys is
    raised and the file is left as it was."""
    revision, tables = probe(path)
    if revision == HEAD:
        return "current"
    _refuse_if_not_ours(path, revision, tables)
    unsealed = (revision is not None and SEALED_FROM in REVISIONS
                and REVISIONS.index(revision) < REVISIONS.index(SEALED_FROM))
    if unsealed and (plain := _plain_signups(path)):
        # Ask for the key before any migration runs: without one the file stays as it was.
        if seal_keys is None:
            raise SealingNeedsKeys(plain)
        keys = seal_keys(plain)
        seal_keys = lambda _count: keys  # noqa: E731 - the migration asks again
    backup = None
    if revision is not None:
        backup = backup_before_migration(path, backups_dir, revision)
    try:
        _upgrade_or_remove_new(path, seal_keys)
    except SealingNeedsKeys:
        if backup is not None:  # the database is unchanged: no second plain copy to keep
            from sos_desktop.core.security.at_rest import shred

            shred(backup)
        raise
    except sqlite3.Error as exc:
        raise DatabaseProblem(describe(exc, path, Doing.SET_UP)) from exc
    except SosError:
        raise
    except Exception as exc:  # SQLAlchemy wraps sqlite3's errors
        inner = getattr(exc, "orig", None)
        if isinstance(inner, sqlite3.Error):
            raise DatabaseProblem(describe(inner, path, Doing.SET_UP)) from exc
        raise
    if unsealed:
        from sos_desktop.core.security.at_rest import finish_sealing

        finish_sealing(path, backups_dir)
    return "created" if revision is None else f"migrated from {revision}"


def _refuse_if_not_ours(path: Path, revision: str | None, tables: list[str]) -> None:
    """Raises DatabaseProblem for a file from a newer app, or an SQLite file of another app."""
    if revision is not None and revision not in REVISIONS:
        raise DatabaseProblem(Code.DB_NEWER(path=path, revision=revision, head=HEAD))
    if revision is None and tables:
        raise DatabaseProblem(Code.DB_NOT_OURS(path=path, tables=", ".join(sorted(tables)[:5])))


def _upgrade_or_remove_new(path: Path, seal_keys: SealKeys | None) -> None:
    fresh = not path.exists()
    try:
        _upgrade(path, seal_keys)
    except BaseException:
        if fresh:  # a half-made new file would later be refused as "not ours": it held nothing
            _remove_new_database(path)
        raise


def _remove_new_database(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm",
                                                                           "-journal"))):
        leftover.unlink(missing_ok=True)


def backup_before_migration(path: Path, backups_dir: Path, revision: str) -> Path:
    """A verified copy in backups/ before the schema changes; on any failure (a full disk)
    nothing is left behind and the database is not migrated."""
    from sos_desktop.core.backups.copy import write_copy

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"{path.stem}-before-{revision}-{stamp}.sqlite3"
    try:
        return write_copy(path, target, own_folder=True)
    except SosError as exc:
        raise DatabaseProblem(Code.DB_NOT_MIGRATED(reason=exc.message or str(exc), path=path)
                              ) from exc


def _upgrade(path: Path, seal_keys: SealKeys | None = None) -> None:
    from alembic import command
    from alembic.config import Config

    from sos_desktop.core.storage.db import Database

    database = Database(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            config.attributes["seal_keys"] = seal_keys
            command.upgrade(config, "head")
    finally:
        database.dispose()
