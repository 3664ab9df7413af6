"""The Export menu's entries, and how a message names one ("Export → …"): apart
from menu.py so the controllers that name a menu item do not import the menu that builds them."""

from __future__ import annotations

from sos_desktop.i18n import QT_TR_NOOP, tr

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


def menu_path(method: str) -> str:
    """How a message names an Export menu item: "Export → Survey answers (CSV + codebook)…"."""
    text = next(text for text, name in ENTRIES if name == method)
    return tr("E&xport").replace("&", "") + " → " + tr(text).replace("&", "")
