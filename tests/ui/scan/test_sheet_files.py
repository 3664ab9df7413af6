"""Paper menu → Print answer sheets… and Read scanned sheets…: the controller over the real
core (SQLite, the printed PDF, synthetic filled sheets), with a fake view for the dialogs."""

import random
from pathlib import Path

import cv2

from benchmarks.paper_synth import draw_mark, render_pdf
from sos_desktop.core.paper.review import pending_reviews
from sos_desktop.core.paper.sheet_pdf import render_sheets
from sos_desktop.core.visits.store import create_visit, set_closed
from sos_desktop.ui.scan.sheet_files import PrintChoice, SheetFilesController, read_summary
from tests.ui.paper_sheets import ANSWERS, DPI, filled


class FakeView:
    def __init__(self, tmp_path: Path, visit_id: str | None) -> None:
        self.tmp_path, self.visit_id = tmp_path, visit_id
        self.choice: PrintChoice | None = PrintChoice("es", 3)
        self.open_paths: list[Path] = []
        self.messages: list[str] = []
        self.errors: list[str] = []
        self.offered: list[str] = []
        self.open_answer = True
        self.reviews_opened = 0
        self.progress: list[tuple[int, int]] = []
        self.asked: list[tuple] = []

    def selected_visit_id(self):
        return self.visit_id

    def ask_print(self, survey_title, visit_name, languages):
        self.asked.append((survey_title, visit_name, languages))
        return self.choice

    def ask_save_path(self, title, suggested, pattern):
        return self.tmp_path / suggested

    def ask_open_paths(self, title, pattern):
        return self.open_paths

    def run_with_progress(self, label, task):
        return task(lambda done, total: self.progress.append((done, total)))

    def show_message(self, text):
        self.messages.append(text)

    def show_error(self, text):
        self.errors.append(text)

    def offer_review(self, text):
        self.offered.append(text)
        return self.open_answer

    def open_review(self):
        self.reviews_opened += 1

    def refresh(self):
        pass


def _png(path: Path, image) -> Path:
    cv2.imwrite(str(path), image)
    return path


def test_prints_the_visits_answer_sheets_and_says_to_print_both_sides(db, paper_visit,
                                                                       tmp_path):
    """The selected visit's survey, in the chosen language and number of copies, each copy
    with its own code: reading the blank PDF back counts three blank sheets and stores none."""
    view = FakeView(tmp_path, paper_visit)
    controller = SheetFilesController(db, view)
    controller.print_answer_sheets()
    assert view.errors == []
    [(title, visit_name, languages)] = view.asked
    assert visit_name == "Hillhouse — Civics" and languages == ["en", "es"]
    pdf = tmp_path / "hillhouse-cross-es-answer-sheets.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    [message] = view.messages
    assert "3 answer sheets" in message and "6 pages" in message and str(pdf) in message
    assert "both sides" in message
    view.open_paths = [pdf]
    controller.read_scanned_sheets()
    summary = view.messages[-1]
    assert "• 3 sheets read\n• 0 responses stored" in summary
    assert "• 3 blank sheets (nothing stored)" in summary
    assert view.offered == [] and view.progress[-1] == (1, 1)


