"""One bubble's mark from its measures: the rules a careful person applies (marks.py measures
the bubble and weighs it against the page's empty bubbles first).

Each rule says what it tells apart and from what; thresholds are in the page's darkness, from
its empty bubbles' level (0) to its markers' black (1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from sos_desktop.core.paper.layout import Box
from sos_desktop.core.paper.residual import Residual

STROKE_PEAK = 0.42  # a pen or pencil stroke's darkest part reaches this
PENCIL_PEAK = 0.32  # ... a thin pencil line's, its darkest twelfth half paper (light: < 0.28)
ARMS = 0.16  # a line this much darker than beside it (a fill's overrun: under 0.15 in 95%)
HINT = 0.10  # ... this much: maybe an X through a fill, too faint to be sure
# A tick, X or half fill runs across the inside: its ink there is this long (the realistic
# set's copies 1.03 radii and over, its photos 0.83, in some 600 such marks). A dot is
# shorter whatever ink runs round it (a pen's dot up to 0.72; a slip of the pen past the ring
# stretched the long axis of a dot's ink and its ring's to 3 radii).
STROKE_REACH = 0.8
# A circle drawn round a bubble leaves its middle clean (the realistic set: under 0.06 of it
# inked in 524 circles, copies and photos); one with an X through it does not (0.18-0.22).
STRUCK_RING = 0.1
CRISP = 0.01  # a page's empty-bubble noise under this: a scan, whose faintest traces count
# A ring drawn tight and off centre, or pale, is told from the printed ring a few pixels off
# its place only where the printed ring is read where it is (a sharp phone picture read a
# question's bubble 0.23 radii off: its own ring looked drawn round it).
PLACED = 0.15
CIRCLED_FAINT = 0.4  # share of the inside with a trace, at most, of a photo's pale drawn ring
# A scribble or cross-out over a bubble inks its middle. Of the bubbles taken for one on the
# realistic set's copies and photos (three runs), one had its middle clean: a circle drawn
# tight. On the shapes model's photos such a circle, its blur reaching in, was taken for a
# cross-out and its neighbour's mark read as the answer.
CLEAN_CORE = 0.03
STRUCK = 0.03  # a third diagonal line leaving a solid bubble on a photo: an X through it (
# 2 in 3 crossed fills, 2 in 100 fills)


class Mark(StrEnum):
    EMPTY = "empty"
    MARKED = "marked"  # a fill, tick, X, half fill or circle: an answer
    LIGHT = "light"  # a dot, a light or partial mark, an erasure: unclear
    CROSSED = "crossed"  # a fill struck through or scribbled over


class Shape(StrEnum):
    NONE = "none"
    FILL = "fill"
    STROKE = "stroke"  # a tick, a half fill, a line across
    CROSS = "cross"  # an X: strokes along both diagonals, the axes left clear
    CIRCLE = "circle"  # ink all round the ring, little inside
    SCRIBBLE = "scribble"  # a fill with strokes running well out of it


@dataclass(frozen=True)
class Measures:
    """What one bubble shows (marks.py measures it), less the page's empty bubbles."""

    box: Box
    fill: float  # share of the inside that is ink
    core: float  # ... of the middle
    faint: float  # share of the inside with a trace of darkness
    mean: float  # mean darkness inside
    peak: float  # the darkest strokes inside (the darkest twelfth's mean)
    around: float  # share of the band round the ring that is ink
    sectors: int  # slices of the band crossed by ink (a bitmask of eight)
    spills: int  # diagonals along which ink runs out of the bubble (a bitmask of four)
    axis_spills: int  # ... axes
    near_spills: int  # diagonals with ink just past the ring (a short X's arms)
    near_axis: int  # ... axes (a fill's overrun)
    axial: float  # share of the inside along the axes that is ink
    arms: int  # diagonals inked inside: an X's arms
    extent: float  # length of the ink's long axis, in radii
    hugging: tuple[float, ...] = ()  # darkness on and just round the ring, eight slices
    rim: tuple[float, ...] = ()  # darkness just outside the ring: four diagonals, four axes
    # Thin lines leaving the ring (strokes.py): along a second and a third diagonal (an X's
    # arms), along a first and a second axis (a fill's overrun can look like one).
    arm_lines: float = 0.0
    third_arm: float = 0.0
    axis_lines: float = 0.0
    axis_second: float = 0.0
    halo: int = 0  # slices of the band round the ring with a faint trace (a pale pencil ring)
    # Directions round the bubble not hidden by words or neighbours, and the share of them
    # with ink past the ring: a circle drawn round it, however wide and wherever it is cut.
    open_turns: int = 0
    cover: float = 0.0
    faint_cover: float = 0.0  # ... with a faint trace (a pencil circle pressed lightly)
    far: float = 0.0  # ... with ink well past the ring (1.5 radii): strokes running out
    grain: float = 0.0  # how much the inside's darkness varies pixel to pixel
    noise: float = 0.0  # the page's empty-bubble noise (set once the page is measured)
    ring_base: float = 0.0  # ... and its printed rings' darkness
    reach: float = 0.0  # length of the long axis of the ink inside the ring alone, in radii
    off_centre: float = 0.0  # directions with a circle drawn tight and off centre (measure.py)
    # What the page's empty bubble does not show (residual.py).
    residual: Residual | None = None
    patch: np.ndarray | None = field(default=None, repr=False, compare=False)
    free: np.ndarray | None = field(default=None, repr=False, compare=False)


