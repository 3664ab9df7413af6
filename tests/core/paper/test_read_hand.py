"""Marks as students draw them by hand (jittered strokes in pen and pencil, from the realistic
benchmark's styles), read from a crisp page: whatever a student does, a changed mind or a
scribble is never stored as the answer they struck out. Many hands per case, since one hand
can be lucky."""

import math
import random

import cv2
import numpy as np
import pytest

from benchmarks.paper_hand import draw, light, pen, stroke
from benchmarks.paper_styles import STYLES
from sos_desktop.core.paper.read import PageStatus, read_page
from tests.core.paper.conftest import DPI

HANDS = range(10)
QUESTION = "sro_effect"


@pytest.fixture
def resolve(hillhouse, layout):
    return lambda identity: (hillhouse, layout)


def _draw(img, layout, choice, style, rng, ink, question=QUESTION):
    box = next(b for b in layout.boxes if (b.question, b.choice) == (question, choice))
    s = DPI / 72
    STYLES[style](img, (box.x + box.w / 2) * s, (box.y + box.h / 2) * s, box.w / 2 * s, ink,
                  DPI, rng)


def _tangle(img, cx, cy, r, ink, dpi, rng):
    """A scratch-out kept to the bubble: a dense tangle of strokes hardly past its ring."""
    reach = r * rng.uniform(0.95, 1.3)
    pts = [(cx + rng.uniform(-1, 1) * reach, cy + rng.uniform(-1, 1) * reach)
           for _ in range(rng.randint(25, 40))]
    draw(img, [stroke(pts, rng, dpi, wobble=0.2, taper=0.1)], ink, dpi, rng)


def _pale_circle(img, cx, cy, r, ink, dpi, rng):
    """A circle round the bubble in pencil barely pressed."""
    STYLES["circle"](img, cx, cy, r, light(pen(rng, "pencil"), rng), dpi, rng)


def _dot_and_slip(img, cx, cy, r, ink, dpi, rng):
    """The pen set down in the bubble, and a slip of it grazing the ring outside: a student
    about to answer and stopping (a dot as the realistic set draws it)."""
    STYLES["dot"](img, cx, cy, r, ink, dpi, rng)
    start, away = rng.uniform(0, 2 * math.pi), r * rng.uniform(1.15, 1.4)
    draw(img, [stroke([(cx + away * math.cos(start + t), cy + away * math.sin(start + t))
                       for t in np.linspace(0, 0.6, 8)], rng, dpi, wobble=0.05)],
         ink, dpi, rng)


def _ring(img, cx, cy, a, b, ink, dpi, rng):
    """A loop drawn by hand round (cx, cy): half-axes a and b, not quite closed or overshooting."""
    start, sweep = rng.uniform(0, 2 * math.pi), math.radians(rng.uniform(330, 400))
    turn = start + sweep * np.linspace(0, 1, 80)
    draw(img, [stroke(np.stack([cx + a * np.cos(turn), cy + b * np.sin(turn)], axis=1), rng,
                      dpi, wobble=0.25, taper=0.2)], ink, dpi, rng)


def _words_ringed(img, cx, cy, r, ink, dpi, rng):
    """A ring round the choice's words to the right of its circle, the circle left empty."""
    width = r * rng.uniform(4, 7)
    _ring(img, cx + r * 1.6 + width / 2, cy, width / 2 + r * 0.3, r * rng.uniform(0.9, 1.3),
          ink, dpi, rng)


def _number_ringed(img, cx, cy, r, ink, dpi, rng):
    """A ring round a scale's number printed over its circle, the circle left empty."""
    STYLES["circle"](img, cx, cy - r * rng.uniform(2.0, 2.4), r * 0.9, ink, dpi, rng)


