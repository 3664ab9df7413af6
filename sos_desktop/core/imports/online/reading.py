"""Reading an online export row by row: UTF-8 (with or without BOM), comma, semicolon (Kobo's
default in many locales) or tab separated, never the whole file in memory."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sos_desktop.core.errors import SosError
from sos_desktop.core.imports.csv_reader import ImportRejected, RowError
from sos_desktop.core.messages import Code

MAX_CELL = 1 << 20  # one cell; a long text answer is 2,000 characters
_SEPARATORS = ",;\t"
# Headers only an online export has: KoboToolbox, ODK Central / Briefcase, Google Forms.
KOBO = {"_uuid", "_submission_time", "_id", "_index", "_validation_status", "_submitted_by",
        "__version__", "formhub/uuid", "meta/instanceid"}
ODK = {"submissiondate", "meta-instanceid", "key", "submitterid", "submittername", "reviewstate"}
GOOGLE = {"timestamp", "marca temporal", "marca de tiempo"}


def source_of(header: list[str]) -> str | None:
    """"kobo", "odk" or "google" when the header is an online export's, else None (a typed-up
    paper sheet, whose columns are question keys)."""
    names = {h.strip().casefold() for h in header}
    if header and header[0].strip().casefold() in GOOGLE:
        return "google"
    if names & KOBO:
        return "kobo"
    if names & ODK:
        return "odk"
    return None


def _separator(first_line: str) -> str:
    """The separator used most often outside quotes in the header line."""
    counts = dict.fromkeys(_SEPARATORS, 0)
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return max(_SEPARATORS, key=lambda sep: counts[sep])


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def export_rows(path: Path) -> Iterator[Iterator[tuple[int, list[str]]]]:
    """(line number, cells) for every record, header first; a missing, unreadable or non-UTF-8
    file is a one-line SosError, a broken CSV an ImportRejected naming its line."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise SosError(Code.NO_SUCH_FILE(path=path)) from None
    except OSError as exc:
        raise SosError(Code.CANNOT_READ_FILE(file=path, reason=exc.strerror)) from None
    with handle:
        try:
            first = handle.readline(MAX_CELL)
        except UnicodeDecodeError:
            raise SosError(Code.NOT_UTF8(path=path)) from None
        handle.seek(0)
        limit = csv.field_size_limit()
        csv.field_size_limit(MAX_CELL)
        try:
            yield _records(path, csv.reader(handle, delimiter=_separator(first)))
        finally:
            csv.field_size_limit(limit)


def _records(path: Path, reader: Any) -> Iterator[tuple[int, list[str]]]:
    last = 0
    try:
        for cells in reader:
            yield last + 1, cells
            last = reader.line_num
    except csv.Error as exc:
        raise ImportRejected(path, [RowError(reader.line_num, "-", f"broken CSV: {exc}")]) from None
    except UnicodeDecodeError:
        raise SosError(Code.LINE_NOT_UTF8_EXPORT(path=path, line=last + 1)) from None
