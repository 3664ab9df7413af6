"""Lay a survey out as an answer sheet: two columns a page, questions kept whole.

Everything is decided here, in points, as data (layout.SheetLayout); sheet_pdf only draws it
and the reader only looks where it says. The same definition, version and language always give
the same layout, so a scan is read against a layout rebuilt from the definition, never
re-derived from the picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.layout import (
    BUBBLE_D,
    MARKER_MARGIN,
    MARKER_SIZE,
    PAGE_H,
    QR_SIZE,
    QR_X,
    QR_Y,
    Box,
    PageLayout,
    SheetLayout,
    Text,
)
from sos_desktop.core.paper.skip_rules import condition_text, goto_texts
from sos_desktop.core.paper.words import words
from sos_desktop.core.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN, Question, QuestionType, SurveyDef

COL_X = (26.0, 314.0)
COL_W = 272.0
TOP_FIRST = QR_Y + QR_SIZE + 10  # below the QR code (right column, and page 1's header)
TOP_LATER = MARKER_MARGIN + MARKER_SIZE + 8  # left column of later pages
BOTTOM = PAGE_H - MARKER_MARGIN - MARKER_SIZE - 10
LABEL, BODY, SMALL = 11.0, 10.5, 9.0  # type sizes: a student reads them at arm's length
INDENT = 22.0
ROW_GAP = 4.0
QUESTION_GAP = 8.0
TEXT_BOX_H = {QuestionType.LONG_TEXT: 120.0, QuestionType.SHORT_TEXT: 32.0,
              QuestionType.NUMBER: 32.0}


def column_at(x: float) -> float | None:
    """The left edge of the column a question starting at `x` points sits in."""
    return next((c for c in COL_X if c - 1 <= x <= c + COL_W), None)


class SheetTooLong(SosError, ValueError):
    """A question does not fit in one column (the survey needs a shorter wording)."""


def width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, max_w: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and width(trial, font, size) > max_w:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


@dataclass
class _Block:
    """One question's drawing, relative to its top-left corner."""

    height: float = 0.0
    texts: list[Text] = field(default_factory=list)
    boxes: list[tuple[str, str | None, float, float, float, float]] = field(default_factory=list)

    def para(self, text: str, font: str, size: float, x: float, w: float, *,
             grey: bool = False) -> None:
        lead = size * 1.22
        for line in wrap(text, font, size, w):
            self.height += lead
            self.texts.append(Text(x, self.height - size * 0.25, line, font, size, grey))


def _choice_grid(block: _Block, q: Question, lang: str, w: float) -> None:
    options = q.options
    avail = w - INDENT
    cols = 1
    for k in (len(options), 4, 3, 2):
        if 1 < k <= len(options) and all(
            width(c.label.get(lang), REGULAR, BODY) + BUBBLE_D + 8 <= avail / k - 4
            for c in options
        ):
            cols = k
            break
    cell_w = avail / cols
    block.height += 3
    for start in range(0, len(options), cols):
        row = options[start:start + cols]
        lines = [wrap(c.label.get(lang), REGULAR, BODY, cell_w - BUBBLE_D - 10) for c in row]
        row_h = max(BUBBLE_D + 2, max(len(ls) for ls in lines) * BODY * 1.2)
        top = block.height
        for i, (c, ls) in enumerate(zip(row, lines, strict=True)):
            x = INDENT + i * cell_w
            by = top + (min(row_h, BUBBLE_D + 2) - BUBBLE_D) / 2
            block.boxes.append((q.key, c.key, x, by, BUBBLE_D, BUBBLE_D))
            for j, line in enumerate(ls):
                base = by + BUBBLE_D / 2 + BODY * 0.36 + j * BODY * 1.2
                block.texts.append(Text(x + BUBBLE_D + 6, base, line, REGULAR, BODY))
        block.height = top + row_h + ROW_GAP


def _scale(block: _Block, q: Question, lang: str, w: float) -> None:
    end_w = 62.0
    low = q.scale_low.get(lang) if q.scale_low else ""
    high = q.scale_high.get(lang) if q.scale_high else ""
    low_lines = wrap(low, ITALIC, SMALL, end_w)
    high_lines = wrap(high, ITALIC, SMALL, end_w)
    n = SCALE_MAX - SCALE_MIN + 1
    span = w - INDENT - 2 * end_w - 8
    step = span / n
    top = block.height + 2
    digits_y = top + SMALL
    bubble_y = digits_y + 6  # digits clear of the ring the reader checks for cross-outs
    for i in range(n):
        cx = INDENT + end_w + 4 + step * (i + 0.5)
        block.texts.append(Text(cx, digits_y, str(SCALE_MIN + i), BOLD, SMALL, align="centre"))
        block.boxes.append((q.key, str(SCALE_MIN + i), cx - BUBBLE_D / 2, bubble_y, BUBBLE_D,
                            BUBBLE_D))
    ends = ((low_lines, INDENT + end_w, "right"), (high_lines, INDENT + end_w + 8 + span, "left"))
    for lines, x, align in ends:
        base = bubble_y + BUBBLE_D / 2 + SMALL * 0.36 - (len(lines) - 1) * SMALL * 0.6
        for j, line in enumerate(lines):
            block.texts.append(Text(x, base + j * SMALL * 1.2, line, ITALIC, SMALL,
                                    grey=True, align=align))
    rows = max(len(low_lines), len(high_lines))
    block.height = max(bubble_y + BUBBLE_D, bubble_y + BUBBLE_D / 2 + rows * SMALL * 0.6) + 6


