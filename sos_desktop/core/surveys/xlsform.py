"""Import a survey from an XLSForm workbook (.xlsx): the subset in resources/surveys/FORMAT.md.

The workbook is turned into the same dict shape as the YAML format and checked by the same
validator; every path in that dict remembers the cell it came from, so each problem names
its sheet, row and column. All problems are collected, not only the first.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sos_desktop.core.surveys.build import REFUSED_TYPE, build_survey
from sos_desktop.core.surveys.build import Path as DictPath
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.problems import Bad, SurveyProblem
from sos_desktop.core.surveys.xlsform_constraints import constraint_limits
from sos_desktop.core.surveys.xlsform_lists import scale_labels
from sos_desktop.core.surveys.xlsform_sheets import (
    SETTINGS_TRANSLATED,
    Reader,
    Sheet,
)
from sos_desktop.core.surveys.xlsform_types import question_type

_SURVEY_COLS = {"type", "name", "required", "relevant", "constraint", "appearance", "parameters"}
_CHOICE_COLS = {"list_name", "name"}
_SETTINGS_COLS = {"form_title", "form_id", "version", "default_language"}
_TRUE = {"yes", "true", "true()", "1"}
_FALSE = {"no", "false", "false()", "0", ""}


def load_xlsform(path: Path) -> tuple[SurveyDef | None, list[SurveyProblem]]:
    """Check and convert an XLSForm workbook; problems name sheet, row and column."""
    path = Path(path)
    from openpyxl import load_workbook  # imported here: only the import path needs openpyxl

    from sos_desktop.core.messages import Code
    from sos_desktop.core.security.bounded import XLSX_LIMITS, TooLarge, check_zip

    try:
        with zipfile.ZipFile(path) as archive:  # sizes checked before openpyxl inflates
            check_zip(archive, path, XLSX_LIMITS, Code.KIND_WORKBOOK())
    except TooLarge as error:
        return None, [SurveyProblem(path.name, "", str(error), code="message",
                                    params={"message": error.message})]
    except (OSError, zipfile.BadZipFile) as error:
        return None, [_not_a_workbook(path, error)]
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as error:
        return None, [_not_a_workbook(path, error)]
    try:
        sheets = {ws.title.strip().lower(): Sheet(ws.title.strip().lower(),
                                                   list(ws.iter_rows(values_only=True)))
                  for ws in workbook.worksheets}
    finally:
        workbook.close()
    return convert(sheets, path.name, path.stem)


def _not_a_workbook(path: Path, error: Exception) -> SurveyProblem:
    return SurveyProblem(path.name, "", f"not a readable .xlsx workbook ({error})",
                         code="not_a_workbook", params={"detail": str(error)})


def convert(
    sheets: dict[str, Sheet], source: str, stem: str
) -> tuple[SurveyDef | None, list[SurveyProblem]]:
    reader = Reader(source)
    if "survey" not in sheets:
        return None, [SurveyProblem(source, "", "the workbook has no sheet named survey",
                                    code="no_survey_sheet")]
    raw = _settings(sheets.get("settings"), reader, stem)
    default = raw.pop("_default")
    lists = _choices(sheets.get("choices"), reader, default)
    raw["questions"] = _survey(sheets["survey"], reader, lists, default)
    raw["languages"] = list(reader.languages)
    if isinstance(raw.get("title"), str):
        raw["title"] = {lang: raw["title"] for lang in reader.languages}
    reader.cells.setdefault(("languages",), ("survey", 1, "label"))
    _fill_translations(raw, default, reader)
    survey, problems = build_survey(raw, source, reader.locate)
    problems = list(dict.fromkeys(reader.problems + problems))
    order = {"survey": 0, "choices": 1, "settings": 2}
    problems.sort(key=lambda p: (order.get(p.sheet or "", 3), p.row or 0))  # read top to bottom
    refused = any(not p.warning for p in problems)
    return (None if refused else survey), problems


def _texts(raw: dict[str, Any]) -> Iterator[tuple[DictPath, dict]]:
    """Every translated text of a converted form, with its path."""
    for i, q in enumerate(raw["questions"]):
        for field in ("label", "hint"):
            if isinstance(q.get(field), dict):
                yield ("questions", i, field), q[field]
        message = q.get("constraint", {}).get("message")
        if isinstance(message, dict):
            yield ("questions", i, "constraint", "message"), message
        for j, choice in enumerate(q.get("choices", ())):
            yield ("questions", i, "choices", j, "label"), choice["label"]


def _fill_translations(raw: dict[str, Any], default: str, reader: Reader) -> None:
    """Like pyxform and ODK: a text missing in one language shows the form's default language
    (or the first language that has it), with a warning. A text missing everywhere is left for
    build_survey to refuse: that cannot work."""
    languages = raw["languages"]
    for path, texts in _texts(raw):
        given = [lang for lang in languages if texts.get(lang)]
        if not given:
            continue
        source = default if default in given else given[0]
        for lang in languages:
            if texts.get(lang):
                continue
            texts[lang] = texts[source]
            name = path[-1] if path[-1] != "message" else "constraint message"
            reason = f"{name} has no {lang} text; the {source} text is shown instead"
            params = {"name": name, "language": lang, "source": source}
            cell = reader.cells.get((*path, lang)) or reader.cells.get((*path, source))
            if cell is not None:
                reader.bad(*cell, reason, "text_filled_in", params, warning=True)
            else:
                where, sheet, row, column = reader.locate(path)
                reader.problems.append(SurveyProblem(reader.source, where, reason, sheet, row,
                                                     column, True, "text_filled_in", params))


def _settings(sheet: Sheet | None, reader: Reader, stem: str) -> dict[str, Any]:
    # Without settings: key from the file name, version 1, the file name as title.
    slug = re.sub(r"[^a-z0-9_-]+", "-", stem.lower()).strip("-_") or "survey"
    raw: dict[str, Any] = {"key": slug, "version": 1, "title": stem, "_default": "en"}
    if sheet is None or not sheet.rows:
        return raw
    cols = reader.columns(sheet, _SETTINGS_COLS, "en")
    n, row = sheet.rows[0]
    texts: dict[str, dict[str, str]] = {"title": {}, "intro": {}}
    for i, (kind, lang) in cols.items():
        value = sheet.cell(row, i)
        if not value:
            continue
        if kind in SETTINGS_TRANSLATED and lang is not None:  # title or intro, per language
            field = kind.removeprefix("sos_")
            texts[field][lang] = value
            reader.cells[(field, lang)] = ("settings", n, sheet.headers[i])
            continue
        reader.cells[({"form_id": "key", "form_title": "title"}.get(kind, kind),)] = (
            "settings", n, sheet.headers[i])
        if kind == "form_id":
            raw["key"] = value
        elif kind == "form_title":
            raw["title"] = value
        elif kind == "version":
            raw["version"] = int(value) if value.isdigit() else value
        else:
            lang = Reader._language(value)
            if lang is None:
                reader.bad("settings", n, sheet.headers[i], f"unknown language {value!r}",
                           "unknown_language", {"value": repr(value)})
            else:
                raw["_default"] = lang
    for extra_n, _ in sheet.rows[1:]:
        reader.bad("settings", extra_n, "form_id", "settings takes one row only",
                   "settings_one_row")
    raw.update({field: given for field, given in texts.items() if given})
    return raw


def _choices(sheet: Sheet | None, reader: Reader, lang: str) -> dict[str, list[tuple]]:
    """list_name -> [(row number, {field: value}, {field: column header})]."""
    lists: dict[str, list[tuple]] = {}
    if sheet is None:
        return lists
    cols = reader.columns(sheet, _CHOICE_COLS, lang)
    for n, row in sheet.rows:
        values: dict[str, Any] = {"label": {}}
        headers: dict[tuple, str] = {}
        for i, (kind, cl) in cols.items():
            if kind == "label":
                values["label"][cl] = sheet.cell(row, i) or None
                headers[("label", cl)] = sheet.headers[i]
            elif kind in ("list_name", "name"):
                values[kind] = sheet.cell(row, i)
                headers[(kind,)] = sheet.headers[i]
            elif sheet.cell(row, i):
                reader.bad("choices", n, sheet.headers[i], f"{kind} does not apply to a choice",
                           "not_for_a_choice", {"name": kind})
        if not values.get("list_name"):
            reader.bad("choices", n, headers.get(("list_name",), "list_name"),
                       "list_name is empty", "empty_list_name")
            continue
        values["label"] = {k: v for k, v in values["label"].items() if v}
        lists.setdefault(values["list_name"], []).append((n, values, headers))
    return lists


def _survey(sheet: Sheet, reader: Reader, lists: dict, lang: str) -> list[dict[str, Any]]:
    cols = reader.columns(sheet, _SURVEY_COLS, lang)
    header = {kind: sheet.headers[i] for i, (kind, cl) in cols.items() if cl is None}
    questions: list[dict[str, Any]] = []
    group: str | None = None
    for n, row in sheet.rows:
        cell = {kind: sheet.cell(row, i) for i, (kind, cl) in cols.items() if cl is None}
        texts = _RowTexts(sheet, row, cols)

        bad = _row_bad(reader, header, n)
        kind, _, rest = cell.get("type", "").partition(" ")
        kind, rest = kind.strip().lower(), rest.strip()
        if kind in ("begin_group", "begin"):
            group = _begin_group(cell, group, n, bad)
            continue
        if kind in ("end_group", "end") and (kind == "end_group" or rest == "group"):
            group = None
            continue
        qtype = question_type(kind, rest, cell, lists, bad)
        if qtype is None:  # device or time data: not a question at all
            continue
        i = len(questions)
        raw: dict[str, Any] = {"key": cell.get("name", ""), "type": qtype}
        reader.cells[("questions", i)] = ("survey", n, header.get("type", "type"))
        reader.cells[("questions", i, "key")] = ("survey", n, header.get("name", "name"))
        texts.label_and_hint(raw, i, n, reader)
        if qtype in ("single_choice", "multiple_choice"):
            _attach_choices(raw, i, lists[rest], reader)
        elif qtype == "scale":
            scale_labels(raw, cell.get("parameters", ""), lists, bad)
        required = cell.get("required", "").lower()
        if required in _TRUE:
            raw["required"] = True
        elif required not in _FALSE:
            bad("required", f"required must be yes or no, got {cell['required']!r}",
                "required_yes_no", value=repr(cell["required"]))
        reader.cells[("questions", i, "required")] = ("survey", n, header.get("required", ""))
        if cell.get("relevant"):
            raw["relevant"] = cell["relevant"]
            reader.cells[("questions", i, "relevant")] = ("survey", n, header["relevant"])
        texts.constraint(raw, i, n, reader, cell, header, bad,
                         refused=qtype is REFUSED_TYPE)
        if group is not None:
            raw["page"] = group
        questions.append(raw)
    return questions


def _row_bad(reader: Reader, header: dict[str, str], n: int) -> Bad:
    """Reports a problem of survey row `n` at its column `kind`."""

    def bad(kind: str, reason: str, code: str = "", /, **params: object) -> None:
        reader.bad("survey", n, header.get(kind, kind), reason, code, params)

    return bad


def _begin_group(cell: dict, group: str | None, n: int, bad: Bad) -> str:
    """The page a begin_group row opens; what a group cannot carry is reported."""
    if group is not None:
        bad("type", "groups inside groups are not supported", "nested_group")
    for extra in ("relevant", "required", "constraint"):
        if cell.get(extra):
            bad(extra, f"{extra} on a group is not supported; put it on each question",
                "not_on_a_group", name=extra)
    return cell.get("name") or f"page{n}"


class _RowTexts:
    """One survey row's translated cells (label, hint, constraint_message) by language, with
    the header each came from (to point a problem at its cell)."""

    def __init__(self, sheet: Sheet, row: tuple[Any, ...],
                 cols: dict[int, tuple[str, str | None]]) -> None:
        self.texts: dict[str, dict[str, str]] = {}
        self.columns: dict[tuple, str] = {}
        for i, (kind, cl) in cols.items():
            if cl is not None:
                self.texts.setdefault(kind, {})[cl] = sheet.cell(row, i)
                self.columns[(kind, cl)] = sheet.headers[i]

    def label_and_hint(self, raw: dict[str, Any], i: int, n: int, reader: Reader) -> None:
        for field in ("label", "hint"):
            given = {cl: t for cl, t in self.texts.get(field, {}).items() if t}
            if given or field == "label":
                raw[field] = given
            reader.cells[("questions", i, field)] = ("survey", n, field)
            for cl in self.texts.get(field, {}):
                reader.cells[("questions", i, field, cl)] = ("survey", n, self.columns[(field, cl)])

    def constraint(self, raw: dict[str, Any], i: int, n: int, reader: Reader, cell: dict,
                   header: dict[str, str], bad: Bad, *,
                   refused: bool = False) -> None:
        constraint = constraint_limits(cell.get("constraint", ""), bad)
        if refused:
            constraint = {}  # what it limits depends on the type
        message = {cl: t for cl, t in self.texts.get("constraint_message", {}).items() if t}
        if message:
            constraint["message"] = message
            for cl in message:
                reader.cells[("questions", i, "constraint", "message", cl)] = (
                    "survey", n, self.columns[("constraint_message", cl)])
        if constraint:
            raw["constraint"] = constraint
            reader.cells[("questions", i, "constraint")] = ("survey", n, header.get(
                "constraint", "constraint"))


def _attach_choices(raw: dict, i: int, items: list[tuple], reader: Reader) -> None:
    raw["choices"] = []
    for j, (n, values, headers) in enumerate(items):
        raw["choices"].append({"key": values.get("name", ""), "label": dict(values["label"])})
        base = ("questions", i, "choices", j)
        reader.cells[base] = ("choices", n, headers.get(("list_name",), "list_name"))
        reader.cells[(*base, "key")] = ("choices", n, headers.get(("name",), "name"))
        reader.cells[(*base, "label")] = ("choices", n, "label")
        for (kind, *lang), header in headers.items():
            if kind == "label":
                reader.cells[(*base, "label", lang[0])] = ("choices", n, header)

