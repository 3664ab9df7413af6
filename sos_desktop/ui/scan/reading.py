"""From the core's reading of a frame (PaperScanner) to what the Scan window shows."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sos_desktop.core.db import Database
from sos_desktop.core.paper.scanner import Outcome, PageOutcome, PaperScanner
from sos_desktop.i18n import tr
from sos_desktop.ui.scan.tally import Sighting

KINDS = {
    Outcome.STORED: "read",
    Outcome.WAITING_PAGE: "turn",
    Outcome.REVIEW: "review",
    Outcome.ALREADY_READ: "already",
    Outcome.FOREIGN: "foreign",
}


def _detail(out: PageOutcome, expected_key: str | None = None) -> str:
    ident = out.identity
    if out.outcome is Outcome.STORED:
        text = tr("The answers count in the live results.")
        if out.dropped:
            text += " " + tr("%n answer(s) its own skip rules exclude were left out.", None,
                             out.dropped)
        return text
    if out.outcome is Outcome.REVIEW:
        return tr("%n unclear question(s). Put it on the review pile: Paper ▸ Review sheets "
                  "(Ctrl+Shift+R).", None, len(out.review_questions))
    if out.outcome is Outcome.WAITING_PAGE and ident is not None:
        return tr("Side {page} of {pages} is in; now hold up the other side.").format(
            page=ident.page, pages=ident.pages)
    if out.outcome is Outcome.FOREIGN:
        return _foreign(out, expected_key)
    if out.outcome is Outcome.ALREADY_READ:
        return tr("This sheet was counted before; it is not counted again.")
    return ""


def _foreign(out: PageOutcome, expected_key: str | None) -> str:
    """Why a sheet of ours is not for this visit, from its code (core's reason is English)."""
    ident = out.identity
    if ident is None:
        return tr("This sheet is not one this laptop can read.")
    if expected_key and ident.survey_key != expected_key:
        return tr("A sheet of survey {key}, but this visit uses {expected}.").format(
            key=ident.survey_key, expected=expected_key)
    # An unknown version, a language or page count that version does not have.
    return tr("This sheet of survey {key}, version {version}, matches no version on this "
              "laptop.").format(key=ident.survey_key, version=ident.version)


def sighting_of(out: PageOutcome, expected_key: str | None = None) -> Sighting:
    ident = out.identity
    sheet = f"{ident.sheet_id}/{ident.page}" if ident else ""
    if out.outcome is Outcome.FOREIGN and not sheet:
        sheet = "foreign"
    return Sighting(corners=tuple(out.corners or ()), sheet=sheet,
                    kind=KINDS.get(out.outcome, ""), detail=_detail(out, expected_key))


def frame_reader(db: Database, visit_id: str) -> Callable[[np.ndarray], Sighting]:
    """The Scan window's `process`: read and store one frame. Raises for a visit that cannot
    take sheets (unknown, closed, no survey) before any camera starts."""
    scanner = PaperScanner(db, visit_id)

    def process(frame: np.ndarray) -> Sighting:
        return sighting_of(scanner.read_frame(frame), scanner.resolve.expected_key)

    return process
