"""The marks students make on a bubble, as hand strokes (benchmarks/paper_hand.py).

Each style takes the bubble's centre and radius in page pixels and draws on a BGR page.
Sizes are in bubble radii because that is how a hand scales a mark to the circle it sees;
pen widths are in millimetres because that is what the tool gives.
"""

from __future__ import annotations

import math
import random

import numpy as np

from benchmarks.paper_hand import Ink, Stroke, draw, light, smear, stroke

ANSWER_STYLES = ("fill", "tick", "x", "circle", "half")
UNCLEAR_STYLES = ("dot", "light", "smudge", "scribble")


def _zigzag(cx: float, cy: float, radius: float, spacing: float, angle: float,
            rng: random.Random, upto: float = 1.0) -> list[tuple[float, float]]:
    """Back-and-forth lines filling a disc (up to `upto` of its width, -1..1)."""
    pts = []
    ca, sa = math.cos(angle), math.sin(angle)
    d = -radius
    side = 1
    while d <= radius * upto:
        half = math.sqrt(max(0.0, radius ** 2 - d ** 2)) * rng.uniform(0.75, 1.08)
        for s in (-side, side):
            u, v = s * half, d
            pts.append((cx + u * ca - v * sa, cy + u * sa + v * ca))
        side = -side
        d += spacing * rng.uniform(0.7, 1.3)
    return pts


def _swirl(cx: float, cy: float, radius: float, spacing: float,
           rng: random.Random) -> list[tuple[float, float]]:
    """Circular scribble from the rim inwards, as many fill a bubble."""
    turns = max(1.5, radius / spacing)
    n = int(turns * 24)
    t = np.linspace(0, 1, n)
    ang = rng.uniform(0, 2 * math.pi) + rng.choice((1, -1)) * t * turns * 2 * math.pi
    rad = radius * (1 - 0.85 * t) * rng.uniform(0.9, 1.05)
    return list(zip(cx + rad * np.cos(ang) + rng.uniform(-1, 1),
                    cy + rad * np.sin(ang) * rng.uniform(0.85, 1.1), strict=True))


def fill(img, cx, cy, r, ink: Ink, dpi, rng, *, coverage: float | None = None,
         half: bool = False) -> None:
    """Scribbled fill; `coverage` 0.6–1 sets how far the scribble reaches and how dense."""
    width = ink.width_mm * dpi / 25.4
    cov = coverage if coverage is not None else rng.uniform(0.6, 1.0)
    ox, oy = rng.gauss(0, 0.12) * r, rng.gauss(0, 0.12) * r
    reach = r * (0.65 + 0.5 * cov) * rng.uniform(0.95, 1.08)  # may overrun the ring a bit
    spacing = width * (2.2 - 1.4 * cov)
    strokes: list[Stroke] = []
    if not half and rng.random() < 0.4:
        pts = _swirl(cx + ox, cy + oy, reach, spacing, rng)
    else:
        upto = rng.uniform(-0.15, 0.25) if half else 1.0
        pts = _zigzag(cx + ox, cy + oy, reach, spacing, rng.uniform(0, math.pi), rng, upto)
    strokes.append(stroke(pts, rng, dpi, wobble=0.12, taper=0.05))
    if not half and rng.random() < 0.5:  # a second pass to darken it
        pts = _zigzag(cx + ox, cy + oy, reach * 0.9, spacing * 1.6, rng.uniform(0, math.pi),
                      rng)
        strokes.append(stroke(pts, rng, dpi, wobble=0.12, taper=0.05))
    draw(img, strokes, ink, dpi, rng)


def tick(img, cx, cy, r, ink, dpi, rng) -> None:
    k = rng.uniform(0.8, 1.5)
    vx, vy = cx + rng.uniform(-0.25, 0.15) * r, cy + rng.uniform(0.15, 0.6) * r
    start = (vx - rng.uniform(0.45, 0.9) * r * k, vy - rng.uniform(0.35, 0.8) * r * k)
    end = (vx + rng.uniform(0.8, 1.5) * r * k, vy - rng.uniform(1.2, 2.1) * r * k)
    mid = ((vx + end[0]) / 2 + rng.uniform(-0.15, 0.15) * r, (vy + end[1]) / 2)
    draw(img, [stroke([start, (vx, vy), mid, end], rng, dpi, wobble=0.08, taper=0.3)], ink,
         dpi, rng)


def cross(img, cx, cy, r, ink, dpi, rng, *, size: tuple[float, float] = (0.75, 1.35)) -> None:
    strokes = []
    for sign in rng.sample((1, -1), 2):
        k = rng.uniform(*size) * r
        a = math.radians(45 + rng.uniform(-12, 12))
        ox, oy = rng.gauss(0, 0.12) * r, rng.gauss(0, 0.12) * r
        dx, dy = math.cos(a) * k, sign * math.sin(a) * k
        strokes.append(stroke([(cx + ox - dx, cy + oy - dy), (cx + ox + dx, cy + oy + dy)],
                              rng, dpi, wobble=0.08, taper=0.25))
    draw(img, strokes, ink, dpi, rng)


