"""The text of a PDF as a reader's viewer extracts it (Qt's PDF module, no extra tool)."""

from pathlib import Path


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, lines joined by newlines."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument(None)
    doc.load(str(path))
    assert doc.status() == QPdfDocument.Status.Ready, path
    return [doc.getAllText(i).text().replace("\r\n", "\n") for i in range(doc.pageCount())]


def pdf_text(path: Path) -> str:
    return "\n".join(pdf_pages(path))
