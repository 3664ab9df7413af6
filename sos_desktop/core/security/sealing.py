"""Seal a sign-up's contact fields as one unit (libsodium sealed box to the organization's
public key) and open them again with the private key.

Anyone with the public key (the kiosk, a team laptop) can seal; only the private key opens.
The plain text is padded to a multiple of PAD bytes so a blob's length says little about how
long a name or an email is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code

PAD = 64
_VERSION = b"\x01"  # the format of what is sealed, so it can change later


class SealBroken(SosError):
    """A sealed blob that this organization's private key does not open."""


class Sealer:
    """Seals with the public key only: safe to hold in the kiosk."""

    def __init__(self, public_key: bytes) -> None:
        self._box = SealedBox(PublicKey(public_key))

    def seal(self, fields: Sequence[str]) -> bytes:
        text = json.dumps(list(fields), ensure_ascii=False, separators=(",", ":"))
        data = _VERSION + text.encode("utf-8")
        padding = (-(len(data) + 1) % PAD) + 1  # always at least one byte: its count
        # ISO/IEC 7816-4 style: 0x80 then zeros, so the pad length needs no length field.
        return self._box.encrypt(data + b"\x80" + b"\x00" * (padding - 1))


class ContactKey:
    """The unlocked private key: opens what Sealer sealed. Held only while unlocked."""

    def __init__(self, private_key: bytes) -> None:
        self._key = PrivateKey(private_key)
        self._box = SealedBox(self._key)
        self.public_key = bytes(self._key.public_key)

    def private_bytes(self) -> bytes:
        return bytes(self._key)

    def open(self, blob: bytes) -> tuple[str, ...]:
        try:
            data = self._box.decrypt(bytes(blob))
        except CryptoError:
            raise SealBroken(Code.SEALED_WRONG_KEY()) from None
        end = data.rstrip(b"\x00")
        if not end.endswith(b"\x80") or data[:1] != _VERSION:
            raise SealBroken(Code.SEALED_UNKNOWN_FORMAT())
        fields = json.loads(end[1:-1].decode("utf-8"))
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
            raise SealBroken(Code.SEALED_NO_FIELDS())
        return tuple(fields)

    def sealer(self) -> Sealer:
        return Sealer(self.public_key)
