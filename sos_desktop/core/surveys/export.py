"""Write a stored survey out: as an XLSForm workbook (KoboToolbox, ODK, SurveyCTO) or as YAML.

The XLSForm is what the research team uploads to run the same survey online; `load_xlsform`
reads it back to the same definition (same content hash), so a round trip loses nothing:
- a page is a `begin_group NAME` with `field-list` (one screen online too);
- a yes/no question is `select_one yes_no` with the built-in Yes/Sí, No labels;
- a scale is `range` 1..5 whose end labels are a `tick_labelset` choice list (ODK shows them);
- the title in every language and the intro go in the settings sheet's own `sos_title::…` and
  `sos_intro::…` columns, which pyxform and KoboToolbox ignore.
Both files are written atomically: a half-written file never replaces a good one.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from sos_desktop import languages
from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.atomic import atomic_output
from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.model import (
    SCALE_MAX,
    SCALE_MIN,
    YES_NO_CHOICES,
    Constraint,
    Label,
    Question,
    QuestionType,
    SurveyDef,
)

YES_NO_LIST = "yes_no"
_TYPES = {QuestionType.SHORT_TEXT: "text", QuestionType.LONG_TEXT: "text",
          QuestionType.NUMBER: "integer", QuestionType.NOTE: "note"}


def language_column(name: str, lang: str) -> str:
    """`label::English (en)`: the header pyxform and KoboToolbox read as a translation."""
    return f"{name}::{languages.name(lang)} ({lang})"


def scale_list(q: Question) -> str:
    return f"{q.key}_scale"


def _constraint(c: Constraint) -> str:
    parts = []
    if c.min is not None:
        parts.append(f". >= {c.min}")
    if c.max is not None:
        parts.append(f". <= {c.max}")
    if c.max_length is not None:
        parts.append(f"string-length(.) <= {c.max_length}")
    if c.max_count is not None:
        parts.append(f"count-selected(.) <= {c.max_count}")
    return " and ".join(parts)


def _texts(label: Label | None, langs: tuple[str, ...]) -> list[str]:
    return [label.get(lang) if label else "" for lang in langs]


def xlsform_sheets(survey: SurveyDef) -> dict[str, list[list[Any]]]:
    """The three sheets as rows (header first): what the workbook holds, easy to test."""
    langs = survey.languages
    header = ["type", "name", *(language_column("label", lg) for lg in langs),
              *(language_column("hint", lg) for lg in langs), "required", "relevant",
              "constraint", *(language_column("constraint_message", lg) for lg in langs),
              "appearance", "parameters"]
    rows: list[list[Any]] = [header]
    choices: list[list[Any]] = [["list_name", "name",
                                 *(language_column("label", lg) for lg in langs)]]
    yes_no_written = False
    page: str | None = None
    for q in survey.questions:
        if q.page != page:
            if page is not None:
                rows.append(["end_group", page, *[""] * (len(header) - 2)])
            if q.page is not None:
                rows.append(["begin_group", q.page, *[""] * (2 * len(langs) + 3),
                             *[""] * len(langs), "field-list", ""])
            page = q.page
        qtype, appearance, parameters = _TYPES.get(q.type, ""), "", ""
        if q.type is QuestionType.LONG_TEXT:
            appearance = "multiline"
        elif q.type is QuestionType.YES_NO:
            qtype = f"select_one {YES_NO_LIST}"
            if not yes_no_written:
                choices += [[YES_NO_LIST, c.key, *_texts(c.label, langs)] for c in YES_NO_CHOICES]
                yes_no_written = True
        elif q.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
            kind = "select_one" if q.type is QuestionType.SINGLE_CHOICE else "select_multiple"
            qtype = f"{kind} {q.key}"
            choices += [[q.key, c.key, *_texts(c.label, langs)] for c in q.choices]
        elif q.type is QuestionType.SCALE:
            qtype, parameters = "range", f"start={SCALE_MIN} end={SCALE_MAX} step=1"
            if q.scale_low or q.scale_high:
                parameters += f" tick_labelset={scale_list(q)}"
                # ODK wants a label for every tick; the middle ones show their number.
                ends = {SCALE_MIN: q.scale_low, SCALE_MAX: q.scale_high}
                for n in range(SCALE_MIN, SCALE_MAX + 1):
                    end = ends.get(n)
                    texts = _texts(end, langs) if end else [str(n)] * len(langs)
                    choices.append([scale_list(q), str(n), *texts])
        c = q.constraint
        rows.append([
            qtype, q.key, *_texts(q.label, langs), *_texts(q.hint, langs),
            "yes" if q.required else "", ex.unparse(q.relevant) if q.relevant else "",
            _constraint(c) if c else "", *_texts(c.message if c else None, langs),
            appearance, parameters])
    if page is not None:
        rows.append(["end_group", page, *[""] * (len(header) - 2)])
    default = survey.default_language
    settings = [
        ["form_title", "form_id", "version", "default_language",
         *(language_column("sos_title", lg) for lg in langs),
         *((language_column("sos_intro", lg) for lg in langs) if survey.intro else ())],
        [survey.title.get(default), survey.key, str(survey.version),
         f"{languages.name(default)} ({default})", *_texts(survey.title, langs),
         *(_texts(survey.intro, langs) if survey.intro else ())],
    ]
    return {"survey": rows, "choices": choices, "settings": settings}


def xlsform_bytes(survey: SurveyDef) -> bytes:
    from openpyxl import Workbook  # only exports need it

    book = Workbook()
    for n, (title, rows) in enumerate(xlsform_sheets(survey).items()):
        sheet = book.active if n == 0 else book.create_sheet()
        sheet.title = title
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value == "":
                    continue
                cell = sheet.cell(r, c, value)
                cell.data_type = "s"  # text, never a formula: a label "=..." stays a label
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def yaml_text(survey: SurveyDef) -> str:
    import yaml

    note = ("# Exported by SOS Desktop. Format: resources/surveys/FORMAT.md.\n"
            "# Change the wording -> raise `version`.\n")
    data = survey.to_json()
    data.pop("format", None)
    return note + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def export_survey(survey: SurveyDef, out: Path) -> Path:
    """Write `survey` as .xlsx (XLSForm) or .yaml/.yml, chosen by the file's suffix."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        data = xlsform_bytes(survey)
    elif suffix in (".yaml", ".yml"):
        data = yaml_text(survey).encode("utf-8")
    else:
        raise SosError(Code.SURVEY_EXPORT_FORMAT(file=out.name))
    with atomic_output(out) as writer:
        writer.write(data)
    return out
