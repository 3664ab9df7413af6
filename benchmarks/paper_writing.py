"""Handwriting in a writing box: short words in a teenager's hand, joined-up or printed.

Letters are rough cursive templates in x-height units (baseline 0, x-height 1, ascenders 2,
descenders -1); a word is its letters joined into one stroke (or one stroke a letter when the
student prints), with i-dots and t-bars as separate strokes. Sizes in millimetres: school
handwriting has a 2–3.5 mm x-height and lines 7–10 mm apart.
"""

from __future__ import annotations

import random

from benchmarks.paper_hand import Ink, Stroke, draw, stroke
from sos_desktop.core.paper.layout import Box

LETTERS: dict[str, tuple[float, list[tuple[float, float]]]] = {  # width, path
    "n": (1.1, [(0, 0), (0.1, 0.9), (0.35, 1), (0.45, 0.5), (0.5, 0), (0.6, 0.9), (0.85, 1),
                (0.95, 0.4), (1, 0)]),
    "e": (0.8, [(0, 0.3), (0.6, 0.55), (0.55, 0.95), (0.2, 0.8), (0.15, 0.3), (0.4, 0),
                (1, 0.15)]),
    "l": (0.6, [(0, 0.2), (0.5, 1.4), (0.55, 2.0), (0.35, 1.9), (0.3, 1.0), (0.35, 0.1),
                (0.7, 0), (1, 0.2)]),
    "a": (1.0, [(0.7, 0.8), (0.4, 1), (0.1, 0.7), (0.15, 0.1), (0.45, 0), (0.7, 0.5),
                (0.72, 1.0), (0.7, 0.3), (0.85, 0), (1, 0.1)]),
    "g": (1.0, [(0.7, 0.8), (0.4, 1), (0.1, 0.7), (0.15, 0.2), (0.5, 0.1), (0.72, 1.0),
                (0.7, -0.6), (0.4, -1), (0.2, -0.7), (0.6, -0.2), (1, 0.1)]),
    "t": (0.6, [(0, 0.1), (0.3, 0.2), (0.4, 1.6), (0.35, 0.2), (0.6, 0), (1, 0.15)]),
    "i": (0.4, [(0, 0.1), (0.4, 1), (0.45, 0.1), (1, 0.1)]),
    "s": (0.7, [(0, 0.1), (0.5, 1), (0.3, 0.6), (0.8, 0.25), (0.4, 0), (1, 0.1)]),
    "o": (0.9, [(0.5, 1), (0.15, 0.7), (0.2, 0.1), (0.6, 0), (0.8, 0.6), (0.5, 1),
                (1, 0.9)]),
    "h": (1.0, [(0, 0.2), (0.3, 1.5), (0.35, 2.0), (0.2, 1.8), (0.2, 0), (0.3, 0.8),
                (0.6, 1), (0.8, 0.5), (1, 0)]),
}
COMMON = "eeaaoottnnssiihhllg"


def word_strokes(x: float, y: float, xh: float, rng: random.Random, dpi: float,
                 printed: bool) -> tuple[list[Stroke], float]:
    """One word at baseline `y` from `x` (page pixels), letters `xh` pixels high; the strokes
    and the x where the word ends."""
    slant = rng.uniform(-0.1, 0.35)
    strokes: list[Stroke] = []
    path: list[tuple[float, float]] = []
    extras: list[list[tuple[float, float]]] = []
    for _ in range(rng.randint(2, 7)):
        letter = rng.choice(COMMON)
        width, tpl = LETTERS[letter]
        w = width * xh * rng.uniform(0.85, 1.15)
        h = xh * rng.uniform(0.9, 1.1)
        pts = [(x + u * w + v * h * slant, y - v * h + rng.gauss(0, 0.04) * h) for u, v in tpl]
        if letter == "i":
            extras.append([(x + 0.45 * w + 1.6 * h * slant, y - 1.6 * h),
                           (x + 0.5 * w + 1.65 * h * slant, y - 1.62 * h)])
        if letter == "t":
            extras.append([(x + 0.05 * w + h * slant, y - 1.05 * h),
                           (x + 0.8 * w + h * slant, y - 1.1 * h)])
        if printed:
            strokes.append(stroke(pts, rng, dpi, wobble=0.06, taper=0.15))
            x += w + xh * 0.25
        else:
            path += pts
            x += w
    if path:
        strokes.append(stroke(path, rng, dpi, wobble=0.08, taper=0.08))
    strokes += [stroke(e, rng, dpi, wobble=0.03, taper=0.2) for e in extras]
    return strokes, x


def write_in_box(img, box: Box, ink: Ink, dpi: float, rng: random.Random) -> bool:
    """A few words (a long box: a few lines) inside `box`, never over its border; whether
    any word fitted (a short box and a large hand may leave it empty)."""
    s = dpi / 72
    px_mm = dpi / 25.4
    # A short box: a smaller hand, ascenders to descenders inside it.
    xh = min(rng.uniform(1.8, 3.0) * px_mm, (box.h - 6) * s / 3.9)
    gap = rng.uniform(7, 10) * px_mm
    printed = rng.random() < 0.4
    left, right = (box.x + 4) * s, (box.x + box.w - 4) * s
    top, bottom = (box.y + 3) * s, (box.y + box.h - 3) * s
    y = top + xh * 2.3 + rng.uniform(0, 0.3) * xh
    lines = rng.randint(1, 4)
    strokes: list[Stroke] = []
    while lines > 0 and y + xh * 1.1 < bottom:
        x = left + rng.uniform(0, 6) * px_mm
        end = right - rng.uniform(0, (right - left) * 0.6)
        while x < end - 6 * xh:
            word, x = word_strokes(x, y + rng.gauss(0, 0.1) * xh, xh, rng, dpi, printed)
            strokes += word
            x += xh * rng.uniform(1.2, 2.0)
            if x > right - 8 * xh:
                break
        y += gap
        lines -= 1
    draw(img, strokes, ink, dpi, rng)
    return bool(strokes)
