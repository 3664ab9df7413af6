"""A realistic test set for the answer-sheet reader, and the reading of it.

Both built-in surveys, English and Spanish sheets, printed by the app (`render_sheets`), filled
by hand-drawn students (paper_student.py), then captured by a copier (paper_capture.py, read
through a multi-page PDF as `scan` reads one) or a webcam / phone (paper_camera.py, read as a
camera frame). Every page is read with the reader `scan --dry-run --json` uses and scored per
question against the truth (paper_score.py).

    uv run --frozen python -m benchmarks.paper_realistic [--sheets N] [--seed S] [--samples DIR]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from benchmarks.paper_camera import camera
from benchmarks.paper_capture import COPIER_MODES, copier, images_to_pdf, vanished
from benchmarks.paper_student import BLANK, SINGLE, PageTruth, fill_sheet
from sos_desktop.core.paper.compose import sheet_layout
from sos_desktop.core.paper.layout import SheetLayout
from sos_desktop.core.paper.read import PageReading, PageStatus, read_page
from sos_desktop.core.paper.sheet_pdf import render_sheets
from sos_desktop.core.surveys.builtin import builtin_surveys
from sos_desktop.core.surveys.model import SurveyDef

COPIER_DPI = 200
CAMERA_DPI = 150  # the page drawn sharper than any frame shows it (1080p: about 90 dpi)
CHANNELS = tuple(f"copier_{m}" for m in COPIER_MODES) + ("webcam", "phone")
OPT_IN = ("webcam_burst",)  # paper_burst.py: frames of a sheet held still, through the camera path
LANGUAGES = ("en", "es")


@dataclass
class Page:
    """One page as the reader receives it, and what is on it."""

    channel: str
    sheet: int  # student number within the run
    survey: SurveyDef
    layout: SheetLayout
    truth: PageTruth
    params: dict[str, Any]
    image: np.ndarray | None = None  # grey (copier modes) or BGR (camera); None until read
    reading: PageReading | None = None
    error: str = ""  # the reader raised: the traceback's last line
    seconds: float = 0.0


@lru_cache(maxsize=8)
def blank_pages(survey_key: str, language: str, dpi: int) -> tuple[np.ndarray, ...]:
    """The app's own printed sheet of a built-in survey, rendered as BGR pages."""
    from benchmarks.paper_synth import render_pdf
    from sos_desktop.core.paper.payload import _ALPHABET, SHEET_ID_LENGTH

    survey = next(s for s in builtin_surveys() if s.key == survey_key)
    layout = sheet_layout(survey, survey.version, language)
    # the same QR code every run (the id drawn as payload draws one, from a seeded generator)
    rng = random.Random(f"{survey_key}:{language}:{dpi}")
    sheet_id = "".join(rng.choice(_ALPHABET) for _ in range(SHEET_ID_LENGTH))
    pages = render_pdf(render_sheets(layout, 1, sheet_id=lambda: sheet_id).pdf, dpi)
    return tuple(cv2.cvtColor(p, cv2.COLOR_GRAY2BGR) for p in pages)


def kinds() -> list[tuple[SurveyDef, str, SheetLayout]]:
    return [(s, lang, sheet_layout(s, s.version, lang))
            for s in builtin_surveys() for lang in LANGUAGES if lang in s.languages]


def resolver(survey: SurveyDef, layout: SheetLayout):
    """What the app's DefinitionResolver answers for our own sheets (no database needed)."""
    def resolve(identity):
        if identity.survey_key != survey.key or identity.language != layout.language:
            return "not the sheet this page was printed from"
        return survey, layout
    return resolve


def read_one(page: Page, grey: np.ndarray) -> None:
    """The reader `scan` calls (read_page) on one picture; a crash is recorded, not raised."""
    import time

    start = time.perf_counter()
    try:
        page.reading = read_page(grey, resolver(page.survey, page.layout))
    except Exception as exc:
        page.error = traceback.format_exception_only(exc)[-1].strip()
    page.seconds = time.perf_counter() - start


def printer(rng: random.Random) -> dict[str, Any]:
    """How the school's printer put the sheet on paper: toner darkness, and "fit to page"
    shrinking the page a little about its centre (common when printing from a browser)."""
    return {"toner": round(rng.uniform(0.72, 1.0), 2),
            "fit_to_page": round(rng.uniform(0.94, 0.985), 3) if rng.random() < 0.3 else 1.0,
            "print_shift_mm": (round(rng.uniform(-2, 2), 1), round(rng.uniform(-2, 2), 1)),
            "show_through": round(rng.uniform(0, 0.05), 3)}


def _show_through(front: np.ndarray, back: np.ndarray, share: float) -> np.ndarray:
    """The other side's print and marks, mirrored, soft and faint (thin copier paper)."""
    ghost = cv2.GaussianBlur(cv2.flip(back, 1), (0, 0), 2.0).astype(np.float32)
    out = front.astype(np.float32) * (1 - share * (1 - ghost / 255))
    return out.astype(np.uint8)


def _toner(blank: np.ndarray, toner: float) -> np.ndarray:
    return (255 - (255 - blank.astype(np.float32)) * toner).astype(np.uint8)


def fit_matrix(shape: tuple[int, ...], dpi: float, p: dict[str, Any]) -> np.ndarray:
    """Layout pixels -> where the printer put them."""
    h, w = shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), 0, p["fit_to_page"])
    m[:, 2] += np.array(p["print_shift_mm"]) * dpi / 25.4
    return m


def _fit(page: np.ndarray, dpi: float, p: dict[str, Any]) -> np.ndarray:
    h, w = page.shape[:2]
    return cv2.warpAffine(page, fit_matrix(page.shape, dpi, p), (w, h),
                          flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))


@dataclass
class Sheet:
    """One student's sheet as printed and filled (BGR pages at the channel's dpi)."""

    n: int
    survey: SurveyDef
    layout: SheetLayout
    pages: list[np.ndarray]
    truths: list[PageTruth]
    printing: dict[str, Any]
    blanks: list[np.ndarray]  # the same printed pages before the student marked them


def students(channel: str, count: int, seed: int, forced: str | None = None
             ) -> Iterator[Sheet]:
    rng = random.Random(f"{channel}:{seed}")
    dpi = COPIER_DPI if channel.startswith("copier") else CAMERA_DPI
    all_kinds = kinds()
    first = CHANNELS.index(channel) if channel in CHANNELS else 0  # small runs: every kind
    for n in range(count):
        survey, lang, layout = all_kinds[(first + n) % len(all_kinds)]
        printing = printer(rng)
        blanks = [_toner(b, printing["toner"]) for b in blank_pages(survey.key, lang, dpi)]
        pages, truths = fill_sheet(survey, layout, blanks, dpi, rng, forced)
        if len(pages) == 2:  # printed both sides: the back shows through thin paper
            pages = [_show_through(pages[0], pages[1], printing["show_through"]),
                     _show_through(pages[1], pages[0], printing["show_through"])]
        yield Sheet(n, survey, layout, [_fit(p, dpi, printing) for p in pages], truths,
                    printing, [_fit(b, dpi, printing) for b in blanks])


OnPage = Callable[[Page, np.ndarray], None]  # each page read, with the picture


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
    args = parser.parse_args(argv)
    replay = ReplaySet(args.files, args.seed) if args.files else None

    def on_page(page: Page, image: np.ndarray) -> None:
        if args.dump:
            dump_page(page, image, args.dump)
        if replay:
            replay.add(page, image)

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
