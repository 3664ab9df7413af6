"""Temporary files that must not outlive a killed run, and the data folder kept user-only.

Every temporary file the app writes (an export's, a backup's, a restore's) is listed while it
exists in a note in the data folder's pending-outputs/, with the id of the process writing it.
The next start settles each note whose process is gone (settle()): exports by their receipt
(outputs.py), other temporary files by removing them. Temporary files in the app's own folders
that no note lists (left by an older version) are swept by name. A note whose process still
runs is left alone: another window or command is writing that file right now.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sos_desktop.core.paths import PENDING, backups_dir, database_path
from sos_desktop.core.storage.durable import fsync_folder

PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and parents) if needed, readable by the user only on POSIX."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        folder.chmod(PRIVATE_FOLDER)


def pending_folder(data_dir: Path) -> Path:
    """pending-outputs/, user-only: its notes name where contacts are being written."""
    folder = data_dir / PENDING
    make_private_folder(folder)
    return folder


def write_note(note: Path, data: dict) -> None:
    """Write the note durably (user-only), with this process's id; nothing half written stays."""
    import json

    tmp = note.with_suffix(".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with open(fd, "w", encoding="utf-8") as f:
            json.dump({**data, "pid": os.getpid()}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, note)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(note.parent)


def alive(pid: object) -> bool:
    """Whether the process that wrote a note still runs: this one included (the window's
    daily backup may be under way in its thread while a restore opens the database again)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, SystemError):  # it exists but is someone else's (or Windows said no)
        return True
    return True


@contextlib.contextmanager
def noted(data_dir: Path | None, *paths: Path) -> Iterator[None]:
    """While the block runs, a note lists `paths` (temporary files) so that the next start
    removes any a kill left. The note goes once they are all gone. Without a writable data
    folder (a rescue copy from a read-only one) there is no note, and no harm in that."""
    from sos_desktop.core.ids import new_id

    note = None
    if data_dir is not None:
        try:
            note = pending_folder(data_dir) / f"{new_id()}.json"
            write_note(note, {"remove": [str(p) for p in paths]})
        except OSError:
            note = None
    try:
        yield
    finally:
        if note is not None and not any(p.exists() for p in paths):
            note.unlink(missing_ok=True)


def settle(data_dir: Path, conn: sqlite3.Connection) -> list[str]:
    """At start-up: settle what killed runs left. Returns what was done, for a log."""
    folder = data_dir / PENDING
    done: list[str] = []
    busy: set[str] = set()
    if folder.is_dir():
        import json  # only when a run left notes: not at every start

        for stray in folder.glob("*.tmp"):  # a note cut short while being written
            stray.unlink(missing_ok=True)
        for note in sorted(folder.glob("*.json")):
            try:
                entry = json.loads(note.read_text(encoding="utf-8"))
                if not isinstance(entry, dict):
                    raise ValueError(note)
            except (OSError, ValueError):
                note.unlink(missing_ok=True)
                continue
            if alive(entry.get("pid")):
                busy.update(map(str, entry.get("remove", ())))
                busy.add(str(entry.get("tmp")))
                continue
            if "remove" in entry:
                for name in entry["remove"]:
                    _remove(Path(name), done)
                note.unlink(missing_ok=True)
            else:
                settle_output(note, entry, conn, done)
    for leftover in swept(data_dir):
        if str(leftover) not in busy:
            _remove(leftover, done)
    if folder.is_dir():  # left empty, it would make every later start look again
        with contextlib.suppress(OSError):
            folder.rmdir()
    return done


def swept(data_dir: Path) -> list[Path]:
    """Temporary files of backups and restores in the data folder, by name (their notes may
    predate this version)."""
    found: list[Path] = []
    backups = backups_dir(data_dir)
    if backups.is_dir():
        found += backups.glob(".*.tmp*")
    database = database_path(data_dir)
    found += data_dir.glob(f".{database.name}.restore.tmp*")
    return found


def _remove(path: Path, done: list[str]) -> None:
    for item in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            if item.exists():
                item.unlink()
                done.append(f"removed the unfinished {item}")


def keep_private(data_dir: Path) -> None:
    """Every folder in the data folder 0700 and every file 0600 (POSIX): minors' data is the
    user's alone, whatever the umask or an older version left. Two levels: all there is."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # a read-only folder: nothing to do
        _private(data_dir, PRIVATE_FOLDER)
        for item in data_dir.iterdir():
            if item.is_dir() and not item.is_symlink():
                _private(item, PRIVATE_FOLDER)
                for inner in item.iterdir():
                    if inner.is_file() and not inner.is_symlink():
                        _private(inner, PRIVATE_FILE)
            elif item.is_file() and not item.is_symlink():
                _private(item, PRIVATE_FILE)


def _private(item: Path, mode: int) -> None:
    with contextlib.suppress(OSError):
        if item.stat().st_mode & 0o077:
            item.chmod(mode)


def settle_output(note: Path, entry: dict, conn: sqlite3.Connection, done: list[str]) -> None:
    """At start-up (settle): an output a killed run left (outputs.staged_output's note):
    an unfinished temporary file is overwritten and removed; a published file whose receipt never
    committed is removed (the previous one put back); a committed one stays."""
    try:
        tmp, target = Path(entry["tmp"]), Path(entry["target"])
        aside = Path(entry["aside"]) if entry["aside"] else None
    except (KeyError, TypeError):
        note.unlink(missing_ok=True)
        return
    if tmp.exists():
        _shred(tmp)  # an export cut short: contact data nobody will use
        done.append(f"removed the unfinished {tmp}")
    if entry.get("sha256"):
        committed = conn.execute(  # the file's own receipt, or a codebook's beside a CSV
            "SELECT 1 FROM export_receipts WHERE (sha256 = ? AND path = ?)"
            " OR instr(details, ?) > 0",
            (entry["sha256"], str(target.resolve()), entry["sha256"])).fetchone()
        if not committed:
            if target.exists():
                target.unlink()
                done.append(f"removed {target}: its export never finished")
            if aside is not None and aside.exists():
                os.replace(aside, target)
        elif aside is not None:
            aside.unlink(missing_ok=True)
    note.unlink(missing_ok=True)


def _shred(path: Path) -> None:
    from sos_desktop.core.security.at_rest import shred  # only when an export was cut short

    shred(path)
