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

from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache

import cv2
import numpy as np

from sos_desktop.core.paper.layout import MARKER_SIZE, MARKERS, Box

# Radii in units of the bubble's radius. The printed ring runs from 0.86 to 1.0.
INNER = 0.74  # inside the ring, whatever the registration after local alignment
RING_OUT = 1.22  # past the ring and a fill's usual overrun
AROUND = 1.85  # a circle drawn round the bubble, a tick's or an X's arms; labels start at ~1.9
INK = 0.30  # a pixel this far from paper to black is ink (pencil included)
FAINT = 0.12  # ... this far, a trace: a light mark, an erasure


class Mark(StrEnum):
    EMPTY = "empty"
    MARKED = "marked"  # a fill, tick, X, half fill or circle: an answer
    LIGHT = "light"  # a dot, a light or partial mark, an erasure: unclear
    CROSSED = "crossed"  # a fill struck through or scribbled over


class Shape(StrEnum):
    NONE = "none"
    FILL = "fill"
    STROKE = "stroke"  # a tick, a half fill, a line across
    CROSS = "cross"  # an X: strokes out along both diagonals
    CIRCLE = "circle"  # ink all round the ring, little inside
    SCRIBBLE = "scribble"  # a fill with strokes running well out of it


@dataclass(frozen=True)
class BubbleScore:
    box: Box
    fill: float  # share of the inside that is ink
    around: float  # share of the band round the ring that is ink (printed text left out)
    mark: Mark
    shape: Shape = Shape.NONE


@dataclass(frozen=True)
class _Geometry:
    r: np.ndarray  # distance from the centre, in bubble radii
    inner: np.ndarray
    core: np.ndarray
    band: np.ndarray
    sectors: tuple[np.ndarray, ...]  # eight 45° slices of the band
    spills: tuple[np.ndarray, ...]  # the four diagonals just outside the ring
    axial: np.ndarray  # inside, along the axes: empty under an X, inked under a fill
    diagonal: tuple[np.ndarray, ...]  # inside, along each diagonal: an X's arms


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
    spills = tuple((r >= 1.12) & (r <= AROUND) & _near(angle, a, 24) for a in (45, 135, 225, 315))
    ring = (r >= 0.42) & (r <= INNER)
    axial = ring & (_near(angle, 0, 10) | _near(angle, 90, 10) | _near(angle, 180, 10)
                    | _near(angle, 270, 10))
    diagonal = tuple((r >= 0.3) & (r <= INNER) & _near(angle, a, 20) for a in (45, 135, 225, 315))
    return _Geometry(r, r <= INNER, r <= 0.5, band, sectors, spills, axial, diagonal)


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
    around: float  # share of the band round the ring that is ink
    sectors: int  # slices of the band crossed by ink
    spills: int  # diagonals along which ink runs out past the ring
    axial: float  # share of the inside along the axes that is ink
    arms: int  # diagonals inked inside: an X's arms
    extent: float  # length of the ink's long axis inside AROUND, in radii


