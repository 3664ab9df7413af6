"""The Scan window's mechanics on recorded frames: signals, counts, sound, camera messages."""

import cv2
import numpy as np
import pytest

from sos_desktop.core.camera.probe import CameraInfo
from sos_desktop.core.camera.sources import CameraUnavailable, FileSequenceSource
from sos_desktop.ui.scan.tally import Sighting
from sos_desktop.ui.scan.window import NO_CAMERA, ON_PROJECTOR, ScanWindow

CORNERS = ((40.0, 30.0), (280.0, 35.0), (275.0, 200.0), (45.0, 195.0))


def by_brightness(frame):
    """Stand-in for the sheet reader: the frame's grey level says what it shows."""
    level = int(frame[0, 0, 0])
    script = {0: Sighting(), 50: Sighting(CORNERS, "A/1"), 100: Sighting(CORNERS, "A/1", "read"),
              150: Sighting(CORNERS, "B/1", "review", "Question 3: two marks"),
              200: Sighting(CORNERS, "C/1", "already")}
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
    window.show()
    qtbot.waitUntil(lambda: window.picture.message == NO_CAMERA)
    assert not window.chooser.isEnabled() and window.feed is None


class BusyCamera:
    name, live = "Camera 1", True

    def open(self):
        raise CameraUnavailable("Camera 1 is busy: another program (a video call?) may be "
                                "using it; close that program and try again")

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