def _round_slices(m: Measures) -> int:
    """The slices (a bitmask of eight) of the bubble's surroundings with ink: past the ring,
    or darkening the ring itself beyond the printed line (a circle drawn tight round it)."""
    # A ring a little off its place darkens one side and lightens the other: only darkening
    # whose opposite side is not lighter than a printed ring counts.
    dark = [v - m.ring_base for v in m.hugging]
    hug = sum(1 << k for k, v in enumerate(dark)
              if v >= 0.12 and dark[(k + 4) % len(dark)] >= -0.03)
    return m.sectors | hug


def _round(m: Measures) -> int:
    return bin(_round_slices(m)).count("1")


# The slices facing right, down, left and up (slice k runs from 45k degrees, y down).
SIDES = (0b10000001, 0b00000110, 0b00011000, 0b01100000)


def _sides(m: Measures) -> tuple[bool, ...]:
    """Whether ink shows round the bubble on its right, below, left and above."""
    ink = _round_slices(m)
    return tuple(bool(ink & side) for side in SIDES)


def sides_inked(m: Measures) -> int:
    """How many of the bubble's four sides show ink round it (marks.between_circles)."""
    return sum(_sides(m))


def _enclosed(m: Measures) -> bool:
    """Ink round the bubble on three sides or four: a circle drawn round it encloses it. The
    circles drawn round the bubbles above and below it reach it from two sides only (the
    realistic set's copies and photos: every circle read by ink round it shows three or more)."""
    return sides_inked(m) >= 3


def _between(m: Measures) -> bool:
    """Ink on two opposite sides of the bubble and on neither of the others: the circles drawn
    round its two neighbours, not one round it (the realistic set's copies: 1 of 3 bubbles
    that looked pale-circled this way; 2 of 362 circles)."""
    right, down, left, up = _sides(m)
    return (right and left and not (up or down)) or (up and down and not (right or left))


def _x_at_rim(m: Measures) -> bool:
    """An X's arms, however short, leave ink just outside the ring on two opposite diagonals
    and not along the axes: darker there than the same bubble's rim along its axes."""
    if len(m.rim) != 8:
        return False
    axes = sum(m.rim[4:]) / 4
    over = [v - axes >= 0.12 for v in m.rim[:4]]
    return (over[0] and over[2]) or (over[1] and over[3])


