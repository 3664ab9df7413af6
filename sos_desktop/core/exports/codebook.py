"""The codebook beside a responses export: every column, its question in each language, its
choices and codes, and which survey versions asked it."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.exports.columns import META, Column, SurveyVersions
from sos_desktop.core.exports.csv_safety import neutralise as n
from sos_desktop.core.exports.csv_safety import write_csv
from sos_desktop.core.storage.atomic import HashingWriter
from sos_desktop.core.surveys.model import QuestionType

_META_NOTES = {
    "response_id": "random id of the response (no order, no link to sign-ups)",
    "visit_id": "id of the classroom visit",
    "visit_school": "school of the visit",
    "visit_group": "class or club of the visit",
    "visit_date": "date of the visit (responses carry no finer time)",
    "language": "language the student answered in",
    "definition_version": "version of the survey definition answered",
    "channel": "how the response came in: kiosk, paper (answer sheet or typed-up form) or "
               "online (imported from KoboToolbox, ODK or Google Forms)",
}


def codebook_path(out: Path) -> Path:
    return out.with_name(out.stem + ".codebook.csv")


def _choices(column: Column, labels: bool, languages: tuple[str, ...]) -> str:
    q = column.question
    if column.choice is not None:
        return "1 = chosen, 0 = not chosen, empty = not asked or skipped"
    if q.type is QuestionType.SCALE:
        ends = []
        if q.scale_low:
            ends.append(f"1 = {q.scale_low.get('en')}")
        if q.scale_high:
            ends.append(f"5 = {q.scale_high.get('en')}")
        return "1 to 5" + (f" ({', '.join(ends)})" if ends else "")
    if q.options:
        value = "label" if labels else "code"
        return f"{value}s: " + " | ".join(
            f"{c.key} = " + " / ".join(c.label.get(lang) for lang in languages)
            for c in q.options
        )
    if q.type is QuestionType.NUMBER:
        return "whole number"
    return "free text"


def write_codebook(out: HashingWriter, survey: SurveyVersions, columns: list[Column],
                   labels: bool, *, bom: bool = False) -> int:
    langs = survey.languages
    header = ["column", "question_key", "type", *(f"question_{lang}" for lang in langs),
              "choice_key", *(f"choice_{lang}" for lang in langs), "values", "versions"]
    rows: list[list[str]] = []
    blank = [""] * len(langs)
    for name in META:
        rows.append([name, "", "meta", _META_NOTES[name], *blank[1:], "", *blank, "", ""])
    for column in columns:
        q, c = column.question, column.choice
        rows.append([
            column.name, q.key, q.type.value, *(n(q.label.get(lang)) for lang in langs),
            c.key if c else "", *((n(c.label.get(lang)) for lang in langs) if c else blank),
            n(_choices(column, labels, langs)),
            " ".join(f"v{v}" for v in survey.asked_in.get(q.key, ())),
        ])
    return write_csv(out, header, rows, bom=bom)
