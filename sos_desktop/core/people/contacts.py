"""The one place that reads and writes the contact data of `signups`.

Names, preferred name, email, phone and ZIP are sealed together into the `contact` column with
the organization's public key (core.security): writing needs only the public key (the kiosk),
reading needs the unlocked private key (export, reports). Bundles carry the sealed blob as it
is, base64 in JSON; nothing here ever writes contacts in plain text.
"""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime

from sos_desktop.core.clock import db_stamp
from sos_desktop.core.ids import new_id
from sos_desktop.core.people.consent import ConsentWording
from sos_desktop.core.people.signup_rules import SignupInput
from sos_desktop.core.security.sealing import ContactKey, Sealer

CONTACT_COLUMNS = ("first_name", "last_name", "preferred_name", "email", "phone", "zip_code")

# models.Signup's columns in order, written out so the kiosk never imports SQLAlchemy (a test
# checks the two agree).
SIGNUP_COLUMNS = (
    "id",
    "device_id",
    "created_at",
    "visit_id",
    "source",
    "contact",  # CONTACT_COLUMNS, sealed
    "school",
    "grade",
    "interests",
    "role",
    "visit_requested",
    "age_13_plus",
    "email_consent",
    "email_consent_at",
    "email_consent_version",
    "email_consent_text",
    "sms_consent",
    "sms_consent_at",
    "sms_consent_version",
    "sms_consent_text",
)

INSERT_SQL = (
    f"INSERT INTO signups ({', '.join(SIGNUP_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in SIGNUP_COLUMNS)})"
)


def signup_record(
    signup: SignupInput,
    *,
    sealer: Sealer,
    device_id: str,
    visit_id: str | None,
    source: str,
    now: datetime,
    email_wording: ConsentWording,
    sms_wording: ConsentWording,
) -> tuple:
    """The row tuple for INSERT_SQL: contacts sealed, consent time, version and exact wording."""
    stamp = db_stamp(now)
    return (
        new_id(),
        device_id,
        stamp,
        visit_id,
        source,
        sealer.seal([getattr(signup, c) for c in CONTACT_COLUMNS]),
        signup.school,
        signup.grade,
        ";".join(signup.interests),
        signup.role,
        signup.visit_requested,
        signup.age_13_plus,
        signup.email_consent,
        stamp if signup.email_consent else None,
        email_wording.version if signup.email_consent else "",
        email_wording.text if signup.email_consent else "",
        signup.sms_consent,
        stamp if signup.sms_consent else None,
        sms_wording.version if signup.sms_consent else "",
        sms_wording.text if signup.sms_consent else "",
    )


def insert_signups(conn: sqlite3.Connection, records: Iterable[tuple]) -> None:
    conn.executemany(INSERT_SQL, records)


# --- Portable records (laptop bundles) -------------------------------------------------------
# A bundle carries sign-ups as JSON objects keyed by SIGNUP_COLUMNS, the contact still sealed
# (base64): a bundle on a USB stick reveals no more than the database does.

SELECT_SIGNUPS_SQL = f"SELECT {', '.join(SIGNUP_COLUMNS)} FROM signups"
_CONTACT_AT = SIGNUP_COLUMNS.index("contact")


def portable_signup(row: tuple) -> dict:
    """A row of SELECT_SIGNUPS_SQL as a JSON-ready dict, the contact still sealed."""
    values = list(row)
    values[_CONTACT_AT] = base64.b64encode(bytes(values[_CONTACT_AT])).decode("ascii")
    return dict(zip(SIGNUP_COLUMNS, values, strict=True))


def sealed_blob(record: dict) -> bytes:
    """The sealed contact of a portable sign-up (ValueError when it is not base64)."""
    return base64.b64decode(record["contact"], validate=True)


def signup_from_portable(record: dict) -> tuple:
    """The INSERT_SQL tuple for a portable sign-up; the sealed contact goes in unchanged."""
    return tuple(sealed_blob(record) if c == "contact" else record[c] for c in SIGNUP_COLUMNS)


def open_contact(key: ContactKey, blob: bytes) -> tuple[str, ...]:
    """The CONTACT_COLUMNS values of a sealed contact."""
    values = key.open(blob)
    if len(values) != len(CONTACT_COLUMNS):
        from sos_desktop.core.messages import Code
        from sos_desktop.core.security.sealing import SealBroken

        raise SealBroken(Code.SEALED_WRONG_FIELDS())
    return values


def iter_portable(conn: sqlite3.Connection, where: str = "", params: Iterable = ()
                  ) -> Iterator[dict]:
    """Sign-ups as portable dicts (contact sealed), streamed; `where` may use `signups`."""
    for row in conn.execute(f"{SELECT_SIGNUPS_SQL} {where}", tuple(params)):
        yield portable_signup(row)


def iter_signups(conn: sqlite3.Connection, key: ContactKey, where: str = "",
                 params: Iterable = ()) -> Iterator[dict]:
    """Sign-ups as dicts with their contacts opened (needs the unlocked key)."""
    for row in conn.execute(f"{SELECT_SIGNUPS_SQL} {where}", tuple(params)):
        record = dict(zip(SIGNUP_COLUMNS, row, strict=True))
        record.update(zip(CONTACT_COLUMNS, open_contact(key, record.pop("contact")),
                          strict=True))
        yield record


def select_signups(conn: sqlite3.Connection, key: ContactKey, where: str = "",
                   params: Iterable = ()) -> list[dict]:
    return list(iter_signups(conn, key, where, params))
