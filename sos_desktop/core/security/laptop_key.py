"""This laptop's own bundle-signing key (Ed25519), and the file that registers it elsewhere.

Each laptop signs the bundles it writes with a key nobody else has; the organizer's laptop
merges a bundle only when its signer was registered there and not revoked. No secret is shared
between laptops, so whoever holds one team laptop's files can sign only as that laptop, which
the organizer sees by name and can revoke.

The private key is a 0600 file in the data folder, beside the database and never inside it:
backups and copies of the database (on a USB stick, attached to a bug report) do not carry it.
It is not wrapped under a passphrase: team laptops have none (they must write bundles without
the organizer), and a key wrapped under another key kept on the same disk protects nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code

KEY_FILENAME = "laptop-signing-key"
LAPTOP_FILE_FORMAT = "sos-desktop-laptop-key"
NAME_MAX = 80


class LaptopKeyProblem(SosError):
    """This laptop's key file is damaged, or a laptop key file is not one."""


def fingerprint(public_key: bytes) -> str:
    """What a person compares on both screens: 16 hex digits of the key's SHA-256, in fours."""
    digest = hashlib.sha256(public_key).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        VerifyKey(public_key).verify(message, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


def _create(path: Path) -> SigningKey:
    """A new key written whole or not at all: a temporary file, fsync, then a link that fails
    if another process made the key first (that one wins, and is read back)."""
    key = SigningKey.generate()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)  # left by a killed run with the same process id
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, base64.b64encode(bytes(key)) + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)
    except FileExistsError:
        return _read(path)
    except OSError:  # a file system without hard links: a plain rename, never over a key
        if path.exists():
            return _read(path)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return key


def _read(path: Path) -> SigningKey:
    try:
        raw = base64.b64decode(path.read_bytes()[:200].strip(), validate=True)
        return SigningKey(raw)
    except (ValueError, TypeError):
        raise LaptopKeyProblem(Code.LAPTOP_KEY_DAMAGED(path=path)) from None


def signing_key(data_dir: Path) -> SigningKey:
    """This laptop's key, made on first need."""
    path = Path(data_dir) / KEY_FILENAME
    if path.exists():
        return _read(path)
    return _create(path)


def public_key(data_dir: Path) -> bytes:
    return bytes(signing_key(data_dir).verify_key)


@dataclass(frozen=True)
class LaptopCard:
    """What a team laptop hands the organizer to be registered: no secret in it."""

    org_id: str
    device_id: str
    name: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def default_name() -> str:
    return (socket.gethostname() or "laptop")[:NAME_MAX]


def card_file(card: LaptopCard) -> bytes:
    return json.dumps({
        "format": LAPTOP_FILE_FORMAT, "org_id": card.org_id, "device_id": card.device_id,
        "name": card.name, "public_key": base64.b64encode(card.public_key).decode("ascii"),
        "fingerprint": card.fingerprint,
    }, indent=1).encode("utf-8")


def read_card(data: bytes, source: str) -> LaptopCard:
    try:
        doc = json.loads(data[:65536].decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != LAPTOP_FILE_FORMAT:
            raise ValueError("not a laptop key file")
        public = base64.b64decode(doc["public_key"], validate=True)
        if len(public) != 32:
            raise ValueError("key of the wrong length")
        VerifyKey(public)
        name = " ".join(str(doc["name"]).split())[:NAME_MAX]
        return LaptopCard(str(doc["org_id"]), str(doc["device_id"])[:36], name, public)
    except (ValueError, KeyError, TypeError) as exc:
        raise LaptopKeyProblem(Code.NOT_A_LAPTOP_KEY_FILE(source=source, detail=str(exc))
                               ) from None
