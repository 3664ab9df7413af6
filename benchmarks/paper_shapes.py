"""A second model of students' marks: plain shapes with a hand's jitter (ellipses, line
segments, arcs), drawn on a mask and laid on the page multiplicatively.

The realistic set's hand (paper_hand.py, paper_styles.py) draws marks as jittered strokes with
pressure and paper tooth; a reader tuned on one model can learn its quirks. This one shares
nothing with it but the styles' names and what each means, so a run with it
(`python -m benchmarks.paper_realistic --marks shapes`) shows what held only for the hand. Run
with it, the reader took a tight circle blurred inward for a scribble and read its neighbour,
and missed circles drawn in pale pencil on photos (issue 16).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import cv2
import numpy as np

from benchmarks import paper_styles
from benchmarks.paper_hand import Ink, light

SS = 4  # a mark's mask is drawn at this many times the page's resolution
FRACTION = 16  # cv2's sub-pixel drawing: coordinates in 1/16 px

Point = tuple[float, float]


class _Canvas:
    """A square of the page round a bubble, drawn on at SS times its resolution."""

    def __init__(self, img: np.ndarray, cx: float, cy: float, extent: float) -> None:
        h, w = img.shape[:2]
        self.img = img
        self.x0, self.y0 = max(0, int(cx - extent)), max(0, int(cy - extent))
        self.x1, self.y1 = min(w, int(cx + extent) + 1), min(h, int(cy + extent) + 1)
        self.mask = np.zeros(((self.y1 - self.y0) * SS, (self.x1 - self.x0) * SS), np.float32)

    def at(self, x: float, y: float) -> tuple[int, int]:
        return (round((x - self.x0) * SS * FRACTION), round((y - self.y0) * SS * FRACTION))

    @staticmethod
    def length(v: float) -> int:
        return round(v * SS * FRACTION)

    def lay(self, ink: Ink, rng: random.Random) -> None:
        """The mask in `ink` on the page: ink takes light away from what is under it."""
        a = cv2.resize(self.mask, (self.x1 - self.x0, self.y1 - self.y0),
                       interpolation=cv2.INTER_AREA)
        if ink.name == "pencil":  # the lead skips where the paper's tooth is low
            tooth = np.random.default_rng(rng.randrange(1 << 30)).random(a.shape)
            a = a * np.clip(1 - ink.grain * tooth, 0, 1)
        a = np.clip(a, 0, 1)[..., None] * ink.opacity
        colour = np.array(ink.bgr, np.float32) / 255
        region = self.img[self.y0:self.y1, self.x0:self.x1].astype(np.float32)
        self.img[self.y0:self.y1, self.x0:self.x1] = np.clip(
            region * (1 - a * (1 - colour)), 0, 255).astype(self.img.dtype)


def _width(ink: Ink, dpi: float) -> int:
    return max(1, round(ink.width_mm * dpi / 25.4 * SS))


def fill(img, cx, cy, r, ink, dpi, rng, half=False) -> None:
    """An ellipse filled in, a little off centre and not quite the bubble's size; half of
    one; sometimes with specks of paper left by a quick fill."""
    c = _Canvas(img, cx, cy, r * 2)
    centre = c.at(cx + rng.gauss(0, 0.1) * r, cy + rng.gauss(0, 0.1) * r)
    axes = (c.length(r * rng.uniform(0.75, 1.15)), c.length(r * rng.uniform(0.7, 1.1)))
    angle = rng.uniform(0, 180)
    start, sweep = (rng.uniform(0, 360), rng.uniform(150, 220)) if half else (0.0, 360.0)
    cv2.ellipse(c.mask, centre, axes, angle, start, start + sweep, 1.0, -1, cv2.LINE_AA, 4)
    if not half and rng.random() < 0.5:
        specks = np.random.default_rng(rng.randrange(1 << 30)).random(c.mask.shape) < 0.002
        c.mask *= 1 - cv2.dilate(specks.astype(np.float32), np.ones((2 * SS, 2 * SS)))
    c.lay(ink, rng)


def _lines(img, cx, cy, r, ink, dpi, rng, segments: list[tuple[Point, Point]],
           extent=3.0) -> None:
    c = _Canvas(img, cx, cy, r * extent)
    for a, b in segments:
        cv2.line(c.mask, c.at(*a), c.at(*b), 1.0, _width(ink, dpi), cv2.LINE_AA, 4)
    c.lay(ink, rng)


def tick(img, cx, cy, r, ink, dpi, rng) -> None:
    """Two straight strokes, the short one down to a corner below the middle."""
    k = rng.uniform(0.7, 1.4)
    vx, vy = cx + rng.uniform(-0.3, 0.2) * r, cy + rng.uniform(0.1, 0.5) * r
    start = (vx - 0.6 * r * k, vy - 0.6 * r * k)
    end = (vx + 1.0 * r * k, vy - 1.5 * r * k)
    _lines(img, cx, cy, r, ink, dpi, rng, [(start, (vx, vy)), ((vx, vy), end)])


def cross(img, cx, cy, r, ink, dpi, rng, size=(0.7, 1.3)) -> None:
    """Two straight strokes crossing near the middle, `size` radii each way."""
    s = r * rng.uniform(*size)
    ox, oy = rng.gauss(0, 0.1) * r, rng.gauss(0, 0.1) * r
    turn = math.radians(rng.uniform(-12, 12))
    segments = []
    for base in (math.pi / 4, 3 * math.pi / 4):
        a = base + turn + math.radians(rng.uniform(-6, 6))
        dx, dy = s * math.cos(a), s * math.sin(a)
        segments.append(((cx + ox - dx, cy + oy - dy), (cx + ox + dx, cy + oy + dy)))
    _lines(img, cx, cy, r, ink, dpi, rng, segments, extent=max(3.0, size[1] + 1))


def ring(img, cx, cy, r, ink, dpi, rng) -> None:
    """An elliptical loop round the bubble, not quite closed or overlapping itself."""
    c = _Canvas(img, cx, cy, r * 2.5)
    centre = c.at(cx + rng.gauss(0, 0.12) * r, cy + rng.gauss(0, 0.12) * r)
    axes = (c.length(r * rng.uniform(1.25, 1.8)), c.length(r * rng.uniform(1.2, 1.6)))
    start = rng.uniform(0, 360)
    cv2.ellipse(c.mask, centre, axes, rng.uniform(0, 180), start, start + rng.uniform(320, 400),
                1.0, _width(ink, dpi), cv2.LINE_AA, 4)
    c.lay(ink, rng)


def dot(img, cx, cy, r, ink, dpi, rng) -> None:
    c = _Canvas(img, cx, cy, r * 1.5)
    centre = c.at(cx + rng.uniform(-0.3, 0.3) * r, cy + rng.uniform(-0.3, 0.3) * r)
    cv2.circle(c.mask, centre, c.length(r * rng.uniform(0.1, 0.25)), 1.0, -1, cv2.LINE_AA, 4)
    c.lay(ink, rng)


def faint(img, cx, cy, r, ink, dpi, rng) -> None:
    """A fill or a tick barely pressed (the hand model's light ink)."""
    lighter = light(ink, rng)
    (fill if rng.random() < 0.6 else tick)(img, cx, cy, r, lighter, dpi, rng)


def erased(img, cx, cy, r, ink, dpi, rng) -> None:
    """What an eraser leaves of a fill: a soft grey disc spreading past the ring."""
    c = _Canvas(img, cx, cy, r * 2)
    cv2.circle(c.mask, c.at(cx, cy), c.length(r * 1.1), 1.0, -1, cv2.LINE_AA, 4)
    c.mask = cv2.GaussianBlur(c.mask, (0, 0), r * 0.3 * SS)
    c.lay(replace(ink, opacity=rng.uniform(0.15, 0.4)), rng)


def scribble(img, cx, cy, r, ink, dpi, rng) -> None:
    """A scratch-out: strokes dragged back and forth across the bubble and past its ring, or a
    tangle of them."""
    reach = r * rng.uniform(1.15, 1.6)
    points: list[Point] = []
    if rng.random() < 0.5:
        a = rng.uniform(0, math.pi)
        ca, sa = math.cos(a), math.sin(a)
        d, side = -reach, 1
        while d <= reach:
            half = math.sqrt(max(0.0, reach * reach - d * d)) * rng.uniform(0.8, 1.1)
            for u in (-side * half, side * half):
                points.append((cx + u * ca - d * sa, cy + u * sa + d * ca))
            side, d = -side, d + r * rng.uniform(0.2, 0.35)
    else:
        points = [(cx + rng.uniform(-1, 1) * reach, cy + rng.uniform(-1, 1) * reach)
                  for _ in range(rng.randint(20, 35))]
    _lines(img, cx, cy, r, ink, dpi, rng, list(zip(points, points[1:], strict=False)))


def crossed(img, cx, cy, r, ink, dpi, rng) -> None:
    """A fill taken back: an X through it, its arms well past the ring."""
    fill(img, cx, cy, r, ink, dpi, rng)
    cross(img, cx, cy, r, ink, dpi, rng, size=(1.3, 2.0))


def scribbled(img, cx, cy, r, ink, dpi, rng) -> None:
    fill(img, cx, cy, r, ink, dpi, rng)
    scribble(img, cx, cy, r, ink, dpi, rng)


SHAPES = {
    "fill": fill, "tick": tick, "x": cross, "circle": ring,
    "half": lambda *a: fill(*a, half=True), "dot": dot, "light": faint, "smudge": erased,
    "scribble": scribble, "crossed": crossed, "scribbled": scribbled,
}


@contextmanager
def drawn_as_shapes() -> Iterator[None]:
    """Students mark with SHAPES instead of the hand's strokes while inside (strays, light
    pencil slips beside the bubbles, stay the hand's)."""
    saved = dict(paper_styles.STYLES)
    paper_styles.STYLES.update(SHAPES)
    try:
        yield
    finally:
        paper_styles.STYLES.clear()
        paper_styles.STYLES.update(saved)
