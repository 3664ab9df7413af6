"""Answer sheets as files, from the Paper menu: print a visit's sheets to a PDF, and read
scanned PDFs or photos of them back. The same core path as `print survey` and `sos-desktop
scan`, behind a small view (dialogs, progress, messages) so tests drive it with a fake."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from sos_desktop.core.errors import SosError
from sos_desktop.core.paper.inputs import PaperInputError, PdfRenderer
from sos_desktop.core.paper.scanner import ScanCounts
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import language, tr
from sos_desktop.words.errors import in_our_words
from sos_desktop.words.paper_inputs import input_reason

Progress = Callable[[int, int], None]
T = TypeVar("T")
RENDER_DPI = 150  # as `sos-desktop scan`: the reader straightens pages to 144 dpi
SCAN_PATTERNS = "*.pdf *.png *.jpg *.jpeg"


def scan_pattern() -> str:
    return (tr("Scans and photos ({patterns})").format(patterns=SCAN_PATTERNS) + ";;"
            + tr("All files ({pattern})").format(pattern="*"))


@dataclass(frozen=True)
class PrintChoice:
    language: str
    copies: int


@dataclass(frozen=True)
class ReadResult:
    counts: ScanCounts
    failed: tuple[PaperInputError, ...]


class SheetFilesView(Protocol):
    def selected_visit_id(self) -> str | None: ...
    def ask_print(self, survey_title: str, visit_name: str,
                  languages: list[str]) -> PrintChoice | None: ...
    def ask_save_path(self, title: str, suggested: str, pattern: str) -> Path | None: ...
    def ask_open_paths(self, title: str, pattern: str) -> list[Path]: ...
    def run_with_progress(self, label: str, task: Callable[[Progress], T]) -> T: ...
    def show_message(self, text: str) -> None: ...
    def show_error(self, text: str) -> None: ...
    def offer_review(self, text: str) -> bool: ...  # True: open the Review window
    def open_review(self) -> None: ...
    def refresh(self) -> None: ...


def _print_message(r, visit_name: str) -> str:
    text = tr("Wrote %n answer sheet(s) for {visit} ({pages}) to:\n{path}", None, r.copies).format(
        visit=visit_name, pages=tr("%n page(s)", None, r.pages), path=r.path) + "\n\n"
    if r.pages_per_sheet == 2:
        return text + tr("Print the PDF on both sides of the paper (two-sided, flip on the long "
                         "edge): each answer sheet is one sheet of paper, front and back.")
    return text + tr("Print the PDF on one side of the paper: each answer sheet is one page.")


def read_summary(counts: ScanCounts, failed: tuple[PaperInputError, ...] = ()) -> str:
    """What a reading did, every count with its noun in the right form."""
    c = counts
    lines = [
        tr("%n sheet(s) read", None, c.sheets_read),
        tr("%n response(s) stored", None, c.responses_stored),
        tr("%n sheet(s) already read (skipped)", None, c.already_read),
        tr("%n sheet(s) waiting for review", None, c.waiting_review),
        tr("%n page(s) not from any sheet of ours", None, c.not_ours),
        tr("%n sheet(s) of another survey or an unknown version", None, c.foreign),
        tr("%n answer(s) dropped by skip rules", None, c.dropped_by_skip_rules),
    ]
    # Shown only when they happened.
    if c.blank:
        lines.append(tr("%n blank sheet(s) (nothing stored)", None, c.blank))
    if c.waiting_page:
        lines.append(tr("%n page(s) waiting for the other side of its sheet (scan it too)", None,
                        c.waiting_page))
    if c.no_code:
        lines.append(tr("%n sheet(s) whose code could not be read (scan again or type up by hand)",
                        None, c.no_code))
    if c.failed:
        lines.append(tr("%n page(s) not read because of an error (scan them again)", None,
                        c.failed))
    text = "\n".join(f"• {line}" for line in lines)
    if failed:  # each file by its name and why, worded as the command line does
        text += ("\n\n" + tr("%n file(s) could not be read to the end; nothing past the "
                             "problem was stored:", None, len(failed))
                 + "\n" + "\n".join(f"• {e.path.name}: {input_reason(e.reason)}"
                                     for e in failed))
    return text


class SheetFilesController:
    def __init__(self, db: Database, view: SheetFilesView,
                 render_pdf: PdfRenderer | None = None) -> None:
        self.db, self.view = db, view
        if render_pdf is None:
            from sos_desktop.pdf_pages import render_pdf_pages as render_pdf
        self.render_pdf = render_pdf

    def _visit(self, missing: str):
        """The selected visit with a survey, or None after saying why."""
        from sos_desktop.core.visits.store import get_visit

        visit_id = self.view.selected_visit_id()
        if visit_id is None:
            self.view.show_error(missing)
            return None
        visit = get_visit(self.db, visit_id)
        if not visit.survey_key:
            self.view.show_error(tr("The visit to {visit} has no survey: choose one with Edit "
                                    "visit first.").format(
                visit=f"{visit.school} — {visit.group_name}"))
            return None
        return visit

    def print_answer_sheets(self) -> None:
        from sos_desktop.core.paper.printing import print_answer_sheets
        from sos_desktop.core.surveys.store import current_definition

        visit = self._visit(tr("Select the visit whose answer sheets you are printing."))
        if visit is None:
            return
        name = f"{visit.school} — {visit.group_name}"
        try:
            _id, survey = current_definition(self.db, visit.survey_key)
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return
        choice = self.view.ask_print(survey.title.get(language()), name, list(survey.languages))
        if choice is None:
            return
        path = self.view.ask_save_path(
            tr("Save the answer sheets"),
            tr("{survey}-{language}-answer-sheets.pdf").format(survey=visit.survey_key,
                                                               language=choice.language),
            tr("PDF ({pattern})").format(pattern="*.pdf"))
        if path is None:
            return
        try:
            result = self.view.run_with_progress(
                tr("Writing the answer sheets…"),
                lambda _p: print_answer_sheets(self.db, visit.survey_key, path,
                                               language=choice.language, copies=choice.copies,
                                               visit_id=visit.id))
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return
        self.view.show_message(_print_message(result, name))

    def read_scanned_sheets(self) -> None:
        from sos_desktop.core.paper.scanner import PaperScanner

        visit = self._visit(tr("Select the visit whose sheets you are reading."))
        if visit is None:
            return
        paths = self.view.ask_open_paths(tr("Scanned answer sheets (PDF or photos)"),
                                         scan_pattern())
        if not paths:
            return
        try:
            scanner = PaperScanner(self.db, visit.id)
            result = self.view.run_with_progress(
                tr("Reading %n file(s)…", None, len(paths)),
                lambda progress: self._read(scanner, paths, progress))
        except SosError as exc:  # a closed visit, or a store that failed mid-way
            self.view.show_error(in_our_words(exc))
            self.view.refresh()
            return
        text = (tr("Read for {visit}:").format(visit=f"{visit.school} — {visit.group_name}")
                + "\n" + read_summary(result.counts, result.failed))
        if result.counts.waiting_review:
            if self.view.offer_review(
                    text + "\n\n" + tr("Open the Review window to settle them now?")):
                self.view.open_review()
        elif result.failed:
            self.view.show_error(text)
        else:
            self.view.show_message(text)
        self.view.refresh()

    def _read(self, scanner, paths: list[Path], progress: Progress) -> ReadResult:
        from sos_desktop.core.paper.inputs import read_inputs

        failed: list[PaperInputError] = []
        order = {Path(p): i for i, p in enumerate(paths)}
        progress(0, len(paths))
        for item in read_inputs(paths, self.render_pdf, RENDER_DPI):
            if isinstance(item, PaperInputError):
                failed.append(item)
            else:
                scanner.read_image(item.image)
            progress(order.get(item.path, 0), len(paths))  # the file being read
        progress(len(paths), len(paths))
        return ReadResult(scanner.counts, tuple(failed))
