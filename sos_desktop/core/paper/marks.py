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
on a dim photo and pen on a crisp scan are judged alike. This module sets that scale and weighs
each bubble against the page's empty bubbles; measure.py measures the bubbles, judge.py holds
the rules that turn the measures into a mark.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np

from sos_desktop.core.paper.judge import (
    Mark,
    Measures,
    Shape,
    judge,
    reaches_out,
    sides_inked,
    struck_through,
)
from sos_desktop.core.paper.layout import MARKER_SIZE, MARKERS, Box
from sos_desktop.core.paper.measure import AROUND, measure_bubbles
from sos_desktop.core.paper.residual import residuals


@dataclass(frozen=True)
class BubbleScore:
    box: Box
    fill: float  # share of the inside that is ink
    around: float  # share of the band round the ring that is ink (printed text left out)
    mark: Mark
    shape: Shape = Shape.NONE
    arms: float = 0.0  # thin lines leaving its ring diagonally (strokes.py): a hint of an X
    neat: bool = True  # its ink keeps to the ring: no blob a scribble over it may have made
    struck: bool = False  # a fill with an X through it beyond doubt (judge.struck_through)
    plain: bool = False  # ... or its strokes reach out as an X's do (judge.reaches_out)
    sides: int = 0  # of its right, below, left and above, those with ink round it
    astray: bool = False  # read away from its printed ring (residual.ASTRAY)
    core: float = 0.0  # share of its middle that is ink


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


def darkness(page: np.ndarray, boxes: list[Box], scale: float) -> np.ndarray:
    """The page (8-bit grey) as darkness from paper (0) to the markers' black (1), from its
    own empty bubbles' level: a grey copier or a dim photo reads like a crisp scan."""
    ink = ink_level(page, scale)
    bubbles = [b for b in boxes if b.choice is not None]
    levels = []
    for b in bubbles[:60]:
        cx, cy = (b.x + b.w / 2) * scale, (b.y + b.h / 2) * scale
        r = b.w / 2 * scale * 0.5
        patch = page[int(cy - r):int(cy + r) + 1, int(cx - r):int(cx + r) + 1]
        if patch.size:
            levels.append(1.0 - float(np.median(patch)) / 255)
    paper = float(np.median(levels)) if levels else 0.0
    span = max(ink - paper, 0.25)
    # One table of 256 darknesses, looked up: a page is millions of pixels, a frame's budget
    # is tens of milliseconds.
    table = (1.0 - np.arange(256, dtype=np.float32) / 255 - paper) / span
    return cv2.LUT(page, np.clip(table, 0, 1.5).astype(np.float32))


def others_mask(shape: tuple[int, ...], boxes: list[Box], scale: float,
                shifts: dict[str, tuple[float, float]], printed: np.ndarray | None
                ) -> np.ndarray:
    """Where a bubble's surroundings are not its own: the sheet's printed words and every
    bubble's ring and inside (a neighbour's fill is no circle round this one). The words round
    a question found away from where the markers put it moved with it: they are masked both
    where printed and moved as its bubbles were (a label left unmasked half a bubble off reads
    as a circle drawn round)."""
    mask = np.zeros(shape[:2], np.float32)
    if printed is not None and printed.shape == mask.shape:
        mask[printed] = 1.0
        for question, shift in shifts.items():
            _moved_words(mask, printed, [b for b in boxes if b.question == question
                                         and b.choice is not None], scale, shift)
    for b in boxes:
        if b.choice is None:
            continue
        dx, dy = shifts.get(b.question, (0.0, 0.0))
        centre = (round((b.x + b.w / 2) * scale + dx), round((b.y + b.h / 2) * scale + dy))
        cv2.circle(mask, centre, round(b.w / 2 * scale * 1.12), 1.0, -1)
    return mask


