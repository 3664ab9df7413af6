"""Fixtures: real deck files in tmp_path and controllers that are always ended."""

from datetime import datetime
from pathlib import Path

import pytest

MD_DECK = """# Opening

Subtitle

Note:
Opening notes

---

## Second
- a
- b

Note:
Second notes

---

## Survey
<!-- sos:survey -->
Answer please

---

## Results
<!-- sos:results -->

---

# The end
"""


class Clocks:
    """Injected monotonic + wall clocks that tests move by hand."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def monotonic(self) -> float:
        return self.seconds

    def wall(self) -> datetime:
        return datetime(2026, 10, 14, 14, 5)


def make_pdf(path: Path, pages: int, size=(960, 540), encrypt: str | None = None) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=size, encrypt=encrypt)
    for i in range(pages):
        pdf.setFillColorRGB(0.1, 0.1, 0.4)
        pdf.rect(0, 0, size[0], size[1], fill=1)
        pdf.setFillColorRGB(1, 1, 1)
        pdf.setFont("Helvetica-Bold", 60)
        pdf.drawString(60, size[1] / 2, f"Page {i + 1}")
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def md_deck(tmp_path) -> Path:
    path = tmp_path / "talk.md"
    path.write_text(MD_DECK, encoding="utf-8")
    return path


@pytest.fixture
def pdf_path(tmp_path) -> Path:
    return make_pdf(tmp_path / "talk.pdf", 6)


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def present(qtbot, clocks):
    """Start a presentation of a deck with injected clocks; ended after the test."""
    from sos_desktop.ui.presentation import start_presentation

    started = []

    def start(deck_path, planned_minutes=45, **options):
        options.setdefault("monotonic", clocks.monotonic)
        options.setdefault("wall", clocks.wall)
        controller = start_presentation(deck_path, planned_minutes, **options)
        started.append(controller)
        return controller

    yield start
    for controller in started:
        controller.end()
