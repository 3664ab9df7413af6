"""Core's validation problems (a visit's fields, Settings) in the interface's language, by
Problem.code: core keeps its English reason for logs; the window and the command line both
say it through here. No Qt: the command line uses it too."""

from __future__ import annotations

import re

from sos_desktop import i18n
from sos_desktop.core.errors import Problem
from sos_desktop.i18n import QT_TR_NOOP, tr

_FIXED = {  # codes whose English is core's reason word for word
    "required": QT_TR_NOOP("is required"),
    "bad_date": QT_TR_NOOP("must be a date like 2026-10-14"),
    "bad_survey_key": QT_TR_NOOP("is not a survey key"),
    "paper_needs_survey": QT_TR_NOOP("answering on paper needs a survey; choose one"),
    "bad_language": QT_TR_NOOP("must be English, Español or the computer's language"),
    "unknown_survey": QT_TR_NOOP("is not a survey on this laptop"),
    "bad_url": QT_TR_NOOP("must be a web address like https://ee.kobotoolbox.org/x/abc123"),
}


def reason(problem: Problem) -> str:
    """Why the value is refused, in the interface's language (core's own words in English,
    and for a problem without a known code)."""
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
        from sos_desktop.core.visit_length import MINUTES_RANGE

        return tr("must be {low} to {high} minutes").format(low=MINUTES_RANGE[0],
                                                            high=MINUTES_RANGE[1])
    if code == "bad_idle":
        from sos_desktop.core.settings import IDLE_MAX, IDLE_MIN

        return tr("must be {low} to {high} seconds").format(low=IDLE_MIN, high=IDLE_MAX)
    if code == "bad_answer_mode":
        return tr("must be at the kiosk, on paper, or both")
    return problem.reason
