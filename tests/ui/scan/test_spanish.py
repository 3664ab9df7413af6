"""Ensure the paper screens speak Spanish: the Scan window after sheets were read (each
announcement's words and detail), the Paper menu, the print-sheets dialog, the bar on the
console's survey slide, and the summary of a reading. SOS_SHOTS=1 saves them as PNGs in /tmp."""

import os

import cv2
import numpy as np
import pytest

from sos_desktop.core.camera.sources import FileSequenceSource
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.payload import SheetIdentity
from sos_desktop.core.paper.scanner import Outcome, PageOutcome, ScanCounts
from sos_desktop.i18n import tr
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.scan.launch import REVIEW_KEYS
from sos_desktop.ui.scan.reading import sighting_of
from sos_desktop.ui.scan.sheet_files import read_summary
from sos_desktop.ui.scan.sheet_files_view import PrintSheetsDialog
from sos_desktop.ui.scan.survey_slide import PaperActions
from sos_desktop.ui.scan.tally import ANNOUNCEMENTS
from sos_desktop.ui.scan.window import ScanWindow
from tests.ui.spanish import english_left, spanish

CORNERS = ((40.0, 30.0), (280.0, 35.0), (275.0, 200.0), (45.0, 195.0))
VISIT = "Hillhouse — Civics"


def shot(widget, name: str) -> None:
    if os.environ.get("SOS_SHOTS"):
        widget.grab().save(f"/tmp/i18n-paper-{name}.png")


def identity(sheet: str, page: int = 1, key: str = "hillhouse-cross") -> SheetIdentity:
    return SheetIdentity(key, 1, "es", page, 2, sheet)


def outcome(kind: Outcome, sheet: str, **more) -> PageOutcome:
    page = more.pop("page", 1)
    key = more.pop("key", "hillhouse-cross")
    return PageOutcome(kind, "core's English", CORNERS, identity(sheet, page, key), **more)


# What the core's reader says of each recorded frame (its grey level), worded by the window.
SCRIPT = {
    0: PageOutcome(Outcome.NO_SHEET, "no sheet", None),
    50: outcome(Outcome.WAITING_PAGE, "A", page=2),
    100: outcome(Outcome.STORED, "A", dropped=2),
    150: outcome(Outcome.REVIEW, "B", review_questions=("grade", "support_wanted")),
    200: outcome(Outcome.FOREIGN, "C", key="other-survey"),
    250: outcome(Outcome.ALREADY_READ, "A"),
}


def record(folder, levels):
    for i, level in enumerate(levels):
        cv2.imwrite(str(folder / f"{i:04}.png"), np.full((240, 320, 3), level, np.uint8))
    return FileSequenceSource(folder)


@pytest.fixture
def spanish_ui():
    with spanish():
        yield


