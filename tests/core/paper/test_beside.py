"""Ink beside a question's circles, on the straightened page as darkness (0 paper, 1 black):
a stroke among its words counts, the sheet's printing, its circles and a shadow do not."""

import cv2
import numpy as np
import pytest

from sos_desktop.core.paper.beside import ink_beside, printing
from sos_desktop.core.paper.layout import PAGE_H, PAGE_W
from sos_desktop.core.paper.locate import SCALE

QUESTION = "sro_effect"


@pytest.fixture
def page(layout):
    sheet = printing(layout, 0, SCALE)
    return [b for b in layout.page_boxes(0) if b.question == QUESTION], sheet


def _blank():
    return np.zeros((round(PAGE_H * SCALE), round(PAGE_W * SCALE)), np.float32)


def _at(box, dx=0.0, dy=0.0):
    return (round((box.x + box.w / 2 + dx) * SCALE), round((box.y + box.h / 2 + dy) * SCALE))


def test_an_untouched_question_has_nothing_beside_it(page):
    bubbles, sheet = page
    assert not ink_beside(_blank(), bubbles, sheet, SCALE)


def test_a_ring_round_a_choices_words_is_beside_its_circles(page):
    bubbles, sheet = page
    dark = _blank()
    cv2.ellipse(dark, _at(bubbles[0], 40), (round(34 * SCALE), round(12 * SCALE)), 0, 0, 360,
                0.9, 3)
    assert ink_beside(dark, bubbles, sheet, SCALE)


def test_marks_in_the_circles_and_the_sheets_own_printing_are_not(page):
    bubbles, sheet = page
    dark = _blank()
    for b in bubbles:  # every circle filled, its ring printed
        cv2.circle(dark, _at(b), round(b.w / 2 * SCALE), 1.0, -1)
    dark[sheet[0].astype(bool)] = 1.0  # and everything the sheet prints, black
    assert not ink_beside(dark, bubbles, sheet, SCALE)


def test_a_shadow_over_the_question_is_not_a_stroke(page):
    bubbles, sheet = page
    dark = np.tile(np.linspace(0, 0.8, round(PAGE_W * SCALE), dtype=np.float32),
                   (round(PAGE_H * SCALE), 1))
    assert not ink_beside(dark, bubbles, sheet, SCALE)


def test_a_short_slip_of_the_pen_is_not_enough(page):
    bubbles, sheet = page
    dark = _blank()
    x, y = _at(bubbles[0], 30, 13)
    cv2.line(dark, (x, y), (x + round(5 * SCALE), y), 0.9, 2)
    assert not ink_beside(dark, bubbles, sheet, SCALE)


def test_a_line_under_a_choices_words_is_beside_its_circles(page):
    """An underline runs through the box the words are printed in: level and long, as no
    printed letter is."""
    bubbles, sheet = page
    dark = _blank()
    start, end = _at(bubbles[0], 12, 6), _at(bubbles[0], 50, 6)
    cv2.line(dark, start, end, 0.9, 2)
    assert ink_beside(dark, bubbles, sheet, SCALE)
