"""Find a sheet in a picture: its ArUco corner markers give the page's position and orientation
(upside down included), a homography straightens it, and its QR code says which sheet it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np

from sos_desktop.core.paper.layout import (
    MARKER_SIZE,
    MARKERS,
    PAGE_H,
    PAGE_W,
    QR_SIZE,
    QR_X,
    QR_Y,
)
from sos_desktop.core.paper.payload import SheetIdentity, decode

DETECT_MAX_SIDE = 1400  # markers are found on a copy no larger than this (speed)
SCALE = 2.0  # pixels per point of the straightened page (144 dpi): a dot and a tick differ
QR_MODULES = 25 + 4  # version 2 plus the printed 2-module quiet zone


@cache
def _detector(soft: bool = False) -> cv2.aruco.ArucoDetector:
    """The markers' detector; `soft` for a blurred picture (a sharpened copy is searched):
    every bit of the marker's code may be corrected, the fit to a sheet then checks it."""
    params = cv2.aruco.DetectorParameters()
    if soft:
        params.errorCorrectionRate = 1.0
    params.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    # Two threshold windows instead of three: our markers are large and high-contrast.
    params.adaptiveThreshWinSizeMin, params.adaptiveThreshWinSizeMax = 7, 27
    params.adaptiveThreshWinSizeStep = 20
    # A marker is about 1/18 of the page's height: contours much smaller than that (letters)
    # are dropped before the costly checks. A sheet must fill a fair part of the picture.
    params.minMarkerPerimeterRate = 0.03
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)
    return cv2.aruco.ArucoDetector(dictionary, params)


def _markers(image: np.ndarray, detector: cv2.aruco.ArucoDetector) -> dict[int, np.ndarray]:
    corners, ids, _rejected = detector.detectMarkers(image)
    found: dict[int, np.ndarray] = {}
    for c, marker_id in zip(corners, () if ids is None else ids.ravel(), strict=True):
        if int(marker_id) in MARKERS and int(marker_id) not in found:
            found[int(marker_id)] = c.reshape(4, 2)
    return found


@cache
def _pattern(marker_id: int, px: int) -> np.ndarray:
    """A marker as printed (its 6x6 cells) in a white margin of one cell, `px` a cell."""
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)
    cells = cv2.aruco.generateImageMarker(dictionary, marker_id, 6)
    img = cv2.copyMakeBorder(cells, 1, 1, 1, 1, cv2.BORDER_CONSTANT, value=255)
    return cv2.resize(img, (8 * px, 8 * px), interpolation=cv2.INTER_NEAREST).astype(np.float32)


def _recovered(grey: np.ndarray, found: dict[int, np.ndarray]) -> dict[int, np.ndarray]:
    """Markers the detector missed (one touching the scan's edge, a soft corner), found by
    matching their printed pattern where the two found ones say they are."""
    src = np.concatenate([_marker_points(i) for i in found])
    dst = np.concatenate(list(found.values())).astype(np.float32)
    guess, _mask = cv2.findHomography(src, dst, 0)
    if guess is None:
        return {}
    px = 6  # pixels per cell of the straightened window
    cell = MARKER_SIZE / 6
    out: dict[int, np.ndarray] = {}
    for marker_id, (x, y) in MARKERS.items():
        if marker_id in found:
            continue
        reach = 3  # cells either way: what two markers' fit can be off by
        left, top = x - (1 + reach) * cell, y - (1 + reach) * cell
        size = round((8 + 2 * reach) * px)
        to_window = np.array([[cell / px, 0, left], [0, cell / px, top], [0, 0, 1]])
        window = cv2.warpPerspective(grey, guess @ to_window, (size, size),
                                     flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                                     borderMode=cv2.BORDER_CONSTANT, borderValue=255)
        score = cv2.matchTemplate(window.astype(np.float32), _pattern(marker_id, px),
                                  cv2.TM_CCOEFF_NORMED)
        _lo, best, _at, (bx, by) = cv2.minMaxLoc(score)
        if best < 0.7:  # not clearly that marker: the page stays not found
            continue
        corners = (np.array([[1, 1], [7, 1], [7, 7], [1, 7]], np.float32) * px
                   + (bx, by)) * (cell / px) + (left, top)
        at = cv2.perspectiveTransform(corners.reshape(-1, 1, 2).astype(np.float64), guess)
        out[marker_id] = at.reshape(4, 2).astype(np.float32)
    return out


