"""What each column of an online export becomes, in the organizer's language: the command
line's `--dry-run` listing and the window's mapping table say it the same way."""

from __future__ import annotations

from sos_desktop.i18n import QT_TR_NOOP, tr

_ROLES = {
    "question": QT_TR_NOOP("answers {question}"),
    "choice": QT_TR_NOOP("answers {question} (choice {choice})"),
    "note": QT_TR_NOOP("note {question}: nothing to store"),
    "submission": QT_TR_NOOP("submission id: recognises a second import, not stored"),
    "time": QT_TR_NOOP("time: dropped (answers keep the visit's date)"),
    "identifying": QT_TR_NOOP("identifies a person: dropped, never stored"),
    "metadata": QT_TR_NOOP("export bookkeeping: ignored"),
    "unmapped": QT_TR_NOOP("matches no question: fix or remove the column"),
    "ambiguous": QT_TR_NOOP("matches several questions ({candidates}): rename the column"),
    "twice": QT_TR_NOOP("a second column for {question}"),
}
SOURCES = {"kobo": "KoboToolbox", "odk": "ODK", "google": "Google Forms"}


def role_text(plan) -> str:  # (ColumnPlan) -> what the column becomes, translated
    return tr(_ROLES[plan.role]).format(question=plan.question_key, choice=plan.choice_key,
                                        candidates=", ".join(plan.candidates))
