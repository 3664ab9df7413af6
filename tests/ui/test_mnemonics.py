"""Ensure no two Alt-key letters clash in the main window and the dialogs that have letters, in
English and in Spanish: with a clash, Alt+P only moved the focus to "Present" and never opened
"Paper"."""

from __future__ import annotations

import pytest

from sos_desktop.core.visits.store import create_visit, validate_visit
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.visits.dialog import VisitDialog
from tests.ui.mnemonics import mnemonic_clashes
from tests.ui.spanish import spanish

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]


@pytest.fixture(params=["en", "es"])
def in_language(request):
    if request.param == "es":
        with spanish():
            yield
    else:
        yield


@pytest.mark.parametrize("closed", [False, True])
def test_main_window_letters_do_not_clash(qtbot, db, in_language, closed):
    """The button bar (with "Close visit" or "Reopen visit") and the menu bar together, and
    each menu's items."""
    visit_id = create_visit(db, {"school": "Hillhouse", "group_name": "Civics",
                                 "visit_date": "2026-10-21"})
    if closed:
        from sos_desktop.core.visits.store import set_closed

        set_closed(db, visit_id, True)
    window = MainWindow(db, lambda: SURVEYS)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.table.selectRow(0)
    assert mnemonic_clashes(window) == {}


def test_visit_dialog_letters_do_not_clash(qtbot, in_language):
    dialog = VisitDialog("Visit", {}, validate_visit, SURVEYS, check_deck=lambda _deck: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert mnemonic_clashes(dialog) == {}


def test_settings_and_paper_dialogs_letters_do_not_clash(qtbot, db, in_language):
    from sos_desktop.ui.exports.view import SignupExportDialog
    from sos_desktop.ui.scan.sheet_files_view import PrintSheetsDialog
    from sos_desktop.ui.settings.dialog import SettingsDialog

    for dialog in (SettingsDialog(db, lambda: SURVEYS),
                   PrintSheetsDialog("Survey", "Hillhouse — Civics", ["en", "es"]),
                   SignupExportDialog(["generic", "mailchimp"])):
        qtbot.addWidget(dialog)
        dialog.show()
        assert mnemonic_clashes(dialog) == {}, type(dialog).__name__
