"""Find each question's printed rings where the paper actually put them.

Markers place the page as a whole; a curled sheet, a photo's lens or a fit from three markers
can still leave a group of bubbles a radius away from where the markers predict. Each question's
bubbles (and each writing box) are matched against a drawing of their own printed outlines in a
small window round the predicted place, and read where they were found.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np

from sos_desktop.core.paper.layout import Box

SEARCH = 1.7  # how far to look, in bubble radii (bubbles in a row are over 3 radii apart)
RING_R = 0.93  # the printed ring's centre line, in radii (sheet_pdf draws it inside the box)
# A row of rings matches its print a whole bubble along nearly as well as where it is, the more
# so when a mark hides one ring and the words beside the row stand in for it. A question found
# this far (radii) from where its nearest neighbours were found, with another match of its
# rings clearly nearer theirs scoring RIVAL of its own, is read there and checked by a person:
# a photo's curl bends the page smoothly, so nearby questions move alike (the realistic set's
# webcam: a tick hid a ring and was read a bubble along, as blank).
JUMP = 1.0
RIVAL = 0.5
# A page where no ring-like print is found round this share of its questions is blurred past
# reading a faint mark anywhere on it (a shaken photo): every question is checked by a person.
# On the realistic set's webcam pictures (two runs of 80 pages) silent errors were 1.6% and
# 1.8% with only the questions without print reviewed, 1.2% and 0.9% with this.
LOST = 0.5


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


@dataclass(frozen=True)
class _Match:
    shift: tuple[float, float]  # pixels
    score: np.ndarray | None  # match score round the predicted place (None: not searched)
    reach: int  # the score's middle: no shift
    centre: tuple[float, float]  # the group's middle on the page, pixels
    radius: float  # a bubble's, pixels
    lost: bool = False  # looked for and nothing ring-like found: blur or glare hides the print


def _match(dark: np.ndarray, boxes: list[Box], scale: float) -> _Match:
    radius = min(b.w if b.choice is not None else 13.0 for b in boxes) / 2
    # A writing box's thin border is easily matched to a line of print nearby: look less far
    # (the box's inset margin absorbs what curl is left).
    writing = all(b.choice is None for b in boxes)
    reach = max(2, round((0.9 if writing else SEARCH) * radius * scale))
    pad = 2.0
    left, top = min(b.x for b in boxes) - pad, min(b.y for b in boxes) - pad
    right, bottom = max(b.x + b.w for b in boxes) + pad, max(b.y + b.h for b in boxes) + pad
    centre = ((left + right) / 2 * scale, (top + bottom) / 2 * scale)
    none = _Match((0.0, 0.0), None, reach, centre, radius * scale)
    w, h = round((right - left) * scale), round((bottom - top) * scale)
    template = _outline(boxes, scale, left, top, w, h)
    x0, y0 = round(left * scale) - reach, round(top * scale) - reach
    H, W = dark.shape
    if x0 < 0 or y0 < 0 or x0 + w + 2 * reach > W or y0 + h + 2 * reach > H:
        return none  # at the page's edge: keep the markers' word
    window = dark[y0:y0 + h + 2 * reach, x0:x0 + w + 2 * reach]
    if float(window.std()) < 1e-3:
        return none
    score = cv2.matchTemplate(window, template, cv2.TM_CCOEFF_NORMED)
    if score.shape != (2 * reach + 1, 2 * reach + 1):
        return none
    score = score - _penalty(2 * reach + 1, reach)
    _min, best, _minloc, (bx, by) = cv2.minMaxLoc(score)
    if best < 0.2:  # nothing ring-like found: the markers' place is the best guess
        return _Match((0.0, 0.0), None, reach, centre, radius * scale, lost=True)
    return _Match(_refined(score, bx, by, reach), score, reach, centre, radius * scale)


def _refined(score: np.ndarray, bx: int, by: int, reach: int) -> tuple[float, float]:
    return bx - reach + _peak(score[by, :], bx), by - reach + _peak(score[:, bx], by)


def _agreed(found: _Match, others: list[_Match]) -> tuple[tuple[float, float], bool]:
    """A question's shift, and whether it is in doubt: found a bubble away from where its
    nearest neighbours were (JUMP), with another strong match of its rings. Then the match
    nearer theirs is taken if clearly nearer, and the question is in doubt either way."""
    if found.score is None or len(others) < 2:
        return found.shift, False
    cx, cy = found.centre
    nearest = sorted(others, key=lambda o: (o.centre[0] - cx) ** 2 + (o.centre[1] - cy) ** 2)[:3]
    px = float(np.median([o.shift[0] for o in nearest]))
    py = float(np.median([o.shift[1] for o in nearest]))
    away = float(np.hypot(found.shift[0] - px, found.shift[1] - py))
    if away <= JUMP * found.radius:
        return found.shift, False
    score, reach = found.score, found.reach
    peaks = (score >= cv2.dilate(score, np.ones((5, 5), np.uint8))) & (
        score >= max(0.2, RIVAL * float(score.max())))
    ys, xs = np.nonzero(peaks)
    gaps = np.hypot(xs - reach - px, ys - reach - py)
    rivals = gaps < away - found.radius / 2  # clearly nearer theirs
    if not rivals.any():
        return found.shift, False
    k = int(np.argmin(np.where(rivals, gaps, np.inf)))
    return _refined(score, int(xs[k]), int(ys[k]), reach), True


def _peak(line: np.ndarray, at: int) -> float:
    """Sub-pixel offset of a maximum from the parabola through it and its neighbours."""
    if not 0 < at < len(line) - 1:
        return 0.0
    left, mid, right = float(line[at - 1]), float(line[at]), float(line[at + 1])
    curve = left - 2 * mid + right
    return 0.0 if curve >= 0 else max(-0.5, min(0.5, 0.5 * (left - right) / curve))


def shifts(dark: np.ndarray, boxes: Iterable[Box], scale: float
           ) -> tuple[dict[tuple[str, bool], tuple[float, float]], frozenset[str]]:
    """Each question's bubbles, and each writing box, found: key (question, is_writing); and
    the questions whose bubbles may be read a bubble off (`_agreed`), or all of them on a page
    blurred past reading (LOST)."""
    groups: dict[tuple[str, bool], list[Box]] = {}
    for b in boxes:
        groups.setdefault((b.question, b.choice is None), []).append(b)
    found = {key: _match(dark, group, scale) for key, group in groups.items()}
    rings = {key: f for key, f in found.items() if not key[1] and f.score is not None}
    lost = [f.lost for key, f in found.items() if not key[1]]
    blurred = bool(lost) and sum(lost) >= LOST * len(lost)
    agreed = {key: _agreed(f, [o for k, o in rings.items() if k != key])
              for key, f in rings.items()}
    return ({key: agreed[key][0] if key in agreed else f.shift for key, f in found.items()},
            frozenset(key[0] for key, f in found.items()
                      if not key[1] and (blurred or (key in agreed and agreed[key][1]))))
