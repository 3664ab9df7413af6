"""A SyncView that answers the export and import controllers without any dialog."""

from pathlib import Path

from sos_desktop.ui.exports.choices import ReportChoice, ResponsesChoice
from sos_desktop.ui.exports.types import SignupChoice


class FakeView:
    """Answers the controller's questions without any dialog."""

    def __init__(self, tmp_path: Path, visit_id: str | None = None) -> None:
        self.tmp_path, self.visit_id = tmp_path, visit_id
        self.messages: list[str] = []
        self.errors: list[str] = []
        self.progress: list[tuple[int, int]] = []
        self.refreshed = 0
        self.open_path: Path | None = None

    def selected_visit_id(self):
        return self.visit_id

    def ask_passphrase(self):
        from tests.conftest import PASSPHRASE

        return PASSPHRASE

    def set_up_keys(self, db):
        raise AssertionError("the db fixture has keys: no first-run dialog")

    def ask_signup_export(self, profiles, preview):
        assert "action-network" in profiles
        self.preview = preview("action-network", True)  # what the dialog shows before Save
        return SignupChoice("action-network", True, False, self.tmp_path / "an.csv")

    def ask_responses_export(self, surveys):
        self.surveys = surveys
        keys = [s.key for s in surveys]
        key = "tiny" if "tiny" in keys else keys[0]
        return getattr(self, "responses_choice", None) or ResponsesChoice(
            key, False, "en", None, False)

    def ask_visit_report(self, visit):
        self.report_visit = visit
        return getattr(self, "report_choice", None) or ReportChoice(False, False, "en")

    def ask_save_path(self, title, suggested, pattern):
        return self.tmp_path / suggested

    def ask_open_path(self, title, pattern):
        return self.open_path

    def ask_survey(self, surveys):
        # The tests' own survey when stored (the built-in ones are always there too).
        keys = [key for key, _title in surveys]
        return "tiny" if "tiny" in keys else (keys[0] if keys else None)

    def ask_period(self):
        from datetime import date

        return date(2026, 8, 1), date(2026, 12, 31)

    def confirm(self, question):
        self.questions = [*getattr(self, "questions", []), question]
        return True

    def confirm_again(self, question):
        self.again_questions = [*getattr(self, "again_questions", []), question]
        return getattr(self, "again", False)

    def run_with_progress(self, label, task):
        return task(lambda done, total: self.progress.append((done, total)))

    def show_message(self, text):
        self.messages.append(text)

    def show_error(self, text):
        self.errors.append(text)

    def refresh(self):
        self.refreshed += 1

    def show_laptops(self, team):
        self.team = team
