"""Every bubble of a page measured at once: the ink inside it, on its ring and round it
(judge.py turns the measures into marks).

A camera frame holds some thirty bubbles and is read in well under 100 ms, so the page's
bubbles are cut out as one stack and each region's ink is counted for all of them by one
matrix product with the regions' masks, rather than bubble by bubble.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

from sos_desktop.core.paper.judge import Measures
from sos_desktop.core.paper.layout import Box
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

# Every region round a bubble, as columns in this order (_AT: where each family starts).
_FAMILIES = (("sectors", 8), ("spills", 8), ("near", 8), ("diagonal", 4), ("axial", 1),
             ("hugging", 8), ("rim", 8), ("inner", 1), ("core", 1), ("band", 1),
             ("turns", TURNS), ("far", TURNS), ("within", TURNS))
_AT: dict[str, slice] = {}
for _name, _width in _FAMILIES:
    _start = max((s.stop for s in _AT.values()), default=0)
    _AT[_name] = slice(_start, _start + _width)

# Which regions each kind of pixel is counted in (counting only those keeps the products
# small: a 720p frame's page is read in a few milliseconds).
_COUNTED = {
    "inked": ("sectors", "spills", "near", "band", "turns", "far"),  # ink not masked
    "seen": ("sectors", "spills", "near", "band", "turns"),  # not masked
    "halo": ("sectors",), "traced": ("turns",),  # a trace, not masked
    "ink": ("diagonal", "axial", "inner", "core", "within"), "faint": ("inner",),
    "dark": ("hugging", "rim", "inner"),  # darkness summed
}


def _columns(names: tuple[str, ...]) -> np.ndarray:
    return np.concatenate([np.arange(_AT[n].start, _AT[n].stop) for n in names])


@dataclass(frozen=True)
class _Geometry:
    size: int
    x: np.ndarray  # each pixel's offset from the centre, in pixels
    y: np.ndarray
    inner: np.ndarray  # flat indices of the inside
    columns: int  # regions in all, columns as _AT says
    only: dict[str, np.ndarray]  # (pixels, its columns) 0/1: the regions a kind of pixel is
    # counted in
    area: np.ndarray  # each region's pixels
    spread: np.ndarray  # extent's own inside and band to 1.6 radii, flat
    inside: np.ndarray
    moments: np.ndarray  # (pixels, 6): 1, x, y, x², y², xy for the ink's long axis


def _near(angle: np.ndarray, a: float, width: float) -> np.ndarray:
    return np.abs((angle - a + 180) % 360 - 180) <= width


@lru_cache(maxsize=4)  # pages are read straightened to one scale; each entry is a few MB
def _geometry(size: int, radius: float) -> _Geometry:
    c = (size - 1) / 2
    yy, xx = np.mgrid[:size, :size].astype(np.float32)
    r = np.hypot(yy - c, xx - c) / radius
    angle = np.degrees(np.arctan2(yy - c, xx - c)) % 360
    band = (r >= RING_OUT) & (r <= AROUND)
    out = (r >= SPILL) & (r <= AROUND)
    close = (r >= 1.14) & (r < SPILL)
    on = (r >= 0.95) & (r <= 1.32)
    outside = (r >= 1.02) & (r <= 1.45)
    ways = (45, 135, 225, 315, 0, 90, 180, 270)
    ring = (r >= 0.42) & (r <= INNER)
    turn = (angle // (360 / TURNS)).astype(np.int32)
    round_ = (r >= 1.05) & (r <= AROUND)
    columns = {
        "sectors": [band & (angle >= k * 45) & (angle < (k + 1) * 45) for k in range(8)],
        "spills": [out & _near(angle, a, 22) for a in ways],
        "near": [close & _near(angle, a, 22) for a in ways],
        "diagonal": [(r >= 0.3) & (r <= INNER) & _near(angle, a, 20)
                     for a in (45, 135, 225, 315)],
        "axial": [ring & (_near(angle, 0, 10) | _near(angle, 90, 10) | _near(angle, 180, 10)
                          | _near(angle, 270, 10))],
        "hugging": [on & (angle >= k * 45) & (angle < (k + 1) * 45) for k in range(8)],
        "rim": [outside & _near(angle, a, 14) for a in ways],
        "inner": [r <= INNER], "core": [r <= 0.5], "band": [band],
        "turns": [round_ & (turn == k) for k in range(TURNS)],
        "far": [round_ & (r >= 1.5) & (turn == k) for k in range(TURNS)],
        "within": [(r >= 0.5) & (r <= 0.8) & (turn == k) for k in range(TURNS)],
    }
    regions = np.stack([m.ravel() for name, _ in _FAMILIES for m in columns[name]], axis=1)
    x, y = (xx - c).ravel(), (yy - c).ravel()
    moments = np.stack([np.ones_like(x), xx.ravel(), yy.ravel(), xx.ravel() ** 2,
                        yy.ravel() ** 2, xx.ravel() * yy.ravel()], axis=1).astype(np.float64)
    regions = regions.astype(np.float32)
    only = {kind: np.ascontiguousarray(regions[:, _columns(names)])
            for kind, names in _COUNTED.items()}
    return _Geometry(size, x, y, np.flatnonzero(r <= INNER), regions.shape[1], only,
                     regions.sum(axis=0).astype(np.float32),
                     (band & (r <= 1.6)).ravel(), (r <= INNER).ravel(), moments)


def measure_bubbles(dark: np.ndarray, bubbles: list[Box], centres: np.ndarray,
                    radii: list[float], others: np.ndarray) -> list[Measures]:
    """Each bubble's measures, in order; `centres` where each is found on `dark` (the page
    as darkness), `others` where its surroundings are another's (printed words, rings)."""
    out: list[Measures | None] = [None] * len(bubbles)
    for radius in sorted(set(radii)):
        group = [i for i, r in enumerate(radii) if r == radius]
        for i, m in zip(group, _measure_group(dark, [bubbles[i] for i in group], centres,
                                              group, radius, others), strict=True):
            out[i] = m
    return [m for m in out if m is not None]