def ring(img, cx, cy, r, ink, dpi, rng) -> None:
    """A circle drawn round the bubble: often not closed, or overshooting, off-centre."""
    ox, oy = rng.uniform(-0.3, 0.3) * r, rng.uniform(-0.3, 0.3) * r
    a = r * rng.uniform(1.1, 1.7)
    b = a * rng.uniform(0.8, 1.1)
    sweep = math.radians(rng.uniform(290, 410)) * rng.choice((1, -1))
    start = rng.uniform(0, 2 * math.pi)
    n = 60
    t = np.linspace(0, 1, n)
    drift = 1 + rng.uniform(-0.15, 0.15) * t
    ang = start + sweep * t
    tilt = rng.uniform(-0.4, 0.4)
    x = a * drift * np.cos(ang)
    y = b * drift * np.sin(ang)
    pts = np.stack([cx + ox + x * math.cos(tilt) - y * math.sin(tilt),
                    cy + oy + x * math.sin(tilt) + y * math.cos(tilt)], axis=1)
    draw(img, [stroke(pts, rng, dpi, wobble=0.25, taper=0.2)], ink, dpi, rng)


def dot(img, cx, cy, r, ink, dpi, rng) -> None:
    """A small dot: the pen set down in the bubble and lifted."""
    ox, oy = rng.uniform(-0.35, 0.35) * r, rng.uniform(-0.35, 0.35) * r
    rad = r * rng.uniform(0.08, 0.2)
    ang = np.linspace(0, rng.uniform(4, 9), 20)
    pts = np.stack([cx + ox + rad * np.cos(ang), cy + oy + rad * np.sin(ang)], axis=1)
    draw(img, [stroke(pts, rng, dpi, wobble=0.03, taper=0.05)], ink, dpi, rng)


def faint(img, cx, cy, r, ink, dpi, rng) -> None:
    """A very light mark: a hesitant fill or tick barely pressed."""
    lighter = light(ink, rng)
    (fill if rng.random() < 0.6 else tick)(img, cx, cy, r, lighter, dpi, rng)


def erased(img, cx, cy, r, ink, dpi, rng) -> None:
    """A pencil fill rubbed out: grey cloud and a few surviving flecks."""
    smear(img, (cx + rng.gauss(0, 0.1) * r, cy + rng.gauss(0, 0.1) * r), r * 1.05,
          rng.uniform(0.25, 0.55), rng)
    left = light(ink, rng)
    pts = _zigzag(cx, cy, r * 0.85, r * 0.5, rng.uniform(0, math.pi), rng)
    draw(img, [stroke(pts, rng, dpi, wobble=0.15, pressure=0.5)], left, dpi, rng)


def scribble(img, cx, cy, r, ink, dpi, rng) -> None:
    """A tangled scribble over and past the bubble (scratching it out)."""
    reach = r * rng.uniform(1.2, 1.8)
    pts = []
    for _ in range(rng.randint(10, 18)):
        pts.append((cx + rng.uniform(-1, 1) * reach, cy + rng.uniform(-0.8, 0.8) * reach))
    strokes = [stroke(pts, rng, dpi, wobble=0.3, taper=0.1)]
    strokes.append(stroke(_zigzag(cx, cy, reach * 0.9, r * 0.35, rng.uniform(0, math.pi),
                                  rng), rng, dpi, wobble=0.25, taper=0.1))
    draw(img, strokes, ink, dpi, rng)


def crossed_fill(img, cx, cy, r, ink, dpi, rng) -> None:
    """'I changed my mind': a filled bubble with an X through it, past the ring."""
    fill(img, cx, cy, r, ink, dpi, rng, coverage=rng.uniform(0.75, 1.0))
    cross(img, cx, cy, r, ink, dpi, rng, size=(1.3, 2.0))


def scribbled_fill(img, cx, cy, r, ink, dpi, rng) -> None:
    fill(img, cx, cy, r, ink, dpi, rng, coverage=rng.uniform(0.75, 1.0))
    scribble(img, cx, cy, r, ink, dpi, rng)


def stray(img, cx, cy, r, ink, dpi, rng) -> None:
    """A pencil slip near (not on) a bubble: a short light line or a speck."""
    lighter = light(ink, rng)
    if rng.random() < 0.5:
        ang = rng.uniform(0, math.pi)
        k = r * rng.uniform(0.3, 0.7)  # paper_student keeps it 1.5 radii clear of rings
        pts = [(cx - k * math.cos(ang), cy - k * math.sin(ang)),
               (cx + k * math.cos(ang), cy + k * math.sin(ang))]
        draw(img, [stroke(pts, rng, dpi, wobble=0.1)], lighter, dpi, rng)
    else:
        dot(img, cx, cy, r, lighter, dpi, rng)


STYLES = {
    "fill": fill, "tick": tick, "x": cross, "circle": ring,
    "half": lambda *a: fill(*a, half=True), "dot": dot, "light": faint, "smudge": erased,
    "scribble": scribble, "crossed": crossed_fill, "scribbled": scribbled_fill,
    "stray": stray,
}
