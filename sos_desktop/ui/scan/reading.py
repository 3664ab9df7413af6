"""From the core's reading of a frame (the camera path, core/camera/steady.py) to what the Scan
window shows."""

from __future__ import annotations

import numpy as np

from sos_desktop.core.camera.steady import CameraView, FrameScanner
from sos_desktop.core.paper.scanner import Outcome, PageOutcome, PaperScanner
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import tr
from sos_desktop.ui.scan.tally import Sighting

KINDS = {
    Outcome.STORED: "read",
    Outcome.WAITING_PAGE: "turn",
    Outcome.REVIEW: "review",
    Outcome.ALREADY_READ: "already",
    Outcome.FOREIGN: "foreign",
    Outcome.BLANK: "blank",
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
    if out.outcome is Outcome.BLANK and ident is not None and ident.pages > 1:
        return tr("Nothing was stored. If its other side has answers, show that side now.")
    if out.outcome is Outcome.BLANK:
        return tr("Nothing was stored. A student's sheet? Its marks may be too light: check "
                  "them, or read it on a copier scan.")
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


def sighting_of_view(view: CameraView, expected_key: str | None = None) -> Sighting:
    """One camera frame: an outcome to announce, or guidance for the sheet in view."""
    out = view.outcome
    if out is not None and out.outcome is Outcome.FAILED:  # e.g. the database refused it
        return Sighting(corners=tuple(view.corners or ()), sheet=view.sheet, guide="failed")
    if out is not None and out.outcome is not Outcome.NO_SHEET:
        return sighting_of(out, expected_key)
    return Sighting(corners=tuple(view.corners or ()), sheet=view.sheet,
                    guide=view.guide.value)


class CameraReading:
    """The Scan window's `process`: read one frame, store a side held still. Raises for a visit
    that cannot take sheets (unknown, closed, no survey) before any camera starts."""

    def __init__(self, db: Database, visit_id: str) -> None:
        self.frames = FrameScanner(PaperScanner(db, visit_id))

    def __call__(self, frame: np.ndarray) -> Sighting:
        return sighting_of_view(self.frames.read_frame(frame),
                                self.frames.scanner.resolve.expected_key)

    def waiting_review(self) -> int:
        return self.frames.scanner.waiting_review()


def frame_reader(db: Database, visit_id: str) -> CameraReading:
    return CameraReading(db, visit_id)
