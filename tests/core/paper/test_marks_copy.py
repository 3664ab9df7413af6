"""Judging one bubble from its measures on a crisp copy (values from the realistic set's and
the shapes set's copies), and where its surroundings are its own."""

from dataclasses import replace

import numpy as np

from sos_desktop.core.paper.judge import Mark, Measures, Shape, judge
from sos_desktop.core.paper.layout import Box
from sos_desktop.core.paper.marks import others_mask
from sos_desktop.core.paper.residual import Residual

BOX = Box(0, "q", "a", 100.0, 100.0, 16.0, 16.0)
CLEAN = Measures(BOX, fill=0.0, core=0.0, faint=0.0, mean=0.0, peak=0.05, around=0.0, sectors=0,
                 spills=0, axis_spills=0, near_spills=0, near_axis=0, axial=0.0, arms=0,
                 extent=0.0, hugging=(0.1,) * 8, rim=(0.0,) * 8, noise=0.0, ring_base=0.1,
                 open_turns=32, residual=Residual(0.0, 0.0, 0, 0.9))


def test_a_pale_scribble_over_a_bubble_is_no_circle_drawn_round_it():
    """Pale pencil strokes dragged across a bubble and past it: traces round it, as a circle
    drawn round leaves, but also over most of its inside, which a circle leaves clean."""
    circle = replace(CLEAN, fill=0.01, faint=0.05, mean=0.01, peak=0.3, sectors=0b00111110,
                     cover=0.47, faint_cover=1.0, halo=5, extent=3.9, reach=2.0,
                     hugging=(0.1, 0.3, 0.3, 0.3, 0.3, 0.3, 0.1, 0.1))
    assert judge(circle) == (Mark.MARKED, Shape.CIRCLE)
    scribbled = replace(circle, faint=0.73, mean=0.15)
    assert judge(scribbled)[0] is Mark.LIGHT


def test_a_ring_a_few_pixels_off_its_place_is_not_a_circle_drawn_round():
    """A faint trace round most of a bubble on a crisp page is a pale circle drawn round, if
    the bubble is read where its printed ring is; read a quarter radius off, it is the printed
    ring's own edge: unclear, never an answer."""
    pale = replace(CLEAN, fill=0.07, faint=0.17, mean=0.046, peak=0.39, cover=0.34,
                   faint_cover=0.5, halo=2, extent=3.2, reach=1.4)
    assert judge(pale) == (Mark.MARKED, Shape.CIRCLE)
    off = replace(pale, residual=replace(pale.residual, moved=0.23))
    assert judge(off) == (Mark.LIGHT, Shape.NONE)


def test_the_words_round_a_question_found_away_from_its_place_are_masked_where_they_moved():
    """A question found 8 px below where the markers put it: its label moved with it, and is
    masked there as well as where it is printed."""
    scale = 2.0
    printed = np.zeros((400, 400), bool)
    printed[190:210, 250:300] = True  # a label to the right of the bubble
    printed[20:30, 20:60] = True  # words far from any question
    mask = others_mask(printed.shape, [BOX], scale, {"q": (0.0, 8.0)}, printed)
    assert mask[195, 260] == 1 and mask[214, 260] == 1  # as printed, and moved down 8 px
    assert mask[25, 30] == 1 and mask[33, 30] == 0  # far words: only where printed
