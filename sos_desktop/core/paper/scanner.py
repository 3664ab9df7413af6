"""Reading sheets into a visit, one picture at a time: a camera frame, a photo, a scanned page.

`PaperScanner` is what the Scan window and `sos-desktop scan` share. It remembers sheets it
has already handled, so a sheet held in front of the camera for two seconds costs one reading
and then a cheap QR check per frame.

Nothing stops a reading: an error on one picture (OpenCV raising on an odd frame, a sheet the
database refuses) makes that page "failed" with its reason, and the next picture is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from sos_desktop.core.messages import Code, Message
from sos_desktop.core.paper.definitions import DefinitionResolver
from sos_desktop.core.paper.payload import SheetIdentity
from sos_desktop.core.paper.read import PageReading, PageStatus, read_page
from sos_desktop.core.paper.store import Stored, is_read, store_page, visit_for_paper
from sos_desktop.core.storage.db import Database


class Outcome(StrEnum):
    NO_SHEET = "no_sheet"  # nothing of ours in the picture
    NO_CODE = "no_code"  # a sheet, but its code could not be read: hold it closer/steadier
    FOREIGN = "foreign"  # a sheet of another survey, or a version this laptop does not know
    STORED = "stored"  # a response went in (green signal)
    WAITING_PAGE = "waiting_page"  # read; now the other side
    REVIEW = "review"  # read; the sheet waits for review
    ALREADY_READ = "already_read"  # this sheet (or this side) was read before
    BLANK = "blank"  # a sheet with nothing marked or written: nothing stored
    READ = "read"  # dry run: read, nothing stored
    FAILED = "failed"  # reading or storing this picture raised an error: not read, reason given


@dataclass
class ScanCounts:
    """The running tally a scan reports (a camera session or a `scan` run)."""

    pages: int = 0
    sheets_read: int = 0  # sheets complete: stored or sent to review
    responses_stored: int = 0
    already_read: int = 0
    waiting_review: int = 0
    blank: int = 0  # sheets read with nothing on them: no response stored
    waiting_page: int = 0
    not_ours: int = 0  # pages that are no sheet of ours
    no_code: int = 0  # sheets found whose QR code could not be read
    foreign: int = 0  # sheets of another survey or an unknown version
    dropped_by_skip_rules: int = 0
    failed: int = 0  # pages not read because of an error (each reported with its reason)


@dataclass(frozen=True)
class PageOutcome:
    outcome: Outcome
    message: Message  # what became of the page, or why it was not read
    corners: tuple[tuple[float, float], ...] | None  # TL, TR, BR, BL in picture pixels
    identity: SheetIdentity | None = None
    reading: PageReading | None = None  # None when it was answered from memory
    response_id: str | None = None
    dropped: int = 0
    repeat: bool = False  # the same sheet (and side) as the previous picture: no new signal
    review_questions: tuple[str, ...] = ()


_MESSAGES = {
    Outcome.STORED: Code.PAGE_STORED,
    Outcome.WAITING_PAGE: Code.PAGE_OTHER_SIDE,
    Outcome.REVIEW: Code.PAGE_WAITS_REVIEW,
    Outcome.ALREADY_READ: Code.PAGE_ALREADY_READ,
    Outcome.BLANK: Code.PAGE_BLANK,
    Outcome.READ: Code.PAGE_READ_DRY,
}


def failure_reason(exc: BaseException) -> Message:
    """Why a picture was not read, short enough for one line of a report: the app's own
    message as it is (worded in the interface's language), another error's first line."""
    said = getattr(exc, "message", None)
    if isinstance(said, Message):
        return Code.PAGE_FAILED(detail=said)
    text = str(exc).strip().splitlines()
    first = next((line.strip() for line in text if line.strip()), "")
    what = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return Code.PAGE_FAILED(detail=what[:200])


@dataclass
class PaperScanner:
    db: Database
    visit_id: str
    dry_run: bool = False
    counts: ScanCounts = field(default_factory=ScanCounts)

    def __post_init__(self) -> None:
        with self.db.raw() as conn:
            _date, survey_key = visit_for_paper(conn, self.visit_id)
        self.resolve = DefinitionResolver(self.db, survey_key)
        self._seen: set[tuple[str, int]] = set()
        self._last: tuple[str, int] | None = None

    def read_image(self, grey: np.ndarray, *, count_misses: bool = True) -> PageOutcome:
        """One page picture (8-bit grey): read it and, unless dry run, store it. Never raises:
        an error makes this page FAILED with its reason."""
        try:
            reading = self.look(grey)
        except Exception as exc:  # one bad picture must not end the run
            return self.failed(exc, count=count_misses)
        return self.keep(reading, count_misses=count_misses)

    def look(self, grey: np.ndarray) -> PageReading:
        """Read a picture without storing anything (a side handled already stops at its code).
        May raise on a picture the reader cannot cope with."""
        return read_page(grey, self.resolve, known=self._known)

    def failed(self, exc: BaseException, corners: tuple | None = None, *,
               count: bool = True) -> PageOutcome:
        if count:
            self.counts.pages += 1
            self.counts.failed += 1
        return PageOutcome(Outcome.FAILED, failure_reason(exc), corners)

    def keep(self, reading: PageReading, *, count_misses: bool = True,
             count_repeats: bool = True) -> PageOutcome:
        """Store a page's reading (unless dry run) and say what happened. Never raises."""
        pages = self.counts.pages
        try:
            return self._keep(reading, count_misses, count_repeats)
        except Exception as exc:  # e.g. a sheet's other side read into another visit
            self.counts.pages = pages  # counted once, as failed
            return self.failed(exc, reading.corners)

    def _keep(self, reading: PageReading, count_misses: bool,
              count_repeats: bool) -> PageOutcome:
        c = self.counts
        if reading.status is not PageStatus.READ or reading.identity is None:
            if count_misses:
                c.pages += 1
                if reading.status is PageStatus.FOREIGN:
                    c.foreign += 1
                elif reading.status is PageStatus.NO_CODE:
                    c.no_code += 1
                else:
                    c.not_ours += 1
            return PageOutcome(Outcome(reading.status.value), reading.message, reading.corners,
                               reading.identity, reading)
        ident = reading.identity
        side = (ident.sheet_id, ident.page)
        repeat, self._last = side == self._last, side
        if not reading.survey:  # answered from memory: this side was handled already
            if count_repeats or not repeat:
                c.pages += 1
                c.already_read += 1
            return PageOutcome(Outcome.ALREADY_READ, _MESSAGES[Outcome.ALREADY_READ](),
                               reading.corners, ident, None, repeat=repeat)
        c.pages += 1
        if self.dry_run:
            self._seen.add(side)
            c.sheets_read += ident.page == ident.pages
            return PageOutcome(Outcome.READ, _MESSAGES[Outcome.READ](), reading.corners, ident,
                               reading, review_questions=tuple(r.question
                                                               for r in reading.review))
        definition_id = self.resolve.found_id(ident)
        result = store_page(self.db, self.visit_id, definition_id, reading)
        self._seen.add(side)  # only once stored: a failed store is read again next time
        outcome = Outcome(result.outcome.value)
        if result.outcome is Stored.ALREADY_READ:
            c.already_read += 1
        elif result.outcome is Stored.WAITING_PAGE:
            c.waiting_page += 1
        else:
            c.sheets_read += 1
            c.waiting_page -= min(c.waiting_page, ident.pages - 1)
            c.waiting_review += result.outcome is Stored.REVIEW
            c.responses_stored += result.outcome is Stored.STORED
            c.blank += result.outcome is Stored.BLANK
            c.dropped_by_skip_rules += result.dropped
        return PageOutcome(outcome, _MESSAGES[outcome](), reading.corners, ident, reading,
                           result.response_id, result.dropped, repeat, result.review_questions)

    def pending(self, sheet_id: str) -> bool:
        """Whether a side of this sheet is in, waiting for its other side or for review."""
        with self.db.raw() as conn:
            return conn.execute("SELECT 1 FROM paper_pending WHERE sheet_id = ?",
                                (sheet_id,)).fetchone() is not None

    def waiting_review(self) -> int:
        """Sheets of this visit whose pages are all in and that wait for the organizer."""
        with self.db.raw() as conn:
            rows = conn.execute("SELECT pages, pages_total FROM paper_pending"
                                " WHERE visit_id = ?", (self.visit_id,)).fetchall()
        return sum(1 for pages, total in rows if len(json.loads(pages)) >= total)

    def _known(self, identity: SheetIdentity) -> bool:
        """Whether this side needs no reading: seen in this session or stored before."""
        if (identity.sheet_id, identity.page) in self._seen:
            return True
        if self.dry_run:
            return False
        with self.db.raw() as conn:
            return is_read(conn, identity.sheet_id)
