"""Find each question's printed rings where the paper actually put them.

Markers place the page as a whole; a curled sheet, a photo's lens or a fit from three markers
can still leave a group of bubbles a radius away from where the markers predict. Each question's
bubbles (and each writing box) are matched against a drawing of their own printed outlines in a
small window round the predicted place, and read where they were found.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import cv2
import numpy as np

from sos_desktop.core.paper.layout import Box

SEARCH = 1.7  # how far to look, in bubble radii (bubbles in a row are over 3 radii apart)
RING_R = 0.93  # the printed ring's centre line, in radii (sheet_pdf draws it inside the box)


def _outline(boxes: list[Box], scale: float, left: float, top: float,
             w: int, h: int) -> np.ndarray:
    canvas = np.zeros((h, w), np.float32)
    thick = max(1, round(0.9 * scale))
    for b in boxes:
        if b.choice is None:
            cv2.rectangle(canvas, (round((b.x - left) * scale), round((b.y - top) * scale)),
                          (round((b.x + b.w - left) * scale), round((b.y + b.h - top) * scale)),
                          1.0, thick)
        else:
            centre = (round((b.x + b.w / 2 - left) * scale), round((b.y + b.h / 2 - top) * scale))
            cv2.circle(canvas, centre, max(2, round(b.w / 2 * RING_R * scale)), 1.0, thick,
                       lineType=cv2.LINE_AA)
    return cv2.GaussianBlur(canvas, (0, 0), max(0.6, 0.35 * scale))


@cache
def _penalty(n: int, reach: int) -> np.ndarray:
    """A small preference for the predicted place: ties and faint pages stay put."""
    yy, xx = np.mgrid[:n, :n].astype(np.float32) - reach
    return 0.04 * (xx ** 2 + yy ** 2) / max(1, reach) ** 2


def group_shift(dark: np.ndarray, boxes: list[Box], scale: float) -> tuple[float, float]:
    """(dx, dy) in pixels that puts `boxes`' outlines on the ones printed in `dark`."""
    radius = min(b.w if b.choice is not None else 13.0 for b in boxes) / 2
    # A writing box's thin border is easily matched to a line of print nearby: look less far
    # (the box's inset margin absorbs what curl is left).
    writing = all(b.choice is None for b in boxes)
    reach = max(2, round((0.9 if writing else SEARCH) * radius * scale))
    pad = 2.0
    left, top = min(b.x for b in boxes) - pad, min(b.y for b in boxes) - pad
    right, bottom = max(b.x + b.w for b in boxes) + pad, max(b.y + b.h for b in boxes) + pad
    w, h = round((right - left) * scale), round((bottom - top) * scale)
    template = _outline(boxes, scale, left, top, w, h)
    x0, y0 = round(left * scale) - reach, round(top * scale) - reach
    H, W = dark.shape
    if x0 < 0 or y0 < 0 or x0 + w + 2 * reach > W or y0 + h + 2 * reach > H:
        return 0.0, 0.0  # at the page's edge: keep the markers' word
    window = dark[y0:y0 + h + 2 * reach, x0:x0 + w + 2 * reach]
    if float(window.std()) < 1e-3:
        return 0.0, 0.0
    score = cv2.matchTemplate(window, template, cv2.TM_CCOEFF_NORMED)
    if score.shape != (2 * reach + 1, 2 * reach + 1):
        return 0.0, 0.0
    score = score - _penalty(2 * reach + 1, reach)
    _min, best, _minloc, (bx, by) = cv2.minMaxLoc(score)
    if best < 0.2:
        return 0.0, 0.0  # nothing ring-like found: the markers' place is the best guess
    return bx - reach + _peak(score[by, :], bx), by - reach + _peak(score[:, bx], by)


def _peak(line: np.ndarray, at: int) -> float:
    """Sub-pixel offset of a maximum from the parabola through it and its neighbours."""
    if not 0 < at < len(line) - 1:
        return 0.0
    left, mid, right = float(line[at - 1]), float(line[at]), float(line[at + 1])
    curve = left - 2 * mid + right
    return 0.0 if curve >= 0 else max(-0.5, min(0.5, 0.5 * (left - right) / curve))


def shifts(dark: np.ndarray, boxes: Iterable[Box], scale: float
           ) -> dict[tuple[str, bool], tuple[float, float]]:
    """Each question's bubbles, and each writing box, found: key (question, is_writing)."""
    groups: dict[tuple[str, bool], list[Box]] = {}
    for b in boxes:
        groups.setdefault((b.question, b.choice is None), []).append(b)
    return {key: group_shift(dark, group, scale) for key, group in groups.items()}
