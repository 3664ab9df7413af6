"""Connections to the local SQLite file with the pragmas that make commits durable.

The app reads and writes with plain sqlite3 (`connect()`, `Database.raw()`): fast start, bulk
streaming, one style everywhere. `Database.engine` (SQLAlchemy, imported only when first used)
is for Alembic's migrations and the tests that compare the models with the migrated schema.
"""

from __future__ import annotations

import sqlite3
from _thread import get_ident  # threading's, without loading threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

from sos_desktop.core.errors import DatabaseProblem
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.failures import Doing, describe

TYPE_CHECKING = False  # as typing's; typing itself costs the command line ~2 ms to load
if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from sos_desktop.core.security.sealing import ContactKey

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # a commit survives a power cut, not just a crash
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


def apply_pragmas(conn: sqlite3.Connection) -> None:
    for pragma in PRAGMAS:
        conn.execute(pragma)


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection in autocommit mode: callers open transactions explicitly with BEGIN."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        apply_pragmas(conn)
    except sqlite3.OperationalError as exc:  # a read-only drive or a full disk, named
        raise DatabaseProblem(describe(exc, path, Doing.OPEN)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(Code.DB_NOT_A_DATABASE(path=path, detail=str(exc))) from exc
    return conn


# When this process last found each file sound (ensure_sound; time.monotonic()).
_SOUND: dict[str, float] = {}
RECHECK_AFTER = 600.0  # seconds: a window open all day checks again before a later write


def ensure_sound(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse to write to a damaged file. SQLite's `quick_check` reads every page (about
    13-30 ms for 10,000 sign-ups, 0.3 s for 100,000: benchmarks/damage.py), so it runs before
    the first write of each command, and in a window before a write at most every
    RECHECK_AFTER seconds: a write that lands beside a damaged page would be lost to the
    restore that must follow."""
    import time

    key = str(path)
    checked = _SOUND.get(key)
    if checked is not None and time.monotonic() - checked < RECHECK_AFTER:
        return
    try:
        verdict = [message for (message,) in conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        verdict = [str(exc)]
    if verdict != ["ok"]:
        _SOUND.pop(key, None)
        raise DatabaseProblem(Code.DB_DAMAGED(path=path, detail=verdict[0])) from (
            sqlite3.DatabaseError("database disk image is malformed"))
    _SOUND[key] = time.monotonic()


def forget_checks() -> None:
    """Check again before the next write (a new command run in the same process, a restore)."""
    _SOUND.clear()


@contextmanager
def write_transaction(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT. Any failure rolls back; an SQLite error (disk full, file
    gone, locked too long) becomes a DatabaseProblem naming the file, for the screen. A
    damaged file is refused before anything is written (ensure_sound)."""
    ensure_sound(conn, path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise DatabaseProblem(Code.COULD_NOT_SAVE(path=path, detail=str(exc))) from exc
        raise


class Database:
    """One SQLite file; hands out raw connections (and an engine for migrations)."""

    # While one_connection() runs: the connection raw() hands out to the thread that asked.
    _shared: sqlite3.Connection | None = None
    _shared_thread = 0

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        # The organization's private key while the organizer has unlocked it (security/);
        # None in the kiosk and after lock().
        self.contact_key: ContactKey | None = None

    def lock(self) -> None:
        """Forget the unlocked private key (kiosk start, quit)."""
        self.contact_key = None

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        if self._shared is not None and self._shared_thread == get_ident():
            yield self._shared
            return
        conn = connect(self.path)
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def one_connection(self) -> Iterator[None]:
        """For the block, raw() hands this thread one connection, opened on first use: a burst
        of small reads (opening the database, building the main window) opens the file and
        parses its schema (~0.6 ms) once instead of at every read. Other threads get their
        own as always; as with KeptOpen, never nest a write transaction in another."""
        if self._shared is not None:  # inside another block: that one's connection
            yield
            return
        self._shared, self._shared_thread = connect(self.path), get_ident()
        try:
            yield
        finally:
            conn, self._shared = self._shared, None
            conn.close()

    @cached_property
    def device_id(self) -> str:
        with self.raw() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
        if row is None:
            raise DatabaseProblem(Code.NO_DEVICE_ID_IN(path=self.path))
        return row[0]

    @cached_property
    def engine(self) -> Engine:
        from sqlalchemy import create_engine, event

        engine = create_engine(f"sqlite:///{self.path}")

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            apply_pragmas(dbapi_conn)

        return engine

    def dispose(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()

    def kept_open(self) -> KeptOpen:
        """The same file through one connection held open, for a run of small writes."""
        return KeptOpen(self.path)


class KeptOpen(Database):
    """A Database whose raw() hands out one connection, opened on first use and kept.

    A kiosk saves every minute or two for a whole visit: opening a connection and setting
    its pragmas for each save cost a third of the save. Use it from one thread, never nest
    write transactions, and close() it when the session ends (a later raw() reopens).
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._conn: sqlite3.Connection | None = None

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        if self._conn is None:
            self._conn = connect(self.path)
        yield self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
