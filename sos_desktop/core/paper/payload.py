"""What a sheet's QR code says: survey key, version, language, page and a random sheet id.

Alphanumeric QR mode (upper case, digits, space, `-` and `.`) keeps the code at version 2, big
modules a webcam can read. Survey keys are `[a-z0-9_-]`, so upper-casing them and writing `_`
as `.` is reversible. The sheet id is random and linked to nobody: it only lets a sheet be read
once.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

MAGIC = "SOS1"
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: someone may read it aloud
SHEET_ID_LENGTH = 10  # 50 random bits: two copies never share one
_PAYLOAD = re.compile(
    r"^SOS1 ([A-Z0-9.\-]{1,64}) (\d{1,6}) ([A-Z]{2,3}) (\d{1,2})/(\d{1,2}) ([A-Z2-9]{10})$"
)


@dataclass(frozen=True)
class SheetIdentity:
    """Who a printed page says it is (from its QR code)."""

    survey_key: str
    version: int
    language: str
    page: int  # 1-based
    pages: int
    sheet_id: str


def new_sheet_id() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(SHEET_ID_LENGTH))


def encode(identity: SheetIdentity) -> str:
    key = identity.survey_key.upper().replace("_", ".")
    return (f"{MAGIC} {key} {identity.version} {identity.language.upper()} "
            f"{identity.page}/{identity.pages} {identity.sheet_id}")


def decode(text: str) -> SheetIdentity | None:
    """The identity in a QR text, or None when it is not one of our sheets."""
    m = _PAYLOAD.match(text.strip())
    if m is None:
        return None
    key, version, lang, page, pages, sheet_id = m.groups()
    if not 1 <= int(page) <= int(pages):
        return None
    return SheetIdentity(key.lower().replace(".", "_"), int(version), lang.lower(), int(page),
                         int(pages), sheet_id)
