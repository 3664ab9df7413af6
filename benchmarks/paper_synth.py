"""Synthetic answer sheets: the app's own PDF rendered, filled the ways students fill bubbles,
then degraded like a webcam frame, a phone photo or a school copier. Used by the tests and the
`paper` benchmark suite."""

from __future__ import annotations

import math
import random
import tempfile
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from sos_desktop.core.paper.layout import Box, SheetLayout
from sos_desktop.core.surveys.model import QuestionType, SurveyDef

CLEAR = ("full",)


def render_pdf(pdf: bytes, dpi: int) -> list[np.ndarray]:
    """Every page of `pdf` as grey images, through the app's own QtPdf renderer."""
    from sos_desktop.pdf_pages import render_pdf_pages

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheets.pdf"
        path.write_bytes(pdf)
        return list(render_pdf_pages(path, dpi))


def marks_for(survey: SurveyDef, answers: dict[str, Any]) -> list[tuple[str, str]]:
    """(question, choice) bubbles a student fills to give `answers`."""
    out = []
    for key, value in answers.items():
        q = survey.question(key)
        if q.type in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT, QuestionType.NUMBER):
            continue
        for v in value if isinstance(value, list) else [value]:
            out.append((key, str(v)))
    return out


def _ink(rng: random.Random, light: bool = False) -> int:
    return rng.randint(150, 185) if light else rng.randint(15, 70)


def draw_mark(img: np.ndarray, box: Box, style: str, dpi: float, rng: random.Random) -> None:
    """One student's mark on `box` (a page image at `dpi`)."""
    s = dpi / 72
    cx = (box.x + box.w / 2 + rng.uniform(-0.8, 0.8)) * s
    cy = (box.y + box.h / 2 + rng.uniform(-0.8, 0.8)) * s
    r = box.w / 2 * s
    pen = max(1, round(1.3 * s))
    c = (round(cx), round(cy))
    if style in ("full", "light", "crossed"):
        ink = _ink(rng, style == "light")
        cv2.circle(img, c, round(r * rng.uniform(0.82, 1.0)), ink, -1, cv2.LINE_AA)
    if style == "half":
        a = rng.uniform(0, 360)
        cv2.ellipse(img, c, (round(r * 0.9),) * 2, a, 0, 180, _ink(rng), -1, cv2.LINE_AA)
    elif style == "tick":
        p0 = (round(cx - r * 0.7), round(cy))
        p1 = (round(cx - r * 0.15), round(cy + r * 0.7))
        p2 = (round(cx + r * 0.9), round(cy - r * 0.9))
        cv2.polylines(img, [np.array([p0, p1, p2])], False, _ink(rng), pen + 1, cv2.LINE_AA)
    elif style in ("x", "crossed"):
        k = 0.8 if style == "x" else 1.5
        ink = _ink(rng)
        for sign in (1, -1):
            cv2.line(img, (round(cx - r * k), round(cy - sign * r * k)),
                     (round(cx + r * k), round(cy + sign * r * k)), ink, pen + 1, cv2.LINE_AA)


def fill_page(img: np.ndarray, layout: SheetLayout, page: int, marks: list[tuple[str, str]],
              dpi: float, rng: random.Random, styles: tuple[str, ...] = CLEAR,
              writing: dict[str, str] | None = None) -> np.ndarray:
    img = img.copy()
    wanted = set(marks)
    for box in layout.page_boxes(page):
        if box.choice is None and writing and box.question in writing:
            s = dpi / 72
            cv2.putText(img, writing[box.question], (round((box.x + 6) * s),
                        round((box.y + 20) * s)), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX,
                        0.5 * s, 40, max(1, round(s)), cv2.LINE_AA)
        elif (box.question, box.choice) in wanted:
            draw_mark(img, box, rng.choice(styles), dpi, rng)
    return img


def webcam(img: np.ndarray, dpi: float, rng: random.Random, *, frame=(1280, 720),
           fill=(0.6, 0.8), jpeg: int = 60) -> np.ndarray:
    """The page held up to a laptop camera: sideways or upright, turned ±10°, perspective,
    blur, noise, uneven light, JPEG; the sheet covers `fill` of the frame's area."""
    fw, fh = frame
    h, w = img.shape
    area = rng.uniform(*fill) * fw * fh
    upright = rng.random() < 0.3
    scale = math.sqrt(area / (w * h))
    pw, ph = w * scale, h * scale
    base_angle = 0 if upright else rng.choice((90, -90))
    bw, bh = (pw, ph) if upright else (ph, pw)
    limit = min(fw / bw, fh / bh) * 0.98
    if limit < 1:  # cannot cover that much of the frame that way up: as large as it fits
        pw, ph, bw, bh = pw * limit, ph * limit, bw * limit, bh * limit
    angle = math.radians(base_angle + rng.uniform(-10, 10))
    corners = np.array([(-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2),
                        (-pw / 2, ph / 2)])
    rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    pts = corners @ rot.T
    pts += np.array([[rng.uniform(-1, 1) * pw * 0.03, rng.uniform(-1, 1) * ph * 0.03]
                     for _ in range(4)])  # perspective: corners off a rectangle
    pts -= pts.mean(axis=0)
    pts *= min(1.0, 0.99 * min(fw / np.ptp(pts[:, 0]), fh / np.ptp(pts[:, 1])))
    pts -= (pts.min(axis=0) + pts.max(axis=0)) / 2  # whole sheet in frame, anywhere in it
    pts += (fw / 2 + rng.uniform(-1, 1) * max(0, (fw - np.ptp(pts[:, 0])) / 2 - 1),
            fh / 2 + rng.uniform(-1, 1) * max(0, (fh - np.ptp(pts[:, 1])) / 2 - 1))
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    m = cv2.getPerspectiveTransform(src, pts.astype(np.float32))
    background = rng.randint(60, 140)
    out = cv2.warpPerspective(img, m, (fw, fh), flags=cv2.INTER_AREA,
                              borderValue=background)
    yy, xx = np.mgrid[:fh, :fw].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.75 + 0.25 * (gx * (xx / fw - 0.5) + gy * (yy / fh - 0.5)) * 2 * rng.uniform(0.4, 1)
    out = out.astype(np.float32) * np.clip(light, 0.45, 1.0)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 1.1))
    out += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)


def copier(img: np.ndarray, rng: random.Random, *, upside_down: bool | None = None) -> np.ndarray:
    """A school copier's scan: grey, skewed up to 2°, maybe upside down, a little noise."""
    h, w = img.shape
    angle = rng.uniform(-2, 2) + (180 if (rng.random() < 0.5 if upside_down is None
                                          else upside_down) else 0)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    out = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=250)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3, out.shape)
    return np.clip(out.astype(np.float32) * 0.97 + 4 + noise, 0, 255).astype(np.uint8)


def images_to_pdf(images: list[np.ndarray], dpi: float, quality: int = 80) -> bytes:
    """A scanner's PDF: each grey image one JPEG page, its size from `dpi` (as copiers write
    them; any page size works). The realistic copier's writer (paper_capture) does it."""
    from benchmarks.paper_capture import images_to_pdf as copier_pdf

    return copier_pdf(images, dpi, quality)
