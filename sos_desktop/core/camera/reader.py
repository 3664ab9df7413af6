"""Frames read on their own thread, handed to a worker that processes them, off the GUI thread.

FrameReader: a source read on its own thread into a bounded queue. From a live source (a camera)
only the newest frame waits, older ones are dropped: the picture on screen and the sheet being
read are never a second behind. From recorded frames the reader waits for room instead, so
every frame is processed, in order.

FrameLoop: frame → `process(frame)` → `on_result(frame, result)` on one worker thread, then
`on_end()` when the source ends or `on_error(message)` when it fails. A frame whose processing
raises gives `on_result(frame, FrameFailed(reason))` and the next frame is read: one odd frame
never stops the picture. The callbacks run on the worker thread; a window turns them into queued
signals.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from sos_desktop.core.camera.sources import FrameSource, FrameSourceError
from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code, Message

_END = object()


@dataclass(frozen=True)
class FrameFailed:
    """The result of a frame whose processing raised: shown, reported, then the next frame."""

    reason: Message


_POLL = 0.1  # seconds between checks of the stop flag while waiting


class FrameReader:
    def __init__(self, source: FrameSource, maxsize: int | None = None) -> None:
        self.source = source
        self._queue: queue.Queue = queue.Queue(maxsize or (1 if source.live else 4))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"frames {source.name}",
                                        daemon=True)
        self.dropped = 0  # stale frames thrown away (live sources only)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def get(self, timeout: float | None = None) -> np.ndarray | None:
        """The next frame; None when the source has ended. Raises the source's error, and
        queue.Empty when nothing came within `timeout`."""
        item = self._queue.get(timeout=timeout)
        if item is _END:
            self._queue.put(_END)  # later calls see the end too
            return None
        if isinstance(item, SosError):
            self._queue.put(_END)
            raise item
        return item

    def _run(self) -> None:
        final: object = _END
        try:
            self.source.open()
            while not self._stop.is_set():
                frame = self.source.read()
                if frame is None:
                    break
                self._put(frame)
        except SosError as exc:
            final = exc
        except Exception as exc:
            final = FrameSourceError(Code.FRAMES_FAILED(name=self.source.name, detail=exc))
        finally:
            self.source.close()
        self._put(final, keep=True)

    def _put(self, item: object, keep: bool = False) -> None:
        if self.source.live or keep:
            while True:
                try:
                    self._queue.put_nowait(item)
                    return
                except queue.Full:
                    try:
                        self._queue.get_nowait()
                        self.dropped += 1
                    except queue.Empty:
                        pass
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=_POLL)
                return
            except queue.Full:
                continue


class FrameLoop:
    def __init__(
        self,
        source: FrameSource,
        process: Callable[[np.ndarray], Any],
        on_result: Callable[[np.ndarray, Any], None],
        on_error: Callable[[str], None],
        on_end: Callable[[], None],
    ) -> None:
        self.reader = FrameReader(source)
        self._process = process
        self._on_result = on_result
        self._on_error = on_error
        self._on_end = on_end
        self.error: SosError | None = None  # what on_error was told, for a translated message
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="frame worker", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Stop reading; returns once both threads are done (or `timeout` passed)."""
        self._stop.set()
        self.reader.stop(timeout)
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        self.reader.start()
        try:
            while not self._stop.is_set():
                try:
                    frame = self.reader.get(timeout=_POLL)
                except queue.Empty:
                    continue
                if frame is None:
                    if not self._stop.is_set():
                        self._on_end()
                    return
                try:
                    result = self._process(frame)
                except Exception as exc:  # this frame only: the picture goes on
                    from sos_desktop.core.paper.scanner import failure_reason

                    result = FrameFailed(failure_reason(exc))
                if not self._stop.is_set():
                    self._on_result(frame, result)
        except SosError as exc:
            self.error = exc
            self._on_error(str(exc))
        except Exception as exc:
            self.error = SosError(Code.PICTURE_FAILED(detail=exc))
            self._on_error(str(self.error))
        finally:
            self.reader.stop()
