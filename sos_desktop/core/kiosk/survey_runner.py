"""Adapts a SurveyDef to the kiosk flow: visible pages, per-page checks, the stored answers."""

from __future__ import annotations

from typing import Any

from sos_desktop.core.surveys.answers import (
    AnswerReason,
    check_page,
    prune_answers,
    visible_pages,
)
from sos_desktop.core.surveys.model import Question, SurveyDef


class DefinitionRunner:
    def __init__(self, survey: SurveyDef) -> None:
        self.survey = survey

    def pages(self, answers: dict[str, Any]) -> list[list[Question]]:
        return [list(page) for page in visible_pages(self.survey, answers)]

    def page_problems(
        self, page: list[Question], answers: dict[str, Any], language: str
    ) -> dict[str, AnswerReason]:
        """Each refused answer's reason, by question key (`language`: the flow's; the
        reasons are worded in it by the window, words/answers.py)."""
        problems = check_page(self.survey, tuple(page), answers)
        return {p.question_key: p.reason for p in problems}

    def final_answers(self, answers: dict[str, Any]) -> dict[str, Any]:
        return prune_answers(self.survey, answers)
