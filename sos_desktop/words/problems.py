"""Core's validation problems (a visit's fields, Settings, a sign-up's, an imported row's) in
the interface's language, by code and parameters: core keeps its English reason for logs; the
window and the command line both say it through here. No Qt: the command line uses it too."""

from __future__ import annotations

from collections.abc import Mapping

from sos_desktop.core.errors import Problem
from sos_desktop.core.messages import Message
from sos_desktop.i18n import QT_TR_NOOP, tr

_FIXED = {  # codes whose text has no parameter
    "required": QT_TR_NOOP("is required"),
    "bad_date": QT_TR_NOOP("must be a date like 2026-10-14"),
    "bad_survey_key": QT_TR_NOOP("is not a survey key"),
    "paper_needs_survey": QT_TR_NOOP("answering on paper needs a survey; choose one"),
    "bad_language": QT_TR_NOOP("must be English, Español or the computer's language"),
    "unknown_survey": QT_TR_NOOP("is not a survey on this laptop"),
    "bad_url": QT_TR_NOOP("must be a web address like https://ee.kobotoolbox.org/x/abc123"),
    "bad_answer_mode": QT_TR_NOOP("must be at the kiosk, on paper, or both"),
    "bad_pin": QT_TR_NOOP("must be 4 to 12 digits"),
    # A sign-up's (core/people/signup_rules.py PROBLEM_CODES), as an organizer reads them.
    "not_a_name": QT_TR_NOOP("does not look like a name"),
    "bad_phone": QT_TR_NOOP("is not a valid phone number"),
    "bad_zip": QT_TR_NOOP("must be a 5-digit US ZIP code"),
    "bad_role": QT_TR_NOOP("must be student, educator or ally"),
    "bad_grade": QT_TR_NOOP("must be 6 to 12, college or other"),
    "students_no_visit": QT_TR_NOOP("only educators and adult allies request visits"),
    "yes_no": QT_TR_NOOP("must be yes or no"),
    "under_13": QT_TR_NOOP("contact details are only collected from people 13 or older"),
    "contact_needed": QT_TR_NOOP("an email or a phone number is required"),
    "needs_email": QT_TR_NOOP("needs an email address"),
    "needs_phone": QT_TR_NOOP("needs a phone number"),
    "no_consented_channel": QT_TR_NOOP(
        "needs consent to be contacted by email or by text at a detail it gives"),
    # A sheet's own (core/imports/csv_reader.py ROW_CODES).
    "unknown_column": QT_TR_NOOP("unknown column"),
    "missing_column": QT_TR_NOOP("required column is missing"),
    "column_twice": QT_TR_NOOP("column appears twice"),
    "not_a_question": QT_TR_NOOP("not a question of this survey"),
    "zero_or_one": QT_TR_NOOP("must be 1 or 0 (or yes/no)"),
    "matches_no_question": QT_TR_NOOP(
        "matches no question of this survey (by name or by its text in English or Spanish)"),
}
# Codes whose text has parameters, by name (a value as written in the file is quoted).
_WITH_PARAMS = {
    "not_a_team": QT_TR_NOOP("must be among {teams}"),
    "not_a_choice_of": QT_TR_NOOP("{choice} is not a choice of {key}"),
    "not_a_choice": QT_TR_NOOP("{value} is not a choice; choices: {choices}"),
    "not_a_survey_language": QT_TR_NOOP("must be one of {languages}"),
    "matches_several": QT_TR_NOOP("matches several questions: {questions}"),
    "second_column": QT_TR_NOOP("a second column for {key}"),
    "no_answer_column": QT_TR_NOOP("no column answers a question of {survey}"),
    # An online export's cell (core/imports/online/values.py), its value as written.
    "not_a_whole_number": QT_TR_NOOP("{value} is not a whole number"),
    "one_or_zero": QT_TR_NOOP("{value} must be 1 or 0"),
}
# "bad_email" by its detail (signup_rules.EMAIL_DETAILS); "" is any other of the checker's.
_EMAIL = {
    "no_at_sign": QT_TR_NOOP("is not an email address: it has no @-sign"),
    "too_long": QT_TR_NOOP("is too long for an email address"),
    "nothing_before_at": QT_TR_NOOP("is not an email address: nothing is before the @-sign"),
    "nothing_after_at": QT_TR_NOOP("is not an email address: nothing is after the @-sign"),
    "bad_dots": QT_TR_NOOP("is not a valid email address: check its dots and hyphens"),
    "bad_characters": QT_TR_NOOP(
        "is not a valid email address: it has characters an address cannot have"),
    "bad_domain": QT_TR_NOOP(
        "is not a valid email address: the part after the @-sign should be like example.org"),
    "": QT_TR_NOOP("is not a valid email address"),
}


def worded(code: str, params: Mapping[str, object], english: str) -> str:
    """Why a value is refused, in the interface's language, from core's `code` and `params`;
    `english` (core's reason) only for a code this does not know."""
    if code in ("answer", "answers"):  # as the kiosk says it (csv_reader.ANSWER_CODES)
        return _answers(code, params) or english
    if code == "bad_deck" and isinstance(message := params.get("message"), Message):
        from sos_desktop.words.errors import in_our_words

        return in_our_words(message)
    if code in _FIXED:
        return tr(_FIXED[code])
    if code == "bad_email":
        return tr(_EMAIL.get(str(params.get("detail", "")), _EMAIL[""]))
    if code == "too_long" and "limit" in params:
        return tr("is longer than {limit} characters").format(limit=params["limit"])
    if code in _WITH_PARAMS:
        try:
            return tr(_WITH_PARAMS[code]).format(**params)
        except (KeyError, IndexError, ValueError):  # params missing, or a broken translation
            return english
    if code == "too_many_cells" and {"cells", "header"} <= params.keys():
        return tr("%n cell(s) but the header has {header}", None,
                  int(str(params["cells"]))).format(header=params["header"])
    if code == "bad_minutes":
        from sos_desktop.core.visits.length import MINUTES_RANGE

        return tr("must be {low} to {high} minutes").format(low=MINUTES_RANGE[0],
                                                            high=MINUTES_RANGE[1])
    if code == "bad_idle":
        from sos_desktop.core.settings import IDLE_MAX, IDLE_MIN

        return tr("must be {low} to {high} seconds").format(low=IDLE_MIN, high=IDLE_MAX)
    return english


def _answers(code: str, params: Mapping[str, object]) -> str | None:
    from sos_desktop.core.surveys.answers import AnswerReason
    from sos_desktop.i18n import language
    from sos_desktop.words.answers import answer_text

    if code == "answer":
        found = params.get("reason")
        return answer_text(found, language()) if isinstance(found, AnswerReason) else None
    pairs = params.get("reasons")
    if not isinstance(pairs, tuple):
        return None
    return "; ".join(f"{key}: {answer_text(found, language())}" for key, found in pairs)


def reason(problem: Problem) -> str:
    """Why the value is refused, in the interface's language (core's own English for a
    problem without a known code)."""
    return worded(problem.code, problem.params, problem.reason)


def row_problem(error: object) -> str:
    """A rejected file's row problem (core's RowError: `line N, column C: reason`) in the
    organizer's language, worded from its code (a row error without one: core's reason)."""
    line, column, reason = (getattr(error, name, None) for name in ("line", "column", "reason"))
    if line is None or column is None or reason is None:
        return str(error)
    code = getattr(error, "code", "")
    if code:
        reason = worded(code, getattr(error, "params", {}), reason)
    return tr("line {line}, column {column}: {reason}").format(line=line, column=column,
                                                                reason=reason)