def _words_underlined(img, cx, cy, r, ink, dpi, rng):
    """A line under the choice's words, the circle left empty."""
    y, start = cy + r * rng.uniform(0.7, 1.1), cx + r * rng.uniform(1.4, 1.8)
    end = start + r * rng.uniform(4, 6)
    draw(img, [stroke([(start, y), ((start + end) / 2, y + rng.uniform(-0.1, 0.1) * r),
                       (end, y)], rng, dpi, wobble=0.1)], ink, dpi, rng)


def _tick_after_words(img, cx, cy, r, ink, dpi, rng):
    """A tick after the choice's words, the circle left empty."""
    STYLES["tick"](img, cx + r * rng.uniform(7, 9), cy, r, ink, dpi, rng)


def _circle_struck(img, cx, cy, r, ink, dpi, rng):
    """A circle drawn round the bubble, then an X over it: a changed mind."""
    STYLES["circle"](img, cx, cy, r, ink, dpi, rng)
    STYLES["x"](img, cx, cy, r * 1.5, ink, dpi, rng)


def _tight_circle(img, cx, cy, r, ink, dpi, rng):
    """A circle drawn close round the bubble and off its centre, as a quick hand draws it: over
    the printed ring on one side, inside it on another, past it on the rest."""
    away, towards = r * rng.uniform(0.3, 0.4), rng.uniform(0, 2 * math.pi)
    a = r * rng.uniform(1.05, 1.15)
    _ring(img, cx + away * math.cos(towards), cy + away * math.sin(towards), a,
          a * rng.uniform(0.8, 0.95), ink, dpi, rng)


HAND = {"tangle": _tangle, "pale_circle": _pale_circle, "dot_and_slip": _dot_and_slip,
        "circle_struck": _circle_struck, "tight_circle": _tight_circle,
        "words_ringed": _words_ringed, "number_ringed": _number_ringed,
        "words_underlined": _words_underlined, "tick_after_words": _tick_after_words}


def _read(blank_pages, layout, resolve, seed, *marks, kind=None, question=QUESTION):
    rng = random.Random(seed)
    ink = pen(rng, kind)
    img = cv2.cvtColor(blank_pages[0], cv2.COLOR_GRAY2BGR)
    for choice, style in marks:
        if style in HAND:
            box = next(b for b in layout.boxes if (b.question, b.choice) == (question, choice))
            s = DPI / 72
            HAND[style](img, (box.x + box.w / 2) * s, (box.y + box.h / 2) * s, box.w / 2 * s,
                        ink, DPI, rng)
        else:
            _draw(img, layout, choice, style, rng, ink, question)
    page = read_page(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), resolve)
    assert page.status is PageStatus.READ
    reviewed = any(item.question == question for item in page.review)
    return page.answers.get(question), reviewed


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


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
def test_a_tangle_beside_a_fill_is_never_read_as_the_answer(blank_pages, layout, resolve, kind):
    """A dense scratch-out kept to its bubble, and a fill in another: the fill is the answer,
    or an organizer decides. A fill drawn big once looked struck through, and the tangle
    beside it was stored as the answer."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("safer", "tangle"),
                      ("less_safe", "fill"), kind=kind) for seed in range(20)]
    assert all(answer in (None, "less_safe") and (answer or reviewed)
               for answer, reviewed in outcomes)


def test_a_circle_drawn_lightly_in_pencil_is_read_or_reviewed(blank_pages, layout, resolve):
    """A pale pencil ring round a bubble on a clean copy: most are read, and one too faint
    to be sure goes to review rather than being dropped as blank."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("less_safe", "pale_circle"))
                for seed in range(20)]
    assert all(answer in (None, "less_safe") for answer, _ in outcomes)
    assert sum(answer == "less_safe" for answer, _ in outcomes) >= 16
    assert all(answer or reviewed for answer, reviewed in outcomes)


