"""One respondent's way through the kiosk, as a state machine with no widgets.

welcome → language → survey pages → "want to join?" → sign-up → thank-you → welcome.
When the class answers on paper (`survey_on_paper`), language leads straight to "want to join?".
The survey response is committed before the join question, the sign-up before the thank-you;
`reset()` forgets everything about the respondent so the next one starts blank.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol

from sos_desktop.core.errors import InvalidInput, Problem, SosError
from sos_desktop.core.messages import Message
from sos_desktop.core.surveys.answers import AnswerReason


class Step(Enum):
    WELCOME = "welcome"
    LANGUAGE = "language"
    SURVEY = "survey"
    JOIN = "join"
    SIGNUP = "signup"
    THANKS = "thanks"


class SurveyRunner(Protocol):
    """What the flow needs from a survey definition (see core/kiosk/survey_runner.py)."""

    def pages(self, answers: dict[str, Any]) -> list[list[Any]]: ...
    def page_problems(
        self, page: list[Any], answers: dict[str, Any], language: str
    ) -> dict[str, AnswerReason]: ...
    def final_answers(self, answers: dict[str, Any]) -> dict[str, Any]: ...


SubmitResponse = Callable[[str, dict[str, Any]], str]  # (language, answers) -> id
SubmitSignup = Callable[[str, dict[str, Any]], str]  # (language, form data) -> id


@dataclass
class FlowState:
    step: Step = Step.WELCOME
    language: str = "en"
    page_index: int = 0
    answers: dict[str, Any] = field(default_factory=dict)
    page_problems: dict[str, AnswerReason] = field(default_factory=dict)
    signup_problems: list[Problem] = field(default_factory=list)
    signed_up: bool = False
    error: str | Message = ""  # why the last submit failed (a Message when core coded it)


class KioskFlow:
    def __init__(
        self,
        runner: SurveyRunner | None,
        submit_response: SubmitResponse,
        submit_signup: SubmitSignup,
        survey_on_paper: bool = False,
        settle: Callable[[], None] = lambda: None,
    ) -> None:
        """`settle`: the saving's work left until the student has moved on (run by the front
        end through `after_saved`, once the screen after a save is up)."""
        # On paper the kiosk is only the sign-up queue: it never asks a survey question.
        self.runner = None if survey_on_paper else runner
        self._submit_response = submit_response
        self._submit_signup = submit_signup
        self._settle = settle
        self.state = FlowState()

    # --- navigation ------------------------------------------------------------------------
    def reset(self) -> FlowState:
        self.state = FlowState()
        return self.state

    def begin(self) -> FlowState:
        self.state.step = Step.LANGUAGE
        return self.state

    def choose_language(self, language: str) -> FlowState:
        self.state.language = language
        if self.runner is None or not self.runner.pages(self.state.answers):
            self.state.step = Step.JOIN
        else:
            self.state.step = Step.SURVEY
            self.state.page_index = 0
        return self.state

    def current_page(self) -> list[Any]:
        if self.runner is None:
            return []
        pages = self.runner.pages(self.state.answers)
        index = min(self.state.page_index, len(pages) - 1)
        return pages[index] if pages else []

    def page_count(self) -> int:
        return len(self.runner.pages(self.state.answers)) if self.runner else 0

    def set_answer(self, key: str, value: Any) -> None:
        if value in (None, "", []):
            self.state.answers.pop(key, None)
        else:
            self.state.answers[key] = value
        self.state.page_problems.pop(key, None)

    def next_page(self) -> FlowState:
        assert self.runner is not None
        page = self.current_page()
        problems = self.runner.page_problems(page, self.state.answers, self.state.language)
        self.state.page_problems = problems
        if problems:
            return self.state
        if self.state.page_index + 1 < self.page_count():
            self.state.page_index += 1
            return self.state
        return self._finish_survey()

    def previous_page(self) -> FlowState:
        """Back within this respondent's survey only; from the first page, back to language."""
        self.state.page_problems = {}
        if self.state.step is Step.SURVEY and self.state.page_index > 0:
            self.state.page_index -= 1
        elif self.state.step is Step.SURVEY:
            self.state.step = Step.LANGUAGE
        elif self.state.step is Step.SIGNUP:
            self.state.step = Step.JOIN
        return self.state

    def _finish_survey(self) -> FlowState:
        assert self.runner is not None
        answers = self.runner.final_answers(self.state.answers)
        try:
            self._submit_response(self.state.language, answers)
        except SosError as exc:
            self.state.error = exc.message or str(exc)
            return self.state
        # The answers are stored; keep nothing of them in memory past this point.
        self.state.answers = {}
        self.state.error = ""
        self.state.step = Step.JOIN
        return self.state

    def join(self, wants_to: bool) -> FlowState:
        self.state.step = Step.SIGNUP if wants_to else Step.THANKS
        return self.state

    def submit_signup(self, data: dict[str, Any]) -> FlowState:
        try:
            self._submit_signup(self.state.language, data)
        except InvalidInput as exc:
            self.state.signup_problems = exc.problems
            return self.state
        except SosError as exc:
            self.state.error = exc.message or str(exc)
            return self.state
        self.state.signup_problems = []
        self.state.error = ""
        self.state.signed_up = True
        self.state.step = Step.THANKS
        return self.state

    def after_saved(self) -> None:
        """The screen after a save (join, thanks) is showing: finish what the save left."""
        self._settle()

    def skip_signup(self) -> FlowState:
        self.state.step = Step.THANKS
        return self.state
