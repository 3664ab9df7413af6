"""Going through the sheets that wait for review, without widgets (tests drive it directly).

One sheet at a time, one uncertain question at a time. Nothing is stored until every question
of the sheet has an answer or "leave blank"; then the core stores the response, validated like
the kiosk's, and the sheet moves to "done this session". A done sheet can be reopened and
decided again until the window closes: the core replaces its stored answers in place. Its crops
and the sheet as read stay in memory only, for that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sos_desktop.core.errors import InvalidInput, SosError
from sos_desktop.core.paper.redo import DecidedSheet, decide_review, redecide_review
from sos_desktop.core.paper.review import ReviewQuestion, SheetReview, pending_reviews
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import tr
from sos_desktop.words.errors import in_our_words
from sos_desktop.words.problems import reason


@dataclass
class Step:
    """What the window shows after an action."""

    stored: bool = False  # the sheet just went in
    changed: bool = False  # a done sheet's stored answers were replaced
    message: str = ""  # a problem to show (nothing was stored)


@dataclass
class Done:
    """A sheet decided in this window: what was asked, and what the core stored."""

    sheet: SheetReview
    decided: DecidedSheet


@dataclass
class ReviewSession:
    db: Database
    visit_names: Callable[[str], str] = str  # visit id -> "School — group"
    sheets: list[SheetReview] = field(default_factory=list)
    sheet_index: int = 0
    question_index: int = 0
    decisions: dict[str, Any] = field(default_factory=dict)
    done: list[Done] = field(default_factory=list)  # newest last
    reopened: int | None = None  # index in `done` while a done sheet is being changed

    def load(self) -> None:
        self.sheets = pending_reviews(self.db)
        self.sheet_index = min(self.sheet_index, max(0, len(self.sheets) - 1))
        self.question_index, self.decisions, self.reopened = 0, {}, None

    @property
    def sheet(self) -> SheetReview | None:
        if self.reopened is not None:
            return self.done[self.reopened].sheet
        return self.sheets[self.sheet_index] if self.sheets else None

    @property
    def question(self) -> ReviewQuestion | None:
        sheet = self.sheet
        return sheet.questions[self.question_index] if sheet else None

    def position(self) -> str:
        sheet, question = self.sheet, self.question
        if sheet is None or question is None:
            return ""
        if self.reopened is not None:
            return tr("Changing a stored sheet · {visit} · question {question} of {questions}"
                      " (question {number} on the sheet)").format(
                visit=self.visit_names(sheet.visit_id), question=self.question_index + 1,
                questions=len(sheet.questions), number=question.number)
        return tr("Sheet {sheet} of {sheets} · {visit} · uncertain question {question} of "
                  "{questions} (question {number} on the sheet)").format(
            sheet=self.sheet_index + 1, sheets=len(self.sheets),
            visit=self.visit_names(sheet.visit_id), question=self.question_index + 1,
            questions=len(sheet.questions), number=question.number)

    def decide(self, chosen: tuple[str, ...] | None) -> Step:
        """Record the organizer's answer to the current question (() = leave blank); after
        the sheet's last question, store the response."""
        sheet, question = self.sheet, self.question
        if sheet is None or question is None:
            return Step()
        if chosen is None:
            return Step(message=tr("Pick an answer, or 0 to leave it blank."))
        if question.multiple:
            self.decisions[question.key] = list(chosen) or None
        else:
            self.decisions[question.key] = chosen[0] if chosen else None
        if self.question_index + 1 < len(sheet.questions):
            self.question_index += 1
            return Step()
        try:
            if self.reopened is not None:
                done = self.done[self.reopened]
                done.decided = redecide_review(self.db, done.decided, dict(self.decisions))
                self.reopened, self.question_index, self.decisions = None, 0, {}
                return Step(stored=True, changed=True)
            decided = decide_review(self.db, sheet.pending_id, dict(self.decisions))
        except InvalidInput as exc:
            reasons = "; ".join(f"{p.field}: {reason(p)}" for p in exc.problems)
            return Step(message=tr("Not stored: {reasons}").format(reasons=reasons))
        except SosError as exc:
            return Step(message=tr("Not stored: {reasons}").format(reasons=in_our_words(exc)))
        self.done.append(Done(sheet, decided))
        del self.sheets[self.sheet_index]
        self.sheet_index = min(self.sheet_index, max(0, len(self.sheets) - 1))
        self.question_index, self.decisions = 0, {}
        return Step(stored=True)

    def back(self) -> None:
        """To the sheet's previous question (its answer can be changed)."""
        self.question_index = max(0, self.question_index - 1)

    def go_to_sheet(self, index: int) -> None:
        """Leave this sheet undecided (it stays in the queue) and show another."""
        if self.reopened is not None:  # back to the queue where it was
            self.reopened, self.question_index, self.decisions = None, 0, {}
            index = self.sheet_index
        if self.sheets and 0 <= index < len(self.sheets):
            self.sheet_index, self.question_index, self.decisions = index, 0, {}

    def reopen(self, index: int) -> None:
        """Show a sheet done in this window again, its stored decisions picked."""
        if 0 <= index < len(self.done):
            self.reopened, self.question_index = index, 0
            self.decisions = dict(self.done[index].decided.decisions)

    def done_summary(self, index: int) -> str:
        """One line per decided question: its number and the answer stored."""
        done = self.done[index]
        parts = []
        for q in done.sheet.questions:
            value = done.decided.decisions.get(q.key)
            picked = [] if value is None else value if isinstance(value, list) else [value]
            labels = dict(q.choices)
            parts.append(tr("Q{number}: {answer}").format(
                number=q.number, answer=", ".join(labels.get(str(k), str(k)) for k in picked)
                or tr("blank")))
        return "\n".join(parts)

    def previous_choice(self) -> tuple[str, ...] | None:
        """What was decided for the current question earlier (after going back), if anything."""
        question = self.question
        if question is None or question.key not in self.decisions:
            return None
        value = self.decisions[question.key]
        if value is None:
            return ()
        return tuple(value) if isinstance(value, list) else (value,)
