"""A survey file's problems (core's SurveyProblem) in the organizer's language, by code and
parameters: core keeps its English reason for logs. Field names (`title`, `min`), question and
choice keys and types are what the file says: they stay as written. No Qt."""

from __future__ import annotations

from collections.abc import Mapping

from sos_desktop.core.messages import Message
from sos_desktop.core.surveys.problems import SurveyProblem
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.words.errors import worded

# Every code core/surveys/build.py gives, with its text; `{name}` stands for its params.
TEXTS = {
    "not_a_mapping": QT_TR_NOOP(
        "the file must hold a mapping with key, version, title, languages, questions"),
    "unknown_field": QT_TR_NOOP("unknown field {name}"),
    "bad_format": QT_TR_NOOP("unsupported format {format} (this app reads {reads})"),
    "bad_survey_key": QT_TR_NOOP("key must be lowercase letters, digits, - or _ (up to 64)"),
    "bad_version": QT_TR_NOOP("version must be a whole number, 1 or more"),
    "bad_languages": QT_TR_NOOP("languages must be a list such as [en, es]"),
    "bad_language_codes": QT_TR_NOOP(
        "languages must be distinct 2-3 letter codes such as en, es"),
    "missing": QT_TR_NOOP("{name} is missing"),
    "not_per_language": QT_TR_NOOP(
        "{name} must give one text per language, e.g. {{en: ..., es: ...}}"),
    "language_not_in_survey": QT_TR_NOOP("language {language} is not in the survey's "
                                         "languages"),
    "empty_text": QT_TR_NOOP("{name} text is empty"),
    "no_text_in": QT_TR_NOOP("{name} has no {language} text"),
    "bad_questions": QT_TR_NOOP("questions must be a non-empty list"),
    "not_a_question": QT_TR_NOOP("each question must be a mapping with key, type and label"),
    "key_twice": QT_TR_NOOP("question key {key} is used twice"),
    "page_split": QT_TR_NOOP("page {page} must be one run of consecutive questions"),
    "bad_question_key": QT_TR_NOOP(
        "key must be a letter or _ then letters, digits or _ (up to 64)"),
    "unknown_type": QT_TR_NOOP("unknown type {type} (use one of: {kinds})"),
    "bad_required": QT_TR_NOOP("required must be true or false"),
    "note_required": QT_TR_NOOP("a note cannot be required"),
    "bad_page": QT_TR_NOOP("page must be a short name: letters, digits or _"),
    "scale_misplaced": QT_TR_NOOP("scale (low/high labels) only goes on a scale question"),
    "takes_no_choices": QT_TR_NOOP("a {type} question takes no choices"),
    "too_few_choices": QT_TR_NOOP("a choice question needs a list of at least 2 choices"),
    "bad_choice": QT_TR_NOOP("each choice is a mapping with key and label only"),
    "bad_choice_key": QT_TR_NOOP("choice key must be letters, digits, _ . or - (no spaces)"),
    "choice_twice": QT_TR_NOOP("choice key {key} is used twice"),
    "dot_outside_constraint": QT_TR_NOOP(
        "`.` only makes sense in a constraint; name the question with ${{key}}"),
    "unknown_question": QT_TR_NOOP(
        "unknown question ${{{key}}} (it must come earlier in the survey)"),
    "note_has_no_answer": QT_TR_NOOP("${{{key}}} is a note and has no answer"),
    "selected_needs_choices": QT_TR_NOOP(
        "selected() needs a choice question, ${{{key}}} is {type}"),
    "not_a_choice": QT_TR_NOOP("{value} is not a choice of ${{{key}}}"),
    "use_selected": QT_TR_NOOP(
        "use selected(${{{key}}}, '...') for a multiple choice question"),
    "compares_numbers": QT_TR_NOOP("{op} compares numbers, ${{{key}}} is {type}"),
    "bad_constraint": QT_TR_NOOP(
        "constraint must be a mapping such as {{min: 13, max: 19, message: ...}}"),
    "unknown_constraint": QT_TR_NOOP(
        "unknown constraint {name} (min, max, max_length, max_count, message)"),
    "constraint_not_for": QT_TR_NOOP("{name} does not apply to a {type} question"),
    "not_whole_number": QT_TR_NOOP("{name} must be a whole number"),
    "not_positive": QT_TR_NOOP("{name} must be 1 or more"),
    "min_over_max": QT_TR_NOOP("min is larger than max"),
    # The XLSForm converter's (core/surveys/xlsform*.py); column names are as the sheet says.
    "not_a_workbook": QT_TR_NOOP("not a readable .xlsx workbook ({detail})"),
    "no_survey_sheet": QT_TR_NOOP("the workbook has no sheet named survey"),
    "header_language": QT_TR_NOOP(
        "cannot tell the language; write it like label::English (en) or label::Español (es)"),
    "column_not_supported": QT_TR_NOOP("column {header} is not supported"),
    "text_filled_in": QT_TR_NOOP(
        "{name} has no {language} text; the {source} text is shown instead"),
    "unknown_language": QT_TR_NOOP("unknown language {value}"),
    "settings_one_row": QT_TR_NOOP("settings takes one row only"),
    "not_for_a_choice": QT_TR_NOOP("{name} does not apply to a choice"),
    "empty_list_name": QT_TR_NOOP("list_name is empty"),
    "required_yes_no": QT_TR_NOOP("required must be yes or no, got {value}"),
    "nested_group": QT_TR_NOOP("groups inside groups are not supported"),
    "not_on_a_group": QT_TR_NOOP("{name} on a group is not supported; put it on each question"),
    "constraint_unsupported": QT_TR_NOOP(
        "supported constraints: . >= N, . <= N, . > N, . < N, string-length(.) <= N, "
        "count-selected(.) <= N, joined with and"),
    "no_choice_list": QT_TR_NOOP("no choice list named {name} on the choices sheet"),
    "appearance_not_supported": QT_TR_NOOP("appearance {appearance} is not supported here"),
    "parameters_range_only": QT_TR_NOOP("parameters only apply to a range question"),
    "write_list_name": QT_TR_NOOP(
        "write {kind} LIST_NAME (or_other and files are not supported)"),
    "unsupported_type": QT_TR_NOOP("unsupported type {type}"),
    "bad_range": QT_TR_NOOP("a range must be start={low} end={high} (step=1)"),
    "device_data": QT_TR_NOOP(
        "{kind} records device or time data; not supported (answers are anonymous)"),
    "empty_type": QT_TR_NOOP("type is empty"),
}


