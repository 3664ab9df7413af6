"""Live results cut into projector pages (one or two questions each), turned by the clicker.

The pager refreshes the visit's results from core and keeps which page the class is on; the
audience window and the console's mirror both draw from it, so they never disagree. Pages are
cut from the survey definition (how many options each question has), not from the counts.
Questions with figures come first; every question answered by fewer than 5 people shares one
last page (a line each), so the presenter passes the results in one press per page of figures
plus one. When a question crosses the threshold the class stays on the question it was seeing.
A question nobody has answered yet (skipped, or behind a skip rule) gets no page, and with no
figures at all there are no pages: the view then shows one "No answers yet" page (or, when
answers are in but fewer than 5, when figures will come) instead of a dozen empty ones.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QTimer, Signal

from sos_desktop.core.results.live import (
    MIN_ANSWERS,
    QuestionResult,
    VisitResults,
    live_counts,
    visit_results,
)
from sos_desktop.core.storage.db import Database
from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN, QuestionType, SurveyDef
from sos_desktop.i18n import audience

REFRESH_MS = 2000
MAX_QUESTIONS = 2  # per page: large enough to read from the back of a room
MAX_ROWS = 7  # bars (or free-text answers) per page
_TEXT = (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)


def with_scale_ends(result: QuestionResult, survey: SurveyDef, language: str) -> QuestionResult:
    """A scale's bars say what their ends mean ("1 · Not safe at all" … "5 · Very safe")."""
    if result.type is not QuestionType.SCALE or not result.bars:
        return result
    question = survey.question(result.key)
    ends = {str(SCALE_MIN): question.scale_low, str(SCALE_MAX): question.scale_high}
    bars = [dataclasses.replace(bar, label=f"{bar.label} · {end.get(language)}")
            if (end := ends.get(bar.key)) is not None else bar for bar in result.bars]
    return dataclasses.replace(result, bars=bars)


def with_hidden_reason(result: QuestionResult, language: str) -> QuestionResult:
    """Why a question shows no figures yet, said through the translations (core's own words
    are English and Spanish only)."""
    if not result.hidden_reason:
        return result
    reason = audience.tr("%n answer(s) so far — figures are shown from {min} answers", None,
                         result.answered, language=language).format(min=MIN_ANSWERS)
    return dataclasses.replace(result, hidden_reason=reason)


FOLDED = "folded"  # the key of the one page that lists the questions under MIN_ANSWERS


def folded(hidden: list[QuestionResult], language: str) -> QuestionResult:
    """The questions with too few answers for figures, on one page: one line each, so the
    presenter passes them with one press instead of one per question."""
    lines = ["• " + audience.tr("{question} — %n answer(s) so far", None, q.answered,
                                language=language).format(question=q.label) for q in hidden]
    label = audience.tr("Figures are shown from {min} answers",
                        language=language).format(min=MIN_ANSWERS)
    return QuestionResult(FOLDED, label, hidden[0].type, min(q.answered for q in hidden),
                          hidden_reason="\n".join(lines))


def _rows(result: QuestionResult, survey: SurveyDef) -> int:
    """How many rows the question takes once its figures show."""
    if result.type in _TEXT:
        return max(1, len(result.texts))
    if result.type is QuestionType.SCALE:
        return SCALE_MAX - SCALE_MIN + 1
    if result.type is QuestionType.NUMBER:
        return max(1, len(result.bars))
    return max(1, len(survey.question(result.key).options))


def paginate(questions: list[QuestionResult], survey: SurveyDef) -> list[list[QuestionResult]]:
    """Questions in order, at most MAX_QUESTIONS and MAX_ROWS a page; free text split up."""
    pages: list[list[QuestionResult]] = []
    page: list[QuestionResult] = []
    rows = 0
    for result in questions:
        if result.type in _TEXT and len(result.texts) > MAX_ROWS:
            if page:
                pages.append(page)
                page, rows = [], 0
            for start in range(0, len(result.texts), MAX_ROWS):
                chunk = result.texts[start:start + MAX_ROWS]
                pages.append([dataclasses.replace(result, texts=chunk)])
            continue
        need = _rows(result, survey)
        if page and (len(page) >= MAX_QUESTIONS or rows + need > MAX_ROWS):
            pages.append(page)
            page, rows = [], 0
        page.append(result)
        rows += need
    if page:
        pages.append(page)
    return pages


class ResultsPager(QObject):
    changed = Signal()

    def __init__(self, db: Database, visit_id: str, survey: SurveyDef | None,
                 language: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # survey None: the visit has no survey, and the view says so instead of a bare slide
        self.db, self.visit_id, self.survey, self.language = db, visit_id, survey, language
        self.include_text = False  # the organizer's choice, made on the console
        self.page = 0
        self.pages: list[list[QuestionResult]] = []
        self.results: VisitResults | None = None
        self.waiting = False  # answers are in that the figures do not show yet (steps of 5)
        # Shared with every other view of these results: figures move in steps of 5 answers.
        self._live = live_counts(db, visit_id, survey) if survey is not None else None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read the results again (the timer, or the organizer's R): the figures move only
        once 5 more answers are in (core/results/steps.py)."""
        if self.survey is None:
            return
        results = visit_results(self.db, self.visit_id, self.survey, self.language,
                                include_text=self.include_text, live=self._live)
        results.questions = [with_hidden_reason(with_scale_ends(q, self.survey, self.language),
                                                self.language) for q in results.questions]
        answered = [q for q in results.questions if q.answered > 0]
        pages = paginate([q for q in answered if not q.hidden_reason], self.survey)
        if hidden := [q for q in answered if q.hidden_reason]:
            pages.append([folded(hidden, self.language)])
        waiting = self._live is not None and self._live.pending > 0
        if results == self.results and pages == self.pages and waiting == self.waiting:
            return  # most refreshes change nothing: no repaint
        first = self.questions[0].key if self.questions else None
        self.results, self.pages, self.waiting = results, pages, waiting
        # The class stays on the question it was looking at when figures appear elsewhere.
        self.page = next((i for i, page in enumerate(pages) if page[0].key == first),
                         min(self.page, max(0, len(pages) - 1)))
        self.changed.emit()

    def set_include_text(self, on: bool) -> None:
        self.include_text = on
        self.refresh()

    @property
    def questions(self) -> list[QuestionResult]:
        return self.pages[self.page] if self.pages else []

    def step(self, delta: int) -> bool:
        """Turn a page; False at either end (the talk then moves to the next/previous slide)."""
        target = self.page + delta
        if not 0 <= target < len(self.pages):
            return False
        self.page = target
        self.changed.emit()
        return True

    def stop(self) -> None:
        self.timer.stop()
