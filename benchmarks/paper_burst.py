"""A sheet held still in front of the webcam: a burst of frames (the same view, a pixel or two
of tremor, each frame its own noise and shake) fed to the Scan window's own path,
FrameScanner.read_frame (core/camera/steady.py), as it would arrive. The page's reading is the
first full reading the scanner gives in the burst, so a reader that combines frames before
judging is measured the same way as one that reads the first frame it can.

Opt-in channel `webcam_burst` (not in the default set: it costs a few frames a page).
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.paper_camera import camera
from benchmarks.paper_sheets import OnPage, Page, students
from sos_desktop.core.paper.read import PageReading, PageStatus

# A sheet held up is held a second or so; 8 frames are two-thirds of one at 12 frames read a
# second. The scanner stores a side once STEADY (3) frames agree and stops waiting for agreement
# after MOST (5): a burst shorter than that measured a wait, not the reading (4 frames: 24% of
# pages read, 8 frames: 88%, seed 11).
FRAMES = 8


def _visits(root: Path):
    from sos_desktop.core.storage.store import open_database
    from sos_desktop.core.surveys.builtin import builtin_surveys
    from sos_desktop.core.surveys.store import current_definition
    from sos_desktop.core.visits.store import create_visit

    db = open_database(root / "burst")
    visits = {}
    for survey in builtin_surveys():
        current_definition(db, survey.key)
        visits[survey.key] = create_visit(db, {
            "school": "S", "group_name": survey.key, "visit_date": "2026-10-14",
            "survey_key": survey.key})
    return db, visits


def burst_run(count: int, seed: int, keep: bool = False, forced: str | None = None,
              share: float | None = None, on_page: OnPage | None = None,
              frames: int = FRAMES) -> list[Page]:
    import time

    from sos_desktop.core.camera.steady import FrameScanner
    from sos_desktop.core.paper.scanner import PaperScanner

    channel = "webcam_burst"
    rng = random.Random(f"capture:{channel}:{seed}")
    pages = []
    with tempfile.TemporaryDirectory(prefix="sos-burst-") as folder:
        db, visits = _visits(Path(folder))
        for sh in students(channel, count, seed, forced):
            for img, truth in zip(sh.pages, sh.truths, strict=True):
                state = rng.getstate()
                shots = []
                for k in range(frames):
                    rng.setstate(state)
                    shots.append(camera(img, rng, "webcam", share, frame=k))
                params = shots[0][1] | {"frames": frames}
                page = Page(channel, sh.n, sh.survey, sh.layout, truth, sh.printing | params,
                            shots[0][0] if keep else None)
                scanner = FrameScanner(PaperScanner(db, visits[sh.survey.key], dry_run=True))
                start = time.perf_counter()
                last = None
                try:
                    for frame, _params in shots:
                        out = scanner.read_frame(frame).outcome
                        if out is None:
                            continue
                        last = out
                        if out.reading is not None and out.reading.survey is not None:
                            page.reading = out.reading
                            break
                except Exception as exc:
                    page.error = f"{type(exc).__name__}: {exc}"[:200]
                if page.reading is None and not page.error:
                    page.reading = (last.reading if last is not None and last.reading
                                    else PageReading(PageStatus.NO_SHEET,
                                                     last.message if last else "no frame"))
                page.seconds = (time.perf_counter() - start) / frames
                if on_page is not None:
                    on_page(page, shots[0][0])
                pages.append(page)
    return pages

