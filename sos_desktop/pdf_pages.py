"""PDF pages as grey numpy images through QtPdf, for reading scanned answer sheets.

Outside core on purpose: core never imports Qt. The command line and the window hand
`render_pdf_pages` to core.paper, which takes any function of that shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from sos_desktop.core.messages import Code
from sos_desktop.core.paper.inputs import PDF_MAX_PIXELS, PaperInputError

_PROBLEMS = {
    QPdfDocument.Error.FileNotFound: Code.PAPER_PDF_MISSING,
    QPdfDocument.Error.InvalidFileFormat: Code.PAPER_PDF_DAMAGED,
    QPdfDocument.Error.IncorrectPassword: Code.PAPER_PDF_PASSWORD,
    QPdfDocument.Error.UnsupportedSecurityScheme: Code.PAPER_PDF_ENCRYPTED,
    QPdfDocument.Error.DataNotYetAvailable: Code.PAPER_PDF_INCOMPLETE,
}


def render_pdf_pages(path: Path, dpi: int = 200) -> Iterator[np.ndarray]:
    """Each page as an 8-bit grey image at `dpi` (less for pages too large to hold)."""
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        problem = _PROBLEMS.get(error)
        raise PaperInputError(path, problem() if problem else Code.PAPER_PDF_NOT_OPENED(
            detail=getattr(error, "name", error)))
    if document.pageCount() <= 0:
        raise PaperInputError(path, Code.PAPER_PDF_NO_PAGES())
    try:
        for index in range(document.pageCount()):
            size = document.pagePointSize(index)
            scale = dpi / 72
            w, h = size.width() * scale, size.height() * scale
            if w * h > PDF_MAX_PIXELS:  # drawn smaller: memory stays ~5 bytes a pixel of it
                shrink = (PDF_MAX_PIXELS / (w * h)) ** 0.5
                w, h = w * shrink, h * shrink
            if w < 1 or h < 1:
                raise PaperInputError(path, Code.PAPER_PAGE_NO_SIZE(page=index + 1))
            image = document.render(index, QSize(round(w), round(h)))
            if image.isNull():
                raise PaperInputError(path, Code.PAPER_PAGE_NOT_DRAWN(page=index + 1))
            yield _grey_on_white(image)
    finally:
        document.close()


def _grey_on_white(image: QImage) -> np.ndarray:
    """Premultiplied ARGB over white paper, as grey (pdfium leaves the background clear).
    Worked out a band of rows at a time: the page's own grey is the only full-size copy."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    h, w = image.height(), image.width()
    raw = np.frombuffer(image.constBits(), np.uint8, count=image.bytesPerLine() * h)
    rows = raw.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4)
    grey = np.empty((h, w), np.uint8)
    for top in range(0, h, _BAND):
        bgra = rows[top:top + _BAND].astype(np.uint16)
        band = (bgra[..., 0] * 29 + bgra[..., 1] * 150 + bgra[..., 2] * 77) >> 8
        grey[top:top + _BAND] = np.clip(band + (255 - bgra[..., 3]), 0, 255)
    return grey


_BAND = 256  # rows
