"""Thin strokes leaving a bubble: an X's arms just past its ring, told from a fill's overrun.

A pen that fills a circle spills past the ring as a blob, as dark beside any direction as along
it; an X drawn through the fill leaves lines, darker along their way than 25° to either side.
The bubble's surroundings are unrolled into an angle × radius strip (OpenCV's polar warp), the
band just past the ring is averaged per angle, and each direction's line strength is its darkness
less its flanks'. An X is at ~45° give or take a hand's slant, so each diagonal is searched ±15°.
"""

from __future__ import annotations

from functools import cache

import cv2
import numpy as np

STEP = 5  # degrees per angle bin
BINS = 360 // STEP
BAND = (1.08, 1.55)  # radii: past a fill's usual overrun, within a short X's arms
FLANK = (5, 6)  # bins to either side (25°, 30°): beside a thin line, inside a blob
SLANT = 3  # bins searched either side of a diagonal or axis (±15°)


@cache
def _candidates(centres: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Bin indices searched round each direction, and each candidate's flank bins."""
    on = np.array([[(c // STEP + d) % BINS for d in range(-SLANT, SLANT + 1)] for c in centres])
    flanks = np.stack([(on + s * f) % BINS for f in FLANK for s in (-1, 1)], axis=-1)
    return on, flanks


def arm_lines(patch: np.ndarray, free: np.ndarray, radius: float, reach: float
              ) -> tuple[float, float, float, float]:
    """Line strengths just past the ring of the bubble centred in `patch` (darkness), `free`
    masking what is not this bubble's surroundings, `reach` the patch's half-size in radii:
    the second and third strongest diagonals (an X shows two or more), then the strongest and
    second strongest axes (a fill's overrun may look like one line, rarely two)."""
    size = patch.shape[0]
    centre = ((size - 1) / 2, (size - 1) / 2)
    radii = max(8, int(round(reach * 10)))
    flags = cv2.WARP_POLAR_LINEAR + cv2.INTER_LINEAR
    unrolled = cv2.warpPolar(patch, (radii, BINS), centre, radius * reach, flags)
    visible = cv2.warpPolar(free.astype(np.float32), (radii, BINS), centre, radius * reach,
                            flags) > 0.5
    r = np.arange(radii) / radii * reach
    band = (r >= BAND[0]) & (r <= BAND[1])
    seen = visible[:, band]
    counts = seen.sum(axis=1)
    profile = np.where(seen, unrolled[:, band], 0).sum(axis=1) / np.maximum(counts, 1)
    profile[counts < band.sum() / 2] = np.nan  # mostly printed words or a neighbour here
    diagonals = _strengths(profile, (45, 135, 225, 315))
    axes = _strengths(profile, (0, 90, 180, 270))
    return diagonals[1], diagonals[2], axes[0], axes[1]


def _strengths(profile: np.ndarray, centres: tuple[int, ...]) -> list[float]:
    """Each direction's strongest line within its slant, strongest first."""
    on, flanks = _candidates(centres)
    side = profile[flanks]
    known = ~np.isnan(side)
    beside = np.where(known, side, 0).sum(axis=-1) / np.maximum(known.sum(axis=-1), 1)
    lines = profile[on] - beside
    lines[np.isnan(lines) | (known.sum(axis=-1) < 2)] = -1.0
    return sorted((float(v) for v in lines.max(axis=1)), reverse=True)
