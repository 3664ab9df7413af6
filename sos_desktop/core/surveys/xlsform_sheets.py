"""An XLSForm workbook's sheets as the importer reads them (core/surveys/xlsform.py): cells as
text, each header as the kind of column and its language, and every problem named by sheet, row
and column."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sos_desktop import languages
from sos_desktop.core.surveys.build import Path as DictPath
from sos_desktop.core.surveys.build import Where
from sos_desktop.core.surveys.problems import SurveyProblem

TRANSLATED = {"label", "hint", "constraint_message"}
SETTINGS_TRANSLATED = {"sos_title", "sos_intro"}  # the app's own; pyxform ignores them


class Sheet:
    """One sheet: headers (as written) and data rows with their 1-based Excel row numbers."""

    def __init__(self, title: str, rows: list[tuple[Any, ...]]) -> None:
        self.title = title
        self.headers = [cell_text(h) for h in rows[0]] if rows else []
        self.rows = [(n, r) for n, r in enumerate(rows[1:], start=2)
                     if any(cell_text(c) for c in r)]

    def cell(self, row: tuple[Any, ...], col: int) -> str:
        return cell_text(row[col]) if col < len(row) else ""


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[SurveyProblem] = []
        self.cells: dict[DictPath, tuple[str, int, str]] = {}
        self.languages: list[str] = []

    def bad(self, sheet: str, row: int, column: str, reason: str, code: str = "",
            params: Mapping[str, object] | None = None, warning: bool = False) -> None:
        where = f"sheet {sheet}, row {row}, column {column}"
        self.problems.append(SurveyProblem(self.source, where, reason, sheet, row, column,
                                           warning, code, params or {}))

    def locate(self, path: DictPath) -> Where:
        for n in range(len(path), -1, -1):
            if path[:n] in self.cells:
                sheet, row, column = self.cells[path[:n]]
                return f"sheet {sheet}, row {row}, column {column}", sheet, row, column
        return "", None, None, None

    def columns(self, sheet: Sheet, plain: set[str], default_lang: str
                ) -> dict[int, tuple[str, str | None]]:
        """Map header -> (kind, language); reports unknown headers that have data under them."""
        found: dict[int, tuple[str, str | None]] = {}
        for i, header in enumerate(sheet.headers):
            if not header:
                continue
            base, _, suffix = header.partition("::")
            base = base.strip().lower().replace(" ", "_")
            translated = SETTINGS_TRANSLATED if sheet.title == "settings" else TRANSLATED
            if base in translated:
                lang = self._language(suffix) if suffix else default_lang
                if lang is None:
                    self.bad(sheet.title, 1, header, "cannot tell the language; write it like "
                             "label::English (en) or label::Español (es)", "header_language")
                    continue
                found[i] = (base, lang)
                if base == "label" and lang not in self.languages:
                    self.languages.append(lang)
            elif base in plain and not suffix:
                found[i] = (base, None)
            else:
                for n, row in sheet.rows:
                    if sheet.cell(row, i):
                        self.bad(sheet.title, n, header, f"column {header!r} is not supported",
                                 "column_not_supported", {"header": repr(header)})
        return found

    @staticmethod
    def _language(suffix: str) -> str | None:
        code = re.search(r"\(([A-Za-z]{2,3})\)\s*$", suffix)
        if code:
            return code.group(1).lower()
        word = suffix.strip().lower()
        if re.fullmatch(r"[a-z]{2,3}", word):
            return word
        return _language_named(word)



def _language_named(word: str) -> str | None:
    """The code of the language `word` names: in English, in itself, or without accents
    ("spanish", "español", "espanol")."""
    import unicodedata

    for language in languages.all_languages():
        for known in (language.english, language.name):
            plain = unicodedata.normalize("NFKD", known).encode("ascii", "ignore").decode()
            if word in (known.lower(), plain.lower()):
                return language.code
    return None
