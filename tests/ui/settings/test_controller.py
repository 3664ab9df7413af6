"""Settings and guide logic with fake views on a real database: no window opened."""

from pathlib import Path

from sos_desktop.core import settings
from sos_desktop.core.kiosk.pin import has_pin, set_pin
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.visits.store import create_visit
from sos_desktop.ui.settings.controller import SettingsController
from sos_desktop.ui.settings.guide_controller import STEPS, GuideController

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]


class FakeSettingsView:
    def __init__(self, db, folder_opens=True):
        self.db, self.folder_opens = db, folder_opens
        self.shown, self.problems, self.errors, self.asked, self.opened = None, [], [], [], []

    def show_settings(self, values):
        self.shown = values

    def show_protection(self, pin_set, keys_set):
        self.protection = (pin_set, keys_set)

    def show_problems(self, problems):
        self.problems = problems

    def ask_new_pin(self):
        self.asked.append("new")
        set_pin(self.db, "2468")
        return True

    def ask_pin_change(self):
        self.asked.append("change")
        return False

    def ask_passphrase(self):
        self.asked.append("passphrase")
        return False

    def open_folder(self, folder):
        self.opened.append(folder)
        return self.folder_opens

    def show_error(self, message):
        self.errors.append(message)


def test_settings_show_what_is_stored_and_save_checks_in_core(db):
    view = FakeSettingsView(db)
    controller = SettingsController(db, view, lambda: SURVEYS)
    controller.load()
    assert view.shown == settings.Settings() and view.protection == (False, True)
    assert not controller.save(settings.Settings(kiosk_idle_seconds=5))
    assert [p.field for p in view.problems] == ["kiosk_idle_seconds"]
    assert controller.save(settings.Settings("es", 60, "nhps-other", ""))
    assert settings.load(db).kiosk_idle_seconds == 60


def test_pin_button_sets_a_first_pin_then_asks_for_the_current_one(db):
    """Ensure changing an existing PIN goes through the old-PIN dialog, never a plain set."""
    view = FakeSettingsView(db)
    controller = SettingsController(db, view, lambda: SURVEYS)
    controller.pin()
    assert view.asked == ["new"] and has_pin(db) and view.protection[0]
    controller.pin()
    assert view.asked == ["new", "change"]


def test_passphrase_is_offered_only_while_there_is_none(db, tmp_path):
    view = FakeSettingsView(db)
    SettingsController(db, view, lambda: SURVEYS).passphrase()
    assert view.asked == []  # the db fixture already has keys
    fresh = open_database(tmp_path / "fresh")
    view = FakeSettingsView(fresh)
    SettingsController(fresh, view, lambda: SURVEYS).passphrase()
    assert view.asked == ["passphrase"]


def test_data_folder_that_cannot_open_says_where_it_is(db):
    view = FakeSettingsView(db, folder_opens=False)
    controller = SettingsController(db, view, lambda: SURVEYS)
    controller.open_data_folder()
    assert view.opened == [Path(db.path).parent]
    assert str(Path(db.path).parent) in view.errors[0]


class FakeGuideView:
    def __init__(self, db, do=()):
        self.db, self.do = db, set(do)
        self.steps, self.asked, self.closed, self.languages = [], [], False, []

    def show_step(self, number, count, step, done):
        self.steps.append((number, step.key, done))

    def ask_new_pin(self):
        self.asked.append("pin")
        if "pin" in self.do:
            set_pin(self.db, "2468")
        return "pin" in self.do

    def ask_passphrase(self):
        self.asked.append("passphrase")
        if "passphrase" in self.do:
            keystore.create(self.db, "correct horse battery staple")
        return "passphrase" in self.do

    def ask_first_visit(self):
        self.asked.append("visit")
        if "visit" in self.do:
            create_visit(self.db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14"})
        return "visit" in self.do

    def switch_language(self, code):
        self.languages.append(code)

    def close_guide(self):
        self.closed = True


def test_guide_moves_on_after_each_done_step_and_closes_for_good(tmp_path):
    fresh = open_database(tmp_path / "fresh")
    view = FakeGuideView(fresh, do={"pin", "passphrase", "visit"})
    guide = GuideController(fresh, view)
    guide.start()
    for _ in STEPS:
        guide.act()
    assert view.asked == ["pin", "passphrase", "visit"] and view.closed
    assert not settings.first_run_pending(fresh)


def test_cancelled_step_stays_and_every_step_can_be_skipped(tmp_path):
    """Ensure cancelling a dialog keeps the step on screen, and skipping all stores nothing."""
    fresh = open_database(tmp_path / "fresh")
    view = FakeGuideView(fresh)
    guide = GuideController(fresh, view)
    guide.start()
    guide.next()  # the language stays the computer's
    guide.act()
    assert view.steps[-1] == (2, "pin", False)
    guide.next()
    guide.next()
    guide.back()
    assert view.steps[-1] == (3, "passphrase", False)
    guide.next()
    guide.next()
    assert view.closed and not has_pin(fresh) and keystore.read_keys(fresh) is None
    assert not settings.first_run_pending(fresh)


def test_choosing_a_language_first_stores_it_and_goes_on_with_the_pin(tmp_path):
    """Ensure the guide's first step is the interface language: the choice is stored as in
    Settings, the view switches to it, and the guide goes on with the next step."""
    fresh = open_database(tmp_path / "fresh")
    view = FakeGuideView(fresh)
    guide = GuideController(fresh, view)
    guide.start()
    assert view.steps[-1] == (1, "language", True)
    guide.choose_language("es")
    assert settings.load(fresh).language == "es" and view.languages == ["es"]
    assert view.steps[-1] == (2, "pin", False)
    guide.back()
    guide.choose_language(settings.FOLLOW_COMPUTER)
    assert settings.load(fresh).language == settings.FOLLOW_COMPUTER
    assert view.steps[-1] == (2, "pin", False) and settings.first_run_pending(fresh)