def _x_arms(m: Measures) -> bool:
    """Thin lines leave the ring along two diagonals, and a third or none as strong along an
    axis: an X's arms, not a fill's overrun (strokes.py)."""
    return (m.arm_lines >= ARMS and m.arm_lines > m.axis_second - 0.05
            and (m.third_arm >= 0.08 or m.arm_lines > m.axis_lines - 0.05))


def judge(m: Measures) -> tuple[Mark, Shape]:
    """One bubble's mark from its measures (see the module's docstring)."""
    sectors = bin(m.sectors).count("1")
    spills = bin(m.spills).count("1")
    # Strokes out both ways along one diagonal: drawn through this bubble, not a neighbour's.
    through = (m.spills & 0b0101) == 0b0101 or (m.spills & 0b1010) == 0b1010
    if m.fill >= 0.6 and m.axial >= 0.55:  # solid underneath
        return _judge_solid(m, sectors, spills, through)
    if (((m.fill < 0.15 and _round(m) >= 5 and _enclosed(m)) or _pale_circle(m)
         or _tight_circle(m)) and not _grey_inside(m)):
        if m.core >= STRUCK_RING:  # ... and a line through its middle: a circle struck out
            return Mark.CROSSED, Shape.SCRIBBLE
        return Mark.MARKED, Shape.CIRCLE
    if m.fill >= 0.15 and (spills + m.axis_spills >= 5  # ink inside, running out all round
                           or (m.cover >= 0.55 and m.halo >= 6)):  # ... or crossing it
        if m.core < CLEAN_CORE:  # ... but none in its middle: a circle drawn tight, blurred
            return Mark.LIGHT, Shape.NONE  # in, or strokes passing by; not a cross-out
        return Mark.CROSSED, Shape.SCRIBBLE
    # Grey all over with an X's lines over it: a pale pencil fill struck through, maybe.
    if m.faint >= 0.95 and m.mean >= 0.25 and (m.arm_lines >= HINT or _x_inside(m)):
        return Mark.CROSSED, Shape.FILL
    if m.peak < STROKE_PEAK:  # nothing drawn firmly enough to be a pen or pencil stroke...
        if _pencil_line(m):  # ... unless a thin one, whose darkest twelfth is half paper
            return Mark.MARKED, Shape.STROKE
        return _trace(m)
    if m.faint >= 0.95 and m.peak < 0.56 and m.grain < 0.012:  # a smooth grey cloud: erased
        return Mark.LIGHT, Shape.NONE
    if _x_inside(m):
        return Mark.MARKED, Shape.CROSS
    if m.core < 0.03 and m.fill < 0.2 and m.cover < 0.3:  # a line grazing its edge: a
        return Mark.LIGHT, Shape.NONE  # neighbour's circle drawn wide, or a slip of the pen
    if m.fill >= 0.1 and m.extent >= 1.1 and m.reach >= STROKE_REACH:
        return Mark.MARKED, Shape.STROKE
    return _trace(m)


