"""The main window's Export menu. Kept light: the dialogs and services load on first use, so
the visit list still opens fast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from sos_desktop.core.db import Database
from sos_desktop.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from sos_desktop.ui.main_window import MainWindow

ENTRIES = (
    (QT_TR_NOOP("Sign-ups for the &CRM…"), "export_signups"),
    (QT_TR_NOOP("Mark the last CRM export as &imported…"), "mark_last_imported"),
    (QT_TR_NOOP("Survey &answers (CSV + codebook)…"), "export_responses"),
    (QT_TR_NOOP("&Visit report (PDF)…"), "visit_report"),
    (QT_TR_NOOP("&Season report (PDF)…"), "season_report"),
    (QT_TR_NOOP("&Paper sign-in sheet (PDF)…"), "signin_sheet"),
    # Answer sheets to scan are printed from Paper → Print answer sheets…; these forms are
    # for typing up by hand (Import → Typed-up paper surveys) when the laptop cannot read them.
    (QT_TR_NOOP("Typed-up form for a dead laptop, &English (PDF)…"), "paper_survey_en"),
    (QT_TR_NOOP("Typed-up form for a dead laptop, españo&l (PDF)…"), "paper_survey_es"),
    (QT_TR_NOOP("&Bundle for another laptop…"), "export_bundle"),
    (QT_TR_NOOP("&Merge a bundle from another laptop…"), "import_bundle"),
    (QT_TR_NOOP("Records that came in &different from ours…"), "show_conflicts"),
    (QT_TR_NOOP("&Team laptops that send bundles…"), "team_laptops"),
)


IMPORT_ENTRIES = (
    (QT_TR_NOOP("Typed-up &sign-in sheet (CSV)…"), "signin_sheet"),
    (QT_TR_NOOP("Typed-up &paper surveys (CSV)…"), "paper_surveys"),
    (QT_TR_NOOP("&Online answers: KoboToolbox, ODK, Google Forms (CSV)…"), "online_answers"),
)


def menu_path(method: str) -> str:
    """How a message names an Export menu item: "Export → Survey answers (CSV + codebook)…"."""
    text = next(text for text, name in ENTRIES if name == method)
    return tr("E&xport").replace("&", "") + " → " + tr(text).replace("&", "")


def install_export_menu(window: MainWindow, db: Database) -> None:
    """Add "Export" to the window's menu bar; `window.selected_visit()` gives the visit."""
    menu = window.menuBar().addMenu(tr("E&xport"))
    holder: dict = {}

    def controller():  # created on first use
        if "c" not in holder:
            from sos_desktop.ui.exports.controller import SyncController
            from sos_desktop.ui.exports.view import WindowSyncView

            holder["c"] = SyncController(db, WindowSyncView(window))
        return holder["c"]

    for text, method in ENTRIES:
        action = QAction(tr(text), window)
        action.triggered.connect(lambda _c=False, m=method: getattr(controller(), m)())
        menu.addAction(action)
    window.sync_menu = menu  # type: ignore[attr-defined]  # for tests and the lead

    imports = window.menuBar().addMenu(tr("&Import"))

    def importer():  # created on first use
        if "i" not in holder:
            from sos_desktop.ui.imports.controller import ImportController

            holder["i"] = ImportController(db, controller().view)
        return holder["i"]

    for text, method in IMPORT_ENTRIES:
        action = QAction(tr(text), window)
        action.triggered.connect(lambda _c=False, m=method: getattr(importer(), m)())
        imports.addAction(action)
    window.import_menu = imports  # type: ignore[attr-defined]
