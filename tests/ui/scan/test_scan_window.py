"""The Scan window's mechanics on recorded frames: signals, counts, sound, camera messages."""

import cv2
import numpy as np
import pytest

from sos_desktop.core.camera.probe import CameraInfo
from sos_desktop.core.camera.sources import CameraUnavailable, FileSequenceSource
from sos_desktop.core.messages import Code
from sos_desktop.ui.scan.tally import Sighting
from sos_desktop.ui.scan.window import NO_CAMERA, ON_PROJECTOR, ScanWindow

CORNERS = ((40.0, 30.0), (280.0, 35.0), (275.0, 200.0), (45.0, 195.0))


def by_brightness(frame):
    """Stand-in for the sheet reader: the frame's grey level says what it shows."""
    level = int(frame[0, 0, 0])
    script = {0: Sighting(), 50: Sighting(CORNERS, "A/1"), 100: Sighting(CORNERS, "A/1", "read"),
              150: Sighting(CORNERS, "B/1", "review", "Question 3: two marks"),
              200: Sighting(CORNERS, "C/1", "already"),
              10: Sighting(CORNERS, "D/1", guide="closer"),
              20: Sighting(CORNERS, "D/1", guide="still"),
              30: Sighting(CORNERS, "D/1", guide="hold"),
              40: Sighting(CORNERS, "E/1", "blank", "Nothing was stored."),
              60: Sighting(CORNERS, "E/1", "blank", "Nothing was stored.")}
    if level == 250:
        raise ValueError("OpenCV(4.10.0) error in function 'decode'")
    return script[level]


def record(folder, levels):
    for i, level in enumerate(levels):
        cv2.imwrite(str(folder / f"{i:04}.png"), np.full((240, 320, 3), level, np.uint8))
    return FileSequenceSource(folder)


@pytest.fixture
def window(qtbot):
    sounds = []
    win = ScanWindow("Cross — Civics", by_brightness, cameras=lambda: [], sound=sounds.append)
    win.sounds = sounds
    qtbot.addWidget(win)
    win.resize(1366, 768)
    return win


def test_each_sheet_is_announced_once_while_in_view(qtbot, window, tmp_path):
    """Found → read (green, one beep), the same sheet in later frames is not counted again;
    a sheet needing review and one read before get their own signals and sounds."""
    levels = [0, 50, 100, 100, 100, 0, 0, 0, 0, 0, 0, 150, 150, 0, 0, 0, 0, 0, 0, 200]
    window.show()
    window.start_source(record(tmp_path, levels))
    qtbot.waitUntil(lambda: window.status.text() == "End of the recorded frames.")
    assert window.tally.counts == {"read": 1, "already": 1, "review": 1, "foreign": 0}
    assert window.count.text() == "1"
    assert window.counts.text() == "Needs review: 1\nAlready read: 1\nNot for this visit: 0"
    assert window.sounds == [1, 3, 2]
    assert window.signal.title.text() == "Already read"
    assert window.signal.symbol.text() == "="


def test_no_camera_says_what_to_do(qtbot, window):
    """No camera: the picture names the menu item for scans (no command to type), the signal
    says "No camera" (not "hold a sheet up"), the holding hint is hidden."""
    window.show()
    qtbot.waitUntil(lambda: window.picture.message == NO_CAMERA)
    assert not window.chooser.isEnabled() and window.feed is None
    assert "Paper ▸ Read scanned sheets" in NO_CAMERA and "sos-desktop" not in NO_CAMERA
    assert window.signal.title.text() == "No camera" and not window.hint.isVisible()


def play(qtbot, window, folder, levels):
    """Run recorded frames through the window to their end."""
    folder.mkdir(parents=True, exist_ok=True)
    window.status.clear()
    window.start_source(record(folder, levels))
    qtbot.waitUntil(lambda: window.status.text() == "End of the recorded frames.")


def test_guidance_while_a_sheet_is_read_then_the_announcement_stays(qtbot, window, tmp_path):
    """Too small → "hold closer", moving → "hold still", steady → "keep holding", all silent;
    once read, the green signal is not replaced by guidance while it shows."""
    window.show()
    for level, title in ((10, "Hold it closer"), (20, "Hold it still"),
                         (30, "Reading: keep holding")):
        play(qtbot, window, tmp_path / str(level), [level])
        assert window.signal.title.text() == title
    assert window.sounds == []
    play(qtbot, window, tmp_path / "read", [50, 100, 30, 20])
    assert window.signal.title.text() == "Read and stored" and window.sounds == [1]


