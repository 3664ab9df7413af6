"""A student fills the app's printed sheet, and what a careful person reads on it (the truth).

Per question a scenario is drawn (a clear fill, a tick, a circle, a dot, a cross-out …); the
truth says what must come back: an answer, review, either, or nothing. All positions come from
the sheet's own layout (SheetLayout boxes), so a new bubble size or page shape needs no change.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from benchmarks.paper_hand import Ink, pen
from benchmarks.paper_styles import ANSWER_STYLES, STYLES
from benchmarks.paper_writing import write_in_box
from sos_desktop.core.paper.layout import SQUARES, Box, SheetLayout
from sos_desktop.core.surveys.model import QuestionType, SurveyDef

# Truth kinds: what the reader must give for a question.
ANSWER = "answer"  # this answer; review of it is "needless" (a clear answer, or the sheet's
# own cross-out: an X through a filled bubble beside a clearly filled one)
ANSWER_OR_REVIEW = "answer_or_review"  # this answer, or review (a cross-out a person resolves)
REVIEW = "review"  # anything but review is a silent error
BLANK = "blank"  # no answer; review is needless

# Scenario -> weight, for one-answer questions. Clear answers dominate, as on real sheets.
SINGLE = {
    "fill": 28, "tick": 8, "x": 7, "circle": 7, "half": 5, "blank": 9,
    "dot": 4, "light": 4, "smudge": 3, "scribble": 3, "two_marks": 4,
    "crossout": 8, "crossout_unclear": 3, "scribbled_out": 4, "erased_refill": 4,
}
INKS = {"black_pen": 35, "blue_pen": 30, "pencil": 35}


@dataclass
class QuestionTruth:
    question: str
    kind: str
    answer: Any  # str, int, sorted list, or None
    scenario: str
    styles: tuple[str, ...]  # every mark drawn on it
    ink: str


@dataclass
class PageTruth:
    page: int  # 0-based sheet page
    questions: list[QuestionTruth] = field(default_factory=list)
    writing: dict[str, bool] = field(default_factory=dict)  # writing box -> has writing
    writing_ink: dict[str, str] = field(default_factory=dict)
    strays: int = 0


def _weighted(rng: random.Random, table: dict[str, int]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


def _value(q, key: str | None) -> Any:
    return int(key) if q.type is QuestionType.SCALE and key is not None else key


class Student:
    """One student's hand: a main tool, and how they mark."""

    def __init__(self, rng: random.Random, dpi: float) -> None:
        self.rng, self.dpi = rng, dpi
        self.ink = pen(rng, _weighted(rng, INKS))
        self.habit = rng.choice(ANSWER_STYLES)  # most mark one way, sometimes another

    def clear_style(self) -> str:
        return self.habit if self.rng.random() < 0.6 else self.rng.choice(ANSWER_STYLES)

    def mark(self, img: np.ndarray, box: Box, style: str) -> None:
        s = self.dpi / 72
        cx, cy, r = (box.x + box.w / 2) * s, (box.y + box.h / 2) * s, box.w / 2 * s
        ink = self.ink if self.rng.random() < 0.9 else pen(self.rng, self.ink.name)
        STYLES[style](img, cx, cy, r, ink, self.dpi, self.rng)


def _scenario_single(st: Student, img, q, boxes: list[Box], forced: str | None):
    """Draw one one-answer question; its truth."""
    rng = st.rng
    name = forced or _weighted(rng, SINGLE)
    pick = rng.sample(boxes, min(len(boxes), 2))
    a, b = pick[0], pick[-1]
    styles: list[str] = []

    def put(box: Box, style: str) -> None:
        st.mark(img, box, style)
        styles.append(style)

    if name in ANSWER_STYLES:
        put(a, name)
        return ANSWER, _value(q, a.choice), name, styles
    if name == "blank":
        return BLANK, None, name, styles
    if name in ("dot", "light", "smudge", "scribble"):
        put(a, name)
        return REVIEW, None, name, styles
    if name == "two_marks":
        put(a, st.clear_style())
        put(b, st.clear_style())
        if sorted(styles) == ["fill", "x"]:  # issue 16: an X beside a filled bubble is the
            # cross-out the sheet describes, so the filled one is the answer
            filled = a if styles[0] == "fill" else b
            return ANSWER_OR_REVIEW, _value(q, filled.choice), "x_beside_fill", styles
        return REVIEW, None, name, styles
    if name == "crossout":  # the sheet's own instruction: X the wrong one, fill the right one;
        # a person reads the other bubble, so review here is needless (not in the one-mark bar)
        put(a, "crossed")
        put(b, "fill" if rng.random() < 0.8 else st.clear_style())
        return ANSWER, _value(q, b.choice), name, styles
    if name == "crossout_unclear":
        put(a, "crossed")
        if len(boxes) > 1 and rng.random() < 0.6:
            put(b, rng.choice(("dot", "light")))
        return REVIEW, None, name, styles
    # scribbled_out / erased_refill: the replacement is clear, the old mark is not an answer
    put(a, "scribbled" if name == "scribbled_out" else "smudge")
    put(b, st.clear_style())
    return ANSWER_OR_REVIEW, _value(q, b.choice), name, styles


