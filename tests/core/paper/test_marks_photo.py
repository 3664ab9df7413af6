"""Judging one bubble from its measures as a webcam or phone picture gives them (values from the
realistic set's photos): what the blur leaves of a mark decides, not one fixed darkness."""

from dataclasses import replace

from sos_desktop.core.paper.judge import Mark, Measures, Shape, judge
from sos_desktop.core.paper.layout import Box
from sos_desktop.core.paper.residual import Residual

BOX = Box(0, "q", "a", 0.0, 0.0, 16.0, 16.0)
# A photo's empty bubble: nothing above the page's empty bubble, its printed ring seen.
EMPTY = Measures(BOX, fill=0.0, core=0.0, faint=0.01, mean=0.0, peak=0.09, around=0.0, sectors=0,
             spills=0, axis_spills=0, near_spills=0, near_axis=0, axial=0.0, arms=0, extent=0.0,
             hugging=(0.05,) * 8, rim=(0.03,) * 8, noise=0.03, ring_base=0.05,
             residual=Residual(0.0, 0.0, 0, 0.8, soft=True))


def test_an_empty_bubble_is_empty():
    assert judge(EMPTY) == (Mark.EMPTY, Shape.NONE)


def test_an_erasure_cloud_darkening_the_ring_is_no_ring_drawn_round():
    """A pencil fill rubbed out (phone, 62% of the frame): grey all over inside, under the ink
    threshold, and its blur darkens the ring all round as a ring drawn round would."""
    smudge = replace(EMPTY, fill=0.03, faint=0.99, mean=0.25, peak=0.30,
                     hugging=tuple(0.02 + d for d in (0.13, 0.08, 0.14, 0.17, 0.11, 0.09, 0.16,
                                                      0.21)),
                     ring_base=0.02, residual=Residual(0.24, 0.22, 11, 0.43, soft=True))
    assert judge(smudge) == (Mark.LIGHT, Shape.NONE)


def test_a_pale_ring_drawn_round_with_a_clean_inside_is_an_answer():
    """Too pale for the ink threshold, but ink round 12 of 16 slices of the ring and the
    inside as clean as the page's empty bubble."""
    ring = replace(EMPTY, faint=0.05, residual=Residual(0.01, 0.02, 12, 0.6, soft=True))
    assert judge(ring) == (Mark.MARKED, Shape.CIRCLE)


def test_a_question_whose_rings_are_not_seen_has_no_empty_bubble():
    unseen = replace(EMPTY, residual=Residual(0.0, 0.0, 0, 0.05, unseen=True, soft=True))
    assert judge(unseen) == (Mark.LIGHT, Shape.NONE)
    circled = Residual(0.01, 0.02, 12, 0.05, unseen=True, soft=True)
    assert judge(replace(unseen, residual=circled))[0] is Mark.LIGHT  # not where it is read


def test_a_fill_with_a_third_diagonal_leaving_it_is_crossed_out():
    """An X through a fill on a photo: the X is lost in the fill but for thin lines leaving it
    along three of its four half-diagonals."""
    fill = replace(EMPTY, fill=1.0, core=1.0, faint=1.0, mean=0.66, peak=0.8, axial=1.0,
                   extent=1.7, near_spills=1, near_axis=1,
                   residual=Residual(0.35, 0.4, 12, 0.1, soft=True))
    assert judge(fill) == (Mark.MARKED, Shape.FILL)
    struck = replace(fill, arm_lines=0.09, third_arm=0.05)
    assert judge(struck)[0] is Mark.CROSSED
    # on a crisp copy the X shows as itself: a faint third line there is a copier's edge
    crisp = Residual(0.35, 0.4, 12, 0.1, soft=False)
    assert judge(replace(struck, residual=crisp)) == (Mark.MARKED, Shape.FILL)


def test_a_photos_fill_blurred_past_its_ring_all_round_goes_to_review():
    """A pen fill on a webcam picture (77% of the frame): its overrun, blurred, reaches just
    past the ring in seven of eight directions, as an X's or a scribble's strokes would,
    nothing further out. Taken for crossed out, the question's other mark would be read as
    the answer; a person decides. On a copy the same measures are a fill drawn big, and a
    cross-out once strokes run further out."""
    fill = replace(EMPTY, fill=1.0, core=1.0, faint=1.0, mean=0.7, peak=0.82, axial=1.0,
                   extent=1.9, around=0.03, spills=0b0001, axis_spills=2, near_spills=4,
                   near_axis=3, residual=Residual(0.35, 0.4, 14, 0.1, soft=True))
    assert judge(fill) == (Mark.LIGHT, Shape.NONE)
    crisp = replace(fill, residual=Residual(0.35, 0.4, 14, 0.1, soft=False))
    assert judge(crisp)[0] is Mark.MARKED
    assert judge(replace(crisp, far=0.2))[0] is Mark.CROSSED


def test_ink_round_a_bubble_with_its_middle_clean_is_no_cross_out():
    """A circle drawn tight round a bubble on a phone's photo: its blur reaches inside the ring
    and runs past it all round, as a scribble over the bubble would, but the middle is clean.
    Not a cross-out, which would leave a neighbour's stroke standing as the answer: unclear."""
    tight = replace(EMPTY, fill=0.16, core=0.0, faint=0.25, mean=0.08, peak=0.43, around=0.16,
                    sectors=0b11110001, spills=0b1100, axis_spills=0b0111, axial=0.23,
                    extent=4.4, cover=0.75, faint_cover=1.0, halo=6, far=0.34, reach=1.5,
                    residual=Residual(0.06, 0.2, 9, 0.7, soft=True))
    assert judge(tight) == (Mark.LIGHT, Shape.NONE)
    assert judge(replace(tight, core=0.4))[0] is Mark.CROSSED  # a scribble over its middle
