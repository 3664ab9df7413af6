"""The Scan window: the camera picture, the sheet outlined, a clear signal per sheet read.

Frames are read and processed off the GUI thread (ui/scan/feed.py); this window only paints
them and announces what the tally (ui/scan/tally.py) says. Sources, the camera list, the frame
processing and the sound are passed in, so tests feed recorded frames through the same path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.camera.probe import CameraInfo, list_cameras
from sos_desktop.core.camera.reader import FrameFailed
from sos_desktop.core.camera.sources import CameraSource, FrameSource
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.ui.elided_label import ElidedLabel
from sos_desktop.ui.scan.feed import ScanFeed
from sos_desktop.ui.scan.picture import CameraPicture
from sos_desktop.ui.scan.tally import (
    ANNOUNCEMENTS,
    GUIDES,
    IDLE,
    NO_CAMERA_LOOK,
    Look,
    ScanTally,
    Sighting,
)

ANNOUNCE_MS = 3000  # an announcement stays this long, then the idle hint returns
ON_PROJECTOR = QT_TR_NOOP(
    "The camera picture is shown only on the laptop's own screen, never on the projector: "
    "sheets carry students' handwriting. Sheets are still read here.")
NO_CAMERA = QT_TR_NOOP(
    "No camera found.\n\nPlug in a webcam and press F5 to look again. Or scan the sheets on a "
    "copier later and read the PDF from the main window's menu: Paper ▸ Read scanned sheets "
    "(PDF or photos)…")

_STYLE = """
QWidget#scan { background: #f7f5f9; }
QLabel#scanTitle { font-size: 22px; font-weight: 700; color: #5b1a7a; }
QLabel#count { font-size: 56px; font-weight: 800; color: #1b1b1b; }
QLabel#countLabel { font-size: 18px; color: #333333; }
QLabel#counts { font-size: 17px; color: #333333; }
QLabel#hint { font-size: 15px; color: #444444; }
QFrame#signal { border-radius: 14px; }
QLabel#signalSymbol { font-size: 60px; font-weight: 800; color: #ffffff; }
QLabel#signalTitle { font-size: 23px; font-weight: 700; color: #ffffff; }
QLabel#signalDetail { font-size: 15px; color: #ffffff; }
QComboBox, QPushButton { font-size: 15px; padding: 6px 12px; }
"""


def beep(times: int) -> None:
    """The sound of an announcement: one beep for a sheet read, more for one that needs care."""
    for i in range(times):
        QTimer.singleShot(i * 180, QApplication.beep)


def camera_label(camera: CameraInfo) -> str:
    """"Camera 1: Integrated Webcam", in the organizer's language."""
    if not camera.number:
        return camera.label
    if camera.name:
        return tr("Camera {number}: {name}").format(number=camera.number, name=camera.name)
    return tr("Camera {number}").format(number=camera.number)


def camera_source(camera: CameraInfo) -> FrameSource:
    return CameraSource(camera.index, camera_label(camera))