def _scenario_multi(st: Student, img, q, boxes: list[Box]):
    rng = st.rng
    cap = q.constraint.max_count if q.constraint and q.constraint.max_count else 3
    roll = rng.random()
    if roll < 0.08:
        return BLANK, None, "blank", []
    limited = q.constraint is not None and q.constraint.max_count is not None
    if limited and roll > 0.92 and len(boxes) > cap:  # more than "pick up to N" allows
        styles = [st.clear_style() for _ in range(cap + 1)]
        for box, style in zip(rng.sample(boxes, cap + 1), styles, strict=True):
            st.mark(img, box, style)
        return REVIEW, None, "multi_too_many", styles
    n = min(len(boxes) - 1, cap, rng.randint(1, 3))
    chosen = rng.sample(boxes, n + 1)
    marked, extra = chosen[:n], chosen[n]
    styles = []
    for box in marked:
        style = st.clear_style()
        st.mark(img, box, style)
        styles.append(style)
    answer = sorted(str(b.choice) for b in marked)
    if roll < 0.18:  # one unclear mark among the others
        style = rng.choice(("dot", "light", "smudge"))
        st.mark(img, extra, style)
        return REVIEW, None, f"multi_{style}", [*styles, style]
    if roll < 0.28:  # changed their mind about one more
        st.mark(img, extra, "crossed")
        return ANSWER, answer, "multi_crossout", [*styles, "crossed"]
    return ANSWER, answer, f"multi_{n}", styles


def _strays(st: Student, img, boxes: list[Box], count: int) -> int:
    """Light pencil slips near bubbles but clear of every bubble and writing box."""
    s, rng, done = st.dpi / 72, st.rng, 0
    bubbles = [b for b in boxes if b.choice is not None]
    for _ in range(count * 10):
        if done >= count or not bubbles:
            break
        b = rng.choice(bubbles)
        r = b.w / 2
        ang = rng.uniform(0, 2 * math.pi)
        dist = r * rng.uniform(2.6, 4.0)
        x, y = b.x + r + dist * math.cos(ang), b.y + r + dist * math.sin(ang)
        near = min(math.hypot(o.x + o.w / 2 - x, o.y + o.h / 2 - y) - o.w / 2 for o in bubbles)
        inside = any(o.x - 12 < x < o.x + o.w + 12 and o.y - 12 < y < o.y + o.h + 12
                     for o in boxes if o.choice is None)
        on_code = any(px - 12 < x < px + size + 12 and py - 12 < y < py + size + 12
                      for px, py, size in SQUARES)
        if near < r * 2.2 or inside or on_code:
            continue
        STYLES["stray"](img, x * s, y * s, r * s, pen(rng, "pencil"), st.dpi, rng)
        done += 1
    return done


def fill_sheet(survey: SurveyDef, layout: SheetLayout, blanks: list[np.ndarray], dpi: float,
               rng: random.Random, forced: str | None = None
               ) -> tuple[list[np.ndarray], list[PageTruth]]:
    """Every page of one student's sheet (BGR, at `dpi`) and its truth. `forced` draws every
    one-answer question in that scenario (for per-style tables)."""
    st = Student(rng, dpi)
    empty = forced is None and rng.random() < 0.03  # handed in without a mark
    pages, truths = [], []
    for index, blank in enumerate(blanks):
        img = blank.copy()
        truth = PageTruth(index)
        by_q: dict[str, list[Box]] = {}
        for box in layout.page_boxes(index):
            by_q.setdefault(box.question, []).append(box)
        for key, boxes in by_q.items():
            q = survey.question(key)
            bubbles = [b for b in boxes if b.choice is not None]
            for b in boxes:
                if b.choice is None:
                    has = not empty and rng.random() < 0.75
                    if has:
                        ink = pen(rng, _weighted(rng, INKS))
                        if ink.name == "pencil":  # writing is pressed lightly
                            ink = Ink(ink.name, ink.bgr, ink.width_mm, ink.opacity *
                                      rng.uniform(0.55, 0.9), ink.grain)
                        truth.writing_ink[key] = ink.name
                        # The truth is what was drawn: a big hand may fit no word.
                        has = write_in_box(img, b, ink, dpi, rng)
                    truth.writing[key] = has
            if not bubbles:
                continue
            if empty:
                kind, answer, scen, styles = BLANK, None, "blank_sheet", []
            elif q.type is QuestionType.MULTIPLE_CHOICE:
                kind, answer, scen, styles = _scenario_multi(st, img, q, bubbles)
            else:
                kind, answer, scen, styles = _scenario_single(st, img, q, bubbles, forced)
            truth.questions.append(QuestionTruth(key, kind, answer, scen, tuple(styles),
                                                 st.ink.name))
        strays = 0 if empty else rng.randint(0, 3)
        truth.strays = _strays(st, img, list(layout.page_boxes(index)), strays)
        pages.append(img)
        truths.append(truth)
    return pages, truths
