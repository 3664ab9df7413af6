"""Random record keys. Kept apart from the ORM models so light modules need not load SQLAlchemy."""

import os


def new_id() -> str:
    """A UUID4 as text: random, never a sequence (order would link anonymous records).
    The same text as str(uuid.uuid4()), made here: the uuid module loads `platform`, a cost
    every command would pay at start."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
