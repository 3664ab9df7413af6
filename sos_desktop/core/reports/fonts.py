"""The PDF fonts: DejaVu Sans shipped in resources/fonts (Latin, Vietnamese, Irish, Spanish...),
else the OS copy Debian/Ubuntu install. ReportLab's built-in Helvetica has no ễ, so never it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code

REGULAR, BOLD, ITALIC = "SOSSans", "SOSSans-Bold", "SOSSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf"}
_SYSTEM = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/TTF"))


def _folders() -> list[Path]:
    from sos_desktop.core.paths import resources_dir

    try:
        return [resources_dir() / "fonts", *_SYSTEM]
    except FileNotFoundError:
        return list(_SYSTEM)


def _locate(filename: str) -> Path:
    for folder in _folders():
        if (folder / filename).is_file():
            return folder / filename
    raise SosError(Code.FONT_MISSING(name=filename,
                                     folders=", ".join(map(str, _folders()))))


@cache
def register_fonts() -> str:
    """Register the family once per process; returns the regular font's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(_locate(filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
