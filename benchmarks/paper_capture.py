"""How a filled page reaches the reader: a school copier at 200 dpi (colour, grey, 1-bit) or a
camera still (webcam 1280×720, phone 1920×1080). Every random choice is returned with the
picture, so a failing page can be described and regenerated.

Positions come from the layout module (markers, QR code, boxes), never from pixel constants.
"""

from __future__ import annotations

import math
import random
from typing import Any

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
    SheetLayout,
)

COPIER_MODES = ("grey", "colour", "1bit")


def _rects(layout: SheetLayout, page: int) -> list[tuple[float, float, float, float]]:
    """Everything that must stay on the scan (points): QR code and every box."""
    return [(QR_X, QR_Y, QR_SIZE, QR_SIZE)] + [(b.x, b.y, b.w, b.h)
                                               for b in layout.page_boxes(page)]


def _inside(m: np.ndarray, rect, size, s: float, slack: float = 2.0) -> bool:
    x, y, w, h = rect
    pts = np.array([(x, y), (x + w, y), (x + w, y + h), (x, y + h)]) * s
    p = pts @ m[:, :2].T + m[:, 2]
    return bool((p >= slack).all() and (p[:, 0] <= size[0] - slack).all()
                and (p[:, 1] <= size[1] - slack).all())


def _then(m: np.ndarray, pre: np.ndarray) -> np.ndarray:
    """The affine map `pre` followed by `m`."""
    return np.hstack([m[:, :2] @ pre[:, :2], (m[:, :2] @ pre[:, 2] + m[:, 2])[:, None]])


