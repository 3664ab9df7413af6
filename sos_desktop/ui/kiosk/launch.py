"""Start the kiosk for a visit: PIN on first use, the visit's survey, full screen on the laptop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from sos_desktop import languages
from sos_desktop.core import settings
from sos_desktop.core.errors import SosError
from sos_desktop.core.kiosk.flow import KioskFlow
from sos_desktop.core.kiosk.idle import IdleWatch
from sos_desktop.core.kiosk.pin import has_pin
from sos_desktop.core.kiosk.saving import KioskSaver
from sos_desktop.core.kiosk.survey_runner import DefinitionRunner
from sos_desktop.core.storage.db import Database
from sos_desktop.core.surveys.store import current_definition
from sos_desktop.core.visits.store import VisitSummary, get_visit
from sos_desktop.i18n import tr
from sos_desktop.ui.kiosk.consent import consent_wordings
from sos_desktop.ui.kiosk.pin_dialog import SetPinDialog
from sos_desktop.ui.kiosk.window import KioskWindow
from sos_desktop.ui.presentation.placement import move_to


def kiosk_visit(db: Database, visit_id: str) -> VisitSummary:
    """The visit the kiosk would collect for. Raises SosError for a closed/unknown visit."""
    visit = get_visit(db, visit_id)
    if visit.closed:
        raise SosError(tr("The visit to {school} — {group} is closed. Reopen it to start the "
                          "kiosk.").format(school=visit.school, group=visit.group_name))
    return visit


def build_kiosk(
    db: Database, visit_id: str, idle: IdleWatch | None = None, **window_kw: Any
) -> KioskWindow:
    """The kiosk window for a visit, not yet shown. Raises SosError for a closed/unknown visit."""
    visit = kiosk_visit(db, visit_id)
    runner, definition_id, title = None, "", ""
    if visit.survey_key:
        definition_id, survey = current_definition(db, visit.survey_key)
        runner = DefinitionRunner(survey)
        if visit.survey_at_kiosk:  # on the welcome, before a language is chosen: both
            title = " · ".join(dict.fromkeys(survey.title.get(code) for code in languages.codes()))

    saver = KioskSaver(db, visit_id, definition_id, runner.survey if runner else None,
                       consent=consent_wordings)
    if idle is None:  # the organizer's idle time from Settings
        idle = IdleWatch(idle_after=settings.load(db).kiosk_idle_seconds)
    flow = KioskFlow(runner, saver.save_response, saver.save_signup,
                     survey_on_paper=not visit.survey_at_kiosk, settle=saver.settle)
    window = KioskWindow(flow, db, survey_title=title, idle=idle, **window_kw)
    window.left.connect(saver.close)
    return window


def laptop_screen() -> QScreen:
    # The presenter's own screen: the projector (if any) is the non-primary one.
    return QGuiApplication.primaryScreen()


def ensure_pin(db: Database, parent: QWidget | None, before_talk: bool = False) -> bool:
    """True once the organizer PIN exists: asked for now if it was never set."""
    if has_pin(db):
        return True
    return SetPinDialog(db, parent, before_talk=before_talk).exec() == \
        SetPinDialog.DialogCode.Accepted


def start_kiosk(
    db: Database,
    visit_id: str,
    parent: QWidget | None = None,
    on_exit: Callable[[], None] | None = None,
) -> KioskWindow | None:
    """Passphrase and PIN set-up on first use, then the kiosk full screen. None if the
    organizer cancelled. The kiosk seals with the public key: the private key is forgotten."""
    from sos_desktop.ui.security.passphrase_dialog import ensure_keys

    kiosk_visit(db, visit_id)  # a wrong or closed visit is said before any set-up is asked
    if not ensure_keys(db, parent):
        return None
    if not ensure_pin(db, parent):
        return None
    db.lock()
    window = build_kiosk(db, visit_id)
    if on_exit is not None:
        window.left.connect(on_exit)
    move_to(window, laptop_screen(), full_screen=True)
    window.activateWindow()
    return window