def test_a_circle_drawn_tight_and_off_centre_is_read(blank_pages, layout, resolve):
    """A circle drawn close round the bubble and off its centre runs over the printed ring for
    part of the way, where a copy shows one line: what is left past the ring is a third of a
    circle, and the arc inside the ring is no fill. None is read as another choice or blank,
    and few go to review (30 hands in each of pen, blue pen and pencil: 6 of 90 reviewed,
    14 before judge._tight_circle)."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("less_safe", "tight_circle"),
                      kind=kind)
                for kind in ("black_pen", "blue_pen", "pencil") for seed in range(30)]
    assert all(answer == "less_safe" or (answer is None and reviewed)
               for answer, reviewed in outcomes)
    assert sum(answer == "less_safe" for answer, _ in outcomes) >= 82


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
def test_an_erased_mark_is_never_an_answer(blank_pages, layout, resolve, kind):
    """A fill rubbed out leaves a grey cloud and flecks: an organizer looks, nothing is read."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("safer", "smudge"), kind=kind)
                for seed in range(20)]
    assert all(answer is None and reviewed for answer, reviewed in outcomes)


def test_a_pale_pencil_fill_struck_through_is_never_the_answer(blank_pages, layout, resolve):
    """Under a pencil X the struck fill may be too pale to look solid; the X over grey is
    still a cross-out, not an X marking an answer."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("safer", "crossed"), kind="pencil")
                for seed in range(20)]
    assert all(answer is None and reviewed for answer, reviewed in outcomes)


def test_pencil_fills_are_read(blank_pages, layout, resolve):
    """A pencil fill is grey rather than black, yet grainy and kept to the ring: read, not
    taken for an erasure."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("less_safe", "fill"), kind="pencil")
                for seed in range(20)]
    assert all(answer == "less_safe" or (answer is None and reviewed)
               for answer, reviewed in outcomes)
    assert sum(answer == "less_safe" for answer, _ in outcomes) >= 15


MULTI = "where_noticed"  # choose all that apply


def _sorted(answer):
    return None if answer is None else sorted(answer)


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
def test_a_choice_taken_back_on_a_choose_all_question_is_never_kept(
        blank_pages, layout, resolve, kind):
    """Two fills and one struck through with an X: the two are the answer, or an organizer
    decides; the struck one is never among the answers. An X plain beyond doubt is read
    (some hands' Xs are, so the question is not always left to review)."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("entrance", "fill"),
                      ("cafeteria", "crossed"), ("dismissal", "fill"), kind=kind,
                      question=MULTI) for seed in range(20)]
    assert all(_sorted(answer) in (None, ["dismissal", "entrance"]) and (answer or reviewed)
               for answer, reviewed in outcomes)
    if kind != "pencil":
        assert any(answer for answer, _ in outcomes)


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
def test_fills_on_a_choose_all_question_are_never_dropped(blank_pages, layout, resolve, kind):
    """Three fills drawn however a hand draws them (overrun, messy): all three are the answer
    or an organizer decides; none is silently taken for one struck through."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("entrance", "fill"),
                      ("hallways", "fill"), ("classrooms", "fill"), kind=kind,
                      question=MULTI) for seed in range(20)]
    assert all(_sorted(answer) in (None, ["classrooms", "entrance", "hallways"])
               and (answer or reviewed) for answer, reviewed in outcomes)
    assert sum(bool(answer) for answer, _ in outcomes) >= (8 if kind == "pencil" else 15)


