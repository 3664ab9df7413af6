"""Slide images rendered ahead of need, in the background, within a memory budget.

Views ask `get(index, size)`; a miss queues the render and `ready` fires when it lands. The
controller calls `want()` with the pages it will need next (current, next, the one after,
previous, then thumbnails), most urgent first; the queue is replaced each time so a jump across
the deck never waits behind renders nobody needs any more.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage

from sos_desktop.i18n import tr
from sos_desktop.ui.presentation.render_ahead import Key, PageRenderer


def key(index: int, size: QSize) -> Key:
    return (index, size.width(), size.height())


def problem_text(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


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
        self._worker: PageRenderer | None = None  # None: the GUI thread draws
        # Without a worker: one slide per pass through the event loop so keys stay responsive.
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._render_one_here)
        if pages.threaded:
            try:
                self._worker = PageRenderer(pages)
            except Exception as exc:  # said once someone listens; the GUI thread draws instead
                problem = problem_text(exc)
                QTimer.singleShot(0, self, lambda: self._worker_broken(problem))
            else:
                self._worker.rendered.connect(self._store)

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
        """Synchronous render for the GUI thread (first slide, a jump's landing, snapshots);
        None (and `failed`) if the page cannot be drawn. A copy the render thread is drawing
        now is drawn again here: pdfium draws one page at a time, so this waits for that one,
        and its copy is dropped when it lands."""
        image = self.get(index, size)
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
        # No render thread: the GUI thread draws from now on, between key presses.
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
        if self._worker is not None:
            self._worker.stop()  # kept: a page it is drawing lands first (worker_stopped)

    @property
    def worker_stopped(self) -> bool:
        """No render thread of this cache is still running."""
        return self._worker is None or self._worker.stopped



