"""Ensure Surveys → Export's dialog reads wholly in the pseudo-locale and cuts no text
(issue 19). Survey titles are data."""

from __future__ import annotations

from sos_desktop.ui.surveys.export_dialog import SurveyExportDialog
from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop

SURVEYS = [("hillhouse-cross", "Hillhouse/Cross Student Survey"),
           ("nhps-other", "All Other NHPS Student Survey")]


def test_survey_export_dialog(qtbot, pseudo):
    dialog = SurveyExportDialog(SURVEYS)
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    shot(dialog, "survey-export")
    assert plain_english(dialog, [text for pair in SURVEYS for text in pair]) == []
    assert cut_texts(dialog) == []


def test_what_the_export_says(qtbot, db, tmp_path, monkeypatch, pseudo):
    """After Surveys ▸ Export: where the file went, or why it could not be written."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from sos_desktop.ui.surveys.export_dialog import export_survey_from_window
    from tests.pseudo import english_words

    monkeypatch.setattr(SurveyExportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    for target in (tmp_path / "form", tmp_path / "gone" / "form"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        export_survey_from_window(db, None)
    assert len(told) == 2
    data = [str(tmp_path), *(text for pair in SURVEYS for text in pair)]
    assert [text for text in told if english_words(text, data)] == []
