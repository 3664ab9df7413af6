"""Marks as students draw them by hand (jittered strokes in pen and pencil, from the realistic
benchmark's styles), read from a crisp page: whatever a student does, a changed mind or a
scribble is never stored as the answer they struck out. Many hands per case, since one hand
can be lucky."""

import random

import cv2
import pytest

from benchmarks.paper_hand import pen
from benchmarks.paper_styles import STYLES
from sos_desktop.core.paper.read import PageStatus, read_page
from tests.core.paper.conftest import DPI

HANDS = range(10)
QUESTION = "sro_effect"


@pytest.fixture
def resolve(hillhouse, layout):
    return lambda identity: (hillhouse, layout)


def _draw(img, layout, choice, style, rng, ink):
    box = next(b for b in layout.boxes if (b.question, b.choice) == (QUESTION, choice))
    s = DPI / 72
    STYLES[style](img, (box.x + box.w / 2) * s, (box.y + box.h / 2) * s, box.w / 2 * s, ink,
                  DPI, rng)


def _read(blank_pages, layout, resolve, seed, *marks):
    rng = random.Random(seed)
    ink = pen(rng)
    img = cv2.cvtColor(blank_pages[0], cv2.COLOR_GRAY2BGR)
    for choice, style in marks:
        _draw(img, layout, choice, style, rng, ink)
    page = read_page(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), resolve)
    assert page.status is PageStatus.READ
    reviewed = any(item.question == QUESTION for item in page.review)
    return page.answers.get(QUESTION), reviewed


@pytest.mark.parametrize("seed", HANDS)
def test_a_crossed_out_fill_alone_is_never_the_answer(blank_pages, layout, resolve, seed):
    """A filled circle with an X through it, arms however short, and nothing else: the student
    took the answer back; an organizer decides."""
    answer, reviewed = _read(blank_pages, layout, resolve, seed, ("safer", "crossed"))
    assert answer is None and reviewed


@pytest.mark.parametrize("seed", HANDS)
def test_a_new_answer_marked_with_an_x_is_never_read_as_the_crossed_one(
        blank_pages, layout, resolve, seed):
    answer, reviewed = _read(blank_pages, layout, resolve, seed, ("safer", "crossed"),
                             ("less_safe", "x"))
    assert answer in (None, "less_safe") and (answer is not None or reviewed)


def test_a_scribble_over_a_circle_goes_to_review(blank_pages, layout, resolve):
    """A tangle scratched over a circle and past it is a scratch-out, not a fill. One drawn
    small, inside the ring, looks like a messy fill to a person too: one hand in ten may."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("no_difference", "scribble"))
                for seed in HANDS]
    assert sum(answer is None and reviewed for answer, reviewed in outcomes) >= 9


@pytest.mark.parametrize("seed", HANDS)
def test_a_crossed_out_fill_beside_a_new_fill_is_never_the_old_answer(
        blank_pages, layout, resolve, seed):
    answer, reviewed = _read(blank_pages, layout, resolve, seed, ("safer", "crossed"),
                             ("not_sure", "fill"))
    assert answer in (None, "not_sure") and (answer is not None or reviewed)


@pytest.mark.parametrize("style", ["fill", "tick", "x", "circle", "half"])
def test_clear_hand_marks_are_answers(blank_pages, layout, resolve, style):
    """Most hands' clear marks are read; none is ever read as another choice or blank."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("less_safe", style))
                for seed in HANDS]
    assert all(answer == "less_safe" or (answer is None and reviewed)
               for answer, reviewed in outcomes)
    assert sum(answer == "less_safe" for answer, _ in outcomes) >= 8
