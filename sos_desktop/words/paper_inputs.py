"""Why a file cannot be read as answer sheets, in the organizer's language.

core/paper/inputs.py and pdf_pages.py give the reason as a fixed English text
(`PaperInputError.reason`, kept as is in `scan --json`); the window's Paper menu and the
command line both word it from here, so neither shows core's English (issue 19).
"""

from __future__ import annotations

import re

from sos_desktop.i18n import QT_TR_NOOP, tr

REASONS = frozenset((
    QT_TR_NOOP("no such file"),
    QT_TR_NOOP("the file is too large to be scans of sheets"),
    QT_TR_NOOP("PDFs cannot be read here (no PDF renderer)"),
    QT_TR_NOOP("not a PNG or JPEG image"),
    QT_TR_NOOP("the file is empty"),
    QT_TR_NOOP("the PDF is empty or damaged"),
    QT_TR_NOOP("the image has no size (damaged header)"),
    QT_TR_NOOP("the JPEG is truncated (copy it again)"),
    QT_TR_NOOP("the image is damaged or truncated"),
    # pdf_pages.py
    QT_TR_NOOP("the file does not exist"),
    QT_TR_NOOP("the PDF is damaged, truncated or not a PDF"),
    QT_TR_NOOP("the PDF is password-protected; scan it again without a password"),
    QT_TR_NOOP("the PDF is encrypted; scan it again without protection"),
    QT_TR_NOOP("the file could not be read completely"),
    QT_TR_NOOP("the PDF has no pages (damaged or truncated?)"),
))
# The reasons with a number in them: their pattern, and the text with its placeholders.
_NUMBERED = (
    (re.compile(r"the image is (?P<width>\d+)x(?P<height>\d+) pixels, too large to be a scan "
                r"or photo of a sheet \(at most (?P<megapixels>\d+) MP\)"),
     QT_TR_NOOP("the image is {width}x{height} pixels, too large to be a scan or photo of a "
                "sheet (at most {megapixels} MP)")),
    (re.compile(r"page (?P<page>\d+) has no size"), QT_TR_NOOP("page {page} has no size")),
    (re.compile(r"page (?P<page>\d+) could not be drawn"),
     QT_TR_NOOP("page {page} could not be drawn")),
)


def input_reason(reason: str) -> str:
    """`reason` (a PaperInputError's) in the interface's language; one not known here as is."""
    if reason in REASONS:
        return tr(reason)
    for pattern, text in _NUMBERED:
        if found := pattern.fullmatch(reason):
            return tr(text).format(**found.groupdict())
    return reason
