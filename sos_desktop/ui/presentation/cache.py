"""Slide images rendered ahead of need, in the background, within a memory budget.

Views ask `get(index, size)`; a miss queues the render and `ready` fires when it lands. The
controller calls `want()` with the pages it will need next (current, next, the one after,
previous, then thumbnails), most urgent first; the queue is replaced each time so a jump across
the deck never waits behind renders nobody needs any more.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from PySide6.QtCore import QObject, QSize, QThread, QTimer, Signal
from PySide6.QtGui import QImage

from sos_desktop.i18n import tr

Key = tuple[int, int, int]  # page index, box width, box height


def key(index: int, size: QSize) -> Key:
    return (index, size.width(), size.height())


# Workers still finishing a render when their talk ended: kept referenced until they are done,
# so no thread is ever destroyed while it runs.
_FINISHING: set[QThread] = set()


def problem_text(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


class _Worker(QThread):
    """One thread is enough: pdfium serialises renders behind a global lock anyway."""

    rendered = Signal(object, QImage)
    render_failed = Signal(object, str)  # key, problem: that page cannot be drawn
    broken = Signal(str)  # the thread could not start rendering at all
    stop_wait_ms = 5000

    def __init__(self, pages) -> None:  # PdfPages
        super().__init__()
        self._pages = pages
        self._queue: list[Key] = []
        self._cond = threading.Condition()
        self._stopping = False
        self._rendering: Key | None = None  # the page being drawn now
        self._last: tuple[Key, QImage] | None = None  # the page drawn last, for wait_for

    def replace_queue(self, keys: list[Key]) -> None:
        with self._cond:
            self._queue = list(keys)
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._queue = []
            self._cond.notify()
        if not self.wait(self.stop_wait_ms):  # a page still rendering: never abandon it
            _FINISHING.add(self)
            self.finished.connect(lambda: _FINISHING.discard(self))

    def run(self) -> None:
        try:
            pages = self._pages.clone()  # this thread's own QPdfDocument, same bytes
        except Exception as exc:  # reported on the console, drawing goes on
            self.broken.emit(problem_text(exc))
            return
        while True:
            with self._cond:
                while not self._queue and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                index, w, h = item = self._queue.pop(0)
                self._rendering = item
            try:
                image = pages.render(index, QSize(w, h))  # opaque: pdf_source.drawn
            except Exception as exc:  # one bad page must not end the thread
                self._finish(None)
                self.render_failed.emit(item, problem_text(exc))
                continue
            self._finish((item, image))
            self.rendered.emit(item, image)

    def _finish(self, last: tuple[Key, QImage] | None) -> None:
        with self._cond:
            self._rendering, self._last = None, last
            self._cond.notify_all()

    def wait_for(self, item: Key) -> QImage | None:
        """The image of `item` if this thread is drawing it now (waiting for it: drawing it
        again on the GUI thread would first wait for pdfium's lock, then take as long again);
        None if it is not."""
        with self._cond:
            if self._rendering != item:
                return None
            while self._rendering == item:
                self._cond.wait()
            last = self._last
        return last[1] if last is not None and last[0] == item else None


class RenderCache(QObject):
    ready = Signal(int)  # a page index with a new image (any size)
    failed = Signal(str)  # a problem drawing slides, for the console

    def __init__(self, pages, budget_mb: int = 96, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._bytes = 0
        self._budget = budget_mb * 1024 * 1024
        self._wanted: list[Key] = []
        self._failed: set[Key] = set()  # pages that cannot be drawn: not asked for again
        self._worker: _Worker | None = None
        self._threads: list[_Worker] = []
        # Without a worker: one slide per pass through the event loop so keys stay responsive.
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._render_one_here)
        if pages.threaded:
            self._worker = _Worker(pages)
            self._worker.rendered.connect(self._store)
            self._worker.render_failed.connect(self._render_failed)
            self._worker.broken.connect(self._worker_broken)
            self._threads.append(self._worker)
            self._worker.start(QThread.Priority.LowPriority)

    @property
    def count(self) -> int:
        return self.pages.count

    def get(self, index: int, size: QSize) -> QImage | None:
        k = key(index, size)
        image = self._images.get(k)
        if image is not None:
            self._images.move_to_end(k)
        return image

    def has(self, index: int, size: QSize) -> bool:
        return key(index, size) in self._images

    def render_now(self, index: int, size: QSize) -> QImage | None:
        """Synchronous render for the GUI thread (first slide, snapshots, benchmarks' warm-up);
        None (and `failed`) if the page cannot be drawn."""
        image = self.get(index, size)
        if image is None and self._worker is not None:
            image = self._worker.wait_for(key(index, size))
            if image is not None:
                self._store(key(index, size), image, emit=False)
        if image is None:
            try:
                image = self.pages.render(index, size)
            except Exception as exc:  # reported on the console
                self._render_failed(key(index, size), problem_text(exc))
                return None
            self._store(key(index, size), image, emit=False)
        return image

    def want(self, requests: list[tuple[int, QSize]]) -> None:
        keys = []
        for index, size in requests:
            k = key(index, size)
            if 0 <= index < self.count and size.width() > 0 and size.height() > 0 and k not in keys:
                keys.append(k)
        self._wanted = keys
        missing = [k for k in keys if k not in self._images and k not in self._failed]
        if self._worker is not None:
            self._worker.replace_queue(missing)
        elif missing:
            self._idle.start()

    def _render_one_here(self) -> None:
        missing = [k for k in self._wanted if k not in self._images and k not in self._failed]
        if not missing:
            self._idle.stop()
            return
        index, w, h = missing[0]
        try:
            image = self.pages.render(index, QSize(w, h))
        except Exception as exc:  # reported on the console, the talk goes on
            self._render_failed(missing[0], problem_text(exc))
            return
        self._store(missing[0], image)

    def _render_failed(self, k: Key, problem: str) -> None:
        self._failed.add(k)
        self.failed.emit(tr("Slide {number} cannot be drawn ({problem}); the audience still "
                            "sees the last slide drawn").format(number=k[0] + 1, problem=problem))

    def _worker_broken(self, problem: str) -> None:
        # The thread has ended: the GUI thread draws from now on, between key presses.
        self._worker = None
        self.failed.emit(tr("Background drawing stopped ({problem}); slides are drawn between "
                            "key presses instead").format(problem=problem))
        self.want([(i, QSize(w, h)) for i, w, h in self._wanted])

    def _store(self, k: Key, image: QImage, emit: bool = True) -> None:
        if k in self._images:
            return
        self._images[k] = image
        self._bytes += image.sizeInBytes()
        self._evict()
        if emit:
            self.ready.emit(k[0])

    def _evict(self) -> None:
        protected = set(self._wanted)
        for k in list(self._images):
            if self._bytes <= self._budget:
                break
            if k in protected:
                continue
            self._bytes -= self._images.pop(k).sizeInBytes()

    @property
    def idle(self) -> bool:
        """Nothing wanted is still waiting to be rendered."""
        return all(k in self._images for k in self._wanted)

    @property
    def used_bytes(self) -> int:
        return self._bytes

    def any_size(self, index: int) -> QImage | None:
        """Some image of the page at any size: a stand-in while the right size renders."""
        best = None
        for (i, _w, _h), image in self._images.items():
            if i == index and (best is None or image.width() > best.width()):
                best = image
        return best

    def close(self) -> None:
        self._idle.stop()
        for thread in self._threads:
            thread.stop()
        self._worker = None

    @property
    def worker_stopped(self) -> bool:
        """No thread of this cache is still running."""
        return all(t.isFinished() or not t.isRunning() for t in self._threads)



