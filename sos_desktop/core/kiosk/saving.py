"""What a kiosk session saves, through one connection kept open for the whole session.

The same core services as every other front end (submit_response, submit_signup: all the
validation), only without opening the database anew for each student. What keeps the file
unlinkable (core/storage/unlinkable.py) is done once the student has moved on to the next
screen rather than before (`settle`): a response is moved to a random place among the visit's,
and after a sign-up the WAL is emptied of the commit order. A student waits for their two
commits' syncs, the floor's count, and not for the checkpoint's two or the shuffling.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from sos_desktop.core.errors import SosError
from sos_desktop.core.kiosk import collecting
from sos_desktop.core.people.consent import ConsentWording, english_consent
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.storage.unlinkable import (
    forget_commit_order,
    moving_responses,
    prime,
    reshuffle,
)
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.responses import submit_response

ConsentFor = Callable[[str], tuple[ConsentWording, ConsentWording]]


class KioskSaver:
    """`consent(language)`: the email and text consents as the kiosk shows them in that
    language (stored with a sign-up exactly as shown)."""

    def __init__(self, db: Database, visit_id: str, definition_id: str = "",
                 survey: SurveyDef | None = None, consent: ConsentFor = english_consent) -> None:
        self.db = db.kept_open()
        self.consent = consent
        self.visit_id, self.definition_id, self.survey = visit_id, definition_id, survey
        collecting.begin(visit_id)  # the visit cannot be closed or edited under the kiosk
        self._open = True
        self._unshuffled: list[str] = []  # responses still where SQLite put them
        self._unsettled = False  # a sign-up's commit order is still in the WAL
        with self.db.raw() as conn:
            prime(conn)

    def save_response(self, language: str, answers: dict[str, Any]) -> str:
        self.settle()  # never a response after a sign-up in the WAL
        response_id = submit_response(self.db, self.visit_id, self.definition_id, language,
                                      answers, survey=self.survey, shuffle_later=True)
        self._unshuffled.append(response_id)
        return response_id

    def save_signup(self, language: str, data: dict[str, Any]) -> str:
        email, sms = self.consent(language)
        self.settle()
        signup_id = submit_signup(self.db, data, visit_id=self.visit_id, source="kiosk",
                                  email_wording=email, sms_wording=sms, forget_order_later=True)
        self._unsettled = True
        return signup_id

    def settle(self) -> None:
        """As soon as the student is on the next screen: the responses saved since the last
        call moved among the visit's, and after a sign-up the WAL emptied of the commit order
        and begun again for the next student's response. The saves are durable already, so a
        failure here only leaves the work for the next call (each save calls it first);
        closing the visit rewrites the file in key order in any case."""
        if not (self._unshuffled or self._unsettled):
            return  # nothing left: not even a connection opened (the session may be over)
        with self.db.raw() as conn:
            if self._unshuffled:
                try:
                    self._reshuffle(conn)
                    self._unshuffled = []
                except (SosError, sqlite3.Error):
                    pass  # moved at the next call; the WAL is emptied all the same
            # A reader holding a snapshot keeps the WAL from emptying: tried again next time.
            if self._unsettled and forget_commit_order(conn):
                self._unsettled = False
                prime(conn)

    def _reshuffle(self, conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA synchronous=NORMAL")  # the next commit's or checkpoint's sync
        try:
            with moving_responses(conn), write_transaction(conn, self.db.path):
                reshuffle(conn, self.visit_id, self._unshuffled)
        finally:
            conn.execute("PRAGMA synchronous=FULL")

    def close(self) -> None:
        """End of the session: let the connection go (a later save opens it again)."""
        self.settle()
        if self._open:
            self._open = False
            collecting.end(self.visit_id)
        self.db.close()