def copier(img: np.ndarray, dpi: float, layout: SheetLayout, page: int, rng: random.Random,
           mode: str, *, cut_corner: bool | None = None, placed: np.ndarray | None = None
           ) -> tuple[np.ndarray, dict[str, Any]]:
    """A copier's scan of a BGR page at `dpi`: skew ≤ 3°, maybe fed upside down, maybe shifted
    so one corner marker is cut off by the scan edge; colour/grey/1-bit. Returns the image
    (BGR for colour, grey otherwise) and its parameters. `placed` maps the layout's pixels
    to where the printer put them on `img` (fit to page), identity if None."""
    h, w = img.shape[:2]
    s = dpi / 72
    cut = cut_corner if cut_corner is not None else rng.random() < 0.35
    # a corner goes off the glass because the sheet lies crooked: those are the skewed ones
    angle = rng.choice((-1, 1)) * rng.uniform(1.5, 3) if cut else rng.uniform(-3, 3)
    flip = rng.random() < 0.3
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle + (180 if flip else 0), 1.0)
    params: dict[str, Any] = {"mode": mode, "skew": round(angle, 2), "upside_down": flip,
                              "cut_marker": None}
    if cut:
        # the sheet lay crooked against the glass's edge: the corner the skew pushes out is
        # cut, the other three markers, the QR code and every box stay on
        pre = placed if placed is not None else np.array([[1, 0, 0], [0, 1, 0]], np.float64)
        full = _then(m, pre)
        candidates = [(k, axis) for k in MARKERS for axis in (0, 1)]
        rng.shuffle(candidates)
        fracs = (rng.uniform(0.3, 0.9), 0.5, 0.3, 0.15, 0.08)
        for frac, (mid, axis) in [(f, c) for f in fracs for c in candidates]:
            mx, my = MARKERS[mid]
            corners = np.array([(mx, my), (mx + MARKER_SIZE, my),
                                (mx + MARKER_SIZE, my + MARKER_SIZE), (mx, my + MARKER_SIZE)]) * s
            p = corners @ full[:, :2].T + full[:, 2]
            lo, hi = p[:, axis].min(), p[:, axis].max()
            if (lo + hi) / 2 > (w, h)[axis] / 2:  # push its far edge past the scan's edge
                shift = (w, h)[axis] - hi + frac * (hi - lo)
            else:
                shift = -lo - frac * (hi - lo)
            trial = m.copy()
            trial[axis, 2] += shift
            others = [(x, y, MARKER_SIZE, MARKER_SIZE) for k, (x, y) in MARKERS.items()
                      if k != mid]
            placed_trial = _then(trial, pre)
            quiet = 0.04 * MARKER_SIZE * s  # the other markers stay whole, a little margin
            if all(_inside(placed_trial, r, (w, h), s) for r in _rects(layout, page)) and \
                    all(_inside(placed_trial, r, (w, h), s, quiet) for r in others):
                m = trial
                params["cut_marker"] = {"id": mid, "share": round(frac, 2)}
                break
    params["matrix"] = _then(m, placed if placed is not None
                             else np.array([[1, 0, 0], [0, 1, 0]], np.float64))
    glass = rng.randint(238, 252)
    out = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR,
                         borderValue=(glass, glass, glass))
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 0.8))
    f = out.astype(np.float32)
    black, white = rng.uniform(10, 35), rng.uniform(238, 252)  # the copier's tone curve
    f = black + f / 255 * (white - black)
    f += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(1.5, 4), f.shape)
    out = np.clip(f, 0, 255).astype(np.uint8)
    params |= {"black": round(black), "white": round(white)}
    if mode == "colour":
        return out, params
    grey = cv2.cvtColor(out, cv2.COLOR_BGR2GRAY)
    if mode == "grey":
        return grey, params
    if rng.random() < 0.7:  # text mode: one threshold
        t = rng.randint(120, 175)
        params["bilevel"] = f"threshold {t}"
        return np.where(grey > t, 255, 0).astype(np.uint8), params
    # photo mode: background suppressed to white, then greys as a dot pattern
    grey = np.clip((grey.astype(np.float32) - 20) * 255 / (rng.uniform(215, 235) - 20), 0, 255)
    bayer = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]])
    tile = np.tile((bayer + 0.5) * 16, (h // 4 + 1, w // 4 + 1))[:h, :w]
    params["bilevel"] = "ordered dither"
    return np.where(grey > tile, 255, 0).astype(np.uint8), params


def vanished(scan: np.ndarray, bare: np.ndarray, matrix: np.ndarray, layout: SheetLayout,
             page: int, question: str, dpi: float) -> bool:
    """Whether a question's marks left nothing on a 1-bit scan: no new black pixels near any
    of its bubbles (`bare`: the same scan of the unmarked sheet)."""
    s = dpi / 72
    new = (scan < 128) & (bare >= 128)
    for b in layout.page_boxes(page):
        if b.question != question or b.choice is None:
            continue
        r = b.w / 2 * s
        cx, cy = np.array([b.x + b.w / 2, b.y + b.h / 2]) * s @ matrix[:, :2].T + matrix[:, 2]
        x0, y0 = max(0, int(cx - 2 * r)), max(0, int(cy - 2 * r))
        if new[y0:int(cy + 2 * r), x0:int(cx + 2 * r)].sum() > 0.03 * math.pi * r * r:
            return False
    return True


def images_to_pdf(images: list[np.ndarray], dpi: float, quality: int = 85) -> bytes:
    """A copier's PDF: colour and grey pages as JPEG, 1-bit pages (only 0 and 255) as
    1-bit Flate images, each page's size from `dpi`."""
    import zlib

    objects: list[bytes] = []
    kids = []
    for img in images:
        h, w = img.shape[:2]
        if img.ndim == 2 and set(np.unique(img[::7, ::7]).tolist()) <= {0, 255}:
            data = zlib.compress(np.packbits(img > 127, axis=1).tobytes())
            image = (f"/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode "
                     f"/Length {len(data)}")
        else:
            data = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])[1].tobytes()
            space = "/DeviceGray" if img.ndim == 2 else "/DeviceRGB"
            image = (f"/ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode "
                     f"/Length {len(data)}")
        pw, ph = w * 72 / dpi, h * 72 / dpi
        n = len(objects) + 3
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                       f"/Resources << /XObject << /Im0 {n + 2} 0 R >> >> "
                       f"/Contents {n + 1} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} "
                       f"{image} >>\nstream\n".encode() + data + b"\nendstream")
        kids.append(f"{n} 0 R")
    head = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(head + objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1, xref)
    return bytes(out)


def page_size_px(dpi: float) -> tuple[float, float]:
    return PAGE_W * dpi / 72, PAGE_H * dpi / 72


def _rot(axis: np.ndarray, theta: float) -> np.ndarray:
    return cv2.Rodrigues((axis / np.linalg.norm(axis) * theta).astype(np.float64))[0]
