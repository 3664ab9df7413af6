"""What a kiosk session saves, through one connection kept open for the whole session.

The same core services as every other front end (submit_response, submit_signup: all the
validation), only without opening the database anew for each student.
"""

from __future__ import annotations

from typing import Any

from sos_desktop.core.db import Database
from sos_desktop.core.kiosk import collecting
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.responses import submit_response
from sos_desktop.core.surveys.model import SurveyDef


class KioskSaver:
    def __init__(self, db: Database, visit_id: str, definition_id: str = "",
                 survey: SurveyDef | None = None) -> None:
        self.db = db.kept_open()
        self.visit_id, self.definition_id, self.survey = visit_id, definition_id, survey
        collecting.begin(visit_id)  # the visit cannot be closed or edited under the kiosk
        self._open = True

    def save_response(self, language: str, answers: dict[str, Any]) -> str:
        return submit_response(self.db, self.visit_id, self.definition_id, language, answers,
                               survey=self.survey)

    def save_signup(self, language: str, data: dict[str, Any]) -> str:
        return submit_signup(self.db, data, visit_id=self.visit_id, language=language,
                             source="kiosk")

    def close(self) -> None:
        """End of the session: let the connection go (a later save opens it again)."""
        if self._open:
            self._open = False
            collecting.end(self.visit_id)
        self.db.close()