def test_reads_photos_stores_answers_and_offers_review(db, paper_visit, layout,
                                                       hillhouse, tmp_path):
    """One clear sheet is stored, one with two marks waits for review (the Review window is
    offered and opened), a damaged file is named with its reason; reading again stores
    nothing more."""
    two_copies = render_pdf(render_sheets(layout, 2).pdf, DPI)  # two sheet ids
    front, back = filled(two_copies[:2], layout, hillhouse, ANSWERS, random.Random(5))
    unsure_front, unsure_back = filled(two_copies[2:], layout, hillhouse, ANSWERS,
                                       random.Random(6))
    box = next(b for b in layout.boxes if (b.question, b.choice) == ("grade", "grade_9"))
    draw_mark(unsure_front, box, "full", 150, random.Random(6))
    broken = tmp_path / "IMG_0412.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 cut off")
    files = [_png(tmp_path / "a1.png", back), _png(tmp_path / "a2.png", front), broken,
             _png(tmp_path / "b1.png", unsure_front), _png(tmp_path / "b2.png", unsure_back)]
    view = FakeView(tmp_path, paper_visit)
    view.open_paths = files
    controller = SheetFilesController(db, view)
    controller.read_scanned_sheets()
    assert view.errors == view.messages == [], (view.errors, view.messages)
    [text] = view.offered
    assert text.startswith("Read for Hillhouse — Civics:")
    for line in ("2 sheets read", "1 response stored", "0 sheets already read (skipped)",
                 "1 sheet waiting for review", "0 pages not from any sheet of ours",
                 "0 sheets of another survey or an unknown version",
                 "0 answers dropped by skip rules"):
        assert f"• {line}\n" in text
    assert ("1 file could not be read to the end; nothing past the problem was stored:\n"
            "• IMG_0412.jpg: not a PNG or JPEG image") in text
    assert "Open the Review window to settle them now?" in text and view.reviews_opened == 1
    assert len(pending_reviews(db, paper_visit)) == 1
    assert view.progress[0] == (0, 5) and view.progress[-1] == (5, 5)

    again = FakeView(tmp_path, paper_visit)
    again.open_paths = files[:2]
    SheetFilesController(db, again).read_scanned_sheets()
    assert "• 0 sheets read\n• 0 responses stored\n• 2 sheets already read (skipped)" \
        in again.messages[-1]


def test_a_file_that_is_no_sheet_is_named_and_nothing_is_stored(db, paper_visit, tmp_path):
    """Only unreadable files: the summary comes as a warning naming each file and why."""
    text = tmp_path / "notes.pdf"
    text.write_bytes(b"%PDF-1.4 this is not really a PDF")
    view = FakeView(tmp_path, paper_visit)
    view.open_paths = [text]
    SheetFilesController(db, view).read_scanned_sheets()
    [error] = view.errors
    assert "• 0 sheets read" in error
    assert "• notes.pdf: the PDF is damaged, truncated or not a PDF" in error


def test_needs_a_selected_open_visit_with_a_survey(db, paper_visit, tmp_path):
    view = FakeView(tmp_path, None)
    controller = SheetFilesController(db, view)
    controller.print_answer_sheets()
    controller.read_scanned_sheets()
    assert view.errors == ["Select the visit whose answer sheets you are printing.",
                           "Select the visit whose sheets you are reading."]
    view.visit_id = create_visit(db, {"school": "Cross", "group_name": "BSU",
                                      "visit_date": "2026-10-15"})
    controller.print_answer_sheets()
    assert "has no survey" in view.errors[-1] and view.asked == []
    view.visit_id = paper_visit
    set_closed(db, paper_visit, True)
    view.open_paths = [tmp_path / "whatever.png"]
    controller.read_scanned_sheets()
    assert "closed" in view.errors[-1] and view.messages == []


def test_cancelled_dialogs_write_nothing(db, paper_visit, tmp_path):
    view = FakeView(tmp_path, paper_visit)
    view.choice = None
    controller = SheetFilesController(db, view)
    controller.print_answer_sheets()
    controller.read_scanned_sheets()  # no files chosen
    assert list(tmp_path.glob("*.pdf")) == [] and view.messages == view.errors == []


def test_summary_uses_singular_and_plural_forms():
    from sos_desktop.core.paper.scanner import ScanCounts

    one = read_summary(ScanCounts(sheets_read=1, responses_stored=1, already_read=1,
                                  waiting_review=1, not_ours=1, foreign=1,
                                  dropped_by_skip_rules=1, waiting_page=1))
    assert one.splitlines() == [
        "• 1 sheet read", "• 1 response stored", "• 1 sheet already read (skipped)",
        "• 1 sheet waiting for review", "• 1 page not from any sheet of ours",
        "• 1 sheet of another survey or an unknown version",
        "• 1 answer dropped by skip rules",
        "• 1 page waiting for the other side of its sheet (scan it too)"]
    assert "• 2 pages not from any sheet of ours" in read_summary(ScanCounts(not_ours=2))


def test_summary_counts_pages_not_read_because_of_an_error():
    """A page the reader raised on is counted (the rest of the files were still read)."""
    from sos_desktop.core.paper.scanner import ScanCounts

    assert "• 2 pages not read because of an error (scan them again)" in read_summary(
        ScanCounts(failed=2))
    assert "error" not in read_summary(ScanCounts())
