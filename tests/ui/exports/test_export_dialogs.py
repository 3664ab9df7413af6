"""The export dialogs on their own: whole survey titles, the choices they return, the row
count before writing, and file dialogs that open where the organizer last was."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from sos_desktop.core import settings
from sos_desktop.ui.exports.choices import ReportChoice, ResponsesChoice, SurveyOption
from sos_desktop.ui.exports.dialogs import ResponsesExportDialog, VisitReportDialog
from sos_desktop.ui.exports.view import SignupExportDialog
from sos_desktop.ui.file_dialogs import open_path, save_path

SURVEYS = [
    SurveyOption("hillhouse-cross", "Hillhouse/Cross Student Survey", ("en", "es"),
                 (("v1", "Wilbur Cross High School — Civics 3, 2026-10-14"),)),
    SurveyOption("nhps-other", "All Other NHPS Student Survey", ("en",), ()),
]


def test_responses_dialog_shows_whole_titles_and_returns_the_choice(qtbot):
    dialog = ResponsesExportDialog(SURVEYS)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.survey
    assert [combo.itemText(i) for i in range(combo.count())] == [s.title for s in SURVEYS]
    width = combo.fontMetrics().horizontalAdvance("Hillhouse/Cross Student Survey")
    assert combo.width() > width  # not cut
    assert dialog.visit.count() == 2 and dialog.visit.itemData(1) == "v1"
    assert not dialog.language.isEnabled()  # codes need no language
    dialog.labels.setChecked(True)
    dialog.visit.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.choice() == ResponsesChoice("hillhouse-cross", True, "es", "v1", False)
    dialog.survey.setCurrentIndex(1)  # another survey: its own visits and languages
    assert dialog.visit.count() == 1 and dialog.language.count() == 1
    assert dialog.choice().visit_id is None


def test_visit_report_dialog_returns_its_options(qtbot):
    dialog = VisitReportDialog("Wilbur Cross High School — Civics 3")
    qtbot.addWidget(dialog)
    assert dialog.choice() == ReportChoice(False, False, "en")
    dialog.free_text.setChecked(True)
    dialog.signups.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.choice() == ReportChoice(True, True, "es")


def test_signup_dialog_says_how_many_rows_before_writing(qtbot, tmp_path):
    asked = []

    def preview(profile, new_only):
        asked.append((profile, new_only))
        return f"{profile} {new_only}"

    dialog = SignupExportDialog(["generic", "mailchimp"], preview=preview,
                                pick_path=lambda name: tmp_path / name)
    qtbot.addWidget(dialog)
    # Counted beside the dialog (it opens sealed contacts): the label follows the choice.
    qtbot.waitUntil(lambda: dialog.count.text() == "mailchimp True")
    dialog.all.setChecked(True)
    qtbot.waitUntil(lambda: dialog.count.text() == "mailchimp False")
    dialog.profile.setCurrentText("generic")
    qtbot.waitUntil(lambda: dialog.count.text() == "generic False")
    dialog.profile.setCurrentText("mailchimp")  # counted once per choice
    assert dialog.count.text() == "mailchimp False" and asked.count(("mailchimp", False)) == 1


def test_file_dialogs_open_in_the_last_folder_used(db, tmp_path, monkeypatch):
    """Ensure a file chosen in one dialog makes the next open in its folder, by name."""
    stick = tmp_path / "USB"
    stick.mkdir()
    seen = []

    def fake_save(parent, title, start, pattern):
        seen.append(start)
        return str(stick / "visit.pdf"), pattern

    def fake_open(parent, title, start, pattern):
        seen.append(start)
        return "", pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    assert save_path(None, db, "t", "report.pdf", "*.pdf") == stick / "visit.pdf"
    assert seen[0] == str(Path.home() / "report.pdf")
    assert open_path(None, db, "t", "*.csv") is None
    assert seen[1] == str(stick.resolve())
    save_path(None, db, "t", "signups.csv", "*.csv")
    assert seen[2] == str(stick.resolve() / "signups.csv")
    assert settings.last_folder(db) == str(stick.resolve())
