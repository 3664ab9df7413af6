"""The pages of the realistic answer-sheet set (paper_realistic.py): the app's own printed
sheets of the built-in surveys, each filled by a hand-drawn student (paper_student.py) and put
on paper by a school printer; `Page` is one page as the reader receives it. Apart from the
runner, so the channels read elsewhere (paper_burst.py) and the files written of a run
(paper_files.py) import it one way."""

from __future__ import annotations

import random
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cv2
import numpy as np

from benchmarks.paper_capture import COPIER_MODES
from benchmarks.paper_student import PageTruth, fill_sheet
from sos_desktop.core.paper.compose import sheet_layout
from sos_desktop.core.paper.layout import SheetLayout
from sos_desktop.core.paper.read import PageReading, read_page
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
