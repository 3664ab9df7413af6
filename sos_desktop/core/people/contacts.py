"""The one place that reads and writes the contact columns of `signups`.

Everything else goes through `signup_record()` to write and `decode_contact()` / `CONTACT_COLUMNS`
to read, so encrypting these columns at rest later changes this module only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime

from sos_desktop.core.clock import db_stamp
from sos_desktop.core.ids import new_id
from sos_desktop.core.people.consent import ConsentWording
from sos_desktop.core.people.signup_rules import SignupInput

CONTACT_COLUMNS = ("first_name", "last_name", "preferred_name", "email", "phone", "zip_code")

# models.Signup's columns in order, written out so the kiosk never imports SQLAlchemy (a test
# checks the two agree).
SIGNUP_COLUMNS = (
    "id",
    "device_id",
    "created_at",
    "visit_id",
    "source",
    *CONTACT_COLUMNS,
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


def encode_contact(value: str) -> str:
    return value


def decode_contact(value: str | None) -> str:
    return value or ""


def signup_record(
    signup: SignupInput,
    *,
    device_id: str,
    visit_id: str | None,
    source: str,
    now: datetime,
    language: str,
    email_wording: ConsentWording,
    sms_wording: ConsentWording,
) -> tuple:
    """The row tuple for INSERT_SQL, with consent time, version and exact wording."""
    stamp = db_stamp(now)
    return (
        new_id(),
        device_id,
        stamp,
        visit_id,
        source,
        *(encode_contact(getattr(signup, c)) for c in CONTACT_COLUMNS),
        signup.school,
        signup.grade,
        ";".join(signup.interests),
        signup.role,
        signup.visit_requested,
        signup.age_13_plus,
        signup.email_consent,
        stamp if signup.email_consent else None,
        email_wording.version if signup.email_consent else "",
        email_wording.for_language(language) if signup.email_consent else "",
        signup.sms_consent,
        stamp if signup.sms_consent else None,
        sms_wording.version if signup.sms_consent else "",
        sms_wording.for_language(language) if signup.sms_consent else "",
    )


def insert_signups(conn: sqlite3.Connection, records: Iterable[tuple]) -> None:
    conn.executemany(INSERT_SQL, records)


# --- Portable records (laptop bundles) -------------------------------------------------------
# A bundle carries sign-ups as plain JSON objects keyed by SIGNUP_COLUMNS with contacts decoded;
# merging encodes them again. Conflicting copies are kept sealed like the columns themselves.

SELECT_SIGNUPS_SQL = f"SELECT {', '.join(SIGNUP_COLUMNS)} FROM signups"
_CONTACT_AT = tuple(SIGNUP_COLUMNS.index(c) for c in CONTACT_COLUMNS)


def portable_signup(row: tuple) -> dict:
    """A row of SELECT_SIGNUPS_SQL as a JSON-ready dict, contacts decoded."""
    values = list(row)
    for i in _CONTACT_AT:
        values[i] = decode_contact(values[i])
    return dict(zip(SIGNUP_COLUMNS, values, strict=True))


def signup_from_portable(record: dict) -> tuple:
    """The INSERT_SQL tuple for a portable sign-up, contacts encoded."""
    return tuple(
        encode_contact(record[c]) if c in CONTACT_COLUMNS else record[c] for c in SIGNUP_COLUMNS
    )


def seal_record(text: str) -> str:
    """A sign-up kept outside `signups` (a merge conflict) is protected like its columns."""
    return encode_contact(text)


def iter_signups(conn: sqlite3.Connection, where: str = "", params: Iterable = ()
                 ) -> Iterator[dict]:
    """Sign-ups as dicts (contacts decoded), streamed; `where` may use the alias `signups`."""
    for row in conn.execute(f"{SELECT_SIGNUPS_SQL} {where}", tuple(params)):
        yield portable_signup(row)


def select_signups(conn: sqlite3.Connection, where: str = "", params: Iterable = ()
                   ) -> list[dict]:
    return list(iter_signups(conn, where, params))
