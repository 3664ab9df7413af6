"""A survey's answers as charts: one per question, with counts and percentages."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from sos_desktop.core.exports.columns import SurveyVersions
from sos_desktop.core.reports.charts import bar_chart
from sos_desktop.core.reports.layout import Styles, p
from sos_desktop.core.reports.tallies import Tally
from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN, Question, QuestionType

_TEXT = (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)


def _items(q: Question, counts: dict[str, int], language: str) -> list[tuple[str, int]]:
    if q.type is QuestionType.SCALE:
        items = []
        for n in range(SCALE_MIN, SCALE_MAX + 1):
            label = str(n)
            if n == SCALE_MIN and q.scale_low:
                label += f" – {q.scale_low.get(language)}"
            if n == SCALE_MAX and q.scale_high:
                label += f" – {q.scale_high.get(language)}"
            items.append((label, counts.get(str(n), 0)))
        return items
    if q.options:
        items = [(c.label.get(language), counts.get(c.key, 0)) for c in q.options]
        known = {c.key for c in q.options}
        items += [(f"(other: {k})", n) for k, n in counts.items() if k not in known]
        return items
    return sorted(((k, n) for k, n in counts.items()), key=lambda kv: (-kv[1], kv[0]))[:14]


def _subtitle(q: Question, answered: int, total: int, counts: dict[str, int]) -> str:
    text = f"{answered} of {total} answered"
    if q.type is QuestionType.MULTIPLE_CHOICE:
        text += "; several choices allowed, so percentages add up to more than 100%"
    if q.type in (QuestionType.SCALE, QuestionType.NUMBER) and answered:
        total_value = sum(int(k) * n for k, n in counts.items() if k.lstrip("-").isdigit())
        text += f"; average {total_value / answered:.1f}"
    return text


def survey_section(survey: SurveyVersions, counts: Tally, st: Styles, width: float, *,
                   language: str = "en", free_text: dict[str, list[str]] | None = None) -> list:
    """Flowables for every question of `survey`; free text only when `free_text` is given."""
    story: list = []
    for q in survey.questions:
        if not q.answerable:
            continue
        answered = counts.answered.get(q.key, 0)
        title = q.label.get(language)
        if q.type in _TEXT:
            texts = (free_text or {}).get(q.key)
            if texts is None:
                block = [p(title, st.h2), p(f"{answered} written answer(s); free text is left "
                                            "out of this report (ask for it with "
                                            "--with-free-text).", st.small)]
                rest: list = []
            else:
                items = [p(f"• {t}", st.body) for t in texts]
                block = [p(title, st.h2), p(f"{len(texts)} written answer(s), sorted "
                                            "alphabetically:", st.small), *items[:2]]
                rest = items[2:]
            story += [KeepTogether(block), *rest, Spacer(1, 6)]  # no orphaned heading
            continue
        values = counts.values.get(q.key, {})
        story += bar_chart(title, _subtitle(q, answered, counts.responses, values),
                           _items(q, values, language), answered, width, st)
    return story