def _marker_points(marker_id: int) -> np.ndarray:
    x, y = MARKERS[marker_id]
    s = MARKER_SIZE
    return np.array([(x, y), (x + s, y), (x + s, y + s), (x, y + s)], np.float32)


@dataclass(frozen=True)
class Located:
    homography: np.ndarray  # page points -> image pixels
    corners: tuple[tuple[float, float], ...]  # the page's TL, TR, BR, BL in image pixels
    markers: int
    whole: bool  # all four markers fall inside the picture, so every box on the page does


def locate(grey: np.ndarray) -> Located | None:
    """The page in `grey`, from at least three of its four corner markers, or None."""
    h, w = grey.shape[:2]
    shrink = min(1.0, DETECT_MAX_SIDE / max(h, w))
    # Linear is ten times faster than area averaging at these ratios and loses nothing the
    # large markers need.
    small = grey if shrink == 1.0 else cv2.resize(
        grey, (round(w * shrink), round(h * shrink)),
        interpolation=cv2.INTER_LINEAR if shrink > 0.5 else cv2.INTER_AREA)
    found = _markers(small, _detector())
    if len(found) < 3:  # a soft webcam picture: look again, sharpened
        blur = cv2.GaussianBlur(small, (0, 0), 2)
        sharp = cv2.addWeighted(small, 2.5, blur, -1.5, 0)
        found = _markers(sharp, _detector(soft=True)) | found
    found = {k: v / shrink for k, v in found.items()}
    if len(found) < 3 and shrink < 1.0:  # a large scan: the full picture, at its cost
        found = _markers(grey, _detector()) | found
    if len(found) == 2:  # the others where two put them, looked for by their own pattern
        found |= _recovered(grey, found)
    if len(found) < 3:
        return None
    src = np.concatenate([_marker_points(i) for i in found])
    dst = np.concatenate(list(found.values())).astype(np.float32)
    homography, _mask = cv2.findHomography(src, dst, 0)
    if homography is None:
        return None
    projected = cv2.perspectiveTransform(src.reshape(-1, 1, 2), homography).reshape(-1, 2)
    side = float(np.mean([np.linalg.norm(v[0] - v[1]) for v in found.values()]))
    if float(np.max(np.linalg.norm(projected - dst, axis=1))) > max(3.0, side * 0.12):
        return None  # the markers do not sit where a sheet's would: not one of our pages
    page = np.array([(0, 0), (PAGE_W, 0), (PAGE_W, PAGE_H), (0, PAGE_H)], np.float32)
    outline = cv2.perspectiveTransform(page.reshape(-1, 1, 2), homography).reshape(-1, 2)
    every = np.concatenate([_marker_points(i) for i in MARKERS])
    at = cv2.perspectiveTransform(every.reshape(-1, 1, 2), homography).reshape(-1, 2)
    whole = bool(np.all((at >= 0) & (at < (w, h))))
    return Located(homography, tuple((float(x), float(y)) for x, y in outline), len(found),
                   whole)


