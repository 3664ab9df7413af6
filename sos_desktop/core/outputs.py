"""Files the app writes with a receipt: the file is at its target if and only if its receipt
is committed.

A staged output is written to a hidden temporary file beside the target and fsynced; the
caller records the receipt (and any marks) in a write transaction and calls publish() as the
transaction's last step, which renames the file into place (keeping the file it replaces
aside). If the COMMIT then fails (disk full, database locked), the rename is undone. A note in
the data folder's pending-outputs/ lists each output under way, so a killed run is settled at
the next start: an unpublished temporary file is overwritten and removed; a published file
whose receipt never committed is removed (the previous one put back); a committed one keeps.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sos_desktop.core.atomic import HashingWriter, _fsync_dir, describe_os_error
from sos_desktop.core.errors import ExportProblem
from sos_desktop.core.ids import new_id
from sos_desktop.core.paths import PENDING


def _write_note(note: Path, data: dict) -> None:
    tmp = note.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, note)
    _fsync_dir(note.parent)


class StagedOutput:
    def __init__(self, path: Path, tmp: Path, raw, note: Path | None) -> None:
        self.path, self.tmp, self._raw, self.note = path, tmp, raw, note
        self.writer = HashingWriter(raw)
        self.aside: Path | None = None
        self.published = False

    def write(self, data: bytes) -> int:
        return self.writer.write(data)

    @property
    def sha256(self):
        return self.writer.sha256

    def publish(self) -> None:
        """fsync and rename into place; call as the last step before COMMIT."""
        try:
            self._raw.flush()
            os.fsync(self._raw.fileno())
            self._raw.close()
            if self.path.exists():
                self.aside = self.path.with_name(f".{self.path.name}.{new_id()[:8]}.prev.tmp")
            if self.note is not None:
                _write_note(self.note, {"tmp": str(self.tmp), "target": str(self.path),
                                        "aside": str(self.aside or ""),
                                        "sha256": self.writer.sha256.hexdigest()})
            if self.aside is not None:
                os.replace(self.path, self.aside)
            os.replace(self.tmp, self.path)
            _fsync_dir(self.path.parent)
        except OSError as exc:
            raise ExportProblem(describe_os_error(self.path, exc)) from exc
        self.published = True

    def undo(self) -> None:
        if self.published:
            self.path.unlink(missing_ok=True)
            if self.aside is not None and self.aside.exists():
                os.replace(self.aside, self.path)
        self.tmp.unlink(missing_ok=True)


@contextmanager
def staged_output(path: Path, data_dir: Path | None = None) -> Iterator[StagedOutput]:
    """Yield a StagedOutput; the caller must publish() it inside its transaction."""
    path = Path(path)
    if path.is_dir():
        raise ExportProblem(f"cannot write {path}: it is a folder")
    note = None
    if data_dir is not None:
        (data_dir / PENDING).mkdir(exist_ok=True)
        note = data_dir / PENDING / f"{new_id()}.json"
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportProblem(describe_os_error(path, exc)) from exc
    tmp = Path(tmp_name)
    raw = os.fdopen(fd, "wb", buffering=1 << 20)
    staged = StagedOutput(path, tmp, raw, note)
    try:
        if note is not None:
            _write_note(note, {"tmp": str(tmp), "target": str(path), "aside": "",
                               "sha256": None})
        yield staged
        if not staged.published:
            raise RuntimeError(f"staged output {path} was never published")
        if staged.aside is not None:
            staged.aside.unlink(missing_ok=True)
    except OSError as exc:
        raw.close()
        staged.undo()
        raise ExportProblem(describe_os_error(path, exc)) from exc
    except BaseException:
        raw.close()
        staged.undo()
        raise
    finally:
        if note is not None:
            note.unlink(missing_ok=True)
            _remove_if_empty(note.parent)


def _remove_if_empty(folder: Path) -> None:
    """An empty pending-outputs/ left behind would make every later start load this module
    to settle nothing; another output still under way keeps it (rmdir refuses)."""
    with contextlib.suppress(OSError):
        folder.rmdir()


def _shred(path: Path) -> None:
    from sos_desktop.core.security.at_rest import shred

    shred(path)


def settle_pending(data_dir: Path, conn: sqlite3.Connection) -> list[str]:
    """At start-up: settle outputs a killed run left. Returns what was done, for a log."""
    folder = data_dir / PENDING
    if not folder.is_dir():
        return []
    done = []
    for note in sorted(folder.glob("*.json")):
        try:
            entry = json.loads(note.read_text(encoding="utf-8"))
            tmp, target = Path(entry["tmp"]), Path(entry["target"])
            aside = Path(entry["aside"]) if entry["aside"] else None
        except (OSError, ValueError, KeyError, TypeError):
            note.unlink(missing_ok=True)
            continue
        if tmp.exists():
            _shred(tmp)  # an export cut short: contact data nobody will use
            done.append(f"removed the unfinished {tmp}")
        if entry["sha256"]:
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
    _remove_if_empty(folder)
    return done
