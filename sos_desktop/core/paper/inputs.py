"""Images to read, guarded: size capped before decoding, damaged files named, PDFs rendered by
a function the caller passes in (core has no PDF renderer of its own)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code, Message

MAX_PIXELS = 40_000_000  # about 600 dpi Letter; a bigger image is a mistake or a bomb
# A PDF page is drawn at a lower dpi when it would exceed this (a giant page in a tiny file):
# 300 dpi Legal, or a phone scanner's page of a 16 MP photo, at full size.
PDF_MAX_PIXELS = 16_000_000
MAX_FILE_BYTES = 200_000_000
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg")

PdfRenderer = Callable[[Path, int], Iterator[np.ndarray]]


class PaperInputError(SosError):
    """A file that cannot be read as sheets; the message names the file and why (`reason`, one
    of core/messages.py's PAPER_ codes)."""

    def __init__(self, path: Path | str, reason: Message) -> None:
        super().__init__(Code.PAPER_FILE(path=path, reason=reason))
        self.path = Path(path)
        self.reason = reason


@dataclass(frozen=True)
class InputPage:
    path: Path
    page: int  # 1-based within the file
    image: np.ndarray  # 8-bit grey


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_header(data: bytes) -> tuple[tuple[int, int] | None, int]:
    """((width, height) or None, offset of the first scan or -1), walking the segments (an
    EXIF thumbnail sits inside its APP segment and is skipped with it)."""
    size, i = None, 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return size, -1
        marker = data[i + 1]
        if marker == 0xFF:
            i += 1
            continue
        if marker == 0xDA:
            return size, i
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if marker in _SOF and i + 9 <= len(data):
            size = int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7],
                                                                              "big")
        i += 2 + length
    return size, -1


def _image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header without decoding the pixels."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:2] == b"\xff\xd8":
        return _jpeg_header(data)[0]
    return None


def _jpeg_complete(data: bytes) -> bool:
    """Whether the JPEG's picture data ends (an end marker after its first scan). A truncated
    photo would otherwise decode with a grey band that could read as marks."""
    _size, scan = _jpeg_header(data)
    return scan >= 0 and data.find(b"\xff\xd9", scan) >= 0


def decode_photo(data: bytes, path: Path | str = "image") -> np.ndarray:
    """A PNG or JPEG as 8-bit grey; refuses bombs (by header size) and damaged files."""
    import cv2

    size = _image_size(data)
    if size is None:
        raise PaperInputError(path, Code.PAPER_NOT_IMAGE())
    w, h = size
    if w <= 0 or h <= 0:
        raise PaperInputError(path, Code.PAPER_NO_SIZE())
    if w * h > MAX_PIXELS:
        raise PaperInputError(path, Code.PAPER_TOO_MANY_PIXELS(
            width=w, height=h, megapixels=MAX_PIXELS // 1_000_000))
    if data[:2] == b"\xff\xd8" and not _jpeg_complete(data):
        raise PaperInputError(path, Code.PAPER_JPEG_TRUNCATED())
    # A truncated PNG decodes to nothing; a truncated JPEG was refused above.
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    if image is None or image.size == 0:
        raise PaperInputError(path, Code.PAPER_IMAGE_DAMAGED())
    return image


def read_inputs(paths: list[Path], render_pdf: PdfRenderer | None,
                dpi: int = 200) -> Iterator[InputPage | PaperInputError]:
    """Every page of every file, in order; a file that cannot be read yields its error and
    the others go on. Pages are decoded a little ahead in a thread of their own, so decoding
    the next page overlaps reading this one (PDF rendering and OpenCV release the GIL)."""
    import contextlib
    import queue
    import threading

    ahead: queue.Queue = queue.Queue(maxsize=3)
    stop = threading.Event()

    def produce() -> None:
        try:
            for path in paths:
                try:
                    for page in _pages(Path(path), render_pdf, dpi):
                        if stop.is_set():
                            return
                        ahead.put(page)
                except PaperInputError as exc:
                    ahead.put(exc)
        except BaseException as exc:  # handed to the reader, which raises it
            ahead.put(_Failed(exc))
        finally:
            ahead.put(None)

    worker = threading.Thread(target=produce, name="paper-pages", daemon=True)
    worker.start()
    try:
        while (item := ahead.get()) is not None:
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        while worker.is_alive():  # let a producer blocked on a full queue finish
            with contextlib.suppress(queue.Empty):
                ahead.get(timeout=0.1)


@dataclass(frozen=True)
class _Failed:
    error: BaseException


def _pages(path: Path, render_pdf: PdfRenderer | None, dpi: int) -> Iterator[InputPage]:
    if not path.is_file():
        raise PaperInputError(path, Code.PAPER_NO_SUCH_FILE())
    if path.stat().st_size > MAX_FILE_BYTES:
        raise PaperInputError(path, Code.PAPER_TOO_LARGE())
    with path.open("rb") as fh:
        head = fh.read(8)
    if path.suffix.lower() == ".pdf" and not head.startswith(b"%PDF"):
        raise PaperInputError(path, Code.PAPER_PDF_EMPTY())
    if not head:
        raise PaperInputError(path, Code.PAPER_EMPTY())
    if head.startswith(b"%PDF"):
        if render_pdf is None:
            raise PaperInputError(path, Code.PAPER_NO_PDF_RENDERER())
        for index, image in enumerate(render_pdf(path, dpi), start=1):
            yield InputPage(path, index, image)
        return
    yield InputPage(path, 1, decode_photo(path.read_bytes(), path))
