"""Problems found in a survey file: each names the file, the place in it and the reason."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from sos_desktop.core.errors import SosError


@dataclass(frozen=True)
class SurveyProblem:
    source: str  # file name, or "definition JSON"
    where: str  # e.g. "question safe_school, relevant" or "sheet survey, row 7, column relevant"
    reason: str
    sheet: str | None = None  # XLSForm only: the exact cell, for tests and for highlighting
    row: int | None = None
    column: str | None = None
    warning: bool = False  # the survey still works (e.g. a missing translation filled in)
    # What front ends word (words/survey_problems.py); `reason` is the English, for logs.
    # A problem without a code (the XLSForm converter's, the file reader's) shows `reason`.
    code: str = ""
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, compare=False)

    @property
    def location(self) -> str:
        return f"{self.source}: {self.where}" if self.where else self.source

    def __str__(self) -> str:
        return f"{self.location}: {'warning: ' if self.warning else ''}{self.reason}"


class Bad(Protocol):
    """Reports a problem of an XLSForm row's column `kind`: `reason` in English (logs), `code`
    and `params` for front ends (words/survey_problems.py)."""

    def __call__(self, kind: str, reason: str, code: str = "", /, **params: object) -> None: ...


class InvalidSurvey(SosError):
    """A survey definition was refused; `problems` lists every reason found."""

    def __init__(self, problems: list[SurveyProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