def _measure(dark: np.ndarray, box: Box, cx: float, cy: float, radius: float,
             printed: np.ndarray | None) -> _Raw:
    size = int(np.ceil(radius * AROUND * 2)) | 1
    # Sampled at the found centre to a fraction of a pixel: the ring stays out of the inside.
    patch = cv2.getRectSubPix(dark, (size, size), (cx, cy))
    x0, y0 = int(round(cx - size / 2)), int(round(cy - size / 2))
    free = np.ones((size, size), bool)
    h, w = dark.shape
    sx0, sy0, sx1, sy1 = max(0, x0), max(0, y0), min(w, x0 + size), min(h, y0 + size)
    if sx1 > sx0 and sy1 > sy0 and printed is not None:
        free[sy0 - y0:sy1 - y0, sx0 - x0:sx1 - x0] = ~printed[sy0:sy1, sx0:sx1]
    g = _geometry(size, radius)
    ink = patch >= INK
    inner = patch[g.inner]
    band = g.band & free
    sectors = sum(int((ink & s & free).sum() >= max(2, 0.06 * (s & free).sum()))
                  for s in g.sectors)
    spills = sum(int((ink & d & free).sum() >= max(2, 0.18 * (d & free).sum()))
                 for d in g.spills)
    arms = sum(int(ink[d].mean() >= 0.5) for d in g.diagonal)
    ys, xs = np.nonzero(ink & ((g.r <= INNER) | band))
    extent = 0.0
    if len(xs) >= 3:
        cov = np.cov(np.vstack([xs, ys]).astype(np.float32))
        extent = 4 * float(np.sqrt(max(np.linalg.eigvalsh(cov)[-1], 0))) / radius
    return _Raw(box, float((inner >= INK).mean()), float((patch[g.core] >= INK).mean()),
                float((inner >= FAINT).mean()), float(inner.mean()),
                float((ink & band).sum() / max(1, int(band.sum()))), sectors, spills,
                float(ink[g.axial].mean()), arms, extent)


def _judge(m: _Raw) -> tuple[Mark, Shape]:
    """One bubble's mark from its measures (see the module's docstring)."""
    if m.fill >= 0.6 and m.axial >= 0.55:  # solid underneath
        if m.spills >= 3 or (m.around >= 0.35 and m.sectors >= 6):
            return Mark.CROSSED, Shape.SCRIBBLE
        if m.mean < 0.42:
            return Mark.LIGHT, Shape.NONE
        # Solid all round: a fill. A heavy X can look half solid: a mark, but no fill for
        # the "X beside a fill" rule to weigh it against.
        return Mark.MARKED, (Shape.FILL if m.axial >= 0.75 else Shape.STROKE)
    if m.arms >= 3 and m.axial <= 0.3 and m.core >= 0.3:
        return Mark.MARKED, Shape.CROSS
    if m.fill < 0.14 and m.sectors >= 5 and m.around >= 0.08:
        return Mark.MARKED, Shape.CIRCLE
    if m.fill >= 0.12 and m.extent >= 1.5:
        return Mark.MARKED, Shape.STROKE
    if m.core >= 0.05 or m.fill >= 0.08 or m.faint >= 0.2 or m.mean >= 0.1 or m.sectors >= 3:
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


def score_bubbles(dark: np.ndarray, boxes: list[Box], scale: float,
                  shifts: dict[str, tuple[float, float]] | None = None,
                  printed: np.ndarray | None = None) -> list[BubbleScore]:
    """Every bubble on a straightened page judged; `dark` from `darkness`, `shifts` moves a
    question's bubbles to where its printed rings were found, `printed` masks the sheet's own
    text round the bubbles."""
    raw = []
    for b in boxes:
        if b.choice is None:
            continue
        dx, dy = (shifts or {}).get(b.question, (0.0, 0.0))
        cx, cy = (b.x + b.w / 2) * scale + dx, (b.y + b.h / 2) * scale + dy
        raw.append(_measure(dark, b, cx, cy, b.w / 2 * scale, printed))
    out = []
    for m in _above_empty(raw):
        mark, shape = _judge(m)
        out.append(BubbleScore(m.box, m.fill, m.around, mark, shape))
    return out


def _above_empty(raw: list[_Raw]) -> list[_Raw]:
    """Each measure less what this page's empty bubbles show (their printed ring, the paper's
    grain, the scan's noise): most bubbles on a page are empty, so the low half's median."""
    if len(raw) < 4:
        return raw

    def base(name: str) -> float:
        values = np.sort([getattr(m, name) for m in raw])
        return float(np.median(values[: max(1, len(values) // 2)]))

    names = ("fill", "faint", "mean", "around")
    low = {n: base(n) for n in names}
    return [replace(m, **{n: max(0.0, getattr(m, n) - low[n]) for n in names}) for m in raw]


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