class SignalPanel(QFrame):
    """The big coloured signal: symbol, words and colour together (never colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signal")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.symbol = QLabel()
        self.symbol.setObjectName("signalSymbol")
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.symbol.setFixedWidth(72)
        self.title = QLabel()
        self.title.setObjectName("signalTitle")
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("signalDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail.setMinimumHeight(66)  # three lines at 15 px: word wrap gets no more by itself
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addStretch(1)
        words.addWidget(self.title)
        words.addWidget(self.detail)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.symbol)
        layout.addLayout(words, 1)
        # Room for a two-line title and a three-line detail: the panel never jumps in size.
        self.setFixedHeight(196)
        self.show_look(IDLE)

    def show_look(self, look: Look, detail: str = "") -> None:
        if (look, detail) == getattr(self, "_shown", None):
            return  # guidance repeats every frame: restyling costs the GUI thread
        self._shown = (look, detail)
        self.kind_colour = look.colour
        self.setStyleSheet(f"QFrame#signal {{ background: {look.colour}; }}")
        self.symbol.setText(look.symbol)
        self.symbol.setVisible(bool(look.symbol))
        title = tr(look.title)
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{title}. {detail}".strip(" ."))


class ScanWindow(QWidget):
    announced = Signal(str)  # the kind announced ("read", "review", …)

    def __init__(
        self,
        title: str,
        process: Callable[[Any], Sighting],
        cameras: Callable[[], list[CameraInfo]] = list_cameras,
        open_camera: Callable[[CameraInfo], FrameSource] = camera_source,
        sound: Callable[[int], None] = beep,
        review_hint: str = "",
        on_projector: Callable[[QWidget], bool] = lambda window: False,
        waiting_review: Callable[[], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scan")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.setWindowTitle(tr("Scan answer sheets — {visit}").format(visit=title))
        self._process, self._cameras, self._open_camera = process, cameras, open_camera
        self._sound = sound
        self._on_projector = on_projector
        self._waiting_review = waiting_review  # sheets of the visit in review, from its data
        self._wanted_camera: int | None = None
        self.tally = ScanTally()
        self.feed: ScanFeed | None = None
        self.camera_list: list[CameraInfo] = []

        # A long visit name ends in "…" (full name in the tooltip); the controls stay visible.
        self.heading = heading = ElidedLabel(tr("Scan answer sheets · {visit}").format(visit=title))
        heading.setObjectName("scanTitle")
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(tr("Camera"))
        self.chooser.setMinimumWidth(260)
        self.chooser.activated.connect(self._camera_chosen)
        camera_label = QLabel(tr("&Camera:"))
        camera_label.setBuddy(self.chooser)
        self.rescan = QPushButton(tr("Look again (F5)"))
        self.rescan.setAccessibleName(tr("Look for cameras again"))
        self.rescan.clicked.connect(self.find_cameras)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setToolTip(tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addSpacing(16)
        top.addWidget(camera_label)
        top.addWidget(self.chooser)
        top.addWidget(self.rescan)
        top.addWidget(self.close_button)

        self.picture = CameraPicture()
        self.signal = SignalPanel()
        self.count = QLabel("0")
        self.count.setObjectName("count")
        self.count.setAccessibleName(tr("Sheets read"))
        self.count_label = count_label = QLabel()
        count_label.setObjectName("countLabel")
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setAccessibleName(tr("Other sheets"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.hint = hint = QLabel(
            tr("Hold each sheet flat with the whole page in view until the signal turns green. "
               "Two-sided sheets: show one side, then the other.") + " " + review_hint)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.signal)
        side.addSpacing(8)
        side.addWidget(self.count)
        side.addWidget(count_label)
        side.addWidget(self.counts)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(hint)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(380)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self.picture, 1)
        middle.addWidget(side_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        # A row layout does not give a wrapping label the height its lines need at the column's
        # width: asked once styled, so a language longer than English is not cut at the bottom.
        hint.ensurePolished()
        margins = side.contentsMargins()
        hint.setMinimumHeight(hint.heightForWidth(380 - margins.left() - margins.right()))

        self._back_to_idle = QTimer(self)
        self._back_to_idle.setSingleShot(True)
        self._back_to_idle.setInterval(ANNOUNCE_MS)
        self._back_to_idle.timeout.connect(self._idle)
        QShortcut(QKeySequence("Esc"), self, self.close)
        QShortcut(QKeySequence("F5"), self, self.find_cameras)
        self._update_counts()
        self.picture.show_message(tr("Looking for cameras…"))

    # --- sources ------------------------------------------------------------------------------
    def use_camera(self, index: int) -> None:
        """Start with this camera (OpenCV's index) when it is listed, instead of the first."""
        self._wanted_camera = index

    def find_cameras(self) -> None:
        """List the cameras and start the first (or the one already chosen, if still there)."""
        current = self.chooser.currentData()
        if current is None and self._wanted_camera is not None:
            current = self._wanted_camera
        self.camera_list = self._cameras()
        self.chooser.clear()
        for camera in self.camera_list:
            self.chooser.addItem(camera_label(camera), camera.index)
        self.chooser.setEnabled(bool(self.camera_list))
        self.hint.setVisible(bool(self.camera_list))
        if not self.camera_list:
            self.chooser.addItem(tr("No camera found"), None)
            self.stop_feed()
            self.picture.show_message(tr(NO_CAMERA))
            self.signal.show_look(NO_CAMERA_LOOK)
            return
        self._idle()
        index = max(0, self.chooser.findData(current))
        self.chooser.setCurrentIndex(index)
        self._camera_chosen(index)

    def _camera_chosen(self, row: int) -> None:
        if 0 <= row < len(self.camera_list):
            camera = self.camera_list[row]
            self.picture.show_message(tr("Starting {camera}…").format(
                camera=camera_label(camera)))
            self.start_source(self._open_camera(camera))

    def start_source(self, source: FrameSource) -> None:
        """Read frames from `source` (a camera, or recorded frames in tests)."""
        self.stop_feed()
        self.hint.setVisible(True)
        if self.signal.title.text() == tr(NO_CAMERA_LOOK.title):
            self._idle()
        self.feed = ScanFeed(source, self._process, self)
        self.feed.frame_ready.connect(self._frame_ready)
        self.feed.failed.connect(self._failed)
        self.feed.ended.connect(self._ended)
        self.feed.start()

    def stop_feed(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed.deleteLater()
            self.feed = None

    # --- frames -------------------------------------------------------------------------------
    def _frame_ready(self, image: QImage, sighting: Sighting | FrameFailed) -> None:
        if self.sender() is not self.feed:
            return  # a frame from a camera just switched off
        if not isinstance(sighting, Sighting):  # processing raised on this frame only
            sighting = Sighting(guide="failed")
        kind = self.tally.see(sighting)
        if self._on_projector(self):
            self.picture.show_message(tr(ON_PROJECTOR))
        else:
            self.picture.show_frame(image, sighting.corners,
                                    self.tally.outline_colour(sighting))
        if kind:
            look = ANNOUNCEMENTS[kind]
            self.signal.show_look(look, sighting.detail)
            self._back_to_idle.start()
            self._sound(look.beeps)
            self._update_counts()
            self.announced.emit(kind)
        elif not self._back_to_idle.isActive():  # an announcement stays its full time
            guide = self.tally.guide(sighting)
            if guide:
                look, detail = GUIDES[guide]
                self.signal.show_look(look, tr(detail))
            else:
                self._idle()

    def _idle(self) -> None:
        self.signal.show_look(IDLE)

    def _failed(self, message: str) -> None:
        if self.sender() is self.feed:
            self.picture.show_message(
                tr("{problem}\n\nChoose another camera, or press F5 to try again.").format(
                    problem=message))

    def _ended(self) -> None:
        if self.sender() is self.feed:
            self.status.setText(tr("End of the recorded frames."))

    def _update_counts(self) -> None:
        read = self.tally.counts["read"]
        self.count.setText(str(read))
        # The number is the big label above: this one carries only the words.
        self.count_label.setText(tr("sheet(s) read and stored", None, read))
        c = self.tally.counts
        # Every sheet of the visit waiting for review, not only those read in this window.
        review = self._waiting_review() if self._waiting_review else c["review"]
        self.counts.setText(tr("Needs review: {review}\nAlready read: {already}\n"
                               "Not for this visit: {foreign}").format(
            review=review, already=c["already"], foreign=c["foreign"]))

    # --- window -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.feed is None and not self.camera_list:
            QTimer.singleShot(0, self._first_look)  # paint the window first, then probe

    def _first_look(self) -> None:
        if self.feed is None and not self.camera_list:  # no source was given meanwhile
            self.find_cameras()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_feed()
        super().closeEvent(event)
