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

from sos_desktop.core.camera.reader import FrameLoop
from sos_desktop.core.camera.sources import FrameSource
from sos_desktop.words.errors import in_our_words


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
        error = self._loop.error  # worded from its code (`message` is core's English)
        self.failed.emit(in_our_words(error) if error is not None else message)

    def _deliver(self, frame: np.ndarray, result: Any) -> None:
        self.frame_ready.emit(to_qimage(frame), result)
