"""Which sheet a page is: its QR code, read where the layout put it. A small or soft code (a
webcam at arm's length) is read module by module once its finder and alignment patterns are
found, and a clean redrawing of what was seen is decoded."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import cv2
import numpy as np

from sos_desktop.core.paper.layout import QR_SIZE, QR_X, QR_Y
from sos_desktop.core.paper.locate import Located
from sos_desktop.core.paper.payload import SheetIdentity, decode
from sos_desktop.core.paper.qr_soft import PAD, N, deblurred

QR_MODULES = 25 + 4  # version 2 plus the printed 2-module quiet zone


@cache
def _qr_detector() -> cv2.QRCodeDetector:
    return cv2.QRCodeDetector()


def read_qr(grey: np.ndarray, located: Located) -> tuple[SheetIdentity | None, str]:
    """The sheet's identity from its QR code (where the layout put it), and the raw text."""
    module = QR_SIZE / QR_MODULES
    x0, y0 = QR_X + 2 * module, QR_Y + 2 * module
    side = 25 * module
    px = 8  # pixels per module in the straightened crop
    margin = 4 * module
    scale = px / module
    size = round((side + 2 * margin) * scale)
    shift = np.array([[1 / scale, 0, x0 - margin], [0, 1 / scale, y0 - margin], [0, 0, 1]])
    crop = cv2.warpPerspective(grey, located.homography @ shift, (size, size),
                               flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP,
                               borderMode=cv2.BORDER_REPLICATE)
    inner = np.array([[margin, margin], [margin + side, margin], [margin + side, margin + side],
                      [margin, margin + side]], np.float32) * scale
    otsu = cv2.threshold(cv2.GaussianBlur(crop, (5, 5), 0), 0, 255,
                         cv2.THRESH_BINARY | cv2.THRESH_OTSU)[1]
    for img in (crop, otsu):
        text = _decode(img, inner, search=False)
        if text:
            return decode(text), text
    # A small or soft code: the markers say where each module is, so read each module's
    # middle (its blur undone) and decode a clean redrawing of what was seen.
    text = _decode_modules(crop, margin * scale, side * scale, N)
    if not text:  # last, the decoder's own search (13 ms): markers a little off the code
        text = _decode(crop, inner, search=True)
    return (decode(text), text) if text else (None, "")


def _decode(img: np.ndarray, inner: np.ndarray, *, search: bool = True) -> str:
    """The layout says where the code is: decode there first, search only if that fails (and
    `search`). A decoder error on a strange frame is a code not read, never a crash."""
    try:
        text, _straight = _qr_detector().decode(img, inner.reshape(1, 4, 2))
        if not text and search:
            text, _points, _straight = _qr_detector().detectAndDecode(img)
    except cv2.error:
        return ""
    return text or ""


@cache
def _finder(px: int) -> np.ndarray:
    """A QR finder pattern (7 modules) in its white ring, `px` pixels a module, softened."""
    cells = np.ones((9, 9), np.float32)
    cells[1:8, 1:8] = 0
    cells[2:7, 2:7] = 1
    cells[3:6, 3:6] = 0
    img = cv2.resize(cells, (9 * px, 9 * px), interpolation=cv2.INTER_NEAREST)
    return cv2.GaussianBlur(img, (0, 0), px * 0.4)


def _true_grids(crop: np.ndarray, start: float, step: float, n: int) -> list[np.ndarray]:
    """Where the code's modules really are (the markers' fit can be a module off on a small
    picture): the affine map its three finder patterns give, then the perspective one its
    alignment pattern adds; none when the finders are not found."""
    px = round(step)
    template = _finder(px)
    reach = 2 * px
    image = crop.astype(np.float32) / 255
    expected, found = [], []
    for mx, my in ((3.5, 3.5), (n - 3.5, 3.5), (3.5, n - 3.5)):
        cx, cy = start + mx * step, start + my * step
        half = template.shape[0] / 2 + reach
        x0, y0 = round(cx - half), round(cy - half)
        window = image[max(0, y0):y0 + round(2 * half), max(0, x0):x0 + round(2 * half)]
        if window.shape[0] <= template.shape[0] or window.shape[1] <= template.shape[1]:
            return []
        score = cv2.matchTemplate(window, template, cv2.TM_CCOEFF_NORMED)
        _lo, best, _at, (bx, by) = cv2.minMaxLoc(score)
        if best < 0.3:
            return []
        expected.append((cx, cy))
        found.append((max(0, x0) + bx + template.shape[1] / 2,
                      max(0, y0) + by + template.shape[0] / 2))
    affine = cv2.getAffineTransform(np.array(expected, np.float32),
                                    np.array(found, np.float32))
    if n < 25:  # version 1 has no alignment pattern
        return [affine]
    # Version 2's alignment pattern (centred on module 18) makes the fit a perspective one:
    # a sheet tilted or curled under the code is followed.
    ax = ay = start + 18.5 * step
    px_at = affine @ np.array([ax, ay, 1.0])
    small = _alignment(px)
    half = small.shape[0] / 2 + 1.5 * px
    x0, y0 = round(px_at[0] - half), round(px_at[1] - half)
    window = image[max(0, y0):y0 + round(2 * half), max(0, x0):x0 + round(2 * half)]
    if window.shape[0] <= small.shape[0] or window.shape[1] <= small.shape[1]:
        return [affine]
    score = cv2.matchTemplate(window, small, cv2.TM_CCOEFF_NORMED)
    _lo, best, _at, (bx, by) = cv2.minMaxLoc(score)
    if best < 0.3:
        return [affine]
    expected.append((ax, ay))
    found.append((max(0, x0) + bx + small.shape[1] / 2, max(0, y0) + by + small.shape[0] / 2))
    return [affine, cv2.getPerspectiveTransform(np.array(expected, np.float32),
                                                np.array(found, np.float32))]


