"""Survey definitions as the sheets name them: by key and stored version number.

A sheet's layout is rebuilt from the stored definition (never from the picture), so every
version ever printed can still be read.
"""

from __future__ import annotations

from functools import lru_cache

from sos_desktop.core.messages import Code, Message
from sos_desktop.core.paper.compose import sheet_layout
from sos_desktop.core.paper.layout import SheetLayout
from sos_desktop.core.paper.payload import SheetIdentity
from sos_desktop.core.storage.db import Database
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.store import load_definition


def stored_version(db: Database, definition_id: str) -> int:
    with db.raw() as conn:
        row = conn.execute("SELECT version FROM survey_definitions WHERE id = ?",
                           (definition_id,)).fetchone()
    return int(row[0])


def find_definition(db: Database, key: str, version: int) -> str | None:
    with db.raw() as conn:
        row = conn.execute("SELECT id FROM survey_definitions WHERE key = ? AND version = ?",
                           (key, version)).fetchone()
    return row[0] if row else None


class DefinitionResolver:
    """Turns a sheet's QR identity into (survey, layout), or a reason it cannot (for read.py).

    Remembers what it found: a camera asks the same question many times a second.
    """

    def __init__(self, db: Database, expected_key: str | None = None) -> None:
        self.db = db
        self.expected_key = expected_key or None
        self.ids: dict[tuple[str, int], str] = {}

    def definition_id(self, identity: SheetIdentity) -> str | None:
        key = (identity.survey_key, identity.version)
        if key not in self.ids:
            found = find_definition(self.db, *key)
            if found is None:
                return None
            self.ids[key] = found
        return self.ids[key]

    def found_id(self, identity: SheetIdentity) -> str:
        """The definition of a sheet this resolver has already resolved (read_page did)."""
        return self.ids[(identity.survey_key, identity.version)]

    def __call__(self, identity: SheetIdentity) -> tuple[SurveyDef, SheetLayout] | Message:
        if self.expected_key and identity.survey_key != self.expected_key:
            return Code.PAGE_OTHER_SURVEY(key=identity.survey_key, expected=self.expected_key)
        definition_id = self.definition_id(identity)
        if definition_id is None:
            return Code.PAGE_UNKNOWN_VERSION(key=identity.survey_key, version=identity.version)
        return _survey_and_layout(self.db, definition_id, identity.version, identity.language)


def _survey_and_layout(db: Database, definition_id: str, version: int,
                       language: str) -> tuple[SurveyDef, SheetLayout] | Message:
    survey = load_definition(db, definition_id)
    if language not in survey.languages:
        return Code.PAGE_NO_LANGUAGE(key=survey.key, language=language)
    return survey, _layout(survey, version, language)


@lru_cache(maxsize=32)
def _layout(survey: SurveyDef, version: int, language: str) -> SheetLayout:
    return sheet_layout(survey, version, language)
