"""What the kiosk (or any front end) asks and accepts: visibility, validation, clean-up.

Answer values by question type: single_choice / yes_no -> choice key (str); multiple_choice ->
list of choice keys; scale / number -> int; short_text / long_text -> str. An unanswered
question is simply absent (None, "" and [] count as unanswered).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.model import (
    LONG_TEXT_MAX,
    SCALE_MAX,
    SCALE_MIN,
    SHORT_TEXT_MAX,
    Question,
    QuestionType,
    SurveyDef,
)

NUMBER_LIMIT = 1_000_000_000  # far beyond any sensible answer, well inside SQLite's integers

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "required": "Please answer this question.",
        "choice": "Please pick one of the choices shown.",
        "choices": "Please pick only from the choices shown.",
        "scale": f"Please pick a number from {SCALE_MIN} to {SCALE_MAX}.",
        "number": "Please type a whole number.",
        "text": "Please type your answer as text.",
        "min": "Please enter {n} or more.",
        "max": "Please enter {n} or less.",
        "max_length": "Please keep it to {n} characters or fewer.",
        "max_count": "Please pick at most {n}.",
    },
    "es": {
        "required": "Por favor, responde esta pregunta.",
        "choice": "Por favor, elige una de las opciones.",
        "choices": "Por favor, elige solo entre las opciones que aparecen.",
        "scale": f"Por favor, elige un número del {SCALE_MIN} al {SCALE_MAX}.",
        "number": "Por favor, escribe un número entero.",
        "text": "Por favor, escribe tu respuesta como texto.",
        "min": "Por favor, escribe {n} o más.",
        "max": "Por favor, escribe {n} o menos.",
        "max_length": "Por favor, usa {n} caracteres como máximo.",
        "max_count": "Por favor, elige {n} como máximo.",
    },
}


@dataclass(frozen=True)
class AnswerProblem:
    question_key: str
    message: str  # in the language the student chose

    def __str__(self) -> str:
        return f"{self.question_key}: {self.message}"


def _msg(language: str, name: str, n: int | None = None) -> str:
    text = MESSAGES.get(language, MESSAGES["en"])[name]
    return text.format(n=n) if n is not None else text


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


def check_answer(question: Question, value: Any, language: str = "en") -> str | None:
    """Why this answer is not acceptable (in `language`), or None if it is fine."""
    value = normalize(question, value)
    if value is None:
        return _msg(language, "required") if question.required else None
    if not question.answerable:
        return None
    reason = _type_problem(question, value, language)
    if reason is not None:
        return reason
    return _constraint_problem(question, value, language)


def _type_problem(q: Question, value: Any, language: str) -> str | None:
    keys = {c.key for c in q.options}
    kind = q.type
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.YES_NO):
        return None if isinstance(value, str) and value in keys else _msg(language, "choice")
    if kind is QuestionType.MULTIPLE_CHOICE:
        ok = (isinstance(value, list) and all(isinstance(v, str) and v in keys for v in value)
              and len(set(value)) == len(value))
        return None if ok else _msg(language, "choices")
    if kind is QuestionType.SCALE:
        ok = _is_int(value) and SCALE_MIN <= value <= SCALE_MAX
        return None if ok else _msg(language, "scale")
    if kind is QuestionType.NUMBER:
        return None if _is_int(value) and abs(value) <= NUMBER_LIMIT else _msg(language, "number")
    if not isinstance(value, str):
        return _msg(language, "text")
    cap = SHORT_TEXT_MAX if kind is QuestionType.SHORT_TEXT else LONG_TEXT_MAX
    return None if len(value) <= cap else _msg(language, "max_length", cap)


def _constraint_problem(q: Question, value: Any, language: str) -> str | None:
    c = q.constraint
    if c is None:
        return None
    broken: tuple[str, int] | None = None
    if c.min is not None and isinstance(value, int) and value < c.min:
        broken = ("min", c.min)
    elif c.max is not None and isinstance(value, int) and value > c.max:
        broken = ("max", c.max)
    elif c.max_length is not None and isinstance(value, str) and len(value) > c.max_length:
        broken = ("max_length", c.max_length)
    elif c.max_count is not None and isinstance(value, list) and len(value) > c.max_count:
        broken = ("max_count", c.max_count)
    if broken is None:
        return None
    if c.message is not None:
        return c.message.get(language)
    return _msg(language, *broken)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_response(
    survey: SurveyDef, answers: Mapping[str, Any], language: str = "en"
) -> list[AnswerProblem]:
    """Every problem with a whole response, visible questions only, in survey order."""
    problems = []
    for q in visible_questions(survey, answers):
        reason = check_answer(q, answers.get(q.key), language)
        if reason is not None:
            problems.append(AnswerProblem(q.key, reason))
    return problems


def check_page(
    survey: SurveyDef, page: tuple[Question, ...], answers: Mapping[str, Any], language: str = "en"
) -> list[AnswerProblem]:
    """Problems on one screen only, so "Next" can stop the student at the right place."""
    on_page = {q.key for q in page}
    return [p for p in check_response(survey, answers, language) if p.question_key in on_page]


def clean_response(
    survey: SurveyDef, answers: Mapping[str, Any], language: str = "en"
) -> tuple[dict[str, Any], list[AnswerProblem]]:
    """What to store: pruned, normalized answers, plus problems (store nothing if any).
    One walk gives both the questions shown (checked as check_response does) and the answers
    kept (as prune_answers does): an import of 100,000 rows walks each once."""
    shown, kept = _walk(survey, answers)
    problems = [AnswerProblem(q.key, reason) for q in shown
                if (reason := check_answer(q, answers.get(q.key), language)) is not None]
    unknown = sorted(k for k in answers if not survey.has_question(k))
    problems += [AnswerProblem(k, "not a question in this survey") for k in unknown]
    return kept, problems
