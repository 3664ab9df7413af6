"""What a kiosk session saves, through one connection kept open for the whole session.

The same core services as every other front end (submit_response, submit_signup: all the
validation), only without opening the database anew for each student.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sos_desktop.core.kiosk import collecting
from sos_desktop.core.people.consent import ConsentWording, english_consent
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.storage.db import Database
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

    def save_response(self, language: str, answers: dict[str, Any]) -> str:
        return submit_response(self.db, self.visit_id, self.definition_id, language, answers,
                               survey=self.survey)

    def save_signup(self, language: str, data: dict[str, Any]) -> str:
        email, sms = self.consent(language)
        return submit_signup(self.db, data, visit_id=self.visit_id, source="kiosk",
                             email_wording=email, sms_wording=sms)

    def close(self) -> None:
        """End of the session: let the connection go (a later save opens it again)."""
        if self._open:
            self._open = False
            collecting.end(self.visit_id)
        self.db.close()
