"""A small, soft QR code's modules read through its blur.

At arm's length a webcam sees a module as 2–3 pixels, and lens softness, motion and JPEG
spread each module's darkness onto its neighbours: calling each module by the brightness at its
middle then gets tens of modules wrong. But a quarter of a version 2 code is known in advance
(finder, timing and alignment patterns, the white quiet zone round it), so how this picture
mixes a module with its neighbours can be measured there, then undone for the unknown modules
(a small least-squares deconvolution on the module grid).
"""

from __future__ import annotations

import random
from functools import cache

import numpy as np

N = 25  # version 2
PAD = 2  # the printed quiet zone, known white
REACH = 1  # a module's neighbours that reach its middle: 3x3


@cache
def function_modules() -> tuple[np.ndarray, np.ndarray]:
    """(known, dark) over the padded grid (N + 2 * PAD square): which modules every version 2
    code shares (its patterns and quiet zone), and which of those are dark."""
    import segno

    rng = random.Random(2)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789 -./"
    codes = []
    for level in "lmqh":
        for mask in range(8):
            for length in (1, 10, 16):
                text = "".join(rng.choice(alphabet) for _ in range(length))
                codes.append(np.array(segno.make(text, error=level, version=2, mask=mask,
                                                 boost_error=False).matrix, bool))
    stack = np.array(codes)
    inner_known = (stack == stack[0]).all(axis=0)
    known = np.ones((N + 2 * PAD, N + 2 * PAD), bool)
    dark = np.zeros_like(known)
    known[PAD:PAD + N, PAD:PAD + N] = inner_known
    dark[PAD:PAD + N, PAD:PAD + N] = stack[0] & inner_known
    return known, dark


def deblurred(values: np.ndarray) -> np.ndarray | None:
    """Each module's darkness (0 light .. 1 dark, about) from `values`, the brightness at the
    middle of each module of the padded grid (N + 2 * PAD square); None when the known modules
    do not fit a blur (not a code, or the grid is off)."""
    known, dark = function_modules()
    size = N + 2 * PAD
    inner = size - 2 * REACH
    d = dark.astype(np.float64)
    ii, jj = np.mgrid[REACH:size - REACH, REACH:size - REACH]
    offsets = [(dy, dx) for dy in range(-REACH, REACH + 1) for dx in range(-REACH, REACH + 1)]
    # each middle's neighbours (rows: middles of the inner grid, columns: offsets)
    near_i = (ii.reshape(-1, 1) + np.array([o[0] for o in offsets]))
    near_j = (jj.reshape(-1, 1) + np.array([o[1] for o in offsets]))
    near_known = known[near_i, near_j]
    target = values[ii, jj].reshape(-1).astype(np.float64)
    # the blur, a light gradient and the paper's level, from modules whose neighbours are known
    fit = near_known.all(axis=1)
    if int(fit.sum()) < 60:
        return None
    trend = np.stack([np.ones(inner * inner), ii.reshape(-1) / size, jj.reshape(-1) / size], 1)
    design = np.concatenate([d[near_i, near_j], trend], axis=1)
    coef, *_ = np.linalg.lstsq(design[fit], target[fit], rcond=None)
    kernel, base = coef[:len(offsets)], coef[len(offsets):]
    contrast = -float(kernel.sum())
    if contrast < 10:  # dark modules must be darker than paper by some margin
        return None
    # the unknown modules' darkness: every middle is the blur of its neighbourhood; solved
    # by conjugate gradients on the normal equations (the blur is a 3x3 filter: cheap)
    unknown = ~known
    rest = np.zeros((size, size))
    rest[REACH:size - REACH, REACH:size - REACH] = (
        target - trend @ base - (d[near_i, near_j] * near_known) @ kernel).reshape(inner, inner)
    k = kernel.reshape(2 * REACH + 1, 2 * REACH + 1)
    ridge = (0.15 * float(np.abs(kernel).sum())) ** 2

    def normal(x: np.ndarray) -> np.ndarray:
        return _blur_t(_blur(x * unknown, k), k) * unknown + ridge * x

    x = np.where(unknown, 0.5, 0.0)
    rhs = _blur_t(rest, k) * unknown + ridge * 0.5 * unknown
    r = rhs - normal(x)
    p = r.copy()
    rr = float((r * r).sum())
    for _ in range(60):
        ap = normal(p)
        alpha = rr / max(float((p * ap).sum()), 1e-12)
        x += alpha * p
        r -= alpha * ap
        new = float((r * r).sum())
        if new < 1e-6 * ridge:
            break
        p = r + new / rr * p
        rr = new
    return np.where(unknown, x, d)


def _blur(x: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Each inner middle's mix of its neighbours (the border rows stay 0: not observed)."""
    size, reach = x.shape[0], k.shape[0] // 2
    out = np.zeros_like(x)
    inner = slice(reach, size - reach)
    for dy in range(-reach, reach + 1):
        for dx in range(-reach, reach + 1):
            out[inner, inner] += k[dy + reach, dx + reach] * x[reach + dy:size - reach + dy,
                                                               reach + dx:size - reach + dx]
    return out


def _blur_t(y: np.ndarray, k: np.ndarray) -> np.ndarray:
    """The transpose of `_blur`: each module's share of the middles it reaches."""
    size, reach = y.shape[0], k.shape[0] // 2
    out = np.zeros_like(y)
    inner = y[reach:size - reach, reach:size - reach]
    for dy in range(-reach, reach + 1):
        for dx in range(-reach, reach + 1):
            out[reach + dy:size - reach + dy, reach + dx:size - reach + dx] += (
                k[dy + reach, dx + reach] * inner)
    return out
