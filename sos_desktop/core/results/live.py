"""Anonymous results, as the class sees them live and the reports print them: bars per
choice, nothing under 5 answers.

A question with fewer than MIN_ANSWERS answers shows no figures at all, so no single student's
answer can be read off the screen. Free text is left out unless asked for, and then sorted so
the order says nothing about who answered when.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sos_desktop.core.results.answer_counts import (
    AnswerCounts,
    LiveCounts,
    Scope,
    count_answers,
    free_texts,
)
from sos_desktop.core.results.steps import SteppedCounts, shown_counts
from sos_desktop.core.storage.db import Database
from sos_desktop.core.surveys.model import (
    SCALE_MAX,
    SCALE_MIN,
    Question,
    QuestionType,
    SurveyDef,
)

MIN_ANSWERS = 5  # the one threshold: live results, visit and season reports
TEXT_TYPES = (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)


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


def _bars(question: Question, values: dict[str, int], answered: int,
          language: str) -> list[Bar]:
    if question.type is QuestionType.SCALE:
        options = [(str(n), str(n)) for n in range(SCALE_MIN, SCALE_MAX + 1)]
    elif question.type is QuestionType.NUMBER:
        options = [(k, k) for k in sorted(values, key=_number)]
    else:
        options = [(c.key, c.label.get(language)) for c in question.options]
        known = {c.key for c in question.options}
        options += [(k, k) for k in sorted(values) if k not in known]  # e.g. a dropped choice
    return [
        Bar(key, label, values.get(key, 0), 100.0 * values.get(key, 0) / answered if answered
            else 0.0)
        for key, label in options
    ]


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("inf")


_HIDDEN = {  # (one, other) forms
    "en": (("{n} answer so far", "{n} answers so far"), "figures are shown from {min} answers"),
    "es": (("{n} respuesta por ahora", "{n} respuestas por ahora"),
           "las cifras se muestran desde {min} respuestas"),
}


def _hidden(language: str, answered: int, min_answers: int) -> str:
    """Why a question shows no figures, in the view's language: "1 answer so far — …"."""
    (one, other), rule = _HIDDEN.get(language, _HIDDEN["en"])
    return (f"{(one if answered == 1 else other).format(n=answered)} — "
            f"{rule.format(min=min_answers)}")


def question_result(question: Question, counts: AnswerCounts, language: str = "en", *,
                    min_answers: int = MIN_ANSWERS,
                    texts: dict[str, list[str]] | None = None) -> QuestionResult:
    """One question's figures, as every view and report shows them: none under `min_answers`
    answers; free text only when `texts` is given."""
    answered = counts.answered.get(question.key, 0)
    result = QuestionResult(question.key, question.label.get(language), question.type,
                            answered)
    if answered < min_answers:
        result.hidden_reason = _hidden(language, answered, min_answers)
    elif question.type in TEXT_TYPES:
        result.texts = (texts or {}).get(question.key, [])
    else:
        result.bars = _bars(question, counts.values.get(question.key, {}), answered, language)
    return result


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
    """Results for the class: the visit's answers to any version of `survey`; pass the same
    `live` counter on every refresh of a view (`live_counts`: figures in steps of 5)."""
    text_keys = [q.key for q in survey.questions if q.type in TEXT_TYPES]
    texts = None
    with db.raw() as conn:
        if live is not None:  # the texts too come from what it shows, never from newer rows
            counts: AnswerCounts = live.update(conn)
            texts = counts.texts(text_keys) if include_text else None
        else:
            counts = count_answers(conn, Scope.visit(visit_id, survey.key))
            if include_text:
                texts = free_texts(conn, Scope.visit(visit_id, survey.key), text_keys)
    questions = [
        question_result(q, counts, language, min_answers=min_answers, texts=texts)
        for q in survey.questions
        if q.answerable and (include_text or q.type not in TEXT_TYPES)
    ]
    return VisitResults(visit_id, survey.title.get(language), counts.responses, questions)


def live_counts(db: Database, visit_id: str, survey: SurveyDef) -> SteppedCounts:
    """The counter a live view draws from: the visit's answers to any version of `survey`,
    shared by every view in this process and moving in steps of at least 5 responses."""
    return shown_counts(str(db.path), visit_id, survey.key)
