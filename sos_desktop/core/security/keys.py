"""The organization's key pair and how its private half is kept.

The private key exists on disk only encrypted (SecretBox), twice: under a key derived from the
organizer's passphrase with Argon2id, and under a random recovery key shown once to print.
Changing the passphrase re-wraps the private key; sealed sign-ups never change. A laptop that
joined the organization holds the public key only: nothing secret is shared between laptops
(each signs its bundles with its own key, laptop_key.py).
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass, replace

import nacl.pwhash
import nacl.secret
import nacl.utils
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey

from sos_desktop.core.errors import SosError
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.security.sealing import ContactKey

PASSPHRASE_MIN = 10
DEFAULT_ORG_NAME = "Students for Educational Justice"
_argon = nacl.pwhash.argon2id


@dataclass(frozen=True)
class KdfCost:
    """Argon2id work factors; stored with the wrapped key, so unlocking uses what wrapping did."""

    opslimit: int = _argon.OPSLIMIT_MODERATE  # ≈ 1 s and 256 MiB on a classroom laptop
    memlimit: int = _argon.MEMLIMIT_MODERATE


FAST_FOR_TESTS = KdfCost(_argon.OPSLIMIT_MIN, _argon.MEMLIMIT_MIN)
DEFAULT_COST = KdfCost()  # the test suite lowers it: tests check behaviour, not Argon2's cost




class KeyProblem(SosError):
    """Keys missing, a wrong passphrase or recovery key, or key material that does not fit."""


@dataclass(frozen=True)
class OrgKeys:
    org_id: str
    org_name: str
    public_key: bytes
    salt: bytes = b""
    opslimit: int = 0
    memlimit: int = 0
    by_passphrase: bytes = b""  # SecretBox(argon2id(passphrase)) of the private key
    by_recovery: bytes = b""  # SecretBox(recovery key) of the private key

    @property
    def has_private_key(self) -> bool:
        return bool(self.by_passphrase)


def check_new_passphrase(passphrase: str) -> None:
    """Long enough, and not guessable (strength.py: raises WeakPassphrase)."""
    if len(passphrase) < PASSPHRASE_MIN:
        raise KeyProblem(Code.PASSPHRASE_TOO_SHORT(count=PASSPHRASE_MIN))
    from sos_desktop.core.security.strength import check_strength

    check_strength(passphrase)


def _derive(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    return _argon.kdf(nacl.secret.SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt,
                      opslimit=opslimit, memlimit=memlimit)


def _wrap_passphrase(keys: OrgKeys, private_key: bytes, passphrase: str,
                     cost: KdfCost | None) -> OrgKeys:
    check_new_passphrase(passphrase)
    cost = cost or DEFAULT_COST
    salt = nacl.utils.random(_argon.SALTBYTES)
    box = nacl.secret.SecretBox(_derive(passphrase, salt, cost.opslimit, cost.memlimit))
    return replace(keys, salt=salt, opslimit=cost.opslimit, memlimit=cost.memlimit,
                   by_passphrase=bytes(box.encrypt(private_key)))


def format_recovery_key(raw: bytes) -> str:
    """32 random bytes as 13 groups of 4 letters and digits, easy to print and type back."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        raw = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except ValueError:
        raw = b""
    if len(raw) != nacl.secret.SecretBox.KEY_SIZE:
        raise KeyProblem(Code.NOT_A_RECOVERY_KEY())
    return raw


def create_keys(passphrase: str, org_name: str = DEFAULT_ORG_NAME,
                cost: KdfCost | None = None) -> tuple[OrgKeys, str]:
    """A new organization key pair; returns the keys to store and the recovery key to show."""
    check_new_passphrase(passphrase)
    private = PrivateKey.generate()
    recovery = os.urandom(nacl.secret.SecretBox.KEY_SIZE)
    keys = OrgKeys(
        org_id=new_id(),
        org_name=org_name.strip() or DEFAULT_ORG_NAME,
        public_key=bytes(private.public_key),
        by_recovery=bytes(nacl.secret.SecretBox(recovery).encrypt(bytes(private))),
    )
    return _wrap_passphrase(keys, bytes(private), passphrase, cost), format_recovery_key(recovery)


def _checked(keys: OrgKeys, private_key: bytes) -> ContactKey:
    key = ContactKey(private_key)
    if key.public_key != keys.public_key:
        raise KeyProblem(Code.KEY_PAIR_MISMATCH())
    return key


def need_private_key(keys: OrgKeys | None) -> OrgKeys:
    """The keys if they can open contacts here; otherwise a message saying why not."""
    if keys is None:
        raise KeyProblem(Code.NO_ORG_KEY())
    if not keys.has_private_key:
        raise KeyProblem(Code.PUBLIC_KEY_ONLY(organization=repr(keys.org_name)))
    return keys


def unlock(keys: OrgKeys | None, passphrase: str) -> ContactKey:
    keys = need_private_key(keys)
    box = nacl.secret.SecretBox(_derive(passphrase, keys.salt, keys.opslimit, keys.memlimit))
    try:
        return _checked(keys, box.decrypt(keys.by_passphrase))
    except CryptoError:
        raise KeyProblem(Code.WRONG_PASSPHRASE()) from None


def unlock_with_recovery(keys: OrgKeys | None, recovery_key: str) -> ContactKey:
    keys = need_private_key(keys)
    box = nacl.secret.SecretBox(parse_recovery_key(recovery_key))
    try:
        return _checked(keys, box.decrypt(keys.by_recovery))
    except CryptoError:
        raise KeyProblem(Code.RECOVERY_KEY_WRONG()) from None


def rewrap(keys: OrgKeys, key: ContactKey, new_passphrase: str,
           cost: KdfCost | None = None) -> OrgKeys:
    """The same key pair under a new passphrase (the recovery key keeps working)."""
    return _wrap_passphrase(keys, key.private_bytes(), new_passphrase, cost)


def public_part(keys: OrgKeys) -> OrgKeys:
    """What a team laptop needs: seal sign-ups, open nothing."""
    return OrgKeys(keys.org_id, keys.org_name, keys.public_key)


JOIN_FORMAT = "sos-desktop-organization-key"


def join_file(keys: OrgKeys) -> bytes:
    """The file `keys export-public` writes for `keys join` on a team laptop."""
    import json

    return json.dumps({
        "format": JOIN_FORMAT, "org_id": keys.org_id, "org_name": keys.org_name,
        "public_key": base64.b64encode(keys.public_key).decode("ascii"),
    }, indent=1).encode("utf-8")


def read_join_file(data: bytes, source: str) -> OrgKeys:
    import json

    try:
        doc = json.loads(data[:65536].decode("utf-8"))
        if doc.get("format") != JOIN_FORMAT:
            raise ValueError("not an organization key file")
        public = base64.b64decode(doc["public_key"], validate=True)
        if len(public) != 32:
            raise ValueError("key of the wrong length")
        # A file from an older version also holds the shared bundle key: it is not kept.
        return OrgKeys(str(doc["org_id"]), str(doc["org_name"]), public)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyProblem(Code.NOT_A_KEY_FILE(source=source, detail=str(exc))) from None