def _judge_solid(m: Measures, sectors: int, spills: int, through: bool) -> tuple[Mark, Shape]:
    """A bubble solid underneath: a fill, or one struck through or scribbled over."""
    if _blurred_overrun(m, spills):
        return Mark.LIGHT, Shape.NONE
    # An X through it runs out along the diagonals only; a scribble runs out all round.
    # A fill's own overrun reaches just past the ring, evenly.
    # Ink just past the ring all round, or on two opposite diagonals, or crossing it in
    # many ways: a scribble kept tight, or a fill drawn big. One of these alone leaves
    # the fill standing as a maybe, so nothing beside it is read as its replacement.
    # Ink just past the ring all round and nothing further out is a fill drawn big; diagonal
    # lines that stop where its overrun stops are that overrun, maybe.
    around = m.near_spills + m.near_axis >= 7
    arms = _x_arms(m)
    big = around and m.far < 0.03
    struck = ((spills >= 3 and m.axis_spills <= 1) or (arms and not big)
              or (sectors >= 5 and m.around >= 0.08)
              or m.around >= 0.15 or spills + m.axis_spills >= 5)
    hints = _x_at_rim(m) + (arms or (around and not big)) + _tangle(m)
    if struck or hints >= 2:
        return Mark.CROSSED, Shape.SCRIBBLE
    if hints:
        return Mark.CROSSED, Shape.FILL
    if m.peak < 0.56 and not _pencil_fill(m):  # grey all over: an erasure, a hesitant shade
        return Mark.LIGHT, Shape.NONE
    if ((through and m.axis_spills == 0)
            or (m.near_spills >= 3 and m.near_axis <= 1)):  # maybe a short X through it
        return Mark.LIGHT, Shape.NONE
    # Solid all round: a fill. A heavy X can look half solid: a mark, but no fill for
    # the "X beside a fill" rule to weigh it against.
    # A hint of thin lines leaving it: maybe an X through it, too faint to be sure, so
    # no fill for an X beside it to be read as its cross-out.
    hinted = m.arm_lines >= HINT and m.arm_lines > m.axis_second - 0.05
    if hinted and m.third_arm >= 0.06:  # and a third arm: an X pressed lightly, maybe
        return Mark.CROSSED, Shape.FILL
    if m.third_arm >= STRUCK and _photo(m):  # a third diagonal leaves it: an X a photo's blur hid
        return Mark.CROSSED, Shape.SCRIBBLE
    return Mark.MARKED, (Shape.FILL if m.axial >= 0.75 and not hinted else Shape.STROKE)


def struck_through(m: Measures) -> bool:
    """An X through a fill beyond doubt, on a crisp page: thin lines leave the ring along the
    diagonals and run out past it along three or more of them, none along the axes. On the
    realistic set's copies (six runs of 40 sheets) 245 of 621 crossed-out fills show it and 1
    of the 57 fills taken for crossed out; a photo's blur hides the difference, so it never
    counts there."""
    return (not _photo(m) and bin(m.spills).count("1") >= 3 and m.axis_spills <= 1
            and _x_arms(m))


def reaches_out(m: Measures) -> bool:
    """A crossed-out fill's strokes run out past 1.5 radii somewhere, as an X's arms do: with
    `struck_through`, a cross-out plain enough that a one-answer question's other mark is read
    as the answer. A fill drawn big and messy can look crossed out, but its ink seldom reaches
    that far (the realistic set's copies: 12 of 57 such fills, 540 of 621 crossed-out fills,
    either way). A photo's blur shortens every stroke, so there the crossed-out reading stands
    as it is."""
    return _photo(m) or m.far > 0


def _photo(m: Measures) -> bool:
    """The page is a photo: its printed rings blurred (residual.SOFT_RING)."""
    return m.residual is not None and m.residual.soft


def _x_inside(m: Measures) -> bool:
    """An X's arms run along all four half-diagonals (a tick's only along the upper two),
    the axes left clear."""
    return m.core >= 0.35 and m.axial <= 0.3 and m.fill >= 0.2 and m.arms >= 3


def _tangle(m: Measures) -> bool:
    """A scribble kept mostly to the bubble: loops leave paper showing inside, and its
    strokes cross the ring in many directions (a fill's overrun is a few even bulges)."""
    return m.fill < 0.88 and m.cover >= 0.45


def _pencil_fill(m: Measures) -> bool:
    """A pencil fill on a clean page: grey, but grainy where the lead caught the paper's tooth,
    and kept to the ring. An erasure's cloud is smooth and spreads round the ring; a hesitant
    shade is paler still."""
    return m.noise < CRISP and m.grain >= 0.014 and m.peak >= 0.44 and m.halo <= 2


