"""PDF decks through QtPdf: open-time checks with clear messages, and page rendering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from sos_desktop.core.decks import DeckError
from sos_desktop.i18n import QT_TR_NOOP, tr

_LOAD_PROBLEMS = {  # shown through tr(), in the language of the moment
    QPdfDocument.Error.FileNotFound: QT_TR_NOOP("the file does not exist"),
    QPdfDocument.Error.InvalidFileFormat: QT_TR_NOOP("the PDF is damaged or not a PDF"),
    QPdfDocument.Error.IncorrectPassword: QT_TR_NOOP(
        "the PDF is password-protected; export it again without a password"),
    QPdfDocument.Error.UnsupportedSecurityScheme: QT_TR_NOOP(
        "the PDF is encrypted in a way that cannot be opened; export it again without protection"),
    QPdfDocument.Error.DataNotYetAvailable: QT_TR_NOOP("the file could not be read completely"),
    QPdfDocument.Error.Unknown: QT_TR_NOOP("the PDF could not be opened (unknown problem)"),
}


def read_deck(path: Path) -> bytes:
    """The deck's bytes, read once: the talk never goes back to a file that may change."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise DeckError(path, tr(_LOAD_PROBLEMS[QPdfDocument.Error.FileNotFound])) from None
    except OSError as exc:
        raise DeckError(path, tr("the file could not be read ({reason})").format(
            reason=exc.strerror or exc)) from None


def open_pdf(path: Path, data: QByteArray | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument loaded from the deck's bytes (and the buffer it reads, to keep alive),
    or a DeckError naming the file and the problem."""
    buffer = QBuffer()
    buffer.setData(QByteArray(read_deck(path)) if data is None else data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)  # synchronous for a buffer already in memory
    error = document.error()
    if error != QPdfDocument.Error.None_:
        problem = _LOAD_PROBLEMS.get(error)
        raise DeckError(path, tr(problem) if problem else tr(
            "the PDF could not be opened ({error})").format(error=error))
    if document.pageCount() <= 0:
        raise DeckError(path, tr("the PDF has no pages"))
    return document, buffer


def fit(page: QSizeF, box: QSize) -> QSize:
    """The largest size with the page's aspect ratio that fits in box."""
    if page.width() <= 0 or page.height() <= 0:
        return QSize(box)
    scale = min(box.width() / page.width(), box.height() / page.height())
    return QSize(max(1, round(page.width() * scale)), max(1, round(page.height() * scale)))


OPTIONS = QPdfDocumentRenderOptions()
OPTIONS.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)


def drawn(image: QImage, size: QSize) -> QImage:
    """What pdfium gave for a page, ready to show: on white paper, opaque. pdfium leaves a page
    without its own background transparent, and the slide views paint over what was there
    (the last slide would show through); an opaque image is also a plain copy at every paint,
    where a transparent one is blended. White for a page it cannot draw, rather than nothing."""
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFF)
    if not image.isNull():
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
    return paper


class PdfPages:
    """Renders pages of one PDF, from the bytes read when the talk started (the file may be
    deleted or replaced mid-talk). Each thread that renders owns its own instance."""

    threaded = True  # pdfium draws without Qt's fonts, so a worker thread may render

    def __init__(self, path: Path, data: QByteArray | None = None,
                 sizes: list[QSizeF] | None = None) -> None:
        self.path = path
        # Every document of the talk reads one copy of the bytes (a QByteArray is shared, not
        # copied) and the page sizes are measured once (pdfium loads each page for its size),
        # so the render thread's document costs a parse: a 60-page, 100 MB deck 3 ms, where a
        # copy and the sizes took 100 ms before the first slide.
        self._data = QByteArray(read_deck(path)) if data is None else data
        self._document, self._buffer = open_pdf(path, self._data)
        self._sizes = sizes or [self._document.pagePointSize(i) for i in range(self.count)]

    @property
    def count(self) -> int:
        return self._document.pageCount()

    def aspect(self, index: int) -> float:
        size = self._sizes[index]
        return size.width() / size.height() if size.height() > 0 else 16 / 9

    @property
    def document(self) -> QPdfDocument:
        return self._document

    def size_in(self, index: int, box: QSize) -> QSize:
        """The page's pixel size drawn to fit `box`."""
        return fit(self._sizes[index], box)

    def render(self, index: int, box: QSize) -> QImage:
        size = self.size_in(index, box)
        return drawn(self._document.render(index, size, OPTIONS), size)

    def clone(self) -> PdfPages:
        return PdfPages(self.path, self._data, self._sizes)
