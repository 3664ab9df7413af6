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
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sos_desktop.core.errors import ExportProblem
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.atomic import HashingWriter, describe_os_error
from sos_desktop.core.storage.durable import fsync_folder
from sos_desktop.core.storage.leftovers import pending_folder, write_note

if TYPE_CHECKING:
    from hashlib import _Hash


def _discard(raw: IO[bytes]) -> None:
    """Close a temporary file that is being given up. On a full disk closing flushes the
    buffer and fails again; the descriptor is closed all the same, and the error must not
    stop the file's removal."""
    with contextlib.suppress(OSError):
        raw.close()


class StagedOutput:
    def __init__(self, path: Path, tmp: Path, raw: IO[bytes], note: Path | None) -> None:
        self.path, self.tmp, self._raw, self.note = path, tmp, raw, note
        self.writer = HashingWriter(raw)
        self.aside: Path | None = None
        self.published = False

    def write(self, data: bytes) -> int:
        return self.writer.write(data)

    @property
    def sha256(self) -> _Hash:
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
                write_note(self.note, {"tmp": str(self.tmp), "target": str(self.path),
                                        "aside": str(self.aside or ""),
                                        "sha256": self.writer.sha256.hexdigest()})
            if self.aside is not None:
                os.replace(self.path, self.aside)
            os.replace(self.tmp, self.path)
            fsync_folder(self.path.parent)
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
        raise ExportProblem(Code.WRITE_IS_FOLDER(path=path))
    # The note is written before the file exists: a kill at any moment leaves no file
    # holding contacts that the next start does not know of.
    tmp = path.with_name(f".{path.name}.{new_id()[:12]}.tmp")
    note = None
    try:
        if data_dir is not None:
            note = pending_folder(data_dir) / f"{new_id()}.json"
            write_note(note, {"tmp": str(tmp), "target": str(path), "aside": "",
                              "sha256": None})
        fd = _create(tmp)
    except OSError as exc:
        if note is not None:
            note.unlink(missing_ok=True)
        raise ExportProblem(describe_os_error(path, exc)) from exc
    raw = os.fdopen(fd, "wb", buffering=1 << 20)
    staged = StagedOutput(path, tmp, raw, note)
    try:
        yield staged
        if not staged.published:
            raise RuntimeError(f"staged output {path} was never published")
        if staged.aside is not None:
            staged.aside.unlink(missing_ok=True)
    except BaseException as exc:
        _discard(raw)
        with contextlib.suppress(OSError):  # else the note stays: the next start removes it
            staged.undo()
        if isinstance(exc, OSError):
            raise ExportProblem(describe_os_error(path, exc)) from exc
        raise
    finally:
        # The note goes only once its file has: a leftover holding contacts is always listed.
        if note is not None and not tmp.exists():
            note.unlink(missing_ok=True)
            _remove_if_empty(note.parent)


def _remove_if_empty(folder: Path) -> None:
    """An empty pending-outputs/ left behind would make every later start load this module
    to settle nothing; another output still under way keeps it (rmdir refuses)."""
    with contextlib.suppress(OSError):
        folder.rmdir()


def _create(tmp: Path) -> int:
    return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
