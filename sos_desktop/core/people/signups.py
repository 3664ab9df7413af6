"""Submit a sign-up: the core service any front end (kiosk, import, later a web form) calls."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.errors import NotFound
from sos_desktop.core.messages import Code
from sos_desktop.core.people import contacts
from sos_desktop.core.people.consent import EMAIL_CONSENT, SMS_CONSENT, ConsentWording
from sos_desktop.core.people.signup_rules import validate_signup
from sos_desktop.core.security.keystore import sealer
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.storage.unlinkable import durable_then_forget


def submit_signup(
    db: Database,
    data: Mapping[str, object],
    *,
    visit_id: str | None,
    source: str = "kiosk",
    email_wording: ConsentWording = EMAIL_CONSENT,
    sms_wording: ConsentWording = SMS_CONSENT,
    clock: UtcClock = utc_now,
    forget_order_later: bool = False,
) -> str:
    """Validate and store one sign-up; returns its id once the commit is durable.

    The WAL is emptied of the commit order before it returns, unless `forget_order_later`:
    then the caller does it soon after (the kiosk, once the student is thanked: KioskSaver).
    """
    signup = validate_signup(data)
    device_id = db.device_id
    with db.raw() as conn:
        record = contacts.signup_record(
            signup,
            sealer=sealer(conn),  # no organization key: refused, nothing stored
            device_id=device_id,
            visit_id=visit_id,
            source=source,
            now=signup_hour(clock()),
            email_wording=email_wording,
            sms_wording=sms_wording,
        )
        # Emptying the WAL syncs it first, so the commit's own sync is left to it: one sync
        # fewer, durable all the same before this returns (unlinkable.durable_then_forget).
        # Left for later, the commit syncs itself.
        if not forget_order_later:
            conn.execute("PRAGMA synchronous=NORMAL")
        try:
            with write_transaction(conn, db.path):
                if visit_id is not None and not conn.execute(
                    "SELECT 1 FROM visits WHERE id = ?", (visit_id,)
                ).fetchone():
                    raise NotFound(Code.NO_VISIT(id=visit_id))
                contacts.insert_signups(conn, [record])
            if not forget_order_later:  # the WAL must not show which response came before
                durable_then_forget(conn, db.path)
        finally:
            conn.execute("PRAGMA synchronous=FULL")
    return record[0]


def signup_hour(moment: datetime) -> datetime:
    """The time a sign-up (and its consent) is stored with: the hour, as the laptop's clock
    counts hours (a zone half an hour off UTC keeps its local date). The CRM needs the day and
    a consent time; seconds would let sign-ups be put in the order students answered."""
    local = moment.replace(tzinfo=UTC).astimezone()
    hour = local.replace(minute=0, second=0, microsecond=0)
    return hour.astimezone(UTC).replace(tzinfo=None)
