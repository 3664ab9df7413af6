"""CSV cells that spreadsheets cannot execute.

A cell starting with = + - @ tab or CR is a formula to Excel, LibreOffice and Google Sheets
(CSV injection); such cells get a leading apostrophe. A validated E.164 phone number (+ and
digits only) is left as it is so a CRM can read it: it cannot carry a formula.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sos_desktop.core.storage.atomic import HashingWriter

if TYPE_CHECKING:
    import _csv

FORMULA_STARTS = frozenset("=+-@\t\r")
_E164 = re.compile(r"\+[1-9]\d{6,14}")


def neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    if text and text[0] in FORMULA_STARTS:
        return "'" + text
    return text


def neutralise_phone(value: str) -> str:
    return value if _E164.fullmatch(value) else neutralise(value)


def write_csv(
    out: HashingWriter,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    bom: bool = False,
    batch: int = 2000,
) -> int:
    """RFC 4180 (CRLF, minimal quoting) UTF-8; rows must already be neutralised. Returns count."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if bom:
        out.write("\ufeff".encode())
    writer.writerow(header)
    count = 0
    pending: list[Sequence[object]] = []
    for row in rows:
        pending.append(row)
        if len(pending) >= batch:
            count += _flush(writer, buffer, out, pending)
    count += _flush(writer, buffer, out, pending)
    if buffer.tell():
        out.write(buffer.getvalue().encode("utf-8"))
    return count


def write_lines(out: HashingWriter, header: Sequence[str], lines: Iterable[list[str]], *,
                bom: bool = False, batch: int = 2000) -> int:
    """write_csv for rows already formatted, one CSV line each (a csv.writer with
    lineterminator CRLF made them), given in lists. Returns the number of lines."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(header)
    out.write((("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8"))
    count = 0
    pending: list[str] = []
    for piece in lines:
        pending += piece
        if len(pending) >= batch:
            out.write("".join(pending).encode("utf-8"))
            count += len(pending)
            pending.clear()
    out.write("".join(pending).encode("utf-8"))
    return count + len(pending)


def _flush(writer: _csv.Writer, buffer: io.StringIO, out: HashingWriter, pending: list) -> int:
    writer.writerows(pending)
    n = len(pending)
    pending.clear()
    out.write(buffer.getvalue().encode("utf-8"))
    buffer.seek(0)
    buffer.truncate()
    return n
