"""Reading the database without the start-up machinery, when that machinery has nothing to do.

Opening the database (store.open_database) resolves the folder, migrates an old schema, keeps
the folder private, empties a WAL a killed run left, finishes a pending rewrite, settles what a
killed export, backup or restore left, and stores built-in surveys whose files changed. For a
command that only reads (`visit list`), that code and the pathlib, dataclasses and re it loads
were most of its time: 2.4x a bare `python -c "import sqlite3"`.

`current_connection` looks, with os.stat and a few queries, at what each of those steps would
look at. When every one has nothing to do it hands back a connection that cannot write; when
anything is unusual (no file yet, an old or newer schema, a note of a killed run, a loose
permission, a WAL still holding commits, changed survey files, a file that is not ours) it
returns None, and the caller opens the database the full way, which does the work or names the
problem. So this lane changes nothing, ever, and refuses nothing itself.

Only os and sqlite3 here, and modules that import nothing more (a test pins it).
"""

from __future__ import annotations

import os
import sqlite3

from sos_desktop.core.paths import DATA_DIR_ENV, DATABASE_FILENAME, PENDING, resources_folder
from sos_desktop.core.storage.revisions import HEAD

# The settings row where store_builtin_surveys_if_new keeps "sha256|stamp" of the files.
BUILTIN_FINGERPRINT_KEY = "builtin_surveys_sha256"
_LOOSE = 0o077  # leftovers.keep_private makes every folder 0700 and file 0600


def current_connection(data_dir: str | None) -> sqlite3.Connection | None:
    """A read-only connection to the data folder's database if opening it the full way would
    change nothing, else None (the caller then uses store.open_database)."""
    folder = data_dir or os.environ.get(DATA_DIR_ENV)
    if not folder:
        return None  # the user data folder: platformdirs finds it (store.open_database)
    folder = os.path.expanduser(folder)
    path = os.path.join(folder, DATABASE_FILENAME)
    if not (os.path.isfile(path) and _nothing_to_settle(folder) and _quiet(path)):
        return None
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        if _current(conn):
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return None


def _nothing_to_settle(folder: str) -> bool:
    """No notes of killed runs (leftovers.settle), no temporary files of a backup or restore
    swept by name (leftovers.swept), nothing keep_private would tighten (POSIX). The empty
    pending-outputs/ a backup leaves is no work: the next full open removes it."""
    try:
        pending = os.path.join(folder, PENDING)
        if os.path.isdir(pending) and os.listdir(pending):  # empty: settle would only rmdir it
            return False
        return _private_folder(folder, below=True)
    except OSError:
        return False


def _private_folder(folder: str, below: bool = False) -> bool:
    """The folder and the files in it as keep_private leaves them, and `below`, its folders
    too; no temporary file of a backup in it."""
    if os.name == "posix" and os.stat(folder).st_mode & _LOOSE:
        return False
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(".") and ".tmp" in entry.name[1:]:
                return False
            if entry.is_symlink():
                continue
            if below and entry.is_dir() and not _private_folder(entry.path):
                return False
            if os.name == "posix" and entry.is_file() and entry.stat().st_mode & _LOOSE:
                return False
    return True


def _quiet(path: str) -> bool:
    """No WAL holding commits (store._empty_wal would act) and no rollback journal (a file
    that is not ours, whose hot journal a connection would roll back)."""
    try:
        if os.stat(path + "-wal").st_size > 0:
            return False
    except OSError:
        pass
    return not os.path.exists(path + "-journal")


def _current(conn: sqlite3.Connection) -> bool:
    """Ours and at HEAD (schema.ensure_schema), no rewrite pending (store.open_database), the
    built-in survey files as last stored (surveys/store.store_builtin_surveys_if_new)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table'"
                        " AND name='alembic_version'").fetchone():
        return False
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != HEAD:
        return False
    settings = dict(conn.execute(
        "SELECT key, value FROM settings WHERE key IN ('rewrite_pending', ?)",
        (BUILTIN_FINGERPRINT_KEY,)).fetchall())
    if "rewrite_pending" in settings:
        return False
    stored_hash, _, stored_stamp = (settings.get(BUILTIN_FINGERPRINT_KEY) or "").partition("|")
    return bool(stored_hash) and stored_stamp == builtin_stamp(
        os.path.join(resources_folder(), "surveys"))


def builtin_stamp(folder: str) -> str:
    """Names, sizes and modification times of the shipped survey files in `folder` (stat
    only): the same stamp means the same files, so opening need not read and hash them."""
    parts = []
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".yaml")):
        st = os.stat(os.path.join(folder, name))
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return "/".join(parts)


VISIT_ROWS = """
SELECT v.id, v.visit_date, v.school, v.group_name, v.closed,
       coalesce(c.responses, 0), coalesce(c.signups, 0), coalesce(c.unexported, 0)
FROM visits v LEFT JOIN visit_counts c ON c.visit_id = v.id
ORDER BY v.visit_date DESC, v.school
"""


def visit_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str, str, bool, int, int, int]]:
    """What `visit list` prints of each visit, in core.visits.store.list_visits' order: id, date
    (ISO), school, class, closed, responses, sign-ups, sign-ups not exported."""
    return [(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7])
            for r in conn.execute(VISIT_ROWS)]
