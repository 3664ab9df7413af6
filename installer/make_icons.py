"""Render the app icon from resources/icons/sos-desktop.svg: PNGs, a Windows .ico, a macOS .icns.

    uv run python installer/make_icons.py

Run it after changing the SVG and commit what it writes. Qt draws the SVG offscreen with the
DejaVu Sans Bold that ships in resources/fonts, so every machine renders the same pixels. The
.ico and .icns are written here byte by byte: both formats may hold PNG images as they are
(Windows Vista+, macOS 10.7+), so no image library is needed.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "sos-desktop.svg"
FONT = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the window icon and Linux's hicolor theme
ICO_SIZES = (16, 24, 32, 48, 64, 256)  # what Windows asks for, from the taskbar to Explorer
TEXTLESS_UP_TO = 16  # "SOS" is a grey smudge at 16 px: the bubble alone reads better
# macOS: (type, pixels) as Apple's iconutil writes them; the @2x types double the size.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128),
              ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024))


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one 16-byte entry per image (0 means 256 px), then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(chunks: list[tuple[str, bytes]]) -> bytes:
    """'icns' and the file's length, then per image its type, its length (header included)."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
                    for kind, png in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if QFontDatabase.addApplicationFont(str(FONT)) < 0:
        raise SystemExit(f"make_icons: cannot load {FONT}")
    svg = SVG.read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    small = QSvgRenderer(QByteArray(re.sub(r'<text id="label".*?</text>', "", svg,
                                           flags=re.S).encode()))
    if not (renderer.isValid() and small.isValid()) or svg.count('id="label"') != 1:
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG with one 'label' text")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(small if size <= TEXTLESS_UP_TO else renderer, size)
            for size in sizes}
    for size in PNG_SIZES:
        (ICONS / f"sos-desktop-{size}.png").write_bytes(pngs[size])
    (ICONS / "sos-desktop.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "sos-desktop.icns").write_bytes(icns_bytes([(k, pngs[s]) for k, s in ICNS_TYPES]))
    del app
    print(f"make_icons: wrote {len(PNG_SIZES)} PNGs, sos-desktop.ico, sos-desktop.icns "
          f"in {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
