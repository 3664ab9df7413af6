"""What one sign-up export keeps of the contacts it opened: keyed hashes to group them (in its
temporary table) and the opened sign-ups encrypted (in an unnamed temporary file), each under a
key made for that export and never stored, so nothing readable reaches the disk
(core/exports/signup_run.py)."""

from __future__ import annotations

import os
from hashlib import blake2b
from pathlib import Path

from sos_desktop.core.errors import ExportProblem
from sos_desktop.core.storage.atomic import describe_os_error

HASH_BYTES = 16  # 128 bits: no two different keys collide in any export of this size
_MAC_BYTES = 16  # crypto_secretbox_MACBYTES
_WRITE_SIZE = 1 << 18  # VeiledFile writes in pieces of about this many bytes


class Hasher:
    """Keyed hashes of opened contacts for the temporary tables: equal values hash equal, so
    grouping works as on the clear values, and under a key that exists only in this object,
    for one export, a hash that reaches a temporary file tells nothing about the person."""

    def __init__(self) -> None:
        # BLAKE2b's keyed mode: a MAC at half HMAC's cost. `new()` copies the state with the
        # key already taken in (cheaper than taking it in again), for loops over every sign-up:
        # `h = new(); h.update(data); h.digest()`.
        self.new = blake2b(key=os.urandom(32), digest_size=HASH_BYTES).copy

    def __call__(self, value: str) -> bytes:
        keyed = self.new()
        keyed.update(value.encode("utf-8"))
        return keyed.digest()


class Veil:
    """What an export keeps of the contacts it opened, encrypted (libsodium's secretbox,
    XSalsa20-Poly1305) under a key that exists only in this object, so it may reach the disk:
    the export opens each sealed box once (~50 µs) and reads its own copy back for far less.
    Each nonce is used once under the key (the caller numbers what it hides). libsodium is
    called as PyNaCl's own bindings call it, without their per-call argument checks."""

    def __init__(self) -> None:
        from nacl._sodium import ffi, lib  # type: ignore[import-not-found]  # PyNaCl's own

        self._key = os.urandom(32)
        self._ffi, self._lib = ffi, lib
        self._out = ffi.new("unsigned char[]", 1 << 16)  # reused: one piece at a time

    def _room(self, size: int) -> object:
        if len(self._out) < size:
            self._out = self._ffi.new("unsigned char[]", size)
        return self._out

    def hide(self, nonce: int, data: bytes) -> bytes:
        size = len(data) + _MAC_BYTES
        out = self._room(size)
        self._lib.crypto_secretbox_easy(out, data, len(data), nonce.to_bytes(24, "little"),
                                        self._key)
        return self._ffi.buffer(out, size)[:]

    def show(self, nonce: int, blob: bytes) -> bytes:
        size = len(blob) - _MAC_BYTES
        out = self._room(size)
        if self._lib.crypto_secretbox_open_easy(out, blob, len(blob),
                                                nonce.to_bytes(24, "little"), self._key) != 0:
            raise RuntimeError("what this export kept does not open")  # never expected
        return self._ffi.buffer(out, size)[:]


class VeiledFile:
    """Pieces of bytes, numbered from 0 as they are added, kept each encrypted (Veil, the piece's
    number as nonce) in an unnamed temporary file that goes when this is closed: memory stays
    flat however much an export keeps, and the file reveals nothing once the key is gone."""

    def __init__(self) -> None:
        import tempfile
        from array import array

        self._veil = Veil()
        self._where = Path(tempfile.gettempdir()) / "(an export's temporary data)"
        try:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115  # closed by close()
        except OSError as exc:
            raise ExportProblem(describe_os_error(self._where, exc)) from exc
        self._fd = self._file.fileno()
        self._ends = array("q", [0])  # piece i is bytes _ends[i] .. _ends[i + 1]
        self._pending = bytearray()  # pieces not yet written, from _written on
        self._written = 0

    def __len__(self) -> int:
        return len(self._ends) - 1

    def append(self, data: bytes) -> None:
        blob = self._veil.hide(len(self), data)
        self._ends.append(self._ends[-1] + len(blob))
        self._pending += blob
        if len(self._pending) >= _WRITE_SIZE:
            self._flush()

    def _flush(self) -> None:
        view = memoryview(self._pending)
        try:
            while view:  # a write may take less than all (a signal, a full disk's last bytes)
                done = os.pwrite(self._fd, view, self._written)
                self._written += done
                view = view[done:]
        except OSError as exc:  # the temporary folder's disk is full, most likely
            raise ExportProblem(describe_os_error(self._where, exc)) from exc
        finally:
            view.release()
        self._pending.clear()

    def __getitem__(self, i: int) -> bytes:
        if self._pending:
            self._flush()
        start = self._ends[i]
        return self._veil.show(i, os.pread(self._fd, self._ends[i + 1] - start, start))

    def close(self) -> None:
        self._file.close()
