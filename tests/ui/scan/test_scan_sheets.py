"""The Scan window on recorded webcam frames of real synthetic sheets, through the real core."""

import random

from sos_desktop.core.camera.sources import FileSequenceSource
from sos_desktop.core.results.answer_counts import LiveCounts
from sos_desktop.core.results.live import visit_results
from sos_desktop.core.surveys.store import current_definition
from sos_desktop.ui.results.pages import ResultsPager
from sos_desktop.ui.results.projector import ProjectorResults
from sos_desktop.ui.scan.reading import frame_reader
from sos_desktop.ui.scan.window import ScanWindow
from tests.ui.paper_sheets import ANSWERS, empty_frame, filled, held_up, record


def test_a_class_sheet_read_through_the_camera_path(qtbot, db, paper_visit, blank_pages,
                                                    layout, hillhouse, tmp_path):
    """Back side → "turn over"; front → green "read and stored", counted once however long
    it is held; shown again later → "already read"; the live results count it (without
    showing one sheet alone)."""
    rng = random.Random(11)
    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, rng)
    gap = [empty_frame(rng) for _ in range(7)]
    frames = [*gap[:2], *held_up(back, rng), *gap, *held_up(front, rng), *gap,
              *held_up(front, rng, 2)]
    sounds, announced = [], []
    window = ScanWindow("Hillhouse — Civics", frame_reader(db, paper_visit),
                        cameras=lambda: [], sound=sounds.append)
    window.announced.connect(announced.append)
    _id, survey = current_definition(db, "hillhouse-cross")
    results = ProjectorResults(ResultsPager(db, paper_visit, survey))  # the projector
    qtbot.addWidget(results)
    assert results.count.text() == "0 responses"
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start_source(FileSequenceSource(record(tmp_path / "frames", frames)))
    qtbot.waitUntil(lambda: window.status.text() == "End of the recorded frames.", timeout=60000)
    assert announced == ["turn", "read", "already"]
    assert sounds == [1, 1, 2]
    assert window.count.text() == "1"
    assert window.signal.title.text() == "Already read"
    # Its 2 s tick sees the sheet, but one sheet alone never moves the figures (steps of 5).
    qtbot.waitUntil(lambda: results.pager.waiting, timeout=5000)
    assert results.count.text() == "0 responses"
    counted = visit_results(db, paper_visit, survey, "en", include_text=False,
                            live=LiveCounts(paper_visit))
    assert counted.responses == 1
