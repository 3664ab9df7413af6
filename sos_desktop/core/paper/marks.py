"""Judge marks against the sheet's own empty bubbles, never a fixed threshold (OMRChecker's
local threshold idea): each bubble's darkness is placed between this page's empty-bubble level
and the ink level of its own black markers.

A bubble is marked, empty, light (between the two: a faint or partial mark) or crossed out (a
full fill with strokes running out of it). A question with a light or crossed-out bubble, or
two marks where one is allowed, is never guessed: it goes to review.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from sos_desktop.core.paper.layout import MARKER_SIZE, MARKERS, Box

MARKED_AT = 0.24  # share of the way from empty to ink
EMPTY_BELOW = 0.10
CROSSED_RING = 0.14  # a marked bubble with this much ink on its diagonals was crossed out
INNER = 0.62  # of the radius: inside the printed ring, whatever the registration
RING = (1.25, 2.0)  # where a cross-out's strokes run: past a tick's or an X's reach
DIAGONAL = 22  # degrees either side of the diagonals: clear of labels and digits


class Mark(StrEnum):
    EMPTY = "empty"
    MARKED = "marked"
    LIGHT = "light"
    CROSSED = "crossed"


@dataclass(frozen=True)
class BubbleScore:
    box: Box
    fill: float  # 0 = like an empty bubble, 1 = like the markers' ink
    ring: float  # ink on the diagonals just outside the bubble, same scale
    mark: Mark


@dataclass(frozen=True)
class _Masks:
    inner: np.ndarray
    ring: np.ndarray


_MASKS: dict[int, _Masks] = {}


def _masks(size: int) -> _Masks:
    if size not in _MASKS:
        c = (size - 1) / 2
        yy, xx = np.mgrid[:size, :size]
        r = np.hypot(yy - c, xx - c) / (size / RING[1] / 2)
        angle = np.degrees(np.arctan2(yy - c, xx - c)) % 90
        diagonal = np.abs(angle - 45) <= DIAGONAL
        _MASKS[size] = _Masks(r <= INNER, (r >= RING[0]) & (r <= RING[1]) & diagonal)
    return _MASKS[size]


def _ink_level(page: np.ndarray, scale: float) -> float:
    """Darkness of the markers' black border on this page (the darkest ink it holds)."""
    cell = MARKER_SIZE / 6
    levels = []
    for x, y in MARKERS.values():
        x0, y0 = round((x + cell * 0.25) * scale), round((y + cell * 0.25) * scale)
        strip = page[y0:y0 + max(1, round(cell * 0.5 * scale)),
                     x0:x0 + round(MARKER_SIZE * 0.9 * scale)]
        if strip.size:
            levels.append(float(np.median(strip)))
    return 1 - min(levels) / 255 if levels else 0.85


def score_bubbles(page: np.ndarray, boxes: list[Box], scale: float) -> list[BubbleScore]:
    """Every bubble on a straightened page (from locate.straighten), judged."""
    bubbles = [b for b in boxes if b.choice is not None]
    if not bubbles:
        return []
    dark = 1.0 - page.astype(np.float32) / 255
    raw = []
    for b in bubbles:
        d = b.w * RING[1] * scale
        size = int(round(d)) | 1
        cx, cy = (b.x + b.w / 2) * scale, (b.y + b.h / 2) * scale
        x0, y0 = int(round(cx - size / 2)), int(round(cy - size / 2))
        patch = dark[max(0, y0):y0 + size, max(0, x0):x0 + size]
        if patch.shape != (size, size):
            patch = np.zeros((size, size), np.float32)
        m = _masks(size)
        raw.append((float(patch[m.inner].mean()), float(patch[m.ring].mean())))
    fills = np.array([f for f, _r in raw])
    rings = np.array([r for _f, r in raw])
    # Most bubbles on a page are empty: their level is the low half's median.
    empty = float(np.median(np.sort(fills)[: max(1, len(fills) // 2)]))
    ring_empty = float(np.median(np.sort(rings)[: max(1, len(rings) // 2)]))
    ink = max(_ink_level(page, scale), empty + 0.25)
    span = ink - empty
    out = []
    for b, (f, r) in zip(bubbles, raw, strict=True):
        fill, ring = (f - empty) / span, (r - ring_empty) / span
        if fill >= MARKED_AT and ring >= CROSSED_RING:
            mark = Mark.CROSSED
        elif fill >= MARKED_AT:
            mark = Mark.MARKED
        elif fill <= EMPTY_BELOW:
            mark = Mark.EMPTY
        else:
            mark = Mark.LIGHT
        out.append(BubbleScore(b, fill, ring, mark))
    return out


def has_writing(page: np.ndarray, box: Box, scale: float) -> bool:
    """Whether a writing box holds any ink (its printed border left out)."""
    inset = 4
    x0, y0 = round((box.x + inset) * scale), round((box.y + inset) * scale)
    x1, y1 = round((box.x + box.w - inset) * scale), round((box.y + box.h - inset) * scale)
    inside = page[y0:y1, x0:x1]
    if inside.size == 0:
        return False
    return float(np.mean(inside < 150)) > 0.003
