"""Where frames come from: a camera, or recorded frames (a folder of images or a video file).

Every source gives BGR uint8 frames (OpenCV's layout) one `read()` at a time and None at its
end. A live source (a camera) has frames that go stale: the reader keeps only the newest. A
recorded source is read frame by frame, none dropped, so tests see exactly what they recorded
through the same path as the camera.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code

if TYPE_CHECKING:
    import cv2

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
VIDEO_SUFFIXES = (".mp4", ".avi", ".mov", ".mkv", ".webm", ".m4v")
# Asked of a camera in this order; it keeps whichever it gives (a webcam that cannot do 1080p
# falls back by itself, or is asked 720p next). More pixels: a sheet held further away is read.
CAPTURE_SIZES = ((1920, 1080), (1280, 720))
# A camera that gives no picture this many times in a row is gone (unplugged, taken over).
_FAILED_READS_LIMIT = 20


class CameraUnavailable(SosError):
    """A camera cannot be used: absent, busy in another program, or stopped sending pictures
    (its code says which: CAMERA_MISSING, CAMERA_NOT_OPENED, CAMERA_BUSY, CAMERA_STOPPED)."""


class FrameSourceError(SosError):
    """Recorded frames cannot be read (missing folder, a file that is no image or video)."""


class FrameSource(Protocol):
    name: str
    live: bool  # True: drop stale frames; False: every frame is read, in order

    def open(self) -> None: ...
    def read(self) -> np.ndarray | None: ...
    def close(self) -> None: ...


def quiet_opencv() -> None:
    """OpenCV logs a warning for every camera index it cannot open; the window says it better."""
    import cv2

    with contextlib.suppress(AttributeError):  # a build without the logging module
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


def device_exists(index: int) -> bool | None:
    """Whether the system lists this camera (Linux's /dev/videoN); None when it cannot tell."""
    if not sys.platform.startswith("linux"):
        return None
    return Path(f"/dev/video{index}").exists()


class CameraSource:
    """A camera through OpenCV's capture. `open()` says clearly why a camera cannot be used."""

    live = True

    def __init__(self, index: int, label: str = "",
                 sizes: tuple[tuple[int, int], ...] = CAPTURE_SIZES, capture_factory=None,
                 exists: Callable[[int], bool | None] = device_exists) -> None:
        self.index = index
        self.name = label or f"Camera {index + 1}"
        self._sizes = sizes
        self.size: tuple[int, int] | None = None  # the frame size the camera gives
        self._factory = capture_factory
        self._exists = exists
        self._capture: cv2.VideoCapture | None = None

    def open(self) -> None:
        import cv2

        quiet_opencv()
        factory = self._factory or cv2.VideoCapture
        capture = factory(self.index)
        if not capture.isOpened():
            capture.release()
            if self._exists(self.index) is False:
                raise CameraUnavailable(Code.CAMERA_MISSING(camera=self.name))
            raise CameraUnavailable(Code.CAMERA_NOT_OPENED(camera=self.name))
        self.size = self._best_size(capture)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest picture, not one from a second ago
        ok, first = capture.read()
        if ok and first is not None:
            self.size = (first.shape[1], first.shape[0])  # what it really sends
        if not ok:
            capture.release()
            raise CameraUnavailable(Code.CAMERA_BUSY(camera=self.name))
        self._capture = capture

    def _best_size(self, capture) -> tuple[int, int] | None:
        """Ask for MJPG (a USB webcam sends 1080p at full rate only compressed), then each size
        in turn until the camera takes one; None when it does not say."""
        import cv2

        with contextlib.suppress(cv2.error):  # a backend without fourcc control
            capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        given = None
        for width, height in self._sizes:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
            given = (int(capture.get(cv2.CAP_PROP_FRAME_WIDTH) or 0),
                     int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT) or 0))
            if given == (width, height):
                return given
        return given if given and all(given) else None

    def read(self) -> np.ndarray | None:
        if self._capture is None:
            return None
        for _ in range(_FAILED_READS_LIMIT):
            ok, frame = self._capture.read()
            if ok and frame is not None:
                return frame
        raise CameraUnavailable(Code.CAMERA_STOPPED(camera=self.name))

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


def _by_name(path: Path) -> list:
    """Name order with numbers as numbers: frame2.png before frame10.png."""
    return [(0, int(t), "") if t.isdigit() else (1, 0, t)
            for t in re.split(r"(\d+)", path.name.lower())]


class FileSequenceSource:
    """Recorded frames: a folder of PNG/JPEG images (in name order, numbers as numbers) or one
    video file (anything OpenCV opens: .mp4, .avi, …)."""

    live = False

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self._files: list[Path] = []
        self._position = 0
        self._video: cv2.VideoCapture | None = None

    def open(self) -> None:
        import cv2

        if self.path.is_dir():
            self._files = sorted((p for p in self.path.iterdir()
                                  if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()),
                                 key=_by_name)
            if not self._files:
                raise FrameSourceError(Code.FRAMES_NO_IMAGES(path=self.path))
            self._position = 0
            return
        if not self.path.is_file():
            raise FrameSourceError(Code.FRAMES_MISSING(path=self.path))
        if self.path.suffix.lower() in IMAGE_SUFFIXES:
            self._files, self._position = [self.path], 0
            return
        video = cv2.VideoCapture(str(self.path))
        if not video.isOpened():
            video.release()
            raise FrameSourceError(Code.FRAMES_NOT_VIDEO(path=self.path))
        self._video = video

    def read(self) -> np.ndarray | None:
        import cv2

        if self._video is not None:
            ok, frame = self._video.read()
            return frame if ok else None
        if self._position >= len(self._files):
            return None
        path = self._files[self._position]
        self._position += 1
        image: np.ndarray | None = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if image is None:
            raise FrameSourceError(Code.FRAME_UNREADABLE(path=path))
        return image

    def close(self) -> None:
        if self._video is not None:
            self._video.release()
            self._video = None
