"""Frames of a sheet held up to a webcam, for the camera path's tests: held still (the same
place, only sensor noise changes), moving, too small, or not there."""

import random

import cv2
import numpy as np

from benchmarks.paper_synth import webcam

DPI = 150
SIZE = (1280, 720)


def noisy(frame: np.ndarray, rng: random.Random, sigma: float = 2.5) -> np.ndarray:
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, sigma, frame.shape)
    return np.clip(frame.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def still(page: np.ndarray, rng: random.Random, frames: int = 5, *, fill=(0.6, 0.8),
          size=SIZE) -> list[np.ndarray]:
    """The page held still: one webcam geometry, each frame with its own sensor noise."""
    base = webcam(page, DPI, random.Random(rng.randrange(1 << 30)), fill=fill, frame=size)
    return [noisy(base, rng) for _ in range(frames)]


def moving(page: np.ndarray, rng: random.Random, frames: int = 6, step: float = 25.0,
           size=SIZE) -> list[np.ndarray]:
    """The page carried across the picture: `step` pixels further each frame."""
    base = webcam(page, DPI, random.Random(rng.randrange(1 << 30)), fill=(0.5, 0.55),
                  frame=size)
    out = []
    for i in range(frames):
        dx = (i - frames / 2) * step
        m = np.float32([[1, 0, dx], [0, 1, 0]])
        out.append(noisy(cv2.warpAffine(base, m, size, borderValue=100), rng))
    return out


def empty(rng: random.Random, size=SIZE) -> np.ndarray:
    """The room without a sheet: a grey wall with a little noise."""
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, (size[1], size[0]))
    return np.clip(100 + noise, 0, 255).astype(np.uint8)
