"""A hand on paper: jittered strokes with pressure and taper, in pen or pencil ink.

Independent of the reader: marks are shaped from how people write (a ballpoint's line is
0.4–0.7 mm and nearly opaque; an HB pencil's is wider, grey and grainy, darker where strokes
cross), never from what the reader measures. Everything is in page pixels at `dpi`; strokes
are drawn 4× supersampled on a patch around them and composited multiplicatively (ink
absorbs light: pencil over a printed ring darkens it further).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import cv2
import numpy as np

SUPER = 4  # supersampling of a stroke patch
MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class Ink:
    """What a mark is drawn with. `bgr` is the colour of a fully inked spot; `opacity` the
    share of light one stroke takes at full pressure; `grain` how much paper tooth shows."""

    name: str  # black_pen / blue_pen / pencil
    bgr: tuple[int, int, int]
    width_mm: float
    opacity: float
    grain: float


def pen(rng: random.Random, kind: str | None = None) -> Ink:
    """A student's tool: a ballpoint (or, one in five, a gel or felt-tip pen), black or blue;
    or a pencil (wooden HB, or a thinner, lighter mechanical one)."""
    kind = kind or rng.choice(("black_pen", "blue_pen", "pencil"))
    if kind in ("black_pen", "blue_pen"):
        felt = rng.random() < 0.2
        width = rng.uniform(0.6, 1.0) if felt else rng.uniform(0.3, 0.5)
        opacity = rng.uniform(0.9, 0.97) if felt else rng.uniform(0.8, 0.95)
        colour = ((rng.randint(25, 45),) * 3 if kind == "black_pen" else
                  (rng.randint(120, 170), rng.randint(45, 80), rng.randint(10, 40)))
        return Ink(kind, colour, width, opacity, 0.04 if felt else 0.08)
    if rng.random() < 0.3:  # mechanical pencil
        return Ink("pencil", (rng.randint(60, 90),) * 3, rng.uniform(0.3, 0.5),
                   rng.uniform(0.45, 0.7), rng.uniform(0.3, 0.5))
    return Ink("pencil", (rng.randint(50, 80),) * 3, rng.uniform(0.45, 0.8),
               rng.uniform(0.55, 0.85), rng.uniform(0.3, 0.5))


def light(ink: Ink, rng: random.Random) -> Ink:
    """The same tool pressed barely: a hesitant mark, faint but plainly there to an eye."""
    return Ink(ink.name, ink.bgr, ink.width_mm * 0.8, rng.uniform(0.15, 0.3), ink.grain)


def smooth_noise(n: int, rng: random.Random, scale: float, corr: int = 6) -> np.ndarray:
    """n values of a low-frequency wobble (a hand's tremor and drift)."""
    g = np.random.default_rng(rng.randrange(1 << 30))
    raw = g.normal(0, 1, n + 2 * corr)
    k = np.hanning(2 * corr + 1)
    out = np.convolve(raw, k / k.sum(), mode="same")[corr:corr + n]
    return out * scale / max(1e-6, float(out.std()) if n > 3 else 1.0)


def resample(points: np.ndarray, step: float) -> np.ndarray:
    """The polyline with points every `step` pixels."""
    seg = np.linalg.norm(np.diff(points, axis=0), axis=1)
    s = np.concatenate([[0], np.cumsum(seg)])
    if s[-1] < 1e-6:
        return points[:1].repeat(2, axis=0)
    t = np.linspace(0, s[-1], max(2, int(s[-1] / step) + 1))
    return np.stack([np.interp(t, s, points[:, 0]), np.interp(t, s, points[:, 1])], axis=1)


def jitter(points: np.ndarray, rng: random.Random, amount: float, step: float) -> np.ndarray:
    """A hand's path through `points`: resampled and wobbled across its direction."""
    p = resample(points, step)
    n = len(p)
    d = np.gradient(p, axis=0)
    norm = np.linalg.norm(d, axis=1, keepdims=True) + 1e-6
    normal = np.stack([-d[:, 1], d[:, 0]], axis=1) / norm
    wob = smooth_noise(n, rng, amount, corr=max(3, min(25, n // 3)))  # a bend, not waves
    fine = smooth_noise(n, rng, amount * 0.15, corr=3)
    return p + normal * (wob + fine)[:, None]


@dataclass
class Stroke:
    points: np.ndarray  # (n, 2) page pixels
    pressure: np.ndarray  # (n,) 0..1


def stroke(points, rng: random.Random, dpi: float, *, wobble: float = 0.25,
           taper: float = 0.15, pressure: float = 1.0) -> Stroke:
    """One pen-down-to-pen-up movement through `points` (pixels). `wobble` in mm."""
    px_mm = dpi / 25.4
    p = jitter(np.asarray(points, np.float64), rng, wobble * px_mm, max(0.7, px_mm * 0.25))
    n = len(p)
    t = np.linspace(0, 1, n)
    a, b = rng.uniform(0.4, 1.6) * taper, rng.uniform(0.4, 1.6) * taper
    ramp = np.minimum(1, np.minimum(t / max(a, 1e-3), (1 - t) / max(b, 1e-3)))
    ramp = 0.35 + 0.65 * np.sqrt(np.clip(ramp, 0, 1))
    vary = 1 + smooth_noise(n, rng, 0.12, corr=max(2, n // 5))
    return Stroke(p, np.clip(pressure * ramp * vary, 0.05, 1.0))


def draw(img: np.ndarray, strokes: list[Stroke], ink: Ink, dpi: float,
         rng: random.Random) -> None:
    """Composite `strokes` onto `img` (BGR uint8, in place)."""
    if not strokes:
        return
    px_mm = dpi / 25.4
    width = max(0.8, ink.width_mm * px_mm)
    allp = np.concatenate([s.points for s in strokes])
    pad = int(width * 2 + 3)
    h, w = img.shape[:2]
    x0, y0 = max(0, int(allp[:, 0].min()) - pad), max(0, int(allp[:, 1].min()) - pad)
    x1, y1 = min(w, int(allp[:, 0].max()) + pad), min(h, int(allp[:, 1].max()) + pad)
    if x1 <= x0 or y1 <= y0:
        return
    cover = np.zeros((y1 - y0, x1 - x0), np.float32)
    g = np.random.default_rng(rng.randrange(1 << 30))
    for s in strokes:
        big = np.zeros(((y1 - y0) * SUPER, (x1 - x0) * SUPER), np.uint8)
        pts = (s.points - (x0, y0)) * SUPER
        for i in range(len(pts) - 1):
            pr = (s.pressure[i] + s.pressure[i + 1]) / 2
            thick = max(1, round(width * SUPER * (0.55 + 0.45 * pr)))
            a = (round(pts[i][0] * 16), round(pts[i][1] * 16))
            b = (round(pts[i + 1][0] * 16), round(pts[i + 1][1] * 16))
            cv2.line(big, a, b, int(40 + 215 * pr), thick, cv2.LINE_AA, shift=4)
        one = cv2.resize(big, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)
        one = one.astype(np.float32) / 255 * ink.opacity
        if ink.grain > 0:  # paper tooth: ink catches on the peaks only
            tooth = g.random(one.shape).astype(np.float32)
            tooth = cv2.GaussianBlur(tooth, (0, 0), 0.6)
            tooth = np.clip((tooth - tooth.mean()) / (tooth.std() + 1e-6) * 0.5 + 1, 0, 1.6)
            one *= 1 - ink.grain + ink.grain * tooth
        cover = 1 - (1 - cover) * (1 - np.clip(one, 0, 1))
    region = img[y0:y1, x0:x1].astype(np.float32)
    absorb = 1 - np.asarray(ink.bgr, np.float32) / 255
    region *= 1 - cover[..., None] * absorb
    img[y0:y1, x0:x1] = np.clip(region, 0, 255).astype(np.uint8)


def smear(img: np.ndarray, centre: tuple[float, float], radius: float, strength: float,
          rng: random.Random, grey: int = 90) -> None:
    """What an eraser leaves of a pencil fill: a soft grey cloud larger than the fill, with
    streaks along the rubbing direction."""
    cx, cy = centre
    r = int(radius * 2.2) + 2
    h, w = img.shape[:2]
    x0, y0 = max(0, int(cx) - r), max(0, int(cy) - r)
    x1, y1 = min(w, int(cx) + r), min(h, int(cy) + r)
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    ang = rng.uniform(0, math.pi)
    u = (xx - cx) * math.cos(ang) + (yy - cy) * math.sin(ang)
    v = -(xx - cx) * math.sin(ang) + (yy - cy) * math.cos(ang)
    blob = np.exp(-((u / (radius * 1.5)) ** 2 + (v / (radius * 1.05)) ** 2) ** 1.5)
    g = np.random.default_rng(rng.randrange(1 << 30))
    streak = g.random((1, x1 - x0 + y1 - y0)).astype(np.float32)
    streak = cv2.GaussianBlur(streak, (0, 0), 1.5)[0]
    idx = np.clip((v - v.min()).astype(int), 0, streak.size - 1)
    a = blob * strength * (0.6 + 0.8 * streak[idx])
    tooth = cv2.GaussianBlur(g.random(a.shape).astype(np.float32), (0, 0), 0.7)
    a *= 0.7 + 0.6 * tooth
    region = img[y0:y1, x0:x1].astype(np.float32)
    region *= 1 - np.clip(a, 0, 0.6)[..., None] * (1 - grey / 255)
    img[y0:y1, x0:x1] = np.clip(region, 0, 255).astype(np.uint8)
