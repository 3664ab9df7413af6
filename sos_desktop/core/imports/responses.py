"""Typed-up paper surveys in: one CSV row per paper form, every bad cell reported as
`line N, column C: reason`, all rows or none.

Columns are question keys (as printed in grey on the paper form) plus an optional `language`.
Choices may be typed as their code or their label in any language; multiple choice as codes
separated by `;`, or as the export's `question/choice` 0/1 columns, so an exported file reads back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.errors import SosError
from sos_desktop.core.ids import new_id
from sos_desktop.core.imports.csv_reader import (
    ImportRejected,
    RowError,
    csv_rows,
    read_sheet,
    too_many_cells,
)
from sos_desktop.core.imports.receipts import record_import, refuse_if_imported
from sos_desktop.core.messages import Code
from sos_desktop.core.people.signup_rules import parse_bool
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.surveys.answers import clean_response
from sos_desktop.core.surveys.model import Question, QuestionType, SurveyDef
from sos_desktop.core.surveys.responses import insert_responses

_META = {"language", "response_id", "visit_id", "visit_school", "visit_group", "visit_date",
         "definition_version", "channel"}  # export columns that are read as-is or ignored


@dataclass(frozen=True)
class ResponsesImport:
    imported: int
    survey_key: str
    definition_id: str


def _choice(q: Question, text: str) -> str | None:
    folded = text.strip().casefold()
    for c in q.options:
        if folded == c.key.casefold() or any(folded == t.casefold() for _l, t in c.label.texts):
            return c.key
    return None


def _header(path: Path, survey: SurveyDef, cells: list[str]) -> list[str]:
    names = [c.strip() for c in cells]
    problems = []
    for name in names:
        key, _, choice = name.partition("/")
        if name in _META:
            continue
        if not survey.has_question(key) or not survey.question(key).answerable:
            problems.append(RowError(1, name or "(blank)", "not a question of this survey",
                                     "not_a_question"))
        elif choice and _choice(survey.question(key), choice) is None:
            problems.append(RowError(1, name, f"{choice!r} is not a choice of {key}",
                                     "not_a_choice_of", {"choice": repr(choice), "key": key}))
    problems += [RowError(1, n, "column appears twice", "column_twice") for n in sorted(
        {n for n in names if names.count(n) > 1})]
    if problems:
        raise ImportRejected(path, problems)
    return names


def _not_a_choice(line: int, name: str, text: str, q: Any) -> RowError:
    choices = ", ".join(c.key for c in q.options)
    return RowError(line, name, f"{text!r} is not a choice; choices: {choices}", "not_a_choice",
                    {"value": repr(text), "choices": choices})


def _answers(line: int, survey: SurveyDef, names: list[str], cells: list[str],
             errors: list[RowError]) -> tuple[dict, str]:
    answers: dict[str, Any] = {}
    language = survey.default_language
    for name, raw in zip(names, cells, strict=False):
        text = raw.strip()
        if name == "language":
            language = text.lower() or language
            continue
        if name in _META or not text:
            continue
        key, _, choice_text = name.partition("/")
        q = survey.question(key)
        if choice_text:  # split 0/1 column
            ticked = parse_bool(text)
            if ticked is None:
                errors.append(RowError(line, name, "must be 1 or 0 (or yes/no)", "zero_or_one"))
            elif ticked:
                answers.setdefault(key, []).append(_choice(q, choice_text))
            continue
        if q.type is QuestionType.MULTIPLE_CHOICE:
            picked = []
            for part in filter(None, (t.strip() for t in text.split(";"))):
                found = _choice(q, part)
                if found is None:
                    errors.append(_not_a_choice(line, name, part, q))
                picked.append(found)
            answers[key] = picked
        elif q.options:
            found = _choice(q, text)
            if found is None and q.type is QuestionType.YES_NO and parse_bool(text) is not None:
                found = "yes" if parse_bool(text) else "no"
            if found is None:
                errors.append(_not_a_choice(line, name, text, q))
            answers[key] = found
        else:
            answers[key] = text
    return answers, language


RECEIPT_KIND = "import-responses"


def import_responses(db: Database, path: Path, *, visit_id: str,
                     survey_key: str | None = None, again: bool = False,
                     clock: UtcClock = utc_now) -> ResponsesImport:
    """Import typed-up paper answers into a visit. A file whose content was imported before is
    refused (AlreadyImported) unless `again`."""
    from sos_desktop.core.surveys.store import latest_definition
    from sos_desktop.core.visits.store import get_visit

    path = Path(path)
    visit = get_visit(db, visit_id)
    key = survey_key or visit.survey_key
    if not key:
        raise SosError(Code.VISIT_NO_SURVEY_GIVE(id=visit_id))
    definition_id, survey = latest_definition(db, key)
    text, sha256 = read_sheet(path)
    if not again:
        with db.raw() as conn:
            refuse_if_imported(conn, kind=RECEIPT_KIND, path=path, sha256=sha256,
                               said=Code.ALREADY_IMPORTED_RESPONSES)
    rows = csv_rows(path, text)
    first = next(rows, None)
    if first is None:
        raise SosError(Code.EMPTY_FILE(path=path))
    names = _header(path, survey, first[1])
    errors: list[RowError] = []
    records: list[tuple[str, str, dict]] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(names):
            errors.append(too_many_cells(line, len(cells), len(names)))
            continue
        before = len(errors)
        answers, language = _answers(line, survey, names, cells, errors)
        if language not in survey.languages:
            languages = ", ".join(survey.languages)
            errors.append(RowError(line, "language", f"must be one of {languages}",
                                   "not_a_survey_language", {"languages": languages}))
            continue
        if len(errors) > before:
            continue
        cleaned, problems = clean_response(survey, answers)
        errors += [RowError(line, pr.question_key, pr.message, "answer", {"reason": pr.reason})
                   for pr in problems]
        records.append((new_id(), language, cleaned))
    if errors:
        raise ImportRejected(path, errors)
    with db.raw() as conn, write_transaction(conn, db.path):
        insert_responses(conn, db.device_id, visit_id, visit.visit_date, definition_id,
                         records, channel="paper")
        if records:
            record_import(conn, device_id=db.device_id, kind=RECEIPT_KIND, now=clock(),
                          rows=len(records), sha256=sha256, path=path, visit_id=visit_id,
                          survey_key=key)
    return ResponsesImport(len(records), key, definition_id)
