"""Core's validation problems (visits, Settings) in the organizer's language, by Problem.code:
core keeps its English reason for logs and the command line; the window says it in Spanish."""

from __future__ import annotations

import re

from sos_desktop import i18n
from sos_desktop.core.errors import Problem
from sos_desktop.core.settings import IDLE_MAX, IDLE_MIN
from sos_desktop.core.visit_length import MINUTES_RANGE
from sos_desktop.i18n import QT_TR_NOOP, tr

_FIXED = {  # codes whose English is core's reason word for word
    "required": QT_TR_NOOP("is required"),
    "bad_date": QT_TR_NOOP("must be a date like 2026-10-14"),
    "bad_survey_key": QT_TR_NOOP("is not a survey key"),
    "paper_needs_survey": QT_TR_NOOP("answering on paper needs a survey; choose one"),
    "bad_language": QT_TR_NOOP("must be English, Español or the computer's language"),
    "unknown_survey": QT_TR_NOOP("is not a survey on this laptop"),
}


def reason(problem: Problem) -> str:
    """Why the value is refused, in the interface's language (core's words in English)."""
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return problem.reason
    code = problem.code
    if code in _FIXED:
        return tr(_FIXED[code])
    if code == "too_long" and (limit := re.search(r"\d+", problem.reason)):
        return tr("is longer than {limit} characters").format(limit=limit.group())
    if code == "bad_email":  # the email checker's own English names the detail
        return tr("is not a valid email address")
    if code == "bad_minutes":
        return tr("must be {low} to {high} minutes").format(low=MINUTES_RANGE[0],
                                                            high=MINUTES_RANGE[1])
    if code == "bad_idle":
        return tr("must be {low} to {high} seconds").format(low=IDLE_MIN, high=IDLE_MAX)
    if code == "bad_answer_mode":
        return tr("must be at the kiosk, on paper, or both")
    if code == "bad_deck" and problem.value:
        from sos_desktop.ui.deck_check import deck_problem_shown

        return deck_problem_shown(problem.value) or problem.reason
    return problem.reason


def problem_lines(problems: list[Problem], labels: dict[str, str]) -> str:
    """One "• Field: reason" line per problem; `labels` are QT_TR_NOOP texts by field."""
    lines = []
    for problem in problems:
        label = tr(labels[problem.field]) if problem.field in labels else problem.field
        lines.append(f"• {label.replace('&', '').rstrip(' *')}: {reason(problem)}")
    return "\n".join(lines)
