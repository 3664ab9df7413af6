"""A camera still of a filled page: the sheet in 3-D (tilted 5–30°, curled), seen through a
pinhole lens, over a cluttered background, under uneven light, blurred, noisy, JPEG.

`camera()` returns the BGR frame and every random choice it made.
"""

from __future__ import annotations

import math
import random
from typing import Any

import cv2
import numpy as np

FRAMES = {"webcam": ((1280, 720), 64.0), "phone": ((1920, 1080), 68.0)}  # size, horizontal FOV
SKIN = ((90, 130, 190), (60, 100, 160), (40, 70, 120), (120, 160, 215))  # BGR


def _rotation(axis: tuple[float, float, float], theta: float) -> np.ndarray:
    v = np.asarray(axis, np.float64)
    return cv2.Rodrigues(v / np.linalg.norm(v) * theta)[0]


def _project(pts3: np.ndarray, f: float, cx: float, cy: float) -> np.ndarray:
    return np.stack([f * pts3[..., 0] / pts3[..., 2] + cx,
                     f * pts3[..., 1] / pts3[..., 2] + cy], axis=-1)


def _background(size: tuple[int, int], rng: random.Random, kind: str) -> np.ndarray:
    """A desk, a classroom behind the sheet: coloured planes, stripes, blobs."""
    fw, fh = size
    g = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array([rng.randint(40, 200) for _ in range(3)], np.float32)
    if rng.random() < 0.5:  # wood grain
        base = np.array([rng.randint(40, 90), rng.randint(80, 130), rng.randint(120, 190)],
                        np.float32)
    img = np.empty((fh, fw, 3), np.float32)
    img[:] = base
    stripes = cv2.resize(g.normal(0, 1, (1, fw // 4 + 1)).astype(np.float32), (fw, fh))
    img += stripes[..., None] * rng.uniform(3, 15)
    for _ in range(rng.randint(2, 7)):  # books, a laptop, a bag, a person's clothes
        colour = [rng.randint(0, 255) for _ in range(3)]
        x, y = rng.randint(-fw // 4, fw), rng.randint(-fh // 4, fh)
        w, h = rng.randint(fw // 10, fw // 2), rng.randint(fh // 10, fh // 2)
        if rng.random() < 0.5:
            cv2.rectangle(img, (x, y), (x + w, y + h), colour, -1)
        else:
            cv2.ellipse(img, (x, y), (w // 2, h // 2), rng.uniform(0, 180), 0, 360, colour, -1)
    if kind == "webcam" and rng.random() < 0.7:  # the person holding it up
        cv2.ellipse(img, (rng.randint(fw // 4, 3 * fw // 4), rng.randint(0, fh // 3)),
                    (fw // 9, fh // 5), 0, 0, 360, rng.choice(SKIN), -1)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(1, 4))  # out of focus behind the sheet
    return img


def camera(page: np.ndarray, rng: random.Random, kind: str,
           height_share: float | None = None, frame: int = 0
           ) -> tuple[np.ndarray, dict[str, Any]]:
    """The BGR page image seen by a webcam or a phone. `height_share` is how much of the
    frame's height the sheet fills (0.45–0.9 if not given). `frame` > 0 with `rng` in the
    same state: the next frame of the same sheet held still (a hand's tremor of a pixel or
    two, its own sensor noise and motion blur)."""
    (fw, fh), fov = FRAMES[kind]
    ph, pw = page.shape[:2]
    share = height_share if height_share is not None else rng.uniform(0.45, 0.9)
    f = fw / 2 / math.tan(math.radians(fov) / 2)
    tilt = rng.uniform(5, 30)
    tilt_axis = rng.uniform(0, math.pi)
    if kind == "webcam" or rng.random() < 0.5:
        spin = rng.uniform(-12, 12)
    else:  # a phone over a desk: any way round
        spin = rng.choice((0, 90, 180, -90)) + rng.uniform(-15, 15)
    curl = rng.uniform(0, 0.05) * ph  # how far the paper bows out of its plane (pixels)
    curl_axis = rng.choice((0, 1))
    r = _rotation((math.cos(tilt_axis), math.sin(tilt_axis), 0), math.radians(tilt)) @ \
        _rotation((0, 0, 1), math.radians(spin))
    gy, gx = np.mgrid[0:ph:complex(0, 45), 0:pw:complex(0, 35)]
    along = (gx / pw if curl_axis == 0 else gy / ph) * 2 - 1
    bow = curl * (1 - along ** 2) * rng.choice((1, -1))
    flat3 = np.stack([gx - pw / 2, gy - ph / 2, np.zeros_like(gx)], axis=-1)
    bent3 = np.stack([gx - pw / 2, gy - ph / 2, bow], axis=-1)
    # distance so the projected sheet fills `share` of the frame's height
    dist = f * 2
    for _ in range(3):
        p = _project(bent3 @ r.T + (0, 0, dist), f, 0, 0)
        dist *= np.ptp(p[..., 1]) / (share * fh)
    p = _project(bent3 @ r.T + (0, 0, dist), f, 0, 0)
    span_x, span_y = np.ptp(p[..., 0]), np.ptp(p[..., 1])
    if span_x > fw * 0.98:  # a sideways sheet wider than the frame: step back
        dist *= span_x / (fw * 0.98)
        p = _project(bent3 @ r.T + (0, 0, dist), f, 0, 0)
        span_x, span_y = np.ptp(p[..., 0]), np.ptp(p[..., 1])
    ox = rng.uniform(-1, 1) * max(0.0, (fw - span_x) / 2 - 2)
    oy = rng.uniform(-1, 1) * max(0.0, (fh - span_y) / 2 - 2)
    centre = np.array([fw / 2 + ox, fh / 2 + oy]) - (p.reshape(-1, 2).min(0) +
                                                     p.reshape(-1, 2).max(0)) / 2
    bent = p + centre
    flat = _project(flat3 @ r.T + (0, 0, dist), f, 0, 0) + centre
    # the page shrunk near the size it appears, then mapped frame -> page through a
    # homography corrected by the curl's displacement (two fixed-point steps)
    px_per = max(np.ptp(bent[..., 1]) / ph, np.ptp(bent[..., 0]) / pw) * 1.3
    small = cv2.resize(page, (max(8, round(pw * px_per)), max(8, round(ph * px_per))),
                       interpolation=cv2.INTER_AREA)
    src = np.array([(0, 0), (pw, 0), (pw, ph), (0, ph)], np.float32)
    corners = np.array([flat[0, 0], flat[0, -1], flat[-1, -1], flat[-1, 0]], np.float32)
    hom_inv = cv2.getPerspectiveTransform(corners, src)
    disp = (bent - flat).astype(np.float32)  # on the page grid
    # the map is smooth: solve it on a coarse grid, then enlarge it
    step = 4
    yy, xx = np.mgrid[0:fh:step, 0:fw:step].astype(np.float32)
    gh, gw = yy.shape
    u, v = xx, yy
    for _ in range(2):
        q = cv2.perspectiveTransform(np.stack([u, v], -1).reshape(-1, 1, 2), hom_inv)
        q = q.reshape(gh, gw, 2)
        gxm = (q[..., 0] / pw * (disp.shape[1] - 1)).astype(np.float32)
        gym = (q[..., 1] / ph * (disp.shape[0] - 1)).astype(np.float32)
        d = cv2.remap(disp, gxm, gym, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        u, v = xx - d[..., 0], yy - d[..., 1]
    q = cv2.perspectiveTransform(np.stack([u, v], -1).reshape(-1, 1, 2), hom_inv)
    q = (q.reshape(gh, gw, 2) * px_per).astype(np.float32)
    # grid point k sits at pixel k*step: enlarge so pixel centres line up
    big = cv2.resize(q, (gw * step, gh * step), interpolation=cv2.INTER_LINEAR)
    shift = (step - 1) / 2
    m = np.array([[1, 0, -shift], [0, 1, -shift]], np.float32)
    big = cv2.warpAffine(big, m, (gw * step, gh * step), borderMode=cv2.BORDER_REPLICATE)
    mapx = np.ascontiguousarray(big[:fh, :fw, 0])
    mapy = np.ascontiguousarray(big[:fh, :fw, 1])
    base = rng.random()  # the same in every frame of a burst
    tremor = random.Random(base + frame) if frame else None
    if tremor is not None:
        move = np.array([[1, 0, tremor.uniform(-1.5, 1.5)], [0, 1, tremor.uniform(-1.5, 1.5)]],
                        np.float32)
        mapx = cv2.warpAffine(mapx, move, (fw, fh), borderMode=cv2.BORDER_REPLICATE)
        mapy = cv2.warpAffine(mapy, move, (fw, fh), borderMode=cv2.BORDER_REPLICATE)
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    sheet = cv2.remap(small, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    inside = cv2.remap(np.ones(small.shape[:2], np.float32), mapx, mapy, cv2.INTER_LINEAR,
                       borderMode=cv2.BORDER_CONSTANT, borderValue=0)[..., None]
    back = _background((fw, fh), rng, kind)
    out = back * (1 - inside) + sheet.astype(np.float32) * inside
    params: dict[str, Any] = {"kind": kind, "height_share": round(share, 3),
                              "tilt": round(tilt, 1), "spin": round(spin, 1),
                              "curl": round(float(curl / ph), 3)}  # bow, share of the page height
    if kind == "webcam" and rng.random() < 0.6:  # fingers on the sheet's sides
        for side in (0, -1):
            edge = bent[bent.shape[0] // 2 + rng.randint(-5, 5), side]
            cv2.ellipse(out, (int(edge[0]), int(edge[1])),
                        (int(fh * 0.025), int(fh * 0.05)), rng.uniform(-20, 20), 0, 360,
                        rng.choice(SKIN), -1, cv2.LINE_AA)
    # light: a gradient across, a vignette, maybe a soft shadow (a head, a hand)
    g = np.random.default_rng(rng.randrange(1 << 30) + frame)
    ang = rng.uniform(0, 2 * math.pi)
    ramp = ((xx - fw / 2) * math.cos(ang) + (yy - fh / 2) * math.sin(ang)) / max(fw, fh)
    light = 1 + rng.uniform(0.1, 0.45) * ramp
    rad = ((xx - fw / 2) ** 2 + (yy - fh / 2) ** 2) / ((fw / 2) ** 2 + (fh / 2) ** 2)
    light *= 1 - rng.uniform(0.05, 0.3) * rad
    shadow = rng.random() < 0.4
    if shadow:
        k = 8  # a soft shadow: drawn small, blurred, enlarged
        mask = np.zeros((fh // k, fw // k), np.float32)
        cx, cy = rng.randint(0, fw), rng.randint(0, fh)
        axes = (rng.randint(fw // 8, fw // 3) // k, rng.randint(fh // 6, fh // 2) // k)
        cv2.ellipse(mask, (cx // k, cy // k), axes, rng.uniform(0, 180), 0, 360, 1.0, -1)
        mask = cv2.GaussianBlur(mask, (0, 0), fh / k * rng.uniform(0.02, 0.06))
        mask = cv2.resize(mask, (fw, fh), interpolation=cv2.INTER_LINEAR)
        light *= 1 - rng.uniform(0.15, 0.45) * mask
    glare = rng.random() < 0.15  # a ceiling light's soft reflection on the paper
    if glare:
        k = 8
        spot = np.zeros((fh // k, fw // k), np.float32)
        cv2.circle(spot, (rng.randint(0, fw // k), rng.randint(0, fh // k)),
                   rng.randint(fh // (6 * k), fh // (3 * k)), 1.0, -1)
        spot = cv2.resize(cv2.GaussianBlur(spot, (0, 0), fh / k * 0.05), (fw, fh))
        out += (rng.uniform(20, 60) * spot * inside[..., 0])[..., None]
    exposure = rng.uniform(0.75, 1.05)
    balance = np.array([rng.uniform(0.85, 1.1), 1.0, rng.uniform(0.85, 1.1)], np.float32)
    out = out * (light * exposure)[..., None] * balance
    sigma = rng.uniform(0.4, 1.3 if kind == "webcam" else 1.1)  # focus and lens softness
    out = cv2.GaussianBlur(out, (0, 0), sigma)
    # the hand moved a little during the exposure (a sheet held still); every frame of a
    # burst draws its own shake, the rest of the picture stays as the first frame's
    shaken = [rng.random() < 0.3, rng.uniform(1.5, 5 if kind == "webcam" else 4),
              rng.uniform(0, math.pi)]
    if tremor is not None:
        shaken = [tremor.random() < 0.3, tremor.uniform(1.5, 5 if kind == "webcam" else 4),
                  tremor.uniform(0, math.pi)]
    motion = float(shaken[1]) if shaken[0] else 0.0
    if motion:
        half = int(motion) // 2 + 2
        k = np.zeros((2 * half + 1, 2 * half + 1), np.float32)
        a = float(shaken[2])
        dx, dy = motion / 2 * math.cos(a), motion / 2 * math.sin(a)
        cv2.line(k, (round((half - dx) * 16), round((half - dy) * 16)),
                 (round((half + dx) * 16), round((half + dy) * 16)), 1.0, 1, cv2.LINE_AA,
                 shift=4)
        out = cv2.filter2D(out, -1, k / k.sum())
    noise = rng.uniform(2, 7 if kind == "webcam" else 4)
    out += g.normal(0, noise, out.shape).astype(np.float32)
    quality = rng.randint(50, 85)
    picture = np.clip(out, 0, 255).astype(np.uint8)
    data = cv2.imencode(".jpg", picture, [cv2.IMWRITE_JPEG_QUALITY, quality])[1]
    params |= {"blur": round(sigma, 2), "motion_px": round(motion, 1), "noise": round(noise, 1),
               "shadow": shadow, "glare": glare, "jpeg": quality, "exposure": round(exposure, 2)}
    return cv2.imdecode(data, cv2.IMREAD_COLOR), params
