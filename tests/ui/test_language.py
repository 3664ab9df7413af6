"""Ensure the window speaks the language chosen in Settings, or else the computer's, and
that changing it in Settings rebuilds the window in the new language at once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from sos_desktop import i18n
from sos_desktop.core import settings
from sos_desktop.ui.app import show_main_window
from sos_desktop.ui.language import apply_language, language_for
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.settings.dialog import SettingsDialog


def test_a_fresh_data_folder_follows_the_computer(db, monkeypatch):
    monkeypatch.setattr("sos_desktop.ui.language.QLocale.system",
                        lambda: type("L", (), {"name": lambda self: "es_US"})())
    assert language_for(db) == "es"
    settings.save(db, settings.Settings(language="en"), set())
    assert language_for(db) == "en"


def test_qt_own_buttons_speak_spanish(qtbot):
    apply_language("es")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


def test_choosing_spanish_in_settings_rebuilds_the_window(db, qtbot, monkeypatch):
    settings.finish_first_run(db)
    first = show_main_window(db, MainWindow)
    first.setGeometry(40, 30, 1100, 650)

    def save_spanish(dialog: SettingsDialog) -> int:
        settings.save(db, settings.Settings(language="es"), set())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", save_spanish)
    assert first.open_settings()
    assert i18n.language() == "es"
    qtbot.waitUntil(lambda: not first.isVisible())
    [second] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]
    qtbot.addWidget(second)
    assert second.size() == first.size()
    assert second.rebuild is not None  # and it can change again


def test_qt_file_dialog_has_no_english_left_in_spanish(qtbot, tmp_path):
    """Ensure Qt's own file dialog (where the system has none, as on a bare Linux desktop)
    reads in Spanish: Qt 6.12's "&Look in:", "Files of &type:" and "Folder" are missing from
    its qtbase_es.qm, and showed in English in "Restore a backup" and every export."""
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel

    from tests.ui.spanish import english_left, spanish

    (tmp_path / "copias").mkdir()
    with spanish():
        dialog = QFileDialog(None, "Restaurar una copia de seguridad", str(tmp_path),
                             "Copias de seguridad (*.sqlite3)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Buscar en:", "&Tipo de archivo:"} <= labels
        assert english_left(dialog, allowed=[str(tmp_path), "root"]) == []
        files = dialog.findChild(QFileSystemModel)
        folder = files.index(str(tmp_path / "copias"))
        qtbot.waitUntil(lambda: files.index(folder.row(), 2, folder.parent()).data() is not None)
        assert files.index(folder.row(), 2, folder.parent()).data() == "Carpeta"