@cache
def _alignment(px: int) -> np.ndarray:
    """A QR alignment pattern (5 modules) in a one-module white margin, softened."""
    cells = np.ones((7, 7), np.float32)
    cells[1:6, 1:6] = 0
    cells[2:5, 2:5] = 1
    cells[3, 3] = 0
    img = cv2.resize(cells, (7 * px, 7 * px), interpolation=cv2.INTER_NEAREST)
    return cv2.GaussianBlur(img, (0, 0), px * 0.4)


def _decode_modules(crop: np.ndarray, start: float, side: float, n: int) -> str:
    step = side / n
    for grid in [*_true_grids(crop, start, step, n), None][:2]:  # found, else as placed
        text = _decode_grid(_regridded(crop, grid), start, step, n)
        if text:
            return text
    return ""


def _regridded(crop: np.ndarray, grid: np.ndarray | None) -> np.ndarray:
    size = (crop.shape[1], crop.shape[0])
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    if grid is None:
        return crop
    if grid.shape == (3, 3):
        return cv2.warpPerspective(crop, grid, size, flags=flags,
                                   borderMode=cv2.BORDER_REPLICATE)
    return cv2.warpAffine(crop, grid, size, flags=flags, borderMode=cv2.BORDER_REPLICATE)


def _decode_grid(crop: np.ndarray, start: float, step: float, n: int) -> str:
    centres = start + (np.arange(-PAD, n + PAD) + 0.5) * step  # the quiet zone too
    half = max(1, round(step * 0.22))
    blurred = cv2.blur(crop.astype(np.float32), (2 * half + 1, 2 * half + 1))
    at = np.clip(np.round(centres).astype(int), 0, min(crop.shape) - 1)
    values = blurred[np.ix_(at[PAD:-PAD], at[PAD:-PAD])]
    if float(values.max() - values.min()) < 20:
        return ""
    return _decode_bits(_candidates(blurred, at, step, n), n)


def _candidates(blurred: np.ndarray, at: np.ndarray, step: float, n: int
                ) -> Iterator[np.ndarray]:
    """Module calls to try, most likely first (each only if those before did not decode)."""
    padded = blurred[np.ix_(at, at)]
    values = padded[PAD:-PAD, PAD:-PAD]
    soft = deblurred(padded) if n == N else None
    if soft is None:
        yield from _binarised(values)
        return
    # The blur undone is right where thresholding is (and far more often): thresholding is
    # tried once more, other thresholds are not worth a failing frame's time.
    yield np.where(soft[PAD:-PAD, PAD:-PAD] > 0.5, 0, 255).astype(np.uint8)
    yield next(_binarised(values))
    # Glare or a shadow across the code: the paper's and the ink's local levels evened out
    soft = deblurred(_evened(padded))
    if soft is not None:
        yield np.where(soft[PAD:-PAD, PAD:-PAD] > 0.5, 0, 255).astype(np.uint8)


def _evened(values: np.ndarray) -> np.ndarray:
    """Module values with the lightest and darkest levels within 5 modules stretched to white
    and black: a code has both that close everywhere (its finders' middles are 3 across)."""
    square = np.ones((5, 5), np.uint8)
    light = cv2.GaussianBlur(cv2.dilate(values, square), (0, 0), 2)
    dark = cv2.GaussianBlur(cv2.erode(values, square), (0, 0), 2)
    return 255 * (values - dark) / np.maximum(light - dark, 10)


def _decode_bits(candidates: Iterable[np.ndarray], n: int) -> str:
    """The first of `candidates` (modules, 0 dark, 255 light) a clean redrawing decodes."""
    module = 8
    corners = np.array([[4, 4], [n + 4, 4], [n + 4, n + 4], [4, n + 4]], np.float32) * module
    for bits in candidates:
        clean = np.full(((n + 8) * module, (n + 8) * module), 255, np.uint8)
        clean[4 * module:(n + 4) * module, 4 * module:(n + 4) * module] = cv2.resize(
            bits, (n * module, n * module), interpolation=cv2.INTER_NEAREST)
        text = _decode(clean, corners, search=False)  # drawn where it is: no search
        if text:
            return text
    return ""


def _binarised(values: np.ndarray) -> Iterator[np.ndarray]:
    """Ways to call each module dark or light, most likely first: against the whole code,
    then against its neighbourhood (light falling unevenly), a little either side."""
    lo, hi = float(values.min()), float(values.max())
    raw = ((values - lo) * 255 / max(hi - lo, 1e-6)).astype(np.uint8)
    otsu, _ = cv2.threshold(raw, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    yield np.where(raw > otsu, 255, 0).astype(np.uint8)
    local = cv2.GaussianBlur(values, (0, 0), 3)
    yield np.where(values > local, 255, 0).astype(np.uint8)
    yield np.where(raw > otsu - 12, 255, 0).astype(np.uint8)