def _question(q: Question, n: int, survey: SurveyDef, numbers: dict[str, int], lang: str,
              w: float) -> _Block:
    block = _Block()
    w_ = words(lang)
    start = len(block.texts)
    required = " *" if q.required else ""  # as the kiosk marks them; the header says so
    block.para(q.label.get(lang) + required, BOLD, LABEL, INDENT, w - INDENT)
    if len(block.texts) > start:
        first = block.texts[start]
        block.texts.insert(start, Text(0, first.y, f"{n}.", BOLD, LABEL))
    how = {QuestionType.SINGLE_CHOICE: "one", QuestionType.YES_NO: "one",
           QuestionType.MULTIPLE_CHOICE: "many", QuestionType.SCALE: "scale",
           QuestionType.NUMBER: "number"}.get(q.type, "text")
    condition = condition_text(q, survey, numbers, lang)
    if condition:
        block.para(condition, BOLD, SMALL, INDENT, w - INDENT)
    hint = q.hint.get(lang) if q.hint else ""
    note = hint if q.type is QuestionType.MULTIPLE_CHOICE and hint else " ".join(
        t for t in (w_[how], hint) if t)
    block.para(note, ITALIC, SMALL, INDENT, w - INDENT, grey=True)
    if q.type is QuestionType.SCALE:
        _scale(block, q, lang, w)
    elif q.options:
        _choice_grid(block, q, lang, w)
    else:
        box_w = 120.0 if q.type is QuestionType.NUMBER else w - INDENT
        block.height += 4
        block.boxes.append((q.key, None, INDENT, block.height, box_w, TEXT_BOX_H[q.type]))
        block.height += TEXT_BOX_H[q.type] + 2
    for text in goto_texts(q, survey, numbers, lang):
        block.para("→ " + text, BOLD, SMALL, INDENT, w - INDENT)
    return block


@dataclass
class _Page:
    texts: list[Text] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)


def _header(survey: SurveyDef, lang: str, page: _Page) -> float:
    """Title, anonymity note, how to mark; returns the y below it."""
    x, w = MARKER_MARGIN + MARKER_SIZE + 8, QR_X - MARKER_MARGIN - MARKER_SIZE - 18
    y = MARKER_MARGIN + 4
    block = _Block()
    block.para(survey.title.get(lang), BOLD, 16, 0, w)
    block.para(words(lang)["anon"], BOLD, SMALL + 0.5, 0, w)
    block.para(words(lang)["how"], REGULAR, SMALL + 0.5, 0, w)
    if survey.intro is not None:
        block.height += 2
        block.para(survey.intro.get(lang), ITALIC, SMALL, 0, w, grey=True)
    page.texts += [Text(t.x + x, t.y + y, t.text, t.font, t.size, t.grey, t.align)
                   for t in block.texts]
    return y + block.height + 8


def _place(page: _Page, index: int, block: _Block, x: float, y: float) -> None:
    page.texts += [Text(t.x + x, t.y + y, t.text, t.font, t.size, t.grey, t.align)
                   for t in block.texts]
    page.boxes += [Box(index, key, choice, bx + x, by + y, bw, bh)
                   for key, choice, bx, by, bw, bh in block.boxes]


def _note(q: Question, lang: str) -> _Block:
    block = _Block()
    block.para(q.label.get(lang), ITALIC, SMALL + 0.5, 0, COL_W, grey=True)
    return block


@lru_cache(maxsize=16)
def sheet_layout(survey: SurveyDef, version: int, lang: str) -> SheetLayout:
    """The answer sheet of `survey` (stored as `version`) in `lang`."""
    register_fonts()
    numbers: dict[str, int] = {}
    for q in survey.questions:
        if q.answerable:
            numbers[q.key] = len(numbers) + 1
    pages = [_Page()]
    header_end = _header(survey, lang, pages[0])
    tops = [max(header_end, TOP_LATER), max(header_end, TOP_FIRST)]
    col, y = 0, tops[0]
    for q in survey.questions:
        block = (_question(q, numbers[q.key], survey, numbers, lang, COL_W) if q.answerable
                 else _note(q, lang))
        if block.height > BOTTOM - TOP_FIRST:
            raise SheetTooLong(Code.PAPER_QUESTION_TOO_LONG(key=q.key))
        if y + block.height > BOTTOM:
            col += 1
            if col == 2:
                pages.append(_Page())
                col = 0
            y = (TOP_LATER, TOP_FIRST)[col] if len(pages) > 1 else tops[col]
        _place(pages[-1], len(pages) - 1, block, COL_X[col], y)
        y += block.height + QUESTION_GAP
    _footers(survey, version, lang, pages)
    return SheetLayout(survey.key, version, lang,
                       tuple(PageLayout(i, tuple(p.texts), tuple(p.boxes))
                             for i, p in enumerate(pages)), numbers)


def _footers(survey: SurveyDef, version: int, lang: str, pages: list[_Page]) -> None:
    w = words(lang)
    base = PAGE_H - MARKER_MARGIN - 14
    mid = (MARKER_MARGIN + MARKER_SIZE + COL_X[1] + COL_W - MARKER_SIZE) / 2
    for i, page in enumerate(pages):
        last = i == len(pages) - 1
        page.texts.append(Text(mid, base - 12, w["thanks"] if last else w["turn"], BOLD, BODY,
                               align="centre"))
        label = (f"{survey.key} v{version} · {lang} · "
                 + w["page"].format(page=i + 1, pages=len(pages)))
        page.texts.append(Text(mid, base + 2, label, REGULAR, 7.5, grey=True, align="centre"))
