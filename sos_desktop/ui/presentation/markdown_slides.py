"""Markdown slides drawn to images: Qt's Markdown for the text, our layout and typography.

Sizes scale with the slide's height so a 4:3 projector and a 16:9 one both get large type;
text that would overflow shrinks a step at a time instead of spilling off the slide.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from sos_desktop.core.decks import Deck, Slide
from sos_desktop.i18n import tr

BACKGROUND = QColor("#FFFFFF")  # projectors wash out dark slides in lit classrooms
INK = QColor("#111111")
TITLE_INK = QColor("#4A1D7A")  # deep purple: > 10:1 contrast on white
ACCENT = QColor("#F2B705")
FAMILY = "DejaVu Sans"


def _font(px: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(max(6, round(px)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _document(markdown: str, px: float, width: float, color: QColor, center=False) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(_font(px))
    doc.setDocumentMargin(0)
    doc.setIndentWidth(px * 1.3)
    doc.setDefaultStyleSheet(f"body {{ color: {color.name()}; }}")
    doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setBottomMargin(px * 0.45)
    block.setLineHeight(112, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if center:
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    cursor.mergeBlockFormat(block)
    char = cursor.charFormat()
    char.setForeground(color)
    cursor.mergeCharFormat(char)
    doc.setTextWidth(width)
    return doc


def _fitting(markdown: str, px: float, box: QRectF, color: QColor, center=False) -> QTextDocument:
    # Shrink by ~8% steps until the text fits; never below half the intended size.
    floor = px * 0.5
    while True:
        doc = _document(markdown, px, box.width(), color, center)
        if doc.size().height() <= box.height() or px <= floor:
            return doc
        px *= 0.92


def _draw_doc(painter: QPainter, doc: QTextDocument, box: QRectF, vcenter: bool) -> None:
    top = box.top()
    if vcenter:
        top += max(0.0, (box.height() - doc.size().height()) / 2)
    painter.save()
    painter.translate(box.left(), top)
    doc.drawContents(painter, QRectF(0, 0, box.width(), box.height()))
    painter.restore()


def _draw_title(painter: QPainter, text: str, box: QRectF, px: float) -> float:
    """Title at the top of box with an accent bar under it; returns the height used."""
    doc = _fitting(f"**{text}**", px, QRectF(0, 0, box.width(), px * 2.6), TITLE_INK)
    _draw_doc(painter, doc, box, vcenter=False)
    height = doc.size().height() - px * 0.45
    bar = QRectF(box.left(), box.top() + height + px * 0.25, px * 2.2, max(4.0, px * 0.14))
    painter.fillRect(bar, ACCENT)
    return height + px * 0.9


def _draw_image(painter: QPainter, slide: Slide, box: QRectF) -> None:
    reader = QImageReader(str(slide.images[0]))
    reader.setAutoTransform(True)
    natural = reader.size()
    if natural.isValid() and natural.width() > 0:
        scale = min(box.width() / natural.width(), box.height() / natural.height())
        reader.setScaledSize(QSize(round(natural.width() * scale),
                                   round(natural.height() * scale)))
    image = reader.read()
    if image.isNull():
        painter.setPen(INK)
        painter.setFont(_font(box.height() / 12))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter,
                         tr("(image {name} could not be read)").format(
                             name=slide.images[0].name))
        return
    target = QRectF(0, 0, image.width(), image.height())
    target.moveCenter(box.center())
    painter.drawImage(target, image)


def render_markdown_slide(slide: Slide, size: QSize) -> QImage:
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    w, h = size.width(), size.height()
    unit = min(h, w * 0.62)  # type follows the height, capped so 4:3 lines do not overflow
    margin_x, margin_y = w * 0.07, h * 0.08
    area = QRectF(margin_x, margin_y, w - 2 * margin_x, h - 2 * margin_y)
    body_px = unit / 13.5
    kind = slide.kind
    if kind in ("title", "heading"):
        painter.fillRect(QRectF(0, h - h * 0.035, w, h * 0.035), ACCENT)
        title_px = unit / (8.5 if kind == "title" else 10)
        doc = _fitting(f"**{slide.title}**", title_px, QRectF(area), TITLE_INK, center=True)
        sub = _fitting(slide.body, body_px, QRectF(area), INK, center=True) if slide.body else None
        total = doc.size().height() + (sub.size().height() + body_px if sub else 0)
        top = area.top() + max(0.0, (area.height() - total) / 2)
        _draw_doc(painter, doc, QRectF(area.left(), top, area.width(), area.height()), False)
        if sub:
            top += doc.size().height() + body_px
            _draw_doc(painter, sub, QRectF(area.left(), top, area.width(), area.height()), False)
    elif kind == "quote":
        text = "\n".join(line.lstrip()[1:].lstrip() if line.lstrip().startswith(">") else line
                         for line in slide.body.splitlines())
        painter.setPen(ACCENT)
        painter.setFont(_font(unit / 3, bold=True))
        painter.drawText(QRectF(area.left(), area.top() - unit * 0.06, unit / 3, unit / 3),
                         Qt.AlignmentFlag.AlignLeft, "\u201c")
        box = area.adjusted(unit * 0.12, unit * 0.12, -unit * 0.12, 0)
        if slide.title:
            box.setTop(box.top() + _draw_title(painter, slide.title, box, unit / 12))
        doc = _fitting(f"*{text.strip()}*" if "\n" not in text.strip() else text,
                       unit / 11, box, TITLE_INK, center=True)
        _draw_doc(painter, doc, box, vcenter=True)
    else:
        box = QRectF(area)
        if slide.title:
            box.setTop(box.top() + _draw_title(painter, slide.title, box, unit / 10))
        if kind == "image" and slide.images:
            caption = "\n".join(line for line in slide.body.splitlines()
                                if not line.strip().startswith("!["))
            if caption.strip():
                doc = _fitting(caption, body_px * 0.8, QRectF(box), INK, center=True)
                cap_h = min(doc.size().height(), box.height() * 0.3)
                _draw_doc(painter, doc, QRectF(box.left(), box.bottom() - cap_h,
                                               box.width(), cap_h), False)
                box.setBottom(box.bottom() - cap_h - body_px * 0.5)
            _draw_image(painter, slide, box)
        elif slide.body:
            doc = _fitting(slide.body, body_px, box, INK)
            _draw_doc(painter, doc, box, vcenter=False)
    painter.end()
    return image


class MarkdownPages:
    """Renders the slides of a Markdown deck (in the GUI thread: Qt text is not thread-safe
    on every platform)."""

    threaded = False

    def __init__(self, deck: Deck) -> None:
        self.deck = deck

    @property
    def count(self) -> int:
        return len(self.deck.slides)

    def aspect(self, index: int) -> float:
        return 0.0  # no fixed aspect: the slide is laid out for whatever box it gets

    def render(self, index: int, box: QSize) -> QImage:
        return render_markdown_slide(self.deck.slides[index], box)
