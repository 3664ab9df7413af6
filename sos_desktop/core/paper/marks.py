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
on a dim photo and pen on a crisp scan are judged alike. This module measures; judge.py holds
the rules that turn the measures into a mark.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

import cv2
import numpy as np

from sos_desktop.core.paper.judge import Mark, Measures, Shape, judge
from sos_desktop.core.paper.layout import MARKER_SIZE, MARKERS, Box
from sos_desktop.core.paper.residual import residuals
from sos_desktop.core.paper.strokes import arm_lines

# Radii in units of the bubble's radius. The printed ring runs from 0.86 to 1.0.
INNER = 0.74  # inside the ring, whatever the registration after local alignment
RING_OUT = 1.22  # past the ring and a fill's usual overrun
AROUND = 2.3  # a circle drawn round the bubble, an X's arms (other bubbles and text masked)
SPILL = 1.25  # strokes that reach past this run out of the bubble: not a fill's overrun
INK = 0.30  # a pixel this far from paper to black is ink (pencil included)
HALO = 0.15  # ... and round the ring, on a clean page: a pale ring drawn round a bubble
TURNS = 32  # directions round a bubble in which a drawn circle is looked for
FAINT = 0.07  # ... this far, a trace: a light mark, an erasure (more on a noisy picture)


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


def _measure(dark: np.ndarray, box: Box, cx: float, cy: float, radius: float,
             others: np.ndarray | None,
             neighbours: list[tuple[float, float]] | None = None) -> Measures:
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
    return Measures(box, float((inner >= INK).mean()), float((patch[g.core] >= INK).mean()),
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
        mark, shape = judge(m)
        out.append(BubbleScore(m.box, m.fill, m.around, mark, shape, m.arm_lines,
                               neat=not (m.cover >= 0.55 and m.extent >= 1.9)))
    return out


def _above_empty(raw: list[Measures], radius: float = 0.0) -> list[Measures]:
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