def _moved_words(mask: np.ndarray, printed: np.ndarray, boxes: list[Box], scale: float,
                 shift: tuple[float, float]) -> None:
    """The printed words round `boxes` (as far as a bubble's surroundings are measured),
    masked where `shift` moved them."""
    dx, dy = round(shift[0]), round(shift[1])
    if not boxes or (dx == 0 and dy == 0):
        return
    h, w = mask.shape
    reach = max(b.w for b in boxes) / 2 * scale * (AROUND + 0.5)
    x0 = max(0, round(min(b.x for b in boxes) * scale - reach), dx)
    y0 = max(0, round(min(b.y for b in boxes) * scale - reach), dy)
    x1 = min(w, round(max(b.x + b.w for b in boxes) * scale + reach), w + dx)
    y1 = min(h, round(max(b.y + b.h for b in boxes) * scale + reach), h + dy)
    if x1 > x0 and y1 > y0:
        mask[y0:y1, x0:x1][printed[y0 - dy:y1 - dy, x0 - dx:x1 - dx]] = 1.0


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
    raw = measure_bubbles(dark, bubbles, centres, [b.w / 2 * scale for b in bubbles], others)
    out = []
    radius = bubbles[0].w / 2 * scale if bubbles else 0.0
    for m in _above_empty(raw, radius):
        mark, shape = judge(m)
        struck = shape is Shape.SCRIBBLE and struck_through(m)
        out.append(BubbleScore(m.box, m.fill, m.around, mark, shape, m.arm_lines,
                               neat=not (m.cover >= 0.55 and m.extent >= 1.9), struck=struck,
                               plain=struck or (shape is Shape.SCRIBBLE and reaches_out(m)),
                               sides=sides_inked(m),
                               astray=m.residual is not None and m.residual.astray,
                               core=m.core))
    return out


def between_circles(scores: list[BubbleScore]) -> list[BubbleScore]:
    """One question's bubbles, where a bubble read as circled sits between two circled
    neighbours (above and below, or left and right) with ink round it on fewer than four
    sides: made unclear. Two circles drawn big round its neighbours run past it on the sides
    it shares with them, as a circle round it would; a person sees whose circles they are."""
    circled = [s for s in scores if s.shape is Shape.CIRCLE]
    if len(circled) < 3:
        return scores

    def next_circled(s: BubbleScore, dx: int, dy: int) -> bool:
        """The nearest bubble in that direction, in its row or column, is circled."""
        b = s.box
        ahead = [o for o in scores if o is not s
                 and (abs(o.box.y - b.y) < b.h / 2 if dx else abs(o.box.x - b.x) < b.w / 2)
                 and ((o.box.x - b.x) * dx > 0 if dx else (o.box.y - b.y) * dy > 0)]
        nearest = min(ahead, key=lambda o: abs(o.box.x - b.x) + abs(o.box.y - b.y),
                      default=None)
        return nearest is not None and nearest.shape is Shape.CIRCLE

    def squeezed(s: BubbleScore) -> bool:
        return (s.shape is Shape.CIRCLE and s.sides < 4
                and ((next_circled(s, 0, -1) and next_circled(s, 0, 1))
                     or (next_circled(s, -1, 0) and next_circled(s, 1, 0))))

    return [replace(s, mark=Mark.LIGHT, shape=Shape.NONE) if squeezed(s) else s
            for s in scores]


ARC_CORE = 0.1  # a stroke this clear of a bubble's middle may be a ring's arc passing by


def arcs_of_circles(scores: list[BubbleScore]) -> list[BubbleScore]:
    """One question's bubbles, where one is read as circled: a stroke across another that
    keeps clear of its middle is made unclear. A ring drawn big round a bubble runs over its
    neighbour's edge as an arc, which reads as a stroke there (two models' pictures: 4 of 8
    such strokes were an arc, one a choice added to a choose-all question unseen)."""
    if not any(s.shape is Shape.CIRCLE for s in scores):
        return scores
    return [replace(s, mark=Mark.LIGHT, shape=Shape.NONE)
            if s.shape is Shape.STROKE and s.core < ARC_CORE else s for s in scores]


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