def straighten(grey: np.ndarray, located: Located, scale: float = SCALE) -> np.ndarray:
    """The page seen square-on at `scale` pixels per point, lighting evened out (paper white)."""
    to_page = np.diag([1 / scale, 1 / scale, 1.0])
    m = located.homography @ to_page
    size = (round(PAGE_W * scale), round(PAGE_H * scale))
    page = cv2.warpPerspective(grey, m, size, flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                               borderMode=cv2.BORDER_REPLICATE)
    # Paper brightness from a small copy with the ink closed away, then divided out: shadows
    # and uneven light become white paper again.
    w8, h8 = size[0] // 8 * 8, size[1] // 8 * 8  # whole 8x8 cells: OpenCV's fast path
    small = cv2.resize(page[:h8, :w8], (w8 // 8, h8 // 8), interpolation=cv2.INTER_AREA)
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    paper = cv2.resize(cv2.blur(paper, (5, 5)), size, interpolation=cv2.INTER_LINEAR)
    return cv2.divide(page, np.maximum(paper, 1), scale=255)


def region(grey: np.ndarray, located: Located, x: float, y: float, w: float, h: float,
           scale: float = 2.5) -> np.ndarray:
    """Part of the page (points) cut from the original picture at `scale` pixels per point:
    sharper than the straightened page, for crops a person reads (review, handwriting)."""
    shift = np.array([[1 / scale, 0, x], [0, 1 / scale, y], [0, 0, 1]])
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    crop = cv2.warpPerspective(grey, located.homography @ shift, size,
                               flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                               borderMode=cv2.BORDER_REPLICATE)
    low, high = np.percentile(crop, (1, 99))  # even out a dim or grey picture
    if high - low < 8:
        return crop
    return cv2.convertScaleAbs(crop, alpha=255 / (high - low), beta=-low * 255 / (high - low))


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
    candidates = [crop, cv2.threshold(cv2.GaussianBlur(crop, (5, 5), 0), 0, 255,
                                      cv2.THRESH_BINARY | cv2.THRESH_OTSU)[1]]
    for img in candidates:
        text = _decode(img, inner)
        if text:
            return decode(text), text
    # A small or soft code: the markers say where each module is, so read each module's
    # middle and decode a clean redrawing of what was seen.
    for n in (25,):
        text = _decode_modules(crop, margin * scale, side * scale, n)
        if text:
            return decode(text), text
    return None, ""


def _decode(img: np.ndarray, inner: np.ndarray) -> str:
    """The layout says where the code is: decode there first, search only if that fails. A
    decoder error on a strange frame is a code not read, never a crash."""
    try:
        text, _straight = _qr_detector().decode(img, inner.reshape(1, 4, 2))
        if not text:
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


def _true_grid(crop: np.ndarray, start: float, step: float, n: int) -> np.ndarray | None:
    """Where the code's three finder patterns really are (the markers' fit can be a module
    off on a small picture): the affine map from where they should be to where they are."""
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
            return None
        score = cv2.matchTemplate(window, template, cv2.TM_CCOEFF_NORMED)
        _lo, best, _at, (bx, by) = cv2.minMaxLoc(score)
        if best < 0.3:
            return None
        expected.append((cx, cy))
        found.append((max(0, x0) + bx + template.shape[1] / 2,
                      max(0, y0) + by + template.shape[0] / 2))
    return cv2.getAffineTransform(np.array(expected, np.float32), np.array(found, np.float32))


def _decode_modules(crop: np.ndarray, start: float, side: float, n: int) -> str:
    step = side / n
    grid = _true_grid(crop, start, step, n)
    if grid is not None:
        crop = cv2.warpAffine(crop, grid, (crop.shape[1], crop.shape[0]),
                              flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                              borderMode=cv2.BORDER_REPLICATE)
    centres = start + (np.arange(n) + 0.5) * step
    half = max(1, round(step * 0.22))
    blurred = cv2.blur(crop.astype(np.float32), (2 * half + 1, 2 * half + 1))
    xs = np.clip(np.round(centres).astype(int), 0, crop.shape[1] - 1)
    ys = np.clip(np.round(centres).astype(int), 0, crop.shape[0] - 1)
    values = blurred[np.ix_(ys, xs)]
    if float(values.max() - values.min()) < 20:
        return ""
    module = 8
    corners = np.array([[4, 4], [n + 4, 4], [n + 4, n + 4], [4, n + 4]], np.float32) * module
    for bits in _binarised(values):
        clean = np.full(((n + 8) * module, (n + 8) * module), 255, np.uint8)
        clean[4 * module:(n + 4) * module, 4 * module:(n + 4) * module] = cv2.resize(
            bits, (n * module, n * module), interpolation=cv2.INTER_NEAREST)
        text = _decode(clean, corners)
        if text:
            return text
    return ""

def _binarised(values: np.ndarray) -> Iterator[np.ndarray]:
    """Ways to call each module dark or light, most likely first: against the whole code,
    then against its neighbourhood (light falling unevenly), a little either side."""
    lo, hi = float(values.min()), float(values.max())
    raw = ((values - lo) * 255 / max(hi - lo, 1e-6)).astype(np.uint8)
    otsu, _ = cv2.threshold(raw, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    for cut in (otsu, otsu - 12, otsu + 12):
        yield np.where(raw > cut, 255, 0).astype(np.uint8)
    local = cv2.GaussianBlur(values, (0, 0), 3)
    for bias in (0.0, -6.0, 6.0):
        yield np.where(values > local + bias, 255, 0).astype(np.uint8)