def test_a_scribble_on_a_choose_all_question_is_not_a_choice_taken_back(
        blank_pages, layout, resolve):
    """A bubble scratched out with a scribble beside a fill goes to review: a scribble is not
    the sheet's X through a fill, so the fill alone is never read as all the student meant."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("entrance", "fill"),
                      ("hallways", "scribble"), question=MULTI) for seed in range(20)]
    assert all(answer != ["entrance"] for answer, _ in outcomes)
    assert sum(answer is None and reviewed for answer, reviewed in outcomes) >= 18


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
def test_two_fills_on_a_one_answer_question_are_rarely_read_as_one(
        blank_pages, layout, resolve, kind):
    """Two filled circles, however big and messy: an organizer decides. A fill drawn big looked
    crossed out, and the other fill was stored as the answer, in 6 of these 120 hands; 2 are
    left, fills drawn well off their circle whose ink runs as far out as an X's arms."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("safer", "fill"),
                      ("less_safe", "fill"), kind=kind) for seed in range(40)]
    assert sum(answer is None and reviewed for answer, reviewed in outcomes) >= 39


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
def test_circles_round_two_choices_never_choose_the_one_between(
        blank_pages, layout, resolve, kind):
    """Two choices a row apart circled, drawn big as students do: their circles run past the
    choice between them on two sides, which a circle round it would too. The choice between is
    never among the answers (3 in 40 hands were, in pen and pencil); the two are read, or an
    organizer decides."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("entrance", "circle"),
                      ("cafeteria", "circle"), kind=kind, question=MULTI) for seed in range(40)]
    assert all(_sorted(answer) in (None, ["cafeteria", "entrance"]) and (answer or reviewed)
               for answer, reviewed in outcomes)
    assert sum(bool(answer) for answer, _ in outcomes) >= 15


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
def test_a_dot_with_a_slip_of_the_pen_beside_it_is_never_an_answer(
        blank_pages, layout, resolve, kind):
    """A dot in the bubble and a short line grazing its ring outside: the line stretched the
    ink's long axis to a tick's, and 22 to 29 in 40 hands were read as the answer. A tick or
    half fill runs across the inside; a dot does not, whatever is round it."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("safer", "dot_and_slip"), kind=kind)
                for seed in range(40)]
    assert all(answer is None and reviewed for answer, reviewed in outcomes)


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
@pytest.mark.parametrize("style", ["words_ringed", "words_underlined", "tick_after_words"])
def test_words_marked_instead_of_the_circle_are_seldom_read_as_blank(
        blank_pages, layout, resolve, kind, style):
    """A student who rings, underlines or ticks the words "Less safe" and leaves its circle
    empty answered: an organizer decides. All 30 hands ringing the words, and most of those
    underlining or ticking them, were read as a blank question. Marks kept inside the words'
    printed box are still missed (up to 7 in 30: a tick on the last letters, a short pencil
    underline)."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("less_safe", style), kind=kind)
                for seed in range(30)]
    assert all(answer is None for answer, _ in outcomes)
    assert sum(reviewed for _, reviewed in outcomes) >= 22


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
def test_a_scale_number_circled_instead_of_its_circle_is_not_read_as_blank(
        blank_pages, layout, resolve, kind):
    """The number 4 over a scale's circles ringed, the circle left empty: read as 4 or an
    organizer decides, never another number and seldom blank (12 to 21 of 30 hands were; a
    small ring kept inside the number's printed box still is, 2 of 30 in blue pen)."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("4", "number_ringed"), kind=kind,
                      question="safe_at_school") for seed in range(30)]
    assert all(answer in (None, 4) for answer, _ in outcomes)
    assert sum(answer == 4 or reviewed for answer, reviewed in outcomes) >= 28


@pytest.mark.parametrize("kind", ["black_pen", "blue_pen", "pencil"])
@pytest.mark.parametrize("new", ["fill", "circle"])
def test_a_circle_struck_out_is_never_the_answer(blank_pages, layout, resolve, kind, new):
    """A circle drawn round one choice and then struck out with an X, a new answer marked:
    the new one is the answer or an organizer decides. A pencil X through a circle left its
    ring round the bubble, and it was read as the answer (1 in 30 hands)."""
    outcomes = [_read(blank_pages, layout, resolve, seed, ("safer", "circle_struck"),
                      ("less_safe", new), kind=kind) for seed in range(30)]
    assert all(answer in (None, "less_safe") and (answer or reviewed)
               for answer, reviewed in outcomes)
