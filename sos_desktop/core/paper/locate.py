"""Find a sheet in a picture: its ArUco corner markers give the page's position and orientation
(upside down included) and a homography straightens it; paper/qr.py says which sheet it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np

from sos_desktop.core.paper.layout import (
    MARKER_SIZE,
    MARKERS,
    PAGE_H,
    PAGE_W,
)

DETECT_MAX_SIDE = 1400  # markers are found on a copy no larger than this (speed)
SCALE = 2.0  # pixels per point of the straightened page (144 dpi): a dot and a tick differ


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
    # Motion blur smears a marker's corners by a few pixels (a sheet shaken at 70% of a 720p
    # frame: 3.3 px, 14% of its side); markers that are not a sheet's are off by far more.
    if float(np.max(np.linalg.norm(projected - dst, axis=1))) > max(3.0, side * 0.16):
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
