"""What the kiosk (or any front end) asks and accepts: visibility, validation, clean-up.

Answer values by question type: single_choice / yes_no -> choice key (str); multiple_choice ->
list of choice keys; scale / number -> int; short_text / long_text -> str. An unanswered
question is simply absent (None, "" and [] count as unanswered).

A refused answer is an AnswerReason: a code and its number, or the survey's own constraint
message; its `str()` is English (logs, refusals of files), and the kiosk words it in the
student's language (sos_desktop/words/answers.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sos_desktop.core.errors import Problem
from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.model import (
    LONG_TEXT_MAX,
    SCALE_MAX,
    SCALE_MIN,
    SHORT_TEXT_MAX,
    Label,
    Question,
    QuestionType,
    SurveyDef,
)

NUMBER_LIMIT = 1_000_000_000  # far beyond any sensible answer, well inside SQLite's integers



class AnswerCode(StrEnum):
    """Why an answer is refused."""

    REQUIRED = "required"
    CHOICE = "choice"
    CHOICES = "choices"
    SCALE = "scale"
    NUMBER = "number"
    TEXT = "text"
    MIN = "min"
    MAX = "max"
    MAX_LENGTH = "max_length"
    MAX_COUNT = "max_count"
    AUTHORED = "authored"  # the survey's own constraint message (AnswerReason.authored)
    UNKNOWN = "unknown"  # a key that is no question of the survey (clean_response)


# The English of each code ({n}: the limit; {low}, {high}: the scale's ends).
ENGLISH: Mapping[AnswerCode, str] = {
    AnswerCode.REQUIRED: "Please answer this question.",
    AnswerCode.CHOICE: "Please pick one of the choices shown.",
    AnswerCode.CHOICES: "Please pick only from the choices shown.",
    AnswerCode.SCALE: "Please pick a number from {low} to {high}.",
    AnswerCode.NUMBER: "Please type a whole number.",
    AnswerCode.TEXT: "Please type your answer as text.",
    AnswerCode.MIN: "Please enter {n} or more.",
    AnswerCode.MAX: "Please enter {n} or less.",
    AnswerCode.MAX_LENGTH: "Please keep it to {n} characters or fewer.",
    AnswerCode.MAX_COUNT: "Please pick at most {n}.",
    AnswerCode.UNKNOWN: "not a question in this survey",
}


@dataclass(frozen=True)
class AnswerReason:
    """Why an answer is refused: a code, its limit `n`, or the survey's own message."""

    code: AnswerCode
    n: int | None = None
    authored: Label | None = None

    def __str__(self) -> str:
        if self.authored is not None:
            return self.authored.get("en")
        return ENGLISH[self.code].format(n=self.n, low=SCALE_MIN, high=SCALE_MAX)

    def problem(self, key: str) -> Problem:
        """As a validation Problem of `key` (code "answer"), for InvalidInput."""
        return Problem(key, "", str(self), "answer", {"reason": self})


@dataclass(frozen=True)
class AnswerProblem:
    question_key: str
    reason: AnswerReason

    @property
    def message(self) -> str:
        """English, for logs and files' refusals (words/answers.py words it for people)."""
        return str(self.reason)

    def __str__(self) -> str:
        return f"{self.question_key}: {self.message}"


_REQUIRED = AnswerReason(AnswerCode.REQUIRED)


def normalize(question: Question, value: Any) -> Any:
    """Tidy a raw value from a form (strip text, '13' -> 13); None when it means unanswered."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
        if question.type in (QuestionType.NUMBER, QuestionType.SCALE) and re.fullmatch(
            r"[-+]?\d{1,12}", value
        ):
            return int(value)
        return value
    if isinstance(value, (list, tuple)):
        return list(value) if value else None
    return value


def _walk(survey: SurveyDef, answers: Mapping[str, Any]) -> tuple[list[Question], dict]:
    """(questions shown now, their normalized answers), in survey order. A hidden question's
    answer never counts, so it can never unlock a later question."""
    shown: list[Question] = []
    effective: dict[str, Any] = {}
    for q in survey.questions:
        if q.relevant is not None and not ex.evaluate(q.relevant, effective):
            continue
        shown.append(q)
        value = normalize(q, answers.get(q.key)) if q.answerable else None
        if value is not None:
            effective[q.key] = value
    return shown, effective


def visible_questions(survey: SurveyDef, answers: Mapping[str, Any]) -> list[Question]:
    """Questions to show now, in order."""
    return _walk(survey, answers)[0]


def visible_pages(survey: SurveyDef, answers: Mapping[str, Any]) -> list[tuple[Question, ...]]:
    """The survey's screens with hidden questions taken out; empty screens are skipped."""
    keys = {q.key for q in visible_questions(survey, answers)}
    pages = [tuple(q for q in page if q.key in keys) for page in survey.pages()]
    return [page for page in pages if page]


