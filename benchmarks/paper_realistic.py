"""A realistic test set for the answer-sheet reader, and the reading of it.

Both built-in surveys, English and Spanish sheets, printed by the app (`render_sheets`), filled
by hand-drawn students (paper_student.py), then captured by a copier (paper_capture.py, read
through a multi-page PDF as `scan` reads one) or a webcam / phone (paper_camera.py, read as a
camera frame). Every page is read with the reader `scan --dry-run --json` uses and scored per
question against the truth (paper_score.py).

    uv run --frozen python -m benchmarks.paper_realistic [--sheets N] [--seed S] [--samples DIR]
        [--marks shapes]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import tempfile
from pathlib import Path

import cv2
import numpy as np

from benchmarks.paper_camera import camera
from benchmarks.paper_capture import copier, images_to_pdf, vanished
from benchmarks.paper_shapes import drawn_as_shapes
from benchmarks.paper_sheets import (
    CHANNELS,
    COPIER_DPI,
    OPT_IN,
    OnPage,
    Page,
    fit_matrix,
    read_one,
    students,
)
from benchmarks.paper_student import BLANK, SINGLE
from sos_desktop.core.paper.read import PageStatus


def copier_run(mode: str, count: int, seed: int, folder: Path, keep: bool = False,
               forced: str | None = None, on_page: OnPage | None = None) -> list[Page]:
    """`count` sheets through the copier in `mode`, as one multi-page PDF read by `scan`'s
    own path (read_inputs + the app's PDF renderer at the command's resolution)."""
    from sos_desktop.commands.paper import RENDER_DPI
    from sos_desktop.core.paper.inputs import PaperInputError, read_inputs
    from sos_desktop.pdf_pages import render_pdf_pages

    channel = f"copier_{mode}"
    rng = random.Random(f"capture:{channel}:{seed}")
    pages: list[Page] = []
    scans = []
    for sh in students(channel, count, seed, forced):
        for img, blank, truth in zip(sh.pages, sh.blanks, sh.truths, strict=True):
            placed = fit_matrix(img.shape, COPIER_DPI, sh.printing)
            state = rng.getstate()
            scan, params = copier(img, COPIER_DPI, sh.layout, truth.page, rng, mode,
                                  placed=placed)
            if mode == "1bit":  # what a person sees on the scan: marks may be gone
                after = rng.getstate()
                rng.setstate(state)
                bare = copier(blank, COPIER_DPI, sh.layout, truth.page, rng, mode,
                              placed=placed)[0]
                rng.setstate(after)
                for q in truth.questions:
                    if q.styles and vanished(scan, bare, params["matrix"], sh.layout,
                                             truth.page, q.question, COPIER_DPI):
                        q.kind, q.answer, q.scenario = BLANK, None, f"{q.scenario}~gone"
            scans.append(scan)
            pages.append(Page(channel, sh.n, sh.survey, sh.layout, truth,
                              sh.printing | params, scan if keep else None))
    pdf = folder / f"{channel}-{seed}.pdf"
    pdf.write_bytes(images_to_pdf(scans, COPIER_DPI))
    items = list(read_inputs([pdf], render_pdf_pages, RENDER_DPI))
    for page, scan, item in zip(pages, scans, items, strict=True):
        if isinstance(item, PaperInputError):
            page.error = f"input: {item.reason}"
        else:
            read_one(page, item.image)
        if on_page is not None:
            on_page(page, scan)
    return pages


def camera_run(kind: str, count: int, seed: int, keep: bool = False,
               forced: str | None = None, share: float | None = None,
               on_page: OnPage | None = None) -> list[Page]:
    """`count` sheets, each side one still from a webcam or a phone, read as a camera frame
    (BGR to grey as the camera path does)."""
    rng = random.Random(f"capture:{kind}:{seed}")
    pages = []
    for sh in students(kind, count, seed, forced):
        for img, truth in zip(sh.pages, sh.truths, strict=True):
            frame, params = camera(img, rng, kind, share)
            page = Page(kind, sh.n, sh.survey, sh.layout, truth, sh.printing | params,
                        frame if keep else None)
            read_one(page, cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))
            if on_page is not None:
                on_page(page, frame)
            pages.append(page)
    return pages


def run_all(sheets: int, seed: int, channels=CHANNELS, keep: bool = False,
            forced: str | None = None, on_page: OnPage | None = None,
            pdfs: Path | None = None) -> list[Page]:
    """`sheets` students per channel; `forced` draws every one-answer question as that
    scenario (paper_student.SINGLE); copier PDFs are left in `pdfs` if given
    (`copier_<mode>-<seed>.pdf`)."""
    pages: list[Page] = []
    with tempfile.TemporaryDirectory(prefix="sos-realistic-") as temporary:
        for channel in channels:
            if channel.startswith("copier_"):
                pages += copier_run(channel.removeprefix("copier_"), sheets, seed,
                                    Path(pdfs or temporary), keep, forced, on_page)
            elif channel == "webcam_burst":
                from benchmarks.paper_burst import burst_run

                pages += burst_run(sheets, seed, keep, forced, on_page=on_page)
            else:
                pages += camera_run(channel, sheets, seed, keep, forced, on_page=on_page)
    return pages


def main(argv: list[str] | None = None) -> int:
    from benchmarks.paper_files import ReplaySet, dump_page, save_samples
    from benchmarks.paper_score import print_report, score

    parser = argparse.ArgumentParser(prog="python -m benchmarks.paper_realistic")
    parser.add_argument("--sheets", type=int, default=8, help="students per channel")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--channel", action="append", choices=CHANNELS + OPT_IN)
    parser.add_argument("--scenario", choices=sorted(SINGLE),
                        help="every one-answer question marked this way")
    parser.add_argument("--samples", type=Path, help="save a few pictures per channel here")
    parser.add_argument("--errors", action="store_true", help="list every silent error")
    parser.add_argument("--needless", action="store_true",
                        help="count clear marks sent to review by the reader's reason")
    parser.add_argument("--dump", type=Path, help="save every page with a silent error or "
                        "not read here, with a note of why")
    parser.add_argument("--files", type=Path, help="write the set here to replay with `scan`: "
                        "copier PDFs, camera frames (PNG) and truth.json")
    parser.add_argument("--json", type=Path, help="write every question's outcome and the "
                        "done-when figures here")
    parser.add_argument("--marks", choices=("hand", "shapes"), default="hand",
                        help="how students draw: the hand's strokes, or plain shapes (a second "
                        "model, paper_shapes.py, to show what held only for the first)")
    args = parser.parse_args(argv)
    replay = ReplaySet(args.files, args.seed) if args.files else None

    def on_page(page: Page, image: np.ndarray) -> None:
        if args.dump:
            dump_page(page, image, args.dump)
        if replay:
            replay.add(page, image)

    marks = drawn_as_shapes() if args.marks == "shapes" else contextlib.nullcontext()
    with marks:
        pages = run_all(args.sheets, args.seed, tuple(args.channel or CHANNELS),
                        keep=args.samples is not None, forced=args.scenario, on_page=on_page,
                        pdfs=args.files)
    if args.samples:
        save_samples(pages, args.samples)
    if replay:
        print(f"replay set: {replay.close()}")
    scored = score(pages)
    verdicts = print_report(scored, list_errors=args.errors, list_needless=args.needless)
    if args.json:
        import dataclasses
        import json

        args.json.write_text(json.dumps({
            "sheets": args.sheets, "seed": args.seed,
            "done_when": {k: {"value": v, "goal": g, "ok": ok}
                          for k, (v, g, ok) in verdicts.items()},
            "questions": [dataclasses.asdict(o) for o in scored.outcomes],
            "pages": [{"channel": p.channel, "student": p.sheet, "page": p.truth.page + 1,
                       "read": bool(p.reading and p.reading.status is PageStatus.READ),
                       "why": p.error or (p.reading.message if p.reading else ""),
                       "ms": round(p.seconds * 1000, 1)} for p in pages],
        }, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
