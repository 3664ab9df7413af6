"""From the core's reading of a frame (PaperScanner) to what the Scan window shows."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sos_desktop.core.db import Database
from sos_desktop.core.paper.scanner import Outcome, PageOutcome, PaperScanner
from sos_desktop.core.plural import plural
from sos_desktop.ui.scan.tally import Sighting

KINDS = {
    Outcome.STORED: "read",
    Outcome.WAITING_PAGE: "turn",
    Outcome.REVIEW: "review",
    Outcome.ALREADY_READ: "already",
    Outcome.FOREIGN: "foreign",
}


def _detail(out: PageOutcome) -> str:
    ident = out.identity
    if out.outcome is Outcome.STORED:
        dropped = (f" {plural(out.dropped, 'answer', 'answers')} its own skip rules exclude "
                   "were left out."
                   if out.dropped else "")
        return "The answers count in the live results." + dropped
    if out.outcome is Outcome.REVIEW:
        n = len(out.review_questions)
        return (f"{n} unclear question{'s' if n != 1 else ''}. Put it on the review pile: "
                "Paper ▸ Review sheets (Ctrl+Shift+R).")
    if out.outcome is Outcome.WAITING_PAGE and ident is not None:
        return f"Side {ident.page} of {ident.pages} is in; now hold up the other side."
    if out.outcome is Outcome.FOREIGN:
        return out.message[:1].upper() + out.message[1:] + "."
    if out.outcome is Outcome.ALREADY_READ:
        return "This sheet was counted before; it is not counted again."
    return ""


def sighting_of(out: PageOutcome) -> Sighting:
    ident = out.identity
    sheet = f"{ident.sheet_id}/{ident.page}" if ident else ""
    if out.outcome is Outcome.FOREIGN and not sheet:
        sheet = "foreign"
    return Sighting(corners=tuple(out.corners or ()), sheet=sheet,
                    kind=KINDS.get(out.outcome, ""), detail=_detail(out))


def frame_reader(db: Database, visit_id: str) -> Callable[[np.ndarray], Sighting]:
    """The Scan window's `process`: read and store one frame. Raises for a visit that cannot
    take sheets (unknown, closed, no survey) before any camera starts."""
    scanner = PaperScanner(db, visit_id)

    def process(frame: np.ndarray) -> Sighting:
        return sighting_of(scanner.read_frame(frame))

    return process
