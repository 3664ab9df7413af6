"""Judge each bubble as a person would: by the ink inside it and on and around its ring,
against this page's own empty bubbles (OMRChecker's local-threshold idea), never one fixed
darkness.

What a student does to a bubble, and what the reader makes of it:
- a fill (pen, pencil, scribbled in), a tick, an X or half a fill across it, a circle drawn
  round it: a clear mark, an answer;
- a filled bubble with an X or a scribble through it: crossed out (the sheet's instructions);
- a dot, a light or partial mark, an erasure's grey smudge: unclear, the organizer decides;
- nothing but the printed ring: empty.
Darkness is measured from the page's empty-bubble level (0) to its markers' black (1), so pencil
on a dim photo and pen on a crisp scan are judged alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache

import cv2
import numpy as np

from sos_desktop.core.paper.layout import MARKER_SIZE, MARKERS, Box
from sos_desktop.core.paper.residual import Residual, residuals
from sos_desktop.core.paper.strokes import arm_lines

# Radii in units of the bubble's radius. The printed ring runs from 0.86 to 1.0.
INNER = 0.74  # inside the ring, whatever the registration after local alignment
RING_OUT = 1.22  # past the ring and a fill's usual overrun
AROUND = 2.3  # a circle drawn round the bubble, an X's arms (other bubbles and text masked)
SPILL = 1.25  # strokes that reach past this run out of the bubble: not a fill's overrun
INK = 0.30  # a pixel this far from paper to black is ink (pencil included)
STROKE_PEAK = 0.42  # a pen or pencil stroke's darkest part reaches this
PENCIL_PEAK = 0.32  # ... a thin pencil line's, its darkest twelfth half paper (light: < 0.28)
ARMS = 0.16  # a line this much darker than beside it (a fill's overrun: under 0.15 in 95%)
HINT = 0.10  # ... this much: maybe an X through a fill, too faint to be sure
HALO = 0.15  # ... and round the ring, on a clean page: a pale ring drawn round a bubble
TURNS = 32  # directions round a bubble in which a drawn circle is looked for
FAINT = 0.07  # ... this far, a trace: a light mark, an erasure (more on a noisy picture)
CRISP = 0.01  # a page's empty-bubble noise under this: a scan, whose faintest traces count
CIRCLED_FAINT = 0.4  # ... of the inside with a trace, at most, for a pale circle drawn round
STRUCK = 0.03  # ... a third diagonal line leaving a solid bubble: an X through it (photos:
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
class BubbleScore:
    box: Box
    fill: float  # share of the inside that is ink
    around: float  # share of the band round the ring that is ink (printed text left out)
    mark: Mark
    shape: Shape = Shape.NONE
    arms: float = 0.0  # thin lines leaving its ring diagonally (strokes.py): a hint of an X
    neat: bool = True  # its ink keeps to the ring: no blob a scribble over it may have made


@dataclass(frozen=True)
class _Geometry:
    r: np.ndarray  # distance from the centre, in bubble radii
    inner: np.ndarray
    core: np.ndarray
    band: np.ndarray
    sectors: tuple[np.ndarray, ...]  # eight 45° slices of the band
    spills: tuple[np.ndarray, ...]  # past SPILL along each diagonal, then each axis
    near: tuple[np.ndarray, ...]  # just past the ring, the same eight ways
    hugging: tuple[np.ndarray, ...]  # on and just round the ring, in eight slices
    rim: tuple[np.ndarray, ...]  # just outside the ring, narrow: the four diagonals, then axes
    axial: np.ndarray  # inside, along the axes: empty under an X, inked under a fill
    diagonal: tuple[np.ndarray, ...]  # inside, along each diagonal: an X's arms
    turns: np.ndarray  # past the ring, each pixel's direction in 32 steps (-1 elsewhere)


def _near(angle: np.ndarray, a: float, width: float) -> np.ndarray:
    return np.abs((angle - a + 180) % 360 - 180) <= width


@cache
def _geometry(size: int, radius: float) -> _Geometry:
    c = (size - 1) / 2
    yy, xx = np.mgrid[:size, :size].astype(np.float32)
    r = np.hypot(yy - c, xx - c) / radius
    angle = np.degrees(np.arctan2(yy - c, xx - c)) % 360
    band = (r >= RING_OUT) & (r <= AROUND)
    sectors = tuple(band & (angle >= k * 45) & (angle < (k + 1) * 45) for k in range(8))
    out = (r >= SPILL) & (r <= AROUND)
    ways = (45, 135, 225, 315, 0, 90, 180, 270)
    spills = tuple(out & _near(angle, a, 22) for a in ways)
    close = (r >= 1.14) & (r < SPILL)
    near = tuple(close & _near(angle, a, 22) for a in ways)
    ring = (r >= 0.42) & (r <= INNER)
    axial = ring & (_near(angle, 0, 10) | _near(angle, 90, 10) | _near(angle, 180, 10)
                    | _near(angle, 270, 10))
    diagonal = tuple((r >= 0.3) & (r <= INNER) & _near(angle, a, 20) for a in (45, 135, 225, 315))
    on = (r >= 0.95) & (r <= 1.32)
    hugging = tuple(on & (angle >= k * 45) & (angle < (k + 1) * 45) for k in range(8))
    outside = (r >= 1.02) & (r <= 1.45)
    rim = tuple(outside & _near(angle, a, 14) for a in ways)
    turns = np.where((r >= 1.05) & (r <= AROUND), (angle // (360 / TURNS)).astype(np.int32), -1)
    return _Geometry(r, r <= INNER, r <= 0.5, band, sectors, spills, near, hugging, rim, axial,
                     diagonal, turns)


def ink_level(page: np.ndarray, scale: float) -> float:
    """Darkness of the markers' black on this page (the darkest ink it holds), 0..1."""
    cell = MARKER_SIZE / 6
    levels = []
    h, w = page.shape[:2]
    for x, y in MARKERS.values():
        x0, y0 = round((x + cell * 0.25) * scale), round((y + cell * 0.25) * scale)
        strip = page[y0:y0 + max(1, round(cell * 0.5 * scale)),
                     x0:x0 + round(MARKER_SIZE * 0.9 * scale)]
        if strip.size and 0 <= x0 < w and 0 <= y0 < h and float(strip.std()) < 60:
            levels.append(float(np.median(strip)))
    return 1 - min(levels) / 255 if levels else 0.85