def prune_answers(survey: SurveyDef, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Keep only normalized answers to visible, answerable questions (drops stale follow-ups)."""
    return _walk(survey, answers)[1]


def check_answer(question: Question, value: Any) -> AnswerReason | None:
    """Why this answer is not acceptable, or None if it is fine."""
    value = normalize(question, value)
    if value is None:
        return _REQUIRED if question.required else None
    if not question.answerable:
        return None
    reason = _type_problem(question, value)
    if reason is not None:
        return reason
    return _constraint_problem(question, value)


def _type_problem(q: Question, value: Any) -> AnswerReason | None:
    keys = {c.key for c in q.options}
    kind = q.type
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.YES_NO):
        ok = isinstance(value, str) and value in keys
        return None if ok else AnswerReason(AnswerCode.CHOICE)
    if kind is QuestionType.MULTIPLE_CHOICE:
        ok = (isinstance(value, list) and all(isinstance(v, str) and v in keys for v in value)
              and len(set(value)) == len(value))
        return None if ok else AnswerReason(AnswerCode.CHOICES)
    if kind is QuestionType.SCALE:
        ok = _is_int(value) and SCALE_MIN <= value <= SCALE_MAX
        return None if ok else AnswerReason(AnswerCode.SCALE)
    if kind is QuestionType.NUMBER:
        ok = _is_int(value) and abs(value) <= NUMBER_LIMIT
        return None if ok else AnswerReason(AnswerCode.NUMBER)
    if not isinstance(value, str):
        return AnswerReason(AnswerCode.TEXT)
    cap = SHORT_TEXT_MAX if kind is QuestionType.SHORT_TEXT else LONG_TEXT_MAX
    return None if len(value) <= cap else AnswerReason(AnswerCode.MAX_LENGTH, cap)


def _constraint_problem(q: Question, value: Any) -> AnswerReason | None:
    c = q.constraint
    if c is None:
        return None
    broken: AnswerReason | None = None
    if c.min is not None and isinstance(value, int) and value < c.min:
        broken = AnswerReason(AnswerCode.MIN, c.min)
    elif c.max is not None and isinstance(value, int) and value > c.max:
        broken = AnswerReason(AnswerCode.MAX, c.max)
    elif c.max_length is not None and isinstance(value, str) and len(value) > c.max_length:
        broken = AnswerReason(AnswerCode.MAX_LENGTH, c.max_length)
    elif c.max_count is not None and isinstance(value, list) and len(value) > c.max_count:
        broken = AnswerReason(AnswerCode.MAX_COUNT, c.max_count)
    if broken is not None and c.message is not None:
        return AnswerReason(AnswerCode.AUTHORED, broken.n, c.message)
    return broken


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_response(
    survey: SurveyDef, answers: Mapping[str, Any]
) -> list[AnswerProblem]:
    """Every problem with a whole response, visible questions only, in survey order."""
    problems = []
    for q in visible_questions(survey, answers):
        reason = check_answer(q, answers.get(q.key))
        if reason is not None:
            problems.append(AnswerProblem(q.key, reason))
    return problems


def check_page(
    survey: SurveyDef, page: tuple[Question, ...], answers: Mapping[str, Any]
) -> list[AnswerProblem]:
    """Problems on one screen only, so "Next" can stop the student at the right place."""
    on_page = {q.key for q in page}
    return [p for p in check_response(survey, answers) if p.question_key in on_page]


def clean_response(
    survey: SurveyDef, answers: Mapping[str, Any]
) -> tuple[dict[str, Any], list[AnswerProblem]]:
    """What to store: pruned, normalized answers, plus problems (store nothing if any).
    One walk gives both the questions shown (checked as check_response does) and the answers
    kept (as prune_answers does): an import of 100,000 rows walks each once."""
    shown, kept = _walk(survey, answers)
    problems = [AnswerProblem(q.key, reason) for q in shown
                if (reason := check_answer(q, answers.get(q.key))) is not None]
    unknown = sorted(k for k in answers if not survey.has_question(k))
    problems += [AnswerProblem(k, AnswerReason(AnswerCode.UNKNOWN)) for k in unknown]
    return kept, problems
