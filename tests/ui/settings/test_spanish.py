"""Ensure the Settings dialog and the first-run guide read in Spanish at every step, and that
choosing Spanish in the guide switches the window at once and goes on with the next step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sos_desktop import i18n
from sos_desktop.core import settings
from sos_desktop.core.errors import Problem
from sos_desktop.core.storage.store import open_database
from sos_desktop.ui.app import show_main_window
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.settings.dialog import SettingsDialog
from sos_desktop.ui.settings.guide_controller import STEPS
from tests.ui.spanish import english_left, spanish

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]


def test_settings_dialog_with_problems_reads_in_spanish(qtbot, db, data_dir):
    with spanish():
        dialog = SettingsDialog(db, lambda: SURVEYS)
        qtbot.addWidget(dialog)
        dialog.show()
        assert [dialog.language.itemText(i) for i in range(dialog.language.count())][1:] == [
            "English", "Español"]
        assert dialog.language.itemText(0).startswith("El idioma de esta computadora (")
        dialog.show_problems([Problem("kiosk_idle_seconds", "5", "must be 30 to 600 seconds",
                                      "bad_idle")])
        assert dialog.errors.text() == (
            "• Tiempo de inactividad del quiosco: debe ser de 30 a 600 segundos")
        assert english_left(dialog, [str(data_dir), "All Other NHPS Student Survey"]) == []


def test_settings_offers_to_follow_the_computer(qtbot, db, monkeypatch):
    monkeypatch.setattr("sos_desktop.ui.settings.dialog.QLocale.system",
                        lambda: type("L", (), {"name": lambda self: "es_US"})())
    settings.save(db, settings.Settings(language="en"), set())
    dialog = SettingsDialog(db, lambda: SURVEYS)
    qtbot.addWidget(dialog)
    assert dialog.language.itemText(0) == "Same as this computer (Español)"
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(0)
    assert dialog.values().language == settings.FOLLOW_COMPUTER


def test_every_guide_step_reads_in_spanish(qtbot, tmp_path):
    fresh = open_database(tmp_path / "fresh")
    with spanish():
        window = MainWindow(fresh, lambda: SURVEYS)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        guide = window.guide
        assert guide is not None
        for index in range(len(STEPS)):
            guide.start(index)
            assert guide.counter.text() == f"Paso {index + 1} de {len(STEPS)}"
            assert english_left(guide) == [], index
        assert guide.language_buttons["es"].text() == "Español"


def test_choosing_spanish_in_the_guide_switches_the_window_and_goes_on(qtbot, tmp_path):
    """The language step is the first: Español rebuilds the window in Spanish and its guide
    shows the PIN step (the next one), not the language step again."""
    fresh = open_database(tmp_path / "fresh")
    first = show_main_window(fresh, MainWindow)  # deleted once rebuilt: not qtbot's to close
    assert first.guide.title.text() == "Interface language"
    qtbot.mouseClick(first.guide.language_buttons["es"], Qt.MouseButton.LeftButton)
    assert settings.load(fresh).language == "es" and i18n.language() == "es"
    qtbot.waitUntil(lambda: not first.isVisible())
    [second] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]
    qtbot.addWidget(second)
    assert second.guide is not None
    assert second.guide.counter.text() == "Paso 2 de 4"
    assert second.guide.title.text() == "PIN de organizador/a"
    assert second.new_button.text() == "&Nueva visita…"
