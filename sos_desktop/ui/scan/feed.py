"""Frames from a source, read and processed on worker threads, delivered as Qt signals.

The callbacks of core's FrameLoop run on its worker thread; emitting a signal from there queues
the call onto the GUI thread. The picture is converted to a QImage on the worker too (QImage,
unlike QPixmap, is safe off the GUI thread), so the GUI thread only paints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from sos_desktop.core.camera import sources
from sos_desktop.core.camera.reader import FrameLoop
from sos_desktop.core.camera.sources import CameraUnavailable, FrameSource
from sos_desktop.i18n import QT_TR_NOOP, tr

# Why a camera cannot be used, by core's cause (its own message is English).
CAMERA_PROBLEMS = {
    sources.MISSING: QT_TR_NOOP("{camera}: no camera found; plug one in and choose it"),
    sources.NOT_OPENED: QT_TR_NOOP("{camera} could not be opened: it may be busy in another "
                                   "program (a video call?) or not allowed; close that program "
                                   "and try again"),
    sources.BUSY: QT_TR_NOOP("{camera} is busy: another program (a video call?) may be using "
                             "it; close that program and try again"),
    sources.STOPPED: QT_TR_NOOP("{camera} stopped sending pictures (unplugged, or taken by "
                                "another program)"),
}


def to_qimage(frame: np.ndarray) -> QImage:
    """A copy of a BGR (or grey) uint8 frame as a QImage."""
    frame = np.ascontiguousarray(frame)
    height, width = frame.shape[:2]
    if frame.ndim == 2:
        fmt, channels = QImage.Format.Format_Grayscale8, 1
    else:
        fmt, channels = QImage.Format.Format_BGR888, 3
    return QImage(frame.data, width, height, width * channels, fmt).copy()


class ScanFeed(QObject):
    """One source through `process`; `frame_ready(image, result)` per processed frame."""

    frame_ready = Signal(QImage, object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, source: FrameSource, process: Callable[[np.ndarray], Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self._loop = FrameLoop(source, process, self._deliver, self._fail, self.ended.emit)

    def start(self) -> None:
        self._loop.start()

    def stop(self) -> None:
        """Returns once the worker threads are done: stop before the feed is deleted."""
        self._loop.stop()

    @property
    def running(self) -> bool:
        return self._loop.running

    def _fail(self, message: str) -> None:
        error = self._loop.error
        if isinstance(error, CameraUnavailable) and error.cause in CAMERA_PROBLEMS:
            message = tr(CAMERA_PROBLEMS[error.cause]).format(camera=error.camera)
        self.failed.emit(message)

    def _deliver(self, frame: np.ndarray, result: Any) -> None:
        self.frame_ready.emit(to_qimage(frame), result)