def test_a_blank_sheet_has_its_own_signal_once(qtbot, window, tmp_path):
    window.show()
    window.start_source(record(tmp_path, [40, 60, 60, 40]))
    qtbot.waitUntil(lambda: window.status.text() == "End of the recorded frames.")
    assert window.signal.title.text() == "Blank sheet: nothing marked"
    assert window.signal.symbol.text() == "○" and window.sounds == [2]
    assert window.count.text() == "0" and window.tally.counts["already"] == 0


def test_a_frame_that_fails_is_said_and_the_picture_goes_on(qtbot, window, tmp_path):
    """Processing raising on one frame: "could not be read", then the next frames are shown
    and read (the feed is still running, no camera error in place of the picture)."""
    window.show()
    play(qtbot, window, tmp_path / "one", [50, 250])
    assert window.signal.title.text() == "This picture could not be read"
    assert not window.picture.image.isNull() and window.picture.message == ""
    play(qtbot, window, tmp_path / "more", [250, 50, 100])
    assert window.signal.title.text() == "Read and stored" and window.count.text() == "1"


def test_needs_review_counts_every_sheet_of_the_visit_waiting(qtbot, tmp_path):
    """Sheets read earlier (or from a PDF) still waiting for review are counted, not only the
    ones this window read."""
    waiting = [2]
    win = ScanWindow("Cross", by_brightness, cameras=lambda: [], sound=lambda n: None,
                     waiting_review=lambda: waiting[0])
    qtbot.addWidget(win)
    assert win.counts.text().startswith("Needs review: 2\n")
    win.show()
    waiting[0] = 3
    win.start_source(record(tmp_path, [150]))
    qtbot.waitUntil(lambda: win.status.text() == "End of the recorded frames.")
    assert win.counts.text().startswith("Needs review: 3\n")


class BusyCamera:
    name, live = "Camera 1", True

    def open(self):
        raise CameraUnavailable(Code.CAMERA_BUSY(camera="Camera 1"))

    def read(self):
        return None

    def close(self):
        pass


def test_busy_camera_message_and_chooser(qtbot, tmp_path):
    """The chooser lists the cameras; a busy one says so in place of the picture."""
    win = ScanWindow("Cross", by_brightness,
                     cameras=lambda: [CameraInfo(0, "Camera 1: Webcam"),
                                      CameraInfo(2, "Camera 2: USB")],
                     open_camera=lambda camera: BusyCamera(), sound=lambda n: None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "is busy" in win.picture.message)
    assert [win.chooser.itemText(i) for i in range(win.chooser.count())] == [
        "Camera 1: Webcam", "Camera 2: USB"]
    assert "press F5 to try again" in win.picture.message
    win.close()
    assert win.feed is None


def test_camera_picture_is_not_shown_on_the_projector(qtbot, tmp_path):
    """Moved onto the projector, the window keeps reading but shows no picture of the sheet."""
    sounds = []
    win = ScanWindow("Cross", by_brightness, cameras=lambda: [], sound=sounds.append,
                     on_projector=lambda window: True)
    qtbot.addWidget(win)
    win.show()
    win.start_source(record(tmp_path, [50, 100]))
    qtbot.waitUntil(lambda: win.status.text() == "End of the recorded frames.")
    assert win.picture.message == ON_PROJECTOR and win.picture.image.isNull()
    assert sounds == [1] and win.count.text() == "1"


def test_long_title_is_elided_with_an_ellipsis_clear_of_the_camera_label(qtbot):
    """Ensure a long visit name at 1366x768 ends in "…" (never cut mid-letter under the next
    control) and leaves a gap before the Camera label; the full name stays in its tooltip."""
    from PySide6.QtWidgets import QLabel

    name = "Hillhouse High School — Black Student Union and Friends of the Library"
    win = ScanWindow(name, by_brightness, cameras=lambda: [], sound=lambda n: None)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    heading = win.heading
    camera = next(w for w in win.findChildren(QLabel) if w.text() == "&Camera:")
    assert heading.text().endswith("…") and heading.text() != heading.full_text
    assert heading.fontMetrics().horizontalAdvance(heading.text()) <= heading.width()
    assert heading.geometry().right() + 8 <= camera.geometry().left()
    assert name in heading.toolTip() and name in heading.accessibleName()
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: heading.text() == f"Scan answer sheets · {name}")