# A condition that cannot be read ("bad_expression"), by the reader's code (its `expression`
# param, core/surveys/expressions.py); `{place}` is where in it.
EXPRESSION_TEXTS = {
    "unexpected_text": QT_TR_NOOP("unexpected {text} at character {at}"),
    "expected": QT_TR_NOOP("expected {wanted} {place}"),
    "expected_operand": QT_TR_NOOP("expected ${{question}} or . {place}"),
    "expected_value": QT_TR_NOOP("expected a quoted value or a whole number {place}"),
    "unexpected": QT_TR_NOOP("unexpected {place}"),
    "empty": QT_TR_NOOP("the expression is empty"),
    "too_deep": QT_TR_NOOP("the expression is nested too deeply"),
    "unsupported_word": QT_TR_NOOP(
        "unsupported function or word {word} (character {at}); only selected, not, and, or, "
        "string-length(.) and count-selected(.) are allowed"),
    "bad_reference": QT_TR_NOOP("{ref} is not a valid question reference"),
    "whole_numbers_only": QT_TR_NOOP("only whole numbers are supported, got {number}"),
    "not_text": QT_TR_NOOP("the expression must be text"),
    "too_long": QT_TR_NOOP("the expression is longer than {limit} characters"),
}


def _expression(params: Mapping[str, object]) -> str | None:
    code = str(params.get("expression", ""))
    if code not in EXPRESSION_TEXTS:
        return None
    place = (tr("at {token} (character {at})").format(**params) if "token" in params
             else tr("at the end"))
    return tr("this condition cannot be read: {reason}").format(
        reason=tr(EXPRESSION_TEXTS[code]).format(**{**params, "place": place}))


def survey_reason(code: str, params: Mapping[str, object], english: str) -> str:
    """Why the file is refused there, in the organizer's language (`english`, core's, for a
    problem without a known code)."""
    try:
        message = params.get("message")  # a core Message: a workbook over the size limits
        if code == "message" and isinstance(message, Message):
            return worded(message)
        if code == "bad_expression":
            return _expression(params) or english
        if code not in TEXTS:
            return english
        return tr(TEXTS[code]).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return english


def survey_problem(problem: SurveyProblem) -> str:
    """`file: place: reason` as the command line prints it, in the organizer's language."""
    if problem.sheet is not None:
        place = tr("{file}: sheet {sheet}, row {row}, column {column}").format(
            file=problem.source, sheet=problem.sheet, row=problem.row, column=problem.column)
    else:
        place = problem.location  # the file's name and a path in it: as the file says
    reason = survey_reason(problem.code, problem.params, problem.reason)
    if problem.warning:
        return tr("{place}: warning: {reason}").format(place=place, reason=reason)
    return f"{place}: {reason}"
