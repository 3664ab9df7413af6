"""Where the organization's keys live: one row of `org_keys` in the database itself.

In the database, not a separate file: a backup or a copied database then always carries the
key that opens its sign-ups (a database without its key would be a loss, not a protection),
and creating keys, sealing old rows and joining commit in one transaction. The row holds the
private key only wrapped (see keys.py). Nothing shared between laptops is secret: each
laptop's bundle-signing key is its own, in a file beside the database (laptop_key.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import astuple, fields
from functools import lru_cache
from typing import Any

from sos_desktop.core.security import keys as k
from sos_desktop.core.security.sealing import ContactKey, Sealer
from sos_desktop.core.storage.db import Database, write_transaction

COLUMNS = tuple(f.name for f in fields(k.OrgKeys))


def load_keys(conn: sqlite3.Connection) -> k.OrgKeys | None:
    row = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM org_keys WHERE id = 1").fetchone()
    if row is None:
        return None
    values: list[Any] = [bytes(v) if isinstance(v, memoryview) else v for v in row]
    return k.OrgKeys(**dict(zip(COLUMNS, values, strict=True)))


def save_keys(conn: sqlite3.Connection, keys: k.OrgKeys) -> None:
    conn.execute(
        f"INSERT OR REPLACE INTO org_keys (id, {', '.join(COLUMNS)})"
        f" VALUES (1, {', '.join('?' for _ in COLUMNS)})", astuple(keys))


def read_keys(db: Database) -> k.OrgKeys | None:
    with db.raw() as conn:
        return load_keys(conn)


def sealer(conn: sqlite3.Connection) -> Sealer:
    """The public key, to seal a sign-up; refuses (stores nothing) when there is none."""
    row = conn.execute("SELECT public_key FROM org_keys WHERE id = 1").fetchone()
    if row is None:
        raise k.KeyProblem("sign-ups cannot be stored before the organizer sets a passphrase "
                           "(`sos-desktop keys init`, or start the kiosk from the window)")
    return _sealer(bytes(row[0]))


@lru_cache(maxsize=2)
def _sealer(public_key: bytes) -> Sealer:
    """Read from the row at every sign-up (keys can be replaced), built once per key: the
    whole row and a new box cost a kiosk student 0.1 ms."""
    return Sealer(public_key)


def create(db: Database, passphrase: str, org_name: str = k.DEFAULT_ORG_NAME,
           cost: k.KdfCost | None = None) -> str:
    """First run: new keys, stored and unlocked for this session. Returns the recovery key."""
    new, recovery = k.create_keys(passphrase, org_name, cost)
    with db.raw() as conn, write_transaction(conn, db.path):
        if load_keys(conn) is not None:
            raise k.KeyProblem("this laptop already has an organization key")
        save_keys(conn, new)
    db.contact_key = k.unlock(new, passphrase)
    return recovery


def unlock(db: Database, passphrase: str) -> ContactKey:
    """Open the private key for this session (the window forgets it on lock or quit)."""
    db.contact_key = k.unlock(read_keys(db), passphrase)
    return db.contact_key


def contact_key(db: Database) -> ContactKey:
    """The unlocked key, or a clear refusal: what reads contacts calls this first."""
    if db.contact_key is None:
        keys = read_keys(db)
        k.need_private_key(keys)
        raise k.KeyProblem("contact data is sealed: unlock it with the organizer's passphrase "
                           "(set SOS_DESKTOP_PASSPHRASE or run on a terminal)")
    return db.contact_key


def change_passphrase(db: Database, key: ContactKey, new_passphrase: str,
                      cost: k.KdfCost | None = None) -> None:
    """Re-wrap the private key under a new passphrase; sealed sign-ups stay as they are."""
    with db.raw() as conn, write_transaction(conn, db.path):
        current = load_keys(conn)
        save_keys(conn, k.rewrap(k.need_private_key(current), key, new_passphrase, cost))


def join(db: Database, public: k.OrgKeys) -> None:
    """A team laptop takes the organization's public key (it signs bundles with its own)."""
    with db.raw() as conn, write_transaction(conn, db.path):
        mine = load_keys(conn)
        if mine is not None and mine.org_id != public.org_id:
            raise k.KeyProblem(f"this laptop already belongs to {mine.org_name!r}; a laptop "
                               "joins one organization, before its first sign-up")
        if mine is None:
            save_keys(conn, k.public_part(public))