def _pale_circle(m: Measures) -> bool:
    """A circle drawn round the bubble in pencil pressed lightly, on a clean page: a faint
    trace in most directions round it that words and neighbours leave open, nothing inside
    (an erasure's cloud greys the inside too; a stray slip covers a few directions)."""
    return (m.noise < CRISP and m.fill < 0.1 and m.mean < 0.06 and m.faint < 0.3
            and m.faint_cover >= 0.45 and not _between(m) and _placed(m))


def _tight_circle(m: Measures) -> bool:
    """A circle drawn round the bubble tight and off its centre, on a crisp copy: inside the
    printed ring on one side, past it on the other, the middle clean. Where it runs over the
    ring the copy shows one line, so it looks like a third of a circle past the ring (the
    realistic set's copies: 7 of the 10 circles sent to review at one seed, nothing else)."""
    return (m.noise < CRISP and m.fill < 0.1 and m.core < 0.05 and m.off_centre >= 0.5
            and _placed(m))


def _placed(m: Measures) -> bool:
    """The bubble is read where its printed ring is (PLACED): faint traces round it are not
    that ring's edge."""
    return m.residual is None or m.residual.moved < PLACED


def _blurred_overrun(m: Measures, spills: int) -> bool:
    """On a photo a fill's overrun, blurred, reaches just past the ring all round as a
    scribble's or an X's strokes do, with nothing running further out: fill or crossed out,
    only a person can tell (photos: 33 fills to 15 crossed-out ones), and a fill taken for
    crossed out would make another mark the answer."""
    return (_photo(m) and m.near_spills + m.near_axis >= 7 and spills < 3
            and spills + m.axis_spills < 5 and m.around < 0.08)


def _grey_inside(m: Measures) -> bool:
    """Grey all over inside, under the ink threshold: an erasure's cloud or a light fill, whose
    blur darkens the ring too, or pale strokes across it. A ring drawn round leaves the inside
    clean (photos: mean under 0.1 and traces on under 0.6 of it in 289 of 289 circles; copies:
    traces on at most 0.15 of it in 226 circles, where a pale scribble over a bubble left them
    on 0.68 and 0.73 of it and was read as circled)."""
    if _photo(m):
        return m.mean >= 0.1 and m.faint >= 0.6
    return m.faint >= 0.4


def _pencil_line(m: Measures) -> bool:
    """A pencil tick or X: a thin grey line across the middle, long, on a clean page. Not a
    dot (short), an erasure's cloud (grey all over) or a barely pressed mark (paler)."""
    return (m.noise < 0.05 and m.peak >= PENCIL_PEAK and m.core >= 0.1 and m.extent >= 1.0
            and m.reach >= STROKE_REACH
            and m.fill >= 0.03 and m.faint < 0.6 and m.mean < 0.15)


def _trace(m: Measures) -> tuple[Mark, Shape]:
    """Light, small or grey: unclear if there is anything at all, else empty; a photo's
    circle drawn round, too pale for the ink threshold, shows against the page's empty bubble."""
    if (m.residual is not None and m.residual.circled and m.fill < 0.05
            and m.faint < CIRCLED_FAINT):
        return Mark.MARKED, Shape.CIRCLE
    faint = max(0.08, 3 * m.noise)
    # On a clean page a pale ring round it; on a crisp scan one partly traced, or a speck.
    speck = m.peak >= 0.15 and m.faint >= 0.03
    clean = ((m.noise < 0.05 and m.halo >= 4)
             or (m.noise < CRISP and (m.faint_cover >= 0.3 or speck)))
    if (m.core >= 0.05 or m.fill >= 0.05 or m.faint >= faint or m.mean >= 0.06
            or _round(m) >= 3 or clean
            or (m.residual is not None  # a camera's faint mark, or its rings not seen
                and (m.residual.shows_ink or m.residual.unseen))):
        return Mark.LIGHT, Shape.NONE
    return Mark.EMPTY, Shape.NONE
