"""The laptops allowed to send bundles here: registered by the organizer, revocable.

A team laptop writes a card (its public signing key, device id and name; laptop_key.py); the
organizer registers it with the passphrase unlocked, after comparing the fingerprint shown on
both screens. A bundle merges only when its signer is registered here and not revoked. Revoked
keys stay in the table, so the receipts of what they sent keep their name.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.clock import UtcClock, db_stamp, utc_now
from sos_desktop.core.errors import SosError
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.security import laptop_key
from sos_desktop.core.security.keys import KeyProblem
from sos_desktop.core.security.keystore import contact_key, load_keys, read_keys
from sos_desktop.core.storage.db import Database, write_transaction


class LaptopProblem(SosError):
    """A laptop card or a laptop name/fingerprint that cannot be registered or revoked."""


class StaysRevoked(LaptopProblem):
    """A revoked key offered for registration again: the laptop needs a new key."""


class OtherOrganization(LaptopProblem):
    """A card from a laptop that joined another organization (or none)."""


@dataclass(frozen=True)
class Laptop:
    id: str
    public_key: bytes
    name: str
    device_id: str
    registered_at: str
    revoked_at: str | None
    bundles: int = 0  # bundles merged from it
    last_bundle: str | None = None  # when the last one was merged

    @property
    def fingerprint(self) -> str:
        return laptop_key.fingerprint(self.public_key)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


_COLUMNS = "id, public_key, name, device_id, registered_at, revoked_at"


def _laptop(row: tuple) -> Laptop:
    return Laptop(row[0], bytes(row[1]), *row[2:])


def registry(conn: sqlite3.Connection) -> dict[bytes, Laptop]:
    """Every laptop ever registered here, by public key (revoked ones included)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM laptop_keys").fetchall()
    return {bytes(r[1]): _laptop(r) for r in rows}


def list_laptops(db: Database) -> list[Laptop]:
    with db.raw() as conn:
        rows = conn.execute(
            f"SELECT {', '.join('k.' + c.strip() for c in _COLUMNS.split(','))},"
            " count(b.id), max(b.created_at) FROM laptop_keys k"
            " LEFT JOIN bundle_receipts b ON b.laptop_id = k.id AND b.direction = 'import'"
            " GROUP BY k.id ORDER BY k.registered_at, k.name").fetchall()
    return [Laptop(r[0], bytes(r[1]), *r[2:]) for r in rows]


def register(db: Database, card: laptop_key.LaptopCard, name: str = "",
             clock: UtcClock = utc_now) -> tuple[Laptop, bool]:
    """Allow `card`'s laptop to send bundles here. Returns (laptop, newly registered).

    Needs the organizer's unlocked key: registering decides whose sign-ups get merged."""
    contact_key(db)
    keys = read_keys(db)
    if keys is None or card.org_id != keys.org_id:
        raise OtherOrganization(Code.LAPTOP_OTHER_ORG(name=repr(card.name),
                                                      fingerprint=card.fingerprint))
    name = " ".join(name.split())[:laptop_key.NAME_MAX] or card.name
    with db.raw() as conn, write_transaction(conn, db.path):
        known = registry(conn).get(card.public_key)
        if known is not None and known.revoked:
            raise StaysRevoked(Code.LAPTOP_STAYS_REVOKED(
                fingerprint=known.fingerprint, name=repr(known.name),
                time=str(known.revoked_at)[:16]))
        if known is not None:
            if name != known.name:
                conn.execute("UPDATE laptop_keys SET name = ? WHERE id = ?", (name, known.id))
            return Laptop(known.id, known.public_key, name, known.device_id,
                          known.registered_at, None), False
        laptop = Laptop(new_id(), card.public_key, name, card.device_id,
                        db_stamp(clock()), None)
        conn.execute(f"INSERT INTO laptop_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                     (laptop.id, laptop.public_key, laptop.name, laptop.device_id,
                      laptop.registered_at, None))
    return laptop, True


def _normal(text: str) -> str:
    return "".join(text.split()).lower()


def find(laptops: list[Laptop], which: str) -> Laptop:
    """The laptop named `which`, or whose fingerprint starts with it (8 hex digits or more)."""
    wanted = _normal(which)
    by_name = [x for x in laptops if _normal(x.name) == wanted]
    by_print = ([x for x in laptops if _normal(x.fingerprint).startswith(wanted)]
                if len(wanted) >= 8 else [])
    found = by_name or by_print
    if not found:
        raise LaptopProblem(Code.LAPTOP_NOT_FOUND(which=repr(which)))
    if len(found) > 1:
        raise LaptopProblem(Code.LAPTOP_SEVERAL(count=len(found), which=repr(which)))
    return found[0]


def revoke(db: Database, which: str, clock: UtcClock = utc_now) -> Laptop:
    """From now on, bundles signed by that laptop's key are refused (what it sent stays)."""
    contact_key(db)
    laptop = find(list_laptops(db), which)
    if laptop.revoked:
        return laptop
    stamp = db_stamp(clock())
    with db.raw() as conn, write_transaction(conn, db.path):
        conn.execute("UPDATE laptop_keys SET revoked_at = ? WHERE id = ?", (stamp, laptop.id))
    return Laptop(laptop.id, laptop.public_key, laptop.name, laptop.device_id,
                  laptop.registered_at, stamp, laptop.bundles, laptop.last_bundle)


def my_card(db: Database, name: str = "", new_key: bool = False) -> laptop_key.LaptopCard:
    """This laptop's card for the organizer (its key made on first need, or anew)."""
    with db.raw() as conn:
        keys = load_keys(conn)
    if keys is None:
        raise KeyProblem(Code.LAPTOP_NO_ORG())
    data_dir = Path(db.path).parent
    if new_key:
        (data_dir / laptop_key.KEY_FILENAME).unlink(missing_ok=True)
    name = " ".join(name.split())[:laptop_key.NAME_MAX] or laptop_key.default_name()
    return laptop_key.LaptopCard(keys.org_id, db.device_id, name,
                                 laptop_key.public_key(data_dir))
