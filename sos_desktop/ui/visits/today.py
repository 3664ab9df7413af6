"""Before presenting, starting the kiosk or scanning for a visit not dated today: ask, and
offer to move it to today. Otherwise tomorrow's visit collects today's class without a word,
and the CRM file says `visit_date` tomorrow, `signup_date` today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits.store import VisitSummary, get_visit, move_to_day
from sos_desktop.i18n import tr
from sos_desktop.ui.visits.table import day_text
from sos_desktop.words.errors import in_our_words

MOVE, KEEP, CANCEL = "move", "keep", "cancel"


def ask_about_date(parent: QWidget | None, visit: VisitSummary, today: date) -> str:
    """MOVE, KEEP or CANCEL, asked in a message box."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Not today's visit"), tr(
        "The visit to {school} — {group} is dated {date}, not today ({today}).\n\n"
        "Answers and sign-ups collected now are filed under the visit's date. Move the visit "
        "to today first?").format(school=visit.school, group=visit.group_name,
                                  date=day_text(visit.visit_date), today=day_text(today)),
        QMessageBox.StandardButton.NoButton, parent)
    move = box.addButton(tr("&Move it to today"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("&Keep its date"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(move)
    box.exec()
    clicked = box.clickedButton()
    return MOVE if clicked is move else KEEP if clicked is keep else CANCEL


def dated_today(db: Database, visit: VisitSummary, parent: QWidget | None,
                today: date | None = None,
                ask: Callable[[QWidget | None, VisitSummary, date], str] | None = None,
                ) -> VisitSummary | None:
    """The visit to go on with (moved to today if the organizer chose so), or None when they
    cancelled or the move failed (said in a message)."""
    today = today or date.today()
    if visit.visit_date == today:
        return visit
    answer = (ask or ask_about_date)(parent, visit, today)
    if answer == CANCEL:
        return None
    if answer == KEEP:
        return visit
    try:
        move_to_day(db, visit.id, today)
    except SosError as exc:
        QMessageBox.warning(parent, "SOS Desktop", in_our_words(exc))
        return None
    return get_visit(db, visit.id)
