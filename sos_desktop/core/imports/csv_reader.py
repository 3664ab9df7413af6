"""Reading a typed-up CSV: UTF-8 text, records with their line numbers, row errors.

Shared by the sign-in sheet and the paper survey imports, so both report a bad cell the same
way: `line N, column C: reason`, N counting the file's lines (header = line 1).
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code


@dataclass(frozen=True)
class RowError:
    """A cell's problem. `reason` is English, for logs and the rejects file; front ends word
    it from `code` and `params` (a sign-up's Problem codes, or this module's ROW_CODES), and
    show `reason` only for a row error without a code."""

    line: int
    column: str
    reason: str
    code: str = ""
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.reason}"


# A sheet's own row problems (beyond a sign-up's Problem codes, core/people/signup_rules.py):
# the sign-in sheet's, typed-up paper answers' (imports/responses.py) and an online export's
# columns (imports/online/importer.py).
ROW_CODES = ("unknown_column", "missing_column", "column_twice", "too_many_cells",
             "not_a_question", "not_a_choice_of", "zero_or_one", "not_a_choice",
             "not_a_survey_language", "matches_no_question", "matches_several", "second_column",
             "no_answer_column", "not_a_whole_number", "one_or_zero")
# An answer the kiosk would refuse (core/surveys/answers.py): "answer" (params: `reason`, an
# AnswerReason) and, for an online export's row, "answers" (`reasons`: (key, reason) pairs).
ANSWER_CODES = ("answer", "answers")


def too_many_cells(line: int, cells: int, header: int) -> RowError:
    return RowError(line, "-", f"{cells} cells but the header has {header}", "too_many_cells",
                    {"cells": cells, "header": header})


class ImportRejected(SosError):
    def __init__(self, path: Path, errors: list[RowError]) -> None:
        self.path = path
        self.errors = errors
        super().__init__(Code.IMPORT_REJECTED(path=path, n=len(errors)))


def read_sheet(path: Path) -> tuple[str, str]:
    """The file as text and its bytes' SHA-256 (which says if it was imported before); a
    missing, unreadable or non-UTF-8 file is a one-line SosError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SosError(Code.NO_SUCH_FILE(path=path)) from None
    except OSError as exc:
        raise SosError(Code.CANNOT_READ_FILE(file=path, reason=exc.strerror)) from None
    try:
        return data.decode("utf-8-sig"), hashlib.sha256(data).hexdigest()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SosError(Code.LINE_NOT_UTF8_SHEET(path=path, line=line)) from None


def csv_rows(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number of the record, cells); csv handles quoted newlines."""
    reader = csv.reader(io.StringIO(text, newline=""))
    last_line = 0
    try:
        for cells in reader:
            yield last_line + 1, cells
            last_line = reader.line_num
    except csv.Error as exc:
        raise ImportRejected(path, [RowError(reader.line_num, "-", f"broken CSV: {exc}")]) from None
