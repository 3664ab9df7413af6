"""Ensure the main windows read wholly in the pseudo-locale (no plain English left, issue 19)
and that no label or button cuts its ~30% longer text at 1366×768."""

from __future__ import annotations

from sos_desktop.core.visits.store import validate_visit
from sos_desktop.i18n import tr
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.settings.dialog import SettingsDialog
from sos_desktop.ui.visits.dialog import VisitDialog
from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]
DATA = ["Wilbur Cross High School", "Civics 3", "Ms. Alvarez", "All Other NHPS Student Survey",
        "nhps-other", "SOS", "CRM"]


def test_main_window_in_the_pseudo_locale(qtbot, db, visit_id, pseudo):
    window = MainWindow(db, lambda: SURVEYS)
    qtbot.addWidget(window)
    show_on_laptop(window)
    shot(window, "main")
    assert plain_english(window, DATA) == []
    assert cut_texts(window) == []


def test_settings_dialog_in_the_pseudo_locale(qtbot, db, data_dir, pseudo):
    from sos_desktop.core.errors import Problem

    dialog = SettingsDialog(db, lambda: SURVEYS)
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    dialog.show_problems([
        Problem("kiosk_idle_seconds", "5", "must be 30 to 600 seconds", "bad_idle"),
        Problem("online_form_url", "x", "must be a web address", "bad_url")])
    shot(dialog, "settings")
    assert plain_english(dialog, [*DATA, str(data_dir)]) == []
    assert cut_texts(dialog) == []


def test_visit_dialog_in_the_pseudo_locale(qtbot, pseudo):
    dialog = VisitDialog(tr("New visit"), {"visit_date": "2026-13-45"}, validate_visit, SURVEYS,
                         check_deck=lambda _deck: None)
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    dialog.educator_email.setText("alvarez@nhps")
    dialog.answer_mode.setCurrentIndex(dialog.answer_mode.findData("paper"))
    dialog.survey_key.setCurrentIndex(0)
    dialog._try_accept()  # the problems shown under the form are in the pseudo-locale too
    shot(dialog, "visit")
    assert plain_english(dialog, DATA) == []
    assert cut_texts(dialog) == []


def test_every_first_run_guide_step_in_the_pseudo_locale(qtbot, tmp_path, pseudo):
    from sos_desktop.core.storage.store import open_database
    from sos_desktop.ui.settings.guide_controller import STEPS

    window = MainWindow(open_database(tmp_path / "fresh"), lambda: SURVEYS)
    qtbot.addWidget(window)
    show_on_laptop(window)
    assert window.guide is not None
    for index in range(len(STEPS)):
        window.guide.start(index)
        shot(window, f"guide-{index}")
        assert plain_english(window.guide, DATA) == [], index
        assert cut_texts(window.guide) == [], index


def test_passphrase_dialog_in_the_pseudo_locale(qtbot, pseudo):
    from sos_desktop.ui.security.passphrase_dialog import SetPassphraseDialog

    dialog = SetPassphraseDialog(lambda _passphrase: None)
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    shot(dialog, "passphrase")
    assert plain_english(dialog) == []
    assert cut_texts(dialog) == []


def test_settings_refusals_in_the_pseudo_locale(qtbot, db, data_dir, monkeypatch, pseudo):
    """Settings saved with a form address that is no web address (core's problem, worded under
    the form) and a data folder the file manager cannot open (a warning)."""
    from PySide6.QtWidgets import QMessageBox

    from tests.pseudo import english_words

    dialog = SettingsDialog(db, lambda: SURVEYS)
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    dialog.form_url.setText("not a web address")
    assert not dialog.controller.save(dialog.values())
    assert plain_english(dialog, [*DATA, str(data_dir), "not a web address"]) == []
    assert cut_texts(dialog) == []
    told = []
    monkeypatch.setattr(dialog, "open_folder", lambda _folder: False)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.extend(a[1:3]))
    dialog.controller.open_data_folder()
    assert told and [text for text in told if english_words(text, [str(data_dir)])] == []


def test_unplanned_errors_in_the_pseudo_locale(tmp_path, pseudo):
    """The message for an error the window did not plan for (a bug: the log named), and for a
    disk that filled up; the program's own detail ("something broke", SQLite's) is data."""
    import sqlite3
    import sys

    from sos_desktop.core.logs import log_path
    from sos_desktop.core.storage import failures
    from sos_desktop.ui.app import error_hook
    from sos_desktop.words.errors import in_our_words
    from tests.pseudo import english_words

    path = tmp_path / "sos-desktop.sqlite3"
    shown: list[str] = []
    hook = error_hook(path, shown.append)
    try:
        raise RuntimeError("something broke")
    except RuntimeError:
        hook(*sys.exc_info())
    full = sqlite3.OperationalError("database or disk is full")
    shown.append(in_our_words(failures.describe(full, path, failures.Doing.OPEN)))
    data = [str(path), str(log_path()), "something broke", "RuntimeError",
            "(database or disk is full)"]
    assert [(text, e) for text in shown if (e := english_words(text, data))] == []
