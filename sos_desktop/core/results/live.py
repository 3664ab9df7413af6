"""A visit's anonymous results for the class: bars per choice, nothing under 5 answers.

A question with fewer than MIN_ANSWERS answers shows no figures at all, so no single student's
answer can be read off the screen. Free text is left out unless asked for, and then sorted so
the order says nothing about who answered when.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sos_desktop.core.db import Database
from sos_desktop.core.results.answer_counts import AnswerCounts, LiveCounts, count_answers
from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN, QuestionType, SurveyDef

MIN_ANSWERS = 5
_TEXT = (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    count: int
    percent: float  # of the respondents who answered the question


@dataclass
class QuestionResult:
    key: str
    label: str
    type: QuestionType
    answered: int
    bars: list[Bar] = field(default_factory=list)
    hidden_reason: str = ""  # why no figures are shown
    texts: list[str] = field(default_factory=list)


@dataclass
class VisitResults:
    visit_id: str
    survey_title: str
    responses: int
    questions: list[QuestionResult]


def _bars(question, values: dict[str, int], answered: int, language: str) -> list[Bar]:
    if question.type is QuestionType.SCALE:
        options = [(str(n), str(n)) for n in range(SCALE_MIN, SCALE_MAX + 1)]
    elif question.type is QuestionType.NUMBER:
        options = [(k, k) for k in sorted(values, key=lambda v: float(v))]
    else:
        options = [(c.key, c.label.get(language)) for c in question.options]
    return [
        Bar(key, label, values.get(key, 0), 100.0 * values.get(key, 0) / answered)
        for key, label in options
    ]


def visit_results(
    db: Database,
    visit_id: str,
    survey: SurveyDef,
    language: str = "en",
    *,
    min_answers: int = MIN_ANSWERS,
    include_text: bool = False,
    live: LiveCounts | None = None,
) -> VisitResults:
    """Results for the class; pass the same `live` counter on every refresh of a view."""
    with db.raw() as conn:
        counts: AnswerCounts = live.update(conn) if live else count_answers(conn, visit_id)
        texts = _free_texts(conn, visit_id, survey) if include_text else {}
    questions: list[QuestionResult] = []
    for question in survey.questions:
        if not question.answerable:
            continue
        answered = counts.answered.get(question.key, 0)
        result = QuestionResult(question.key, question.label.get(language), question.type,
                                answered)
        if question.type in _TEXT and not include_text:
            continue
        if answered < min_answers:
            result.hidden_reason = f"shown from {min_answers} answers"
        elif question.type in _TEXT:
            result.texts = texts.get(question.key, [])
        else:
            result.bars = _bars(question, counts.values.get(question.key, {}), answered, language)
        questions.append(result)
    return VisitResults(visit_id, survey.title.get(language), counts.responses, questions)


def _free_texts(conn, visit_id: str, survey: SurveyDef) -> dict[str, list[str]]:
    keys = [q.key for q in survey.questions if q.type in _TEXT]
    found: dict[str, list[str]] = {k: [] for k in keys}
    if not keys:
        return found
    marks = ", ".join("?" for _ in keys)
    rows = conn.execute(
        "SELECT a.question_key, a.value FROM survey_responses r JOIN survey_answers a"
        f" ON a.response_id = r.id WHERE r.visit_id = ? AND a.question_key IN ({marks})",
        (visit_id, *keys),
    )
    for key, raw in rows:
        value = json.loads(raw)
        if isinstance(value, str) and value.strip():
            found[key].append(value.strip())
    return {k: sorted(v, key=str.casefold) for k, v in found.items()}
