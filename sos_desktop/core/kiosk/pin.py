"""Organizer PIN: salted scrypt hash in settings, growing lockout after wrong tries.

A lock counts elapsed time (time.monotonic), which changing the clock cannot move: setting the
laptop's clock ahead and back again must not lock the organizer out, nor let a student skip a
pause. The failure count and the lock (its length, and the elapsed and wall time it began) live
in the database too, so restarting the app does not reset it. After a reboot the elapsed clock
starts again: the lock then goes by the wall clock once, never longer than its own length.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from typing import Protocol

from sos_desktop.core.errors import InvalidInput, Problem
from sos_desktop.core.storage.db import Database, write_transaction

PIN_KEY = "kiosk_pin"
FAILS_KEY = "kiosk_pin_failures"
LOCK_KEY = "kiosk_pin_lock"  # JSON {"seconds", "monotonic", "wall"} of the current lock
OLD_LOCK_KEY = "kiosk_pin_locked_until"  # before 0004: a wall-clock deadline, now ignored
FREE_TRIES = 3
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 15 * 60
_PIN_RE = re.compile(r"^\d{4,12}$")
_N, _R, _P = 2**14, 8, 1  # ~50 ms per try on a school laptop: slow for guessing, fine for use



class PinClock(Protocol):
    """What the lockout reads; the `time` module itself is the real one."""

    def monotonic(self) -> float: ...  # elapsed seconds, unaffected by clock changes
    def time(self) -> float: ...  # the wall clock, used only across a reboot


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    locked_for: float = 0.0  # seconds until another try is allowed
    tries_left: int = FREE_TRIES


def _hash(pin: str, salt: bytes, n: int = _N, r: int = _R, p: int = _P) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)


def _get(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _put(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def has_pin(db: Database) -> bool:
    with db.raw() as conn:
        return _get(conn, PIN_KEY) is not None


def check_new_pin(pin: str) -> None:
    """Raises InvalidInput unless `pin` is 4 to 12 digits (asked before "the two differ")."""
    if not _PIN_RE.match(pin or ""):
        raise InvalidInput([Problem("pin", "", "must be 4 to 12 digits", "bad_pin")])


def set_pin(db: Database, pin: str) -> None:
    check_new_pin(pin)
    salt = os.urandom(16)
    encoded = f"scrypt${_N}${_R}${_P}${salt.hex()}${_hash(pin, salt).hex()}"
    with db.raw() as conn, write_transaction(conn, db.path):
        _put(conn, PIN_KEY, encoded)
        _put(conn, FAILS_KEY, "0")
        _set_lock(conn, 0.0, time)


def lock_seconds(failures: int) -> float:
    """0 for the first free tries, then 30 s doubling per further failure, capped at 15 min."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - FREE_TRIES)))


def _set_lock(conn: sqlite3.Connection, seconds: float, clock: PinClock) -> None:
    _put(conn, LOCK_KEY, json.dumps({"seconds": seconds, "monotonic": clock.monotonic(),
                                     "wall": clock.time()}))
    conn.execute("DELETE FROM settings WHERE key = ?", (OLD_LOCK_KEY,))


def _lock_left(conn: sqlite3.Connection, clock: PinClock) -> float:
    """Seconds of the stored lock still to wait; a lock begun before a reboot is re-anchored
    on the new elapsed clock."""
    try:
        lock = json.loads(_get(conn, LOCK_KEY) or "{}")
        seconds, began, began_wall = (float(lock[k]) for k in ("seconds", "monotonic", "wall"))
    except (ValueError, KeyError, TypeError):
        return 0.0
    if seconds <= 0:
        return 0.0
    now = clock.monotonic()
    if now >= began:
        return max(0.0, seconds - (now - began))
    # Rebooted: elapsed time before now is unknown. Count the wall clock, within [0, length].
    left = seconds - min(max(clock.time() - began_wall, 0.0), seconds)
    _set_lock(conn, left, clock)
    return left


def check_pin(db: Database, pin: str, clock: PinClock = time) -> PinCheck:
    with db.raw() as conn, write_transaction(conn, db.path):
        stored = _get(conn, PIN_KEY)
        if stored is None:
            return PinCheck(False)
        failures = int(_get(conn, FAILS_KEY) or 0)
        left = _lock_left(conn, clock)
        if left > 0:
            return PinCheck(False, left, 0)
        _scheme, n, r, p, salt, digest = stored.split("$")
        ok = hmac.compare_digest(
            _hash(pin or "", bytes.fromhex(salt), int(n), int(r), int(p)).hex(), digest
        )
        failures = 0 if ok else failures + 1
        wait = 0.0 if ok else lock_seconds(failures)
        _put(conn, FAILS_KEY, str(failures))
        _set_lock(conn, wait, clock)
    return PinCheck(ok, wait, max(0, FREE_TRIES - failures))


def change_pin(db: Database, old: str, new: str, clock: PinClock = time) -> PinCheck:
    """The old PIN first (with the same lockout as the kiosk), then the new one. A bad new PIN
    raises InvalidInput and keeps the old one."""
    if not _PIN_RE.match(new or ""):
        raise InvalidInput([Problem("pin", "", "must be 4 to 12 digits", "bad_pin")])
    result = check_pin(db, old, clock)
    if result.ok:
        set_pin(db, new)
    return result
