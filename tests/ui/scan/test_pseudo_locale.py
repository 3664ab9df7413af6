"""Ensure the scan window (after reading sheets, and without a camera) and the print dialog
read wholly in the pseudo-locale and cut no text at 1366×768 (issue 19)."""

from __future__ import annotations

from sos_desktop.i18n import tr
from sos_desktop.ui.scan.launch import REVIEW_KEYS
from sos_desktop.ui.scan.reading import sighting_of
from sos_desktop.ui.scan.sheet_files_view import PrintSheetsDialog
from sos_desktop.ui.scan.window import ScanWindow
from tests.pseudo import cut_texts, english_words, plain_english, shot, show_on_laptop
from tests.ui.scan.test_spanish import SCRIPT, VISIT, record

TITLE = "Hillhouse/Cross Student Survey"


def test_scan_window_after_sheets_read(qtbot, tmp_path, pseudo):
    gap = [0] * 7
    levels = [*gap, 50, *gap, 100, *gap, 150, *gap, 200, *gap, 250]
    details = []
    window = ScanWindow(VISIT, lambda frame: sighting_of(SCRIPT[int(frame[0, 0, 0])],
                                                         "hillhouse-cross"),
                        cameras=lambda: [], sound=lambda _n: None,
                        review_hint=tr("Sheets that need review wait in Paper ▸ Review "
                                       "sheets… ({keys}).").format(keys=REVIEW_KEYS))
    window.announced.connect(lambda _kind: details.append(window.signal.detail.text()))
    qtbot.addWidget(window)
    show_on_laptop(window)
    window.start_source(record(tmp_path, levels))
    qtbot.waitUntil(lambda: window.tally.counts.get("already") == 1)
    shot(window, "scan")
    assert [english for detail in details
            if (english := english_words(detail, ["other-survey", "hillhouse-cross"]))] == []
    assert plain_english(window, [VISIT]) == []
    assert cut_texts(window) == []


def test_scan_window_without_camera(qtbot, pseudo):
    window = ScanWindow(VISIT, lambda frame: None, cameras=lambda: [])
    qtbot.addWidget(window)
    show_on_laptop(window)
    qtbot.waitUntil(lambda: not window.chooser.isEnabled())
    assert english_words(window.picture.message, []) == []
    assert plain_english(window, [VISIT]) == []
    assert cut_texts(window) == []


def test_print_sheets_dialog(qtbot, pseudo):
    dialog = PrintSheetsDialog(TITLE, VISIT, ["en", "es"])
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    shot(dialog, "print-sheets")
    assert plain_english(dialog, [TITLE, VISIT]) == []
    assert cut_texts(dialog) == []


def test_paper_menu_messages(db, paper_visit, tmp_path, pseudo):
    """Paper ▸ Print answer sheets… and Read scanned sheets…: the sheets written, a file that
    is no sheet, no visit selected, a visit without a survey, a closed visit."""
    from sos_desktop.core.visits.store import create_visit, set_closed
    from sos_desktop.ui.scan.sheet_files import SheetFilesController
    from tests.ui.scan.test_sheet_files import FakeView

    view = FakeView(tmp_path, paper_visit)
    SheetFilesController(db, view).print_answer_sheets()
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4 this is not really a PDF")
    view.open_paths = [notes]
    SheetFilesController(db, view).read_scanned_sheets()
    controller = SheetFilesController(db, view)
    view.visit_id = None
    controller.print_answer_sheets()
    controller.read_scanned_sheets()
    view.visit_id = create_visit(db, {"school": "Cross", "group_name": "BSU",
                                      "visit_date": "2026-10-15"})
    controller.print_answer_sheets()
    view.visit_id = paper_visit
    set_closed(db, paper_visit, True)
    view.open_paths = [tmp_path / "whatever.png"]
    controller.read_scanned_sheets()
    said = [*view.messages, *view.errors, *view.offered]
    assert len(said) >= 5
    data = [str(tmp_path), "Hillhouse", "Civics", "Cross", "BSU", TITLE]
    assert [(text, english) for text in said if (english := english_words(text, data))] == []
