"""Surveys → Export: pick a survey and a format, save, and the file reads back the same."""

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from sos_desktop.core.surveys.check import check_survey_file
from sos_desktop.core.surveys.store import latest_definition
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.surveys.export_dialog import SurveyExportDialog, export_survey_from_window


def test_window_has_surveys_menu_with_export(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert [a.text() for a in window.surveys_menu.actions()] == [
        "&Export a survey (XLSForm for KoboToolbox, or YAML)…"]


def test_export_writes_the_chosen_survey_and_format(qtbot, db, tmp_path, monkeypatch):
    def choose(dialog):
        dialog.survey.setCurrentIndex(dialog.survey.findData("nhps-other"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SurveyExportDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "online-form"), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    path = export_survey_from_window(db, None)
    assert path == tmp_path / "online-form.xlsx" and "nhps-other" in told[0]
    back, problems = check_survey_file(path)
    assert problems == []
    assert back.content_hash == latest_definition(db, "nhps-other")[1].content_hash
