"""Synthetic answer sheets for the paper windows' tests: the core's own fixtures, re-exported
(pytest finds fixtures imported into a conftest), and frames as a webcam would record them."""

import random
from pathlib import Path

import cv2
import numpy as np

from tests.core.camera.frames import still
from tests.core.paper.conftest import (  # noqa: F401 - fixtures
    DPI,
    blank_pages,
    filled,
    hillhouse,
    layout,
    paper_visit,
    surveys,
)

ANSWERS = {"school": "hillhouse", "grade": "grade_11", "safe_at_school": 3,
           "had_contact": "yes", "contact_kind": ["searched"], "support_wanted": ["nurses"]}


def empty_frame(rng: random.Random) -> np.ndarray:
    """The room without a sheet: a grey wall with a little noise."""
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, (720, 1280))
    return np.clip(100 + noise, 0, 255).astype(np.uint8)


def record(folder: Path, frames: list[np.ndarray]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, frame in enumerate(frames):
        cv2.imwrite(str(folder / f"{i:04}.png"), frame)
    return folder


def held_up(page: np.ndarray, rng: random.Random, frames: int = 5) -> list[np.ndarray]:
    """A page held still up to the webcam for a few frames (sensor noise differs)."""
    return still(page, rng, frames)
