"""A small, soft QR code's modules read through its blur.

At arm's length a webcam sees a module as 2–3 pixels, and lens softness, motion and JPEG
spread each module's darkness onto its neighbours: calling each module by the brightness at its
middle then gets tens of modules wrong. But a quarter of a version 2 code is known in advance
(finder, timing and alignment patterns, the white quiet zone round it), so how this picture
mixes a module with its neighbours can be measured there, then undone for the unknown modules
(a small least-squares deconvolution on the module grid). Modules then called with confidence
are taken as known and the rest solved again, which undoes most of what noise left: on webcam
stills of a sheet at 45-60% of a 720p frame's height, modules wrong per failed code went from
20-90 (each module's middle) to 0-30.
"""

from __future__ import annotations

from functools import cache

import cv2
import numpy as np

N = 25  # version 2
PAD = 2  # the printed quiet zone, known white
REACH = 1  # a module's neighbours that reach its middle: 3x3


@cache
def function_modules() -> tuple[np.ndarray, np.ndarray]:
    """(known, dark) over the padded grid (N + 2 * PAD square): the modules every version 2
    code has (finder, timing and alignment patterns, the dark module, the quiet zone)."""
    known = np.zeros((N, N), bool)
    dark = np.zeros((N, N), bool)
    for r, c in ((0, 0), (0, N - 7), (N - 7, 0)):  # finders, and the light line round them
        known[max(r - 1, 0):r + 8, max(c - 1, 0):c + 8] = True
        for i in range(7):
            for j in range(7):
                dark[r + i, c + j] = max(abs(i - 3), abs(j - 3)) != 2
    for k in range(8, N - 8):  # timing lines
        known[6, k] = known[k, 6] = True
        dark[6, k] = dark[k, 6] = k % 2 == 0
    for i in range(-2, 3):  # the alignment pattern, centred on module 18
        for j in range(-2, 3):
            known[18 + i, 18 + j] = True
            dark[18 + i, 18 + j] = max(abs(i), abs(j)) != 1
    known[N - 8, 8] = dark[N - 8, 8] = True  # the dark module
    padded_known = np.pad(known, PAD, constant_values=True)  # the quiet zone: known light
    return padded_known, np.pad(dark & known, PAD)


def deblurred(values: np.ndarray, feedback: bool = True) -> np.ndarray | None:
    """Each module's darkness (0 light .. 1 dark, about) from `values`, the brightness at the
    middle of each module of the padded grid (N + 2 * PAD square); None when the known modules
    do not fit a blur (not a code, or the grid is off)."""
    known, dark = function_modules()
    model = _blur_model(values, known, dark.astype(np.float64))
    if model is None:
        return None
    x = _solve(values, known, dark.astype(np.float64), *model)
    if feedback:
        # modules called with confidence are taken as known, the rest solved again
        for sure in (0.35, 0.25, 0.15):
            fixed = known | (np.abs(x - 0.5) > sure)
            d = np.where(known, dark, x > 0.5).astype(np.float64)
            model = _blur_model(values, fixed, d) or model
            x = _solve(values, fixed, d, *model, start=x)
    return x


def _neighbours(size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    ii, jj = np.mgrid[REACH:size - REACH, REACH:size - REACH]
    offsets = np.array([(dy, dx) for dy in range(-REACH, REACH + 1)
                        for dx in range(-REACH, REACH + 1)])
    near_i = ii.reshape(-1, 1) + offsets[:, 0]
    near_j = jj.reshape(-1, 1) + offsets[:, 1]
    return ii, jj, near_i, near_j


def _blur_model(values: np.ndarray, known: np.ndarray, d: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray] | None:
    """The blur (3x3 weights) and the paper's level and light gradient, fitted on the middles
    whose whole neighbourhood is known; None when it is no code's."""
    size = values.shape[0]
    ii, jj, near_i, near_j = _neighbours(size)
    fit = known[near_i, near_j].all(axis=1)
    if int(fit.sum()) < 60:
        return None
    trend = np.stack([np.ones(ii.size), ii.ravel() / size, jj.ravel() / size], 1)
    design = np.concatenate([d[near_i, near_j], trend], axis=1)
    target = values[ii, jj].ravel().astype(np.float64)
    coef, *_ = np.linalg.lstsq(design[fit], target[fit], rcond=None)
    kernel, base = coef[:near_i.shape[1]], coef[near_i.shape[1]:]
    if -float(kernel.sum()) < 10:  # dark modules must be darker than paper by some margin
        return None
    return kernel, base


def _solve(values: np.ndarray, known: np.ndarray, d: np.ndarray, kernel: np.ndarray,
           base: np.ndarray, start: np.ndarray | None = None) -> np.ndarray:
    """The unknown modules' darkness: every middle is the blur of its neighbourhood; solved by
    conjugate gradients on the normal equations (the blur is a 3x3 filter: cheap)."""
    size = values.shape[0]
    inner = size - 2 * REACH
    ii, jj, near_i, near_j = _neighbours(size)
    unknown = ~known
    trend = np.stack([np.ones(ii.size), ii.ravel() / size, jj.ravel() / size], 1)
    rest = np.zeros((size, size))
    rest[REACH:size - REACH, REACH:size - REACH] = (
        values[ii, jj].ravel() - trend @ base - (d * known)[near_i, near_j] @ kernel
    ).reshape(inner, inner)
    k = kernel.reshape(2 * REACH + 1, 2 * REACH + 1)
    # a little pull towards "undecided" keeps an ill-posed blur (motion) from ringing
    ridge = (0.1 * float(np.abs(kernel).sum())) ** 2

    def normal(x: np.ndarray) -> np.ndarray:
        return _blur_t(_blur(x * unknown, k), k) * unknown + ridge * x

    x = np.where(unknown, 0.5 if start is None else start, 0.0)
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
        if new < 1e-2 * ridge:  # close enough to call each module
            break
        p = r + new / rr * p
        rr = new
    return np.where(unknown, x, d)


def _blur(x: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Each inner middle's mix of its neighbours (the border rows stay 0: not observed)."""
    out = cv2.filter2D(x, cv2.CV_64F, k, borderType=cv2.BORDER_CONSTANT)
    return out * _INNER[x.shape[0]]


def _blur_t(y: np.ndarray, k: np.ndarray) -> np.ndarray:
    """The transpose of `_blur`: each module's share of the middles it reaches."""
    return cv2.filter2D(y * _INNER[y.shape[0]], cv2.CV_64F, k[::-1, ::-1].copy(),
                        borderType=cv2.BORDER_CONSTANT)


class _Inner(dict):
    """size -> the mask of middles whose whole neighbourhood is on the grid."""

    def __missing__(self, size: int) -> np.ndarray:
        mask = np.zeros((size, size))
        mask[REACH:size - REACH, REACH:size - REACH] = 1
        self[size] = mask
        return mask


_INNER = _Inner()