def test_scan_window_after_sheets_read_is_spanish(qtbot, tmp_path, spanish_ui):
    details = []
    gap = [0] * 7
    levels = [*gap, 50, *gap, 100, *gap, 150, *gap, 200, *gap, 250]
    window = ScanWindow(VISIT, lambda frame: sighting_of(SCRIPT[int(frame[0, 0, 0])],
                                                         "hillhouse-cross"),
                        cameras=lambda: [], sound=lambda _n: None,
                        review_hint=tr("Sheets that need review wait in Paper ▸ Review "
                                       "sheets… ({keys}).").format(keys=REVIEW_KEYS))
    window.announced.connect(lambda _kind: details.append(window.signal.detail.text()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start_source(record(tmp_path, levels))
    qtbot.waitUntil(lambda: window.status.text() == "Fin de las imágenes grabadas.")
    assert window.tally.counts == {"read": 1, "already": 1, "review": 1, "foreign": 1}
    assert window.count_label.text() == "hoja leída y guardada"
    assert details == [
        "Ya está el lado 2 de 2; ahora muestra el otro lado.",
        "Las respuestas cuentan en los resultados en vivo. Se dejaron fuera 2 respuestas "
        "que sus propias reglas de salto excluyen.",
        "2 preguntas dudosas. Ponla en el montón por revisar: Papel ▸ Revisar hojas "
        "(Ctrl+Shift+R).",
        "Una hoja de la encuesta other-survey, pero esta visita usa hillhouse-cross.",
        "Esta hoja ya se contó; no se cuenta otra vez."]
    assert window.signal.title.text() == "Ya leída"
    assert english_left(window, allowed=[VISIT]) == []
    shot(window, "scan-window")
    window.signal.show_look(ANNOUNCEMENTS["review"], details[2])  # the longest detail
    shot(window, "scan-window-review")


def test_scan_window_without_camera_is_spanish(qtbot, spanish_ui):
    window = ScanWindow(VISIT, lambda frame: None, cameras=lambda: [])
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.chooser.isEnabled())
    assert window.picture.message.startswith("No se encontró ninguna cámara.")
    assert "Papel ▸ Leer hojas escaneadas" in window.picture.message
    assert window.signal.title.text() == "No hay cámara"
    assert english_left(window, allowed=[VISIT]) == []
    shot(window, "scan-no-camera")


@pytest.mark.parametrize("guide", ["closer", "still", "hold", "whole", "code", "failed"])
def test_scan_window_guidance_is_spanish_and_fits(qtbot, tmp_path, spanish_ui, guide):
    """Each guidance, in Spanish, fits the signal panel (no line cut off)."""
    from sos_desktop.ui.scan.tally import Sighting

    corners = ((40.0, 30.0), (280.0, 35.0), (275.0, 200.0), (45.0, 195.0))
    window = ScanWindow(VISIT, lambda frame: Sighting(corners, "A/1", guide=guide),
                        cameras=lambda: [], sound=lambda _n: None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    cv2.imwrite(str(tmp_path / "0.png"), np.full((240, 320, 3), 90, np.uint8))
    window.start_source(FileSequenceSource(tmp_path))
    qtbot.waitUntil(lambda: window.status.text() != "")
    detail = window.signal.detail
    assert detail.isVisible() and detail.text()
    assert detail.heightForWidth(detail.width()) <= detail.height()
    assert window.signal.title.heightForWidth(window.signal.title.width()) <= (
        window.signal.title.height())
    assert english_left(window.signal) == []


def test_paper_menu_and_print_dialog_are_spanish(qtbot, db, spanish_ui):
    main = MainWindow(db)
    qtbot.addWidget(main)
    assert [a.text() for a in main.paper_menu.actions()] == [
        "&Imprimir hojas de respuestas…", "&Escanear hojas con la cámara…",
        "&Leer hojas escaneadas (PDF o fotos)…", "&Revisar hojas…",
        "&Transcribir recuadros de escritura…"]
    assert main.paper_menu.title() == "Pape&l"
    assert english_left(main.paper_menu) == []

    title = "Encuesta estudiantil de Hillhouse/Cross"
    dialog = PrintSheetsDialog(title, VISIT, ["en", "es"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_left(dialog, allowed=[title, VISIT]) == []
    shot(dialog, "print-sheets")


def test_survey_slide_bar_is_spanish(qtbot, spanish_ui):
    for paper_only in (True, False):
        bar = PaperActions(lambda: None, lambda: None, paper_only)
        qtbot.addWidget(bar)
        bar.resize(1366, 60)
        bar.show()
        assert english_left(bar) == []
        shot(bar, f"survey-slide-{'paper' if paper_only else 'both'}")


def test_reading_summary_is_spanish(spanish_ui):
    summary = read_summary(ScanCounts(sheets_read=1, responses_stored=2, waiting_review=1,
                                      blank=2, no_code=1))
    assert summary.splitlines()[:4] == [
        "• 1 hoja leída", "• 2 respuestas guardadas", "• 0 hojas ya leídas (omitidas)",
        "• 1 hoja pendiente de revisión"]
    assert "• 2 hojas en blanco (no se guardó nada)" in summary


def test_busy_camera_is_worded_in_spanish(qtbot, spanish_ui):
    """The chooser's camera names and why a camera cannot be used come from core's facts."""
    from sos_desktop.core.camera import sources
    from sos_desktop.core.camera.probe import CameraInfo

    class BusyCamera:
        name, live = "Cámara 1: USB", True

        def open(self):
            raise sources.CameraUnavailable(Code.CAMERA_BUSY(camera=self.name))

        def read(self):
            return None

        def close(self):
            pass

    window = ScanWindow(VISIT, lambda frame: None, sound=lambda _n: None,
                        cameras=lambda: [CameraInfo(0, "Camera 1: USB", 1, "USB"),
                                         CameraInfo(2, "Camera 2", 2)],
                        open_camera=lambda camera: BusyCamera())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: "está ocupada" in window.picture.message)
    assert [window.chooser.itemText(i) for i in range(window.chooser.count())] == [
        "Cámara 1: USB", "Cámara 2"]
    assert window.picture.message.endswith("pulsa F5 para intentarlo otra vez.")
    assert english_left(window, allowed=[VISIT]) == []
    shot(window, "scan-busy-camera")
    window.close()


def test_reading_summary_box_is_spanish(qtbot, db, monkeypatch, spanish_ui):
    """The box after reading scanned files: summary, question and both buttons."""
    from PySide6.QtWidgets import QMessageBox

    from sos_desktop.ui.scan.sheet_files_view import WindowSheetFilesView

    main = MainWindow(db)
    qtbot.addWidget(main)
    seen = []

    def look(box):
        box.resize(1366, 768)
        box.show()
        seen.append(english_left(box, allowed=[VISIT]))
        shot(box, "read-summary")
        box.close()  # left open, it would stay the active window for the next test
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    text = (tr("Read for {visit}:").format(visit=VISIT) + "\n"
            + read_summary(ScanCounts(sheets_read=3, responses_stored=2, waiting_review=1))
            + "\n\n" + tr("Open the Review window to settle them now?"))
    WindowSheetFilesView(main.host, lambda: None).offer_review(text)
    assert seen == [[]]
