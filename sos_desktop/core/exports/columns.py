"""The columns of a survey's answer table, shared by the responses export, its codebook and the
typed-up paper import. Multiple choice becomes one 0/1 column per choice, `question/choice`, as
KoboToolbox exports it; notes have no column. All stored versions of a survey share one table:
the latest version's questions in order, then questions only older versions asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from sos_desktop.core.errors import NotFound
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.db import Database
from sos_desktop.core.surveys.model import Choice, Question, QuestionType, SurveyDef
from sos_desktop.core.surveys.store import load_definition

META = ("response_id", "visit_id", "visit_school", "visit_group", "visit_date", "language",
        "definition_version", "channel")


@dataclass(frozen=True)
class Column:
    name: str
    question: Question
    choice: Choice | None = None  # set for a multiple-choice 0/1 column


@dataclass(frozen=True)
class SurveyVersions:
    key: str
    versions: dict[str, int]  # definition id -> version
    definitions: dict[str, SurveyDef]  # definition id -> definition
    questions: tuple[Question, ...]  # merged across versions
    asked_in: dict[str, tuple[int, ...]]  # question key -> versions that ask it

    @property
    def latest(self) -> SurveyDef:
        return max(self.definitions.values(), key=lambda s: s.version)

    @property
    def languages(self) -> tuple[str, ...]:
        langs: list[str] = []
        for survey in sorted(self.definitions.values(), key=lambda s: -s.version):
            langs += [lang for lang in survey.languages if lang not in langs]
        return tuple(langs)

    def columns(self) -> list[Column]:
        out: list[Column] = []
        for q in self.questions:
            if q.type is QuestionType.MULTIPLE_CHOICE:
                out += [Column(f"{q.key}/{c.key}", q, c) for c in q.choices]
            elif q.answerable:
                out.append(Column(q.key, q))
        return out


def _merge_choices(new: Question, old: Question) -> Question:
    known = {c.key for c in new.choices}
    extra = tuple(c for c in old.choices if c.key not in known)
    if not extra or new.type is not old.type:
        return new
    from dataclasses import replace

    return replace(new, choices=new.choices + extra)


def load_versions(db: Database, key: str) -> SurveyVersions:
    with db.raw() as conn:
        rows = conn.execute(
            "SELECT id, version FROM survey_definitions WHERE key = ? ORDER BY version DESC",
            (key,),
        ).fetchall()
    if not rows:
        raise NotFound(Code.NO_SURVEY(key=repr(key)))
    definitions = {definition_id: load_definition(db, definition_id) for definition_id, _ in rows}
    merged: dict[str, Question] = {}
    asked: dict[str, list[int]] = {}
    for definition_id, version in rows:  # newest first: its wording and order win
        for q in definitions[definition_id].questions:
            merged[q.key] = _merge_choices(merged[q.key], q) if q.key in merged else q
            asked.setdefault(q.key, []).append(version)
    return SurveyVersions(key, dict(rows), definitions, tuple(merged.values()),
                          {k: tuple(sorted(v)) for k, v in asked.items()})
