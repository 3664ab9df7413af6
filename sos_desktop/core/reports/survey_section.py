"""A survey's answers as charts: one per question, with counts and percentages.

The figures are core.results.live' (the same as the class's live results), so paper and projector
never disagree."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from sos_desktop.core.exports.columns import SurveyVersions
from sos_desktop.core.reports.charts import bar_chart
from sos_desktop.core.reports.layout import Styles, p
from sos_desktop.core.reports.words import Words
from sos_desktop.core.results.answer_counts import AnswerCounts
from sos_desktop.core.results.live import MIN_ANSWERS, TEXT_TYPES, QuestionResult, question_result
from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN, Question, QuestionType


def _items(q: Question, result: QuestionResult, language: str) -> list[tuple[str, int]]:
    items = []
    for bar in result.bars:
        label = bar.label
        if q.type is QuestionType.SCALE and bar.key == str(SCALE_MIN) and q.scale_low:
            label += f" – {q.scale_low.get(language)}"
        if q.type is QuestionType.SCALE and bar.key == str(SCALE_MAX) and q.scale_high:
            label += f" – {q.scale_high.get(language)}"
        items.append((label, bar.count))
    return items


def _subtitle(q: Question, answered: int, total: int, counts: dict[str, int],
              w: Words) -> str:
    text = w.plural("answered", answered, answered=w.number(answered), total=w.number(total))
    if q.type is QuestionType.MULTIPLE_CHOICE:
        text += w("several")
    if q.type in (QuestionType.SCALE, QuestionType.NUMBER) and answered:
        total_value = sum(int(k) * n for k, n in counts.items() if k.lstrip("-").isdigit())
        text += w("average", value=w.decimal(total_value / answered))
    return text


def survey_section(survey: SurveyVersions, counts: AnswerCounts, st: Styles, width: float, *,
                   words: Words, free_text: dict[str, list[str]] | None = None,
                   min_answers: int = MIN_ANSWERS) -> list:
    """Flowables for every question of `survey`, in `words`' language; free text only when
    `free_text` is given (else a count: a report for a Board meeting prints no command); no
    figures (nor texts) for a question fewer than `min_answers` answered."""
    w, language = words, words.language
    story: list = []
    for q in survey.questions:
        if not q.answerable:
            continue
        result = question_result(q, counts, language, min_answers=min_answers,
                                 texts=free_text)
        answered, title = result.answered, result.label
        if result.hidden_reason:
            story += [KeepTogether([p(title, st.h2), p(w(
                "hidden", answered=w.number(answered), total=w.number(counts.responses),
                n=min_answers), st.small)]), Spacer(1, 6)]
            continue
        if q.type in TEXT_TYPES:
            if free_text is None:
                note = w.plural("texts_left_out", answered)
                block = [p(title, st.h2), p(note, st.small)]
                rest: list = []
            else:
                items = [p(f"• {t}", st.body) for t in result.texts]
                block = [p(title, st.h2), p(w.plural("texts_sorted", len(result.texts)),
                                            st.small), *items[:2]]
                rest = items[2:]
            story += [KeepTogether(block), *rest, Spacer(1, 6)]  # no orphaned heading
            continue
        values = counts.values.get(q.key, {})
        story += bar_chart(title, _subtitle(q, answered, counts.responses, values, w),
                           _items(q, result, language), answered, width, st, w)
    return story
