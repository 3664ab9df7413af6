"""Validate a plain dict (from YAML, JSON or a converted XLSForm) and build a SurveyDef.

Every problem is collected, not just the first. Problems are reported against a *path* into
the dict, e.g. ("questions", 3, "relevant"); the caller's `locate` turns a path into a place a
person can find (a YAML question key, or an XLSForm sheet/row/column).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.model import (
    FORMAT_VERSION,
    Choice,
    Constraint,
    Label,
    Question,
    QuestionType,
    SurveyDef,
)
from sos_desktop.core.surveys.problems import InvalidSurvey, SurveyProblem
from sos_desktop.core.surveys.references import NUMERIC, check_refs

Path = tuple[str | int, ...]
Where = tuple[str, str | None, int | None, str | None]  # where, sheet, row, column
Locate = Callable[[Path], Where]

SURVEY_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
QUESTION_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
CHOICE_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$")  # no spaces: XLSForm joins on them
LANGUAGE = re.compile(r"^[a-z]{2,3}$")

_TOP = {"format", "key", "version", "title", "languages", "intro", "questions"}
_QUESTION = {"key", "type", "label", "hint", "choices", "required", "relevant", "constraint",
             "page", "scale"}
_CHOICE_TYPES = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE}
_TEXT = {QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT}
_CONSTRAINT_FOR = {"min": NUMERIC, "max": NUMERIC, "max_length": _TEXT,
                   "max_count": {QuestionType.MULTIPLE_CHOICE}}


class _RefusedType:
    """A question whose type the converter already refused (and said why): its other fields
    are still checked and its key still counts, so one look names every problem of a form;
    nothing that refers to it is reported again as unknown. No YAML value can be this."""

    def __repr__(self) -> str:
        return "REFUSED_TYPE"


REFUSED_TYPE: Any = _RefusedType()


def yaml_locate(raw: Any) -> Locate:
    """Places like `question safe_school, choices[2].label.es`, naming questions by key."""

    def locate(path: Path) -> Where:
        parts: list[str] = []
        rest = list(path)
        if len(rest) >= 2 and rest[0] == "questions" and isinstance(rest[1], int):
            key = _question_key(raw, rest[1])
            parts.append(f"question {key}" if key else f"questions[{rest[1]}]")
            rest = rest[2:]
        text = ""
        for part in rest:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        if text:
            parts.append(text)
        return ", ".join(parts), None, None, None

    return locate


def _question_key(raw: Any, index: int) -> str | None:
    try:
        key = raw["questions"][index]["key"]
    except (KeyError, IndexError, TypeError):
        return None
    return key if isinstance(key, str) and key.strip() else None


class _Collector:
    def __init__(self, source: str, locate: Locate) -> None:
        self.source, self.locate = source, locate
        self.problems: list[SurveyProblem] = []

    def add(self, path: Path, reason: str, code: str = "", **params: object) -> None:
        """`reason` is English, for logs; `code` and `params` are what front ends word."""
        where, sheet, row, column = self.locate(path)
        problem = SurveyProblem(self.source, where, reason, sheet, row, column, code=code,
                                params=params)
        if problem not in self.problems:  # one shared XLSForm choice list, many questions
            self.problems.append(problem)


def survey_from_json(data: dict[str, Any] | str) -> SurveyDef:
    """A definition rebuilt from `SurveyDef.to_json` output (dict or text); raises
    InvalidSurvey if it is not valid."""
    raw = json.loads(data) if isinstance(data, str) else data
    survey, problems = build_survey(raw, source="definition JSON")
    if survey is None:
        raise InvalidSurvey(problems)
    return survey


def build_survey(
    raw: Any, source: str, locate: Locate | None = None
) -> tuple[SurveyDef | None, list[SurveyProblem]]:
    """Check `raw` and build the survey; returns (None, problems) if anything is wrong."""
    out = _Collector(source, locate or yaml_locate(raw))
    if not isinstance(raw, dict):
        out.add((), "the file must hold a mapping with key, version, title, languages, questions",
                "not_a_mapping")
        return None, out.problems
    for name in raw:
        if name not in _TOP:
            out.add((str(name),), f"unknown field {name!r}", "unknown_field", name=repr(name))
    if raw.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        out.add(("format",), f"unsupported format {raw.get('format')!r} (this app reads 1)",
                "bad_format", format=repr(raw.get("format")), reads=FORMAT_VERSION)
    key = raw.get("key")
    if not isinstance(key, str) or not SURVEY_KEY.match(key):
        out.add(("key",), "key must be lowercase letters, digits, - or _ (up to 64)",
                "bad_survey_key")
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        out.add(("version",), "version must be a whole number, 1 or more", "bad_version")
    languages = _languages(raw.get("languages"), out)
    title = _label(raw, "title", ("title",), languages, out, required=True)
    intro = _label(raw, "intro", ("intro",), languages, out)
    questions = _questions(raw.get("questions"), languages, out)
    given = raw.get("questions")
    refused = isinstance(given, list) and any(  # the converter said why
        isinstance(q, dict) and q.get("type") is REFUSED_TYPE for q in given)
    if out.problems or title is None or refused:
        return None, out.problems
    assert isinstance(key, str) and isinstance(version, int)  # else a problem was added
    survey = SurveyDef(key, version, title, tuple(languages), tuple(questions), intro)
    return survey, []


def _languages(value: Any, out: _Collector) -> list[str]:
    if not isinstance(value, list) or not value:
        out.add(("languages",), "languages must be a list such as [en, es]", "bad_languages")
        return []
    langs = [v for v in value if isinstance(v, str) and LANGUAGE.match(v)]
    if len(langs) != len(value) or len(set(langs)) != len(langs):
        out.add(("languages",), "languages must be distinct 2-3 letter codes such as en, es",
                "bad_language_codes")
    return list(dict.fromkeys(langs))


def _label(
    parent: dict, name: str, path: Path, languages: list[str], out: _Collector,
    required: bool = False,
) -> Label | None:
    value = parent.get(name)
    if value is None:
        if required:
            out.add(path, f"{name} is missing", "missing", name=name)
        return None
    if not isinstance(value, dict):
        out.add(path, f"{name} must give one text per language, e.g. {{en: ..., es: ...}}",
                "not_per_language", name=name)
        return None
    texts: dict[str, str] = {}
    for lang, text in value.items():
        if languages and lang not in languages:
            out.add((*path, str(lang)), f"language {lang!r} is not in the survey's languages",
                    "language_not_in_survey", language=repr(lang))
        elif not isinstance(text, str) or not text.strip():
            out.add((*path, str(lang)), f"{name} text is empty", "empty_text", name=name)
        else:
            texts[lang] = text.strip()
    for lang in languages:
        if lang not in value:
            out.add((*path, lang), f"{name} has no {lang} text", "no_text_in", name=name,
                    language=lang)
    return Label.of(texts) if texts else None


def _questions(value: Any, languages: list[str], out: _Collector) -> list[Question]:
    if not isinstance(value, list) or not value:
        out.add(("questions",), "questions must be a non-empty list", "bad_questions")
        return []
    built: dict[str, Question] = {}
    keys: set[Any] = set()  # includes questions that failed, so duplicates are still found
    failed: set[str] = set()  # their problems are said once, not again at each reference
    seen_pages: list[str | None] = []
    for i, item in enumerate(value):
        path: Path = ("questions", i)
        if not isinstance(item, dict):
            out.add(path, "each question must be a mapping with key, type and label",
                    "not_a_question")
            continue
        key = item.get("key")
        if isinstance(key, str) and key in keys:
            out.add((*path, "key"), f"question key {key!r} is used twice", "key_twice",
                    key=repr(key))
        keys.add(key if isinstance(key, str) else None)
        question = _question(item, path, languages, built, out, failed)
        if question is None and isinstance(key, str) and key not in built:
            failed.add(key)
        if question is None or question.key in built:
            continue
        page = question.page
        if page is not None and page in seen_pages and seen_pages[-1] != page:
            out.add((*path, "page"), f"page {page!r} must be one run of consecutive questions",
                    "page_split", page=repr(page))
        seen_pages.append(page)
        built[question.key] = question
    return list(built.values())


def _question(  # noqa: C901 -- one check per question field; TODO(issue 19): a table
    item: dict, path: Path, languages: list[str], earlier: dict[str, Question], out: _Collector,
    failed: set[str] | frozenset[str] = frozenset(),
) -> Question | None:
    for name in item:
        if name not in _QUESTION:
            out.add((*path, str(name)), f"unknown field {name!r}", "unknown_field",
                    name=repr(name))
    key = item.get("key")
    if not isinstance(key, str) or not QUESTION_KEY.match(key):
        out.add((*path, "key"), "key must be a letter or _ then letters, digits or _ (up to 64)",
                "bad_question_key")
    qtype: QuestionType | None = None
    try:
        if item.get("type") is not REFUSED_TYPE:
            qtype = QuestionType(item.get("type", ""))
    except ValueError:
        kinds = ", ".join(t.value for t in QuestionType)
        out.add((*path, "type"), f"unknown type {item.get('type')!r} (use one of: {kinds})",
                "unknown_type", type=repr(item.get("type")), kinds=kinds)
    label = _label(item, "label", (*path, "label"), languages, out, required=True)
    hint = _label(item, "hint", (*path, "hint"), languages, out)
    choices = []
    if qtype is not None:
        choices = _choices(item.get("choices"), qtype, (*path, "choices"), languages, out)
    required = item.get("required", False)
    if not isinstance(required, bool):
        out.add((*path, "required"), "required must be true or false", "bad_required")
    elif required and qtype is QuestionType.NOTE:
        out.add((*path, "required"), "a note cannot be required", "note_required")
    relevant = _relevant(item.get("relevant"), (*path, "relevant"), earlier, out, failed)
    constraint = None
    if qtype is not None:
        constraint = _constraint(item.get("constraint"), qtype, (*path, "constraint"), languages,
                                 out)
    page = item.get("page")
    if page is not None and (not isinstance(page, str) or not QUESTION_KEY.match(page)):
        out.add((*path, "page"), "page must be a short name: letters, digits or _", "bad_page")
    low = high = None
    scale = item.get("scale")
    if scale is not None:
        if qtype is not QuestionType.SCALE or not isinstance(scale, dict) or set(scale) - {
            "low", "high"
        }:
            out.add((*path, "scale"), "scale (low/high labels) only goes on a scale question",
                    "scale_misplaced")
        else:
            low = _label(scale, "low", (*path, "scale", "low"), languages, out)
            high = _label(scale, "high", (*path, "scale", "high"), languages, out)
    # Built even when other fields had problems, so later questions can still refer to it.
    if not isinstance(key, str) or not QUESTION_KEY.match(key) or label is None or qtype is None:
        return None
    return Question(key, qtype, label, hint, tuple(choices), required, relevant, constraint,
                    page, low, high)


def _choices(
    value: Any, qtype: QuestionType, path: Path, languages: list[str], out: _Collector
) -> list[Choice]:
    if qtype not in _CHOICE_TYPES:
        if value is not None:
            out.add(path, f"a {qtype.value} question takes no choices", "takes_no_choices",
                    type=qtype.value)
        return []
    if not isinstance(value, list) or len(value) < 2:
        out.add(path, "a choice question needs a list of at least 2 choices", "too_few_choices")
        return []
    choices: list[Choice] = []
    for j, item in enumerate(value):
        where = (*path, j)
        if not isinstance(item, dict) or set(item) - {"key", "label"}:
            out.add(where, "each choice is a mapping with key and label only", "bad_choice")
            continue
        key = item.get("key")
        label = _label(item, "label", (*where, "label"), languages, out, required=True)
        if not isinstance(key, str) or not CHOICE_KEY.match(key):
            out.add((*where, "key"), "choice key must be letters, digits, _ . or - (no spaces)",
                    "bad_choice_key")
        elif any(c.key == key for c in choices):
            out.add((*where, "key"), f"choice key {key!r} is used twice", "choice_twice",
                    key=repr(key))
        elif label is not None:
            choices.append(Choice(key, label))
    return choices


def _relevant(
    value: Any, path: Path, earlier: dict[str, Question], out: _Collector,
    failed: set[str] | frozenset[str] = frozenset(),
) -> ex.Expr | None:
    if value is None:
        return None
    try:
        expr = ex.parse(value)
    except ex.ExpressionError as error:
        out.add(path, str(error), "bad_expression", expression=error.code, **error.params)
        return None
    if ex.uses_dot(expr):
        out.add(path, "`.` only makes sense in a constraint; name the question with ${key}",
                "dot_outside_constraint")
    for reason, code, params in check_refs(expr, earlier, failed):
        out.add(path, reason, code, **params)
    return expr


def _constraint(
    value: Any, qtype: QuestionType, path: Path, languages: list[str], out: _Collector
) -> Constraint | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        out.add(path, "constraint must be a mapping such as {min: 13, max: 19, message: ...}",
                "bad_constraint")
        return None
    numbers: dict[str, int] = {}
    for name, given in value.items():
        if name == "message":
            continue
        if name not in _CONSTRAINT_FOR:
            out.add((*path, str(name)), f"unknown constraint {name!r} (min, max, max_length, "
                    "max_count, message)", "unknown_constraint", name=repr(name))
        elif qtype not in _CONSTRAINT_FOR[name]:
            out.add((*path, name), f"{name} does not apply to a {qtype.value} question",
                    "constraint_not_for", name=name, type=qtype.value)
        elif isinstance(given, bool) or not isinstance(given, int):
            out.add((*path, name), f"{name} must be a whole number", "not_whole_number",
                    name=name)
        elif name != "min" and name != "max" and given < 1:
            out.add((*path, name), f"{name} must be 1 or more", "not_positive", name=name)
        else:
            numbers[name] = given
    if "min" in numbers and "max" in numbers and numbers["min"] > numbers["max"]:
        out.add((*path, "min"), "min is larger than max", "min_over_max")
    message = _label(value, "message", (*path, "message"), languages, out)
    if not numbers and message is None:
        return None
    return Constraint(numbers.get("min"), numbers.get("max"), numbers.get("max_length"),
                      numbers.get("max_count"), message)
