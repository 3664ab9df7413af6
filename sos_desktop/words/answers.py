"""Why a survey answer is refused (core/surveys/answers.py AnswerReason), as a sentence in the
student's language: the kiosk's texts (`kiosk.tr`), so one Spanish serves the kiosk and the
organizer's windows (a paper review's, a typed-up sheet's refused row)."""

from __future__ import annotations

from sos_desktop.core.surveys.answers import AnswerCode, AnswerReason
from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN
from sos_desktop.i18n import kiosk


def _text(code: AnswerCode, language: str) -> str:
    match code:
        case AnswerCode.REQUIRED:
            return kiosk.tr("Please answer this question.", language=language)
        case AnswerCode.CHOICE:
            return kiosk.tr("Please pick one of the choices shown.", language=language)
        case AnswerCode.CHOICES:
            return kiosk.tr("Please pick only from the choices shown.", language=language)
        case AnswerCode.SCALE:
            return kiosk.tr("Please pick a number from {low} to {high}.", language=language)
        case AnswerCode.NUMBER:
            return kiosk.tr("Please type a whole number.", language=language)
        case AnswerCode.TEXT:
            return kiosk.tr("Please type your answer as text.", language=language)
        case AnswerCode.MIN:
            return kiosk.tr("Please enter {n} or more.", language=language)
        case AnswerCode.MAX:
            return kiosk.tr("Please enter {n} or less.", language=language)
        case AnswerCode.MAX_LENGTH:
            return kiosk.tr("Please keep it to {n} characters or fewer.", language=language)
        case AnswerCode.MAX_COUNT:
            return kiosk.tr("Please pick at most {n}.", language=language)
        case _:  # UNKNOWN, met in files only (AUTHORED is the survey's own text)
            return kiosk.tr("not a question in this survey", language=language)


def answer_text(reason: AnswerReason, language: str) -> str:
    """`reason` in `language`: the survey's own message in it when the survey gives one."""
    if reason.authored is not None:
        return reason.authored.get(language)
    return _text(reason.code, language).format(n=reason.n, low=SCALE_MIN, high=SCALE_MAX)