def _measure_group(dark: np.ndarray, bubbles: list[Box], centres: np.ndarray,
                   group: list[int], radius: float, others: np.ndarray) -> list[Measures]:
    size = int(np.ceil(radius * AROUND * 2)) | 1
    g = _geometry(size, radius)
    n, pixels = len(bubbles), size * size
    # Sampled at the found centre to a fraction of a pixel: the ring stays out of the inside.
    patches = np.stack([cv2.getRectSubPix(dark, (size, size), tuple(map(float, centres[i])))
                        for i in group])
    free = np.stack([cv2.getRectSubPix(others, (size, size), tuple(map(float, centres[i])))
                     for i in group]) < 0.5
    free = free.reshape(n, pixels)
    own = g.x ** 2 + g.y ** 2
    for k, i in enumerate(group):  # nearer another bubble than this one: that one's marks
        offsets = centres - centres[i]
        close = np.hypot(*offsets.T) < 2 * AROUND * radius
        close[i] = False
        for dx, dy in offsets[close]:
            free[k] &= own <= (g.x - dx) ** 2 + (g.y - dy) ** 2
    flat = patches.reshape(n, pixels)
    ink = flat >= INK
    kinds = {"inked": ink & free, "seen": free, "halo": (flat >= HALO) & free,
             "traced": (flat >= FAINT) & free, "ink": ink, "faint": flat >= FAINT,
             "dark": flat}
    # Each kind's counts spread back to every region's column (zero where not counted).
    counted = {}
    for kind, pixels_of in kinds.items():
        table = np.zeros((n, g.columns), np.float32)
        table[:, _columns(_COUNTED[kind])] = pixels_of.astype(np.float32) @ g.only[kind]
        counted[kind] = table
    inked, seen, halo, traced = (counted[k] for k in ("inked", "seen", "halo", "traced"))
    any_ink, any_faint = counted["ink"], counted["faint"]
    means = counted["dark"] / np.maximum(g.area, 1)

    def at(table: np.ndarray, name: str) -> np.ndarray:
        return table[:, _AT[name]]

    sectors = at(inked, "sectors") >= np.maximum(2, 0.05 * at(seen, "sectors"))
    halos = (at(halo, "sectors") >= np.maximum(2, 0.04 * at(seen, "sectors"))).sum(axis=1)
    spilled = at(inked, "spills") >= np.maximum(4, 0.04 * at(seen, "spills"))
    near = at(inked, "near") >= np.maximum(3, 0.25 * at(seen, "near"))
    area = g.area
    arms = (at(any_ink, "diagonal") / np.maximum(at(area[None], "diagonal"), 1) >= 0.3).sum(1)
    open_turns = (at(seen, "turns") >= 2).sum(axis=1)
    past = at(inked, "turns") >= 1
    covered = past.sum(axis=1)
    off = _off_centre(at(any_ink, "within") >= 2, past)
    faint_turns = (at(traced, "turns") >= 2).sum(axis=1)
    far = (at(inked, "far") >= 2).sum(axis=1)
    turns = np.maximum(open_turns, 1)
    inside = flat[:, g.inner]
    top = max(3, inside.shape[1] // 12)
    peak = np.partition(inside, inside.shape[1] - top, axis=1)[:, -top:].mean(axis=1)
    # The inside lies far from the patch's edges, so one blur over the stacked patches is
    # each patch's own blur there.
    blurred = cv2.blur(patches.reshape(n * size, size), (3, 3)).reshape(n, pixels)
    grain = np.abs(flat - blurred)[:, g.inner].mean(axis=1)
    extents = _extents(ink & (g.inside | (g.spread & free)), g.moments, radius)
    reaches = _extents(ink & g.inside, g.moments, radius)
    bits = 1 << np.arange(8)
    out = []
    for k, box in enumerate(bubbles):
        fill = float(any_ink[k, _AT["inner"]][0] / area[_AT["inner"]][0])
        lines = (arm_lines(patches[k], free[k].reshape(size, size), radius, AROUND)
                 if fill >= 0.5 else (0.0, 0.0, 0.0, 0.0))
        band = float(seen[k, _AT["band"]][0])
        o = int(open_turns[k])
        out.append(Measures(
            box, fill, float(at(any_ink, "core")[k, 0] / area[_AT["core"]][0]),
            float(at(any_faint, "inner")[k, 0] / area[_AT["inner"]][0]),
            float(at(means, "inner")[k, 0]), float(peak[k]),
            float(at(inked, "band")[k, 0]) / max(1.0, band), int(bits[sectors[k]].sum()),
            int(bits[:4][spilled[k, :4]].sum()), int(spilled[k, 4:].sum()),
            int(near[k, :4].sum()), int(near[k, 4:].sum()),
            float(at(any_ink, "axial")[k, 0] / area[_AT["axial"]][0]), int(arms[k]),
            float(extents[k]), tuple(float(v) for v in at(means, "hugging")[k]),
            tuple(float(v) for v in at(means, "rim")[k]), *lines, int(halos[k]), o,
            float(covered[k] / turns[k]) if o else 0.0,
            float(faint_turns[k] / turns[k]) if o else 0.0,
            float(far[k] / turns[k]) if o else 0.0, float(grain[k]),
            reach=float(reaches[k]), off_centre=float(off[k]), patch=patches[k],
            free=free[k].reshape(size, size)))
    return out


_TURN = np.exp(2j * np.pi * (np.arange(TURNS) + 0.5) / TURNS)  # each direction, as a unit


def _off_centre(within: np.ndarray, past: np.ndarray) -> np.ndarray:
    """Per bubble, the share of directions a circle drawn round it off its centre runs in:
    just inside the printed ring on one side and past it on the other (where it runs over
    the ring it cannot be told from it). 0 unless both sides show, facing apart. A
    neighbour's circle drawn wide, or words ringed, run past the ring alone."""
    both = (within.sum(axis=1) >= 4) & (past.sum(axis=1) >= 4)
    apart = np.abs(np.angle((within @ _TURN) / np.where(both, past @ _TURN, 1))) >= np.radians(120)
    return np.where(both & apart, (within | past).mean(axis=1), 0.0)


def _extents(ink: np.ndarray, moments: np.ndarray, radius: float) -> np.ndarray:
    """Each bubble's ink's long axis, in radii: four standard deviations along it."""
    m = ink.astype(np.float64) @ moments
    count = m[:, 0]
    n = np.maximum(count, 1)
    dof = np.maximum(count - 1, 1)
    a = (m[:, 3] - m[:, 1] ** 2 / n) / dof
    c = (m[:, 4] - m[:, 2] ** 2 / n) / dof
    b = (m[:, 5] - m[:, 1] * m[:, 2] / n) / dof
    largest = (a + c) / 2 + np.sqrt(((a - c) / 2) ** 2 + b ** 2)
    return np.where(count >= 3, 4 * np.sqrt(np.maximum(largest, 0)) / radius, 0.0)
