"""PDF pages drawn ahead of need on Qt's own render thread (QPdfPageRenderer).

pdfium runs there with no Python on the thread. A Python QThread calling the same render held
the interpreter lock for much of each page (a Python loop on the GUI thread ran at a fifth of
its speed while pages rendered), so a key press waited for the page being drawn ahead, 5-10 ms
at 1920x1080, before its handler could run. QPdfPageRenderer cannot take back what it was
given, so one page is handed over at a time and the rest wait here, where each key press can
replace them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfPageRenderer

from sos_desktop.ui.presentation.pdf_source import OPTIONS, PdfPages, drawn

Key = tuple[int, int, int]  # page index, box width, box height

# After a key press, pages wait this long before the render thread draws them ahead: the new
# slide's frame is painted and flushed first (5-20 ms on a loaded 2-core laptop), without the
# render thread and the X server competing with it for the two cores. (Key -> slide flushed on
# the X server, p95: 15-19 ms drawing at once, 7-8 ms held.)
HOLD_MS = 30

# Renderers still drawing a page when their talk ended: kept referenced until it lands, so no
# render thread is ever destroyed while it runs.
_FINISHING: set[PageRenderer] = set()


class PageRenderer(QObject):
    rendered = Signal(object, QImage)  # key, the page on white (pdf_source.drawn)

    def __init__(self, pages: PdfPages) -> None:
        super().__init__()
        self._pages = pages.clone()  # its own document, same bytes; raises if it cannot open
        self._renderer: QPdfPageRenderer | None = QPdfPageRenderer()
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(self._pages.document)
        self._renderer.pageRendered.connect(self._landed)
        self._queue: list[Key] = []
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._hand_over)
        self._drawing: tuple[int, Key] | None = None  # request id, key of the page handed over
        self._stopping = False

    def replace_queue(self, keys: list[Key]) -> None:
        self._queue = list(keys)
        self._hold.start()

    def drawing(self, k: Key) -> bool:
        return self._drawing is not None and self._drawing[1] == k

    @property
    def stopped(self) -> bool:
        return self._renderer is None

    def stop(self) -> None:
        self._stopping, self._queue = True, []
        self._hold.stop()
        if self._drawing is None:
            self._release()
        else:
            _FINISHING.add(self)

    def _hand_over(self) -> None:
        if self._drawing is not None or self._stopping or self._renderer is None:
            return
        while self._queue:
            index, w, h = k = self._queue.pop(0)
            request = self._renderer.requestPage(
                index, self._pages.size_in(index, QSize(w, h)), OPTIONS)
            if request:  # 0: the document is not ready (never, for one loaded from memory)
                self._drawing = (request, k)
                return

    def _landed(self, _page: int, size: QSize, image: QImage, _options, request: int) -> None:
        if self._drawing is None or self._drawing[0] != request:
            return
        k = self._drawing[1]
        self._drawing = None
        if self._stopping:
            self._release()
            return
        self.rendered.emit(k, drawn(image, size))
        self._hand_over()

    def _release(self) -> None:
        _FINISHING.discard(self)
        if self._renderer is not None:
            # Its thread is idle: deleting it here joins the thread before the document goes.
            shiboken6.delete(self._renderer)
            self._renderer = None