@dataclass(frozen=True)
class _Raw:
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
    # What the page's empty bubble does not show (residual.py).
    residual: Residual | None = None
    patch: np.ndarray | None = field(default=None, repr=False, compare=False)
    free: np.ndarray | None = field(default=None, repr=False, compare=False)


def _measure(dark: np.ndarray, box: Box, cx: float, cy: float, radius: float,
             others: np.ndarray | None,
             neighbours: list[tuple[float, float]] | None = None) -> _Raw:
    size = int(np.ceil(radius * AROUND * 2)) | 1
    # Sampled at the found centre to a fraction of a pixel: the ring stays out of the inside.
    patch = cv2.getRectSubPix(dark, (size, size), (cx, cy))
    free = np.ones((size, size), bool)
    if others is not None:
        free = cv2.getRectSubPix(others, (size, size), (cx, cy)) < 0.5
    g = _geometry(size, radius)
    if neighbours:  # nearer another bubble than this one: that bubble's marks, not ours
        c = (size - 1) / 2
        yy, xx = np.mgrid[:size, :size].astype(np.float32) - c
        own = xx ** 2 + yy ** 2
        for nx, ny in neighbours:
            free &= own <= (xx - (nx - cx)) ** 2 + (yy - (ny - cy)) ** 2
    ink = patch >= INK
    faint = patch >= HALO
    inner = patch[g.inner]
    band = g.band & free
    sectors = sum(1 << k for k, s in enumerate(g.sectors)
                  if (ink & s & free).sum() >= max(2, 0.05 * (s & free).sum()))
    halo = sum(int((faint & s & free).sum() >= max(2, 0.04 * (s & free).sum())) for s in g.sectors)
    spilled = [int((ink & d & free).sum() >= max(4, 0.04 * (d & free).sum())) for d in g.spills]
    close = [int((ink & d & free).sum() >= max(3, 0.25 * (d & free).sum())) for d in g.near]
    arms = sum(int(ink[d].mean() >= 0.3) for d in g.diagonal)
    ys, xs = np.nonzero(ink & ((g.r <= INNER) | (band & (g.r <= 1.6))))
    extent = 0.0
    if len(xs) >= 3:
        cov = np.cov(np.vstack([xs, ys]).astype(np.float32))
        extent = 4 * float(np.sqrt(max(np.linalg.eigvalsh(cov)[-1], 0))) / radius
    lines = (arm_lines(patch, free, radius, AROUND) if (inner >= INK).mean() >= 0.5
             else (0.0, 0.0, 0.0, 0.0))
    seen = g.turns[free & (g.turns >= 0)]
    open_turns = int(np.count_nonzero(np.bincount(seen, minlength=TURNS) >= 2))
    inked = np.count_nonzero(np.bincount(g.turns[free & ink & (g.turns >= 0)],
                                         minlength=TURNS) >= 1)
    traced = np.count_nonzero(np.bincount(g.turns[free & (patch >= FAINT) & (g.turns >= 0)],
                                          minlength=TURNS) >= 2)
    far = np.count_nonzero(np.bincount(g.turns[free & ink & (g.turns >= 0) & (g.r >= 1.5)],
                                       minlength=TURNS) >= 2)
    cover = inked / open_turns if open_turns else 0.0
    faint_cover = traced / open_turns if open_turns else 0.0
    return _Raw(box, float((inner >= INK).mean()), float((patch[g.core] >= INK).mean()),
                float((inner >= FAINT).mean()), float(inner.mean()),
                float(np.mean(np.sort(inner)[-max(3, len(inner) // 12):])),
                float((ink & band).sum() / max(1, int(band.sum()))), sectors,
                sum(v << k for k, v in enumerate(spilled[:4])), sum(spilled[4:]),
                sum(close[:4]), sum(close[4:]),
                float(ink[g.axial].mean()), arms, extent,
                tuple(float(patch[h].mean()) for h in g.hugging),
                tuple(float(patch[w].mean()) for w in g.rim), *lines, halo, open_turns, cover,
                faint_cover, far / open_turns if open_turns else 0.0,
                float(np.abs(patch - cv2.blur(patch, (3, 3)))[g.inner].mean()),
                patch=patch, free=free)


def _round(m: _Raw) -> int:
    """Slices of the bubble's surroundings with ink: past the ring, or darkening the ring
    itself beyond the printed line (a circle drawn tight round it)."""
    # A ring a little off its place darkens one side and lightens the other: only darkening
    # whose opposite side is not lighter than a printed ring counts.
    dark = [v - m.ring_base for v in m.hugging]
    hug = sum(1 << k for k, v in enumerate(dark)
              if v >= 0.12 and dark[(k + 4) % len(dark)] >= -0.03)
    return bin(m.sectors | hug).count("1")


def _x_at_rim(m: _Raw) -> bool:
    """An X's arms, however short, leave ink just outside the ring on two opposite diagonals
    and not along the axes: darker there than the same bubble's rim along its axes."""
    if len(m.rim) != 8:
        return False
    axes = sum(m.rim[4:]) / 4
    over = [v - axes >= 0.12 for v in m.rim[:4]]
    return (over[0] and over[2]) or (over[1] and over[3])


def _x_arms(m: _Raw) -> bool:
    """Thin lines leave the ring along two diagonals, and a third or none as strong along an
    axis: an X's arms, not a fill's overrun (strokes.py)."""
    return (m.arm_lines >= ARMS and m.arm_lines > m.axis_second - 0.05
            and (m.third_arm >= 0.08 or m.arm_lines > m.axis_lines - 0.05))


def _judge(m: _Raw) -> tuple[Mark, Shape]:
    """One bubble's mark from its measures (see the module's docstring)."""
    sectors = bin(m.sectors).count("1")
    spills = bin(m.spills).count("1")
    # Strokes out both ways along one diagonal: drawn through this bubble, not a neighbour's.
    through = (m.spills & 0b0101) == 0b0101 or (m.spills & 0b1010) == 0b1010
    if m.fill >= 0.6 and m.axial >= 0.55:  # solid underneath
        return _judge_solid(m, sectors, spills, through)
    if ((m.fill < 0.15 and _round(m) >= 5) or _pale_circle(m)) and not _grey_inside(m):
        return Mark.MARKED, Shape.CIRCLE
    if m.fill >= 0.15 and (spills + m.axis_spills >= 5  # ink inside, running out all round
                           or (m.cover >= 0.55 and m.halo >= 6)):  # ... or crossing it
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
    if m.fill >= 0.1 and m.extent >= 1.1:
        return Mark.MARKED, Shape.STROKE
    return _trace(m)


def _judge_solid(m: _Raw, sectors: int, spills: int, through: bool) -> tuple[Mark, Shape]:
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
    if (m.third_arm >= STRUCK and m.residual is not None
            and m.residual.soft):  # a third diagonal leaves it: an X a photo's blur hid
        return Mark.CROSSED, Shape.SCRIBBLE
    return Mark.MARKED, (Shape.FILL if m.axial >= 0.75 and not hinted else Shape.STROKE)


def _x_inside(m: _Raw) -> bool:
    """An X's arms run along all four half-diagonals (a tick's only along the upper two),
    the axes left clear."""
    return m.core >= 0.35 and m.axial <= 0.3 and m.fill >= 0.2 and m.arms >= 3


def _tangle(m: _Raw) -> bool:
    """A scribble kept mostly to the bubble: loops leave paper showing inside, and its
    strokes cross the ring in many directions (a fill's overrun is a few even bulges)."""
    return m.fill < 0.88 and m.cover >= 0.45


def _pencil_fill(m: _Raw) -> bool:
    """A pencil fill on a clean page: grey, but grainy where the lead caught the paper's tooth,
    and kept to the ring. An erasure's cloud is smooth and spreads round the ring; a hesitant
    shade is paler still."""
    return m.noise < CRISP and m.grain >= 0.014 and m.peak >= 0.44 and m.halo <= 2


def _pale_circle(m: _Raw) -> bool:
    """A circle drawn round the bubble in pencil pressed lightly, on a clean page: a faint
    trace in most directions round it that words and neighbours leave open, nothing inside
    (an erasure's cloud greys the inside too; a stray slip covers a few directions)."""
    return (m.noise < CRISP and m.fill < 0.1 and m.mean < 0.06 and m.faint < 0.3
            and m.faint_cover >= 0.45)


def _blurred_overrun(m: _Raw, spills: int) -> bool:
    """On a photo a fill's overrun, blurred, reaches just past the ring all round as a
    scribble's or an X's strokes do, with nothing running further out: fill or crossed out,
    only a person can tell (photos: 33 fills to 15 crossed-out ones), and a fill taken for
    crossed out would make another mark the answer."""
    return (m.residual is not None and m.residual.soft
            and m.near_spills + m.near_axis >= 7 and spills < 3
            and spills + m.axis_spills < 5 and m.around < 0.08)


def _grey_inside(m: _Raw) -> bool:
    """Grey all over inside, under the ink threshold: an erasure's cloud or a light fill, whose
    blur darkens the ring too. A ring drawn round leaves the inside clean (photos: mean under
    0.1 and traces on under 0.6 of it in 289 of 289 circles)."""
    return (m.residual is not None and m.residual.soft  # a copy's circles are judged as before
            and m.mean >= 0.1 and m.faint >= 0.6)


def _pencil_line(m: _Raw) -> bool:
    """A pencil tick or X: a thin grey line across the middle, long, on a clean page. Not a
    dot (short), an erasure's cloud (grey all over) or a barely pressed mark (paler)."""
    return (m.noise < 0.05 and m.peak >= PENCIL_PEAK and m.core >= 0.1 and m.extent >= 1.0
            and m.fill >= 0.03 and m.faint < 0.6 and m.mean < 0.15)


def _trace(m: _Raw) -> tuple[Mark, Shape]:
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


def darkness(page: np.ndarray, boxes: list[Box], scale: float) -> np.ndarray:
    """The page as darkness from paper (0) to the markers' black (1), from its own empty
    bubbles' level: a grey copier or a dim photo reads like a crisp scan."""
    dark = 1.0 - page.astype(np.float32) / 255
    ink = ink_level(page, scale)
    bubbles = [b for b in boxes if b.choice is not None]
    levels = []
    for b in bubbles[:60]:
        cx, cy = (b.x + b.w / 2) * scale, (b.y + b.h / 2) * scale
        r = b.w / 2 * scale * 0.5
        patch = dark[int(cy - r):int(cy + r) + 1, int(cx - r):int(cx + r) + 1]
        if patch.size:
            levels.append(float(np.median(patch)))
    paper = float(np.median(levels)) if levels else 0.0
    span = max(ink - paper, 0.25)
    return np.clip((dark - paper) / span, 0, 1.5)


def others_mask(shape: tuple[int, ...], boxes: list[Box], scale: float,
                shifts: dict[str, tuple[float, float]], printed: np.ndarray | None
                ) -> np.ndarray:
    """Where a bubble's surroundings are not its own: the sheet's printed words and every
    bubble's ring and inside (a neighbour's fill is no circle round this one)."""
    mask = np.zeros(shape[:2], np.float32)
    if printed is not None and printed.shape == mask.shape:
        mask[printed] = 1.0
    for b in boxes:
        if b.choice is None:
            continue
        dx, dy = shifts.get(b.question, (0.0, 0.0))
        centre = (round((b.x + b.w / 2) * scale + dx), round((b.y + b.h / 2) * scale + dy))
        cv2.circle(mask, centre, round(b.w / 2 * scale * 1.12), 1.0, -1)
    return mask


def score_bubbles(dark: np.ndarray, boxes: list[Box], scale: float,
                  shifts: dict[str, tuple[float, float]] | None = None,
                  printed: np.ndarray | None = None) -> list[BubbleScore]:
    """Every bubble on a straightened page judged; `dark` from `darkness`, `shifts` moves a
    question's bubbles to where its printed rings were found, `printed` masks the sheet's own
    text round the bubbles."""
    moved = shifts or {}
    # Every bubble's own disk is in the mask too: harmless, its band starts past its ring.
    others = others_mask(dark.shape, boxes, scale, moved, printed)
    bubbles = [b for b in boxes if b.choice is not None]
    centres = np.array([((b.x + b.w / 2) * scale + moved.get(b.question, (0.0, 0.0))[0],
                         (b.y + b.h / 2) * scale + moved.get(b.question, (0.0, 0.0))[1])
                        for b in bubbles], np.float32).reshape(-1, 2)
    raw = []
    for i, b in enumerate(bubbles):
        cx, cy = (float(v) for v in centres[i])
        radius = b.w / 2 * scale
        near = np.hypot(*(centres - centres[i]).T) < 2 * AROUND * radius
        near[i] = False
        raw.append(_measure(dark, b, cx, cy, radius, others,
                            [(float(x), float(y)) for x, y in centres[near]]))
    out = []
    radius = bubbles[0].w / 2 * scale if bubbles else 0.0
    for m in _above_empty(raw, radius):
        mark, shape = _judge(m)
        out.append(BubbleScore(m.box, m.fill, m.around, mark, shape, m.arm_lines,
                               neat=not (m.cover >= 0.55 and m.extent >= 1.9)))
    return out


def _above_empty(raw: list[_Raw], radius: float = 0.0) -> list[_Raw]:
    """Each measure less what this page's empty bubbles show (their printed ring, the paper's
    grain, the scan's noise): most bubbles on a page are empty, so the low half's median. Each
    bubble is also weighed against the page's empty bubble pixel by pixel (residual.py)."""
    if len(raw) < 4:
        return raw

    def low(name: str) -> np.ndarray:
        values = np.sort([getattr(m, name) for m in raw])
        return values[: max(1, len(values) // 2)]

    names = ("fill", "faint", "mean", "around")
    base = {n: float(np.median(low(n))) for n in names}
    noise = float(np.percentile(low("faint"), 90))
    rings = np.sort([np.median(m.hugging) for m in raw if m.hugging])
    ring_base = float(np.median(rings[: max(1, len(rings) // 2)])) if len(rings) else 0.0
    found = residuals([m.patch for m in raw], [m.free for m in raw], radius,
                      [m.box.question for m in raw])
    return [replace(m, noise=noise, ring_base=ring_base, residual=r,
                    **{n: max(0.0, getattr(m, n) - base[n]) for n in names})
            for m, r in zip(raw, found, strict=True)]


def has_writing(page: np.ndarray, box: Box, scale: float,
                shift: tuple[float, float] = (0.0, 0.0)) -> bool:
    """Whether a writing box holds any ink, judged against the box's own paper: pencil
    strokes a few shades darker than the paper count; even grain and the border do not."""
    inset = 5
    dx, dy = shift
    x0, y0 = round((box.x + inset) * scale + dx), round((box.y + inset) * scale + dy)
    x1 = round((box.x + box.w - inset) * scale + dx)
    y1 = round((box.y + box.h - inset) * scale + dy)
    inside = page[max(0, y0):max(0, y1), max(0, x0):max(0, x1)]
    if inside.size < 16:
        return False
    smooth = cv2.GaussianBlur(inside, (3, 3), 0).astype(np.float32)
    paper = float(np.median(smooth))
    noise = float(np.median(np.abs(smooth - paper))) * 1.4826 + 1.0
    step = max(14.0, 5 * noise)
    ink = ((paper - smooth) >= step).astype(np.uint8)
    # Strokes, not specks: connected ink that is long enough to be a letter's part.
    n, _labels, stats, _centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return False
    sizes = stats[1:, cv2.CC_STAT_AREA]
    spans = np.maximum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT])
    strokes = sizes[(spans >= max(4, 3 * scale)) & (sizes >= max(4, 2 * scale))]
    return int(strokes.sum()) >= max(8, 6 * scale)
