"""Organizer settings: stored in the settings table, checked in core, all or nothing."""

import pytest

from sos_desktop.core import settings
from sos_desktop.core.errors import InvalidInput
from sos_desktop.core.kiosk.pin import set_pin
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.visits.store import create_visit, default_survey_for

SURVEYS = {"nhps-other", "hillhouse-cross", "tiny"}


def test_defaults_before_anything_is_stored(db):
    """Ensure a new database reads the kiosk's former constant (90 s) and the school's survey."""
    assert settings.load(db) == settings.Settings(settings.FOLLOW_COMPUTER, 90, "", "")


def test_saved_settings_read_back(db, tmp_path):
    deck = tmp_path / "talk.md"
    deck.write_text("# Hello\n\nSlide one\n", encoding="utf-8")
    wanted = settings.Settings("es", 120, "tiny", str(deck))
    settings.save(db, wanted, SURVEYS)
    assert settings.load(db) == wanted


@pytest.mark.parametrize("field,value", [
    ("kiosk_idle_seconds", 29),
    ("kiosk_idle_seconds", 601),
    ("kiosk_idle_seconds", True),
    ("language", "fr"),
    ("default_survey", "gone"),
    ("default_deck", "/nowhere/deck.pdf"),
])
def test_bad_setting_is_named_and_nothing_changes(db, field, value):
    """Ensure one bad value is named and stores none of the good ones with it."""
    good = settings.Settings("es", 120, "tiny", "") if field != "language" \
        else settings.Settings("en", 120, "tiny", "")
    bad = good._replace(**{field: value})
    with pytest.raises(InvalidInput) as raised:
        settings.save(db, bad, SURVEYS)
    assert [p.field for p in raised.value.problems] == [field]
    assert settings.load(db) == settings.Settings()


def test_idle_bounds_are_accepted(db):
    for seconds in (settings.IDLE_MIN, settings.IDLE_MAX):
        settings.save(db, settings.Settings(kiosk_idle_seconds=seconds), SURVEYS)
        assert settings.load(db).kiosk_idle_seconds == seconds


def test_a_value_damaged_by_hand_falls_back_to_its_default(db):
    with db.raw() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('kiosk_idle_seconds', '5'),"
                     " ('interface_language', 'xx')")
    assert settings.load(db) == settings.Settings()


def test_first_run_only_on_a_fresh_data_folder(tmp_path):
    """Ensure the guide shows on a fresh folder, and never again once finished or skipped."""
    fresh = open_database(tmp_path / "fresh")
    assert settings.first_run_pending(fresh)
    settings.finish_first_run(fresh)
    assert not settings.first_run_pending(fresh)


@pytest.mark.parametrize("setup", ["pin", "keys", "visit"])
def test_a_database_already_in_use_skips_the_guide(tmp_path, setup):
    """Ensure an organizer upgrading from an older version is not walked through the guide."""
    used = open_database(tmp_path / setup)
    if setup == "pin":
        set_pin(used, "2468")
    elif setup == "keys":
        keystore.create(used, "correct horse battery staple")
    else:
        create_visit(used, {"school": "S", "group_name": "G", "visit_date": "2026-10-14"})
    assert not settings.first_run_pending(used)


@pytest.mark.parametrize("school,default,expected", [
    ("", "tiny", "tiny"),
    ("Career High School", "tiny", "tiny"),
    ("James Hillhouse High School", "tiny", "hillhouse-cross"),
    ("Wilbur Cross", "tiny", "hillhouse-cross"),
    ("Career High School", "", "nhps-other"),
])
def test_school_survey_wins_over_the_default_where_it_applies(school, default, expected):
    """Ensure Hillhouse and Cross keep their research-team variant; other schools get the
    organizer's default survey, and without one the survey for all other NHPS schools."""
    assert default_survey_for(school, default) == expected


def test_language_follows_the_computer_until_chosen(db):
    """A fresh data folder speaks the computer's language; a choice in Settings sticks, and
    choosing "the computer's" again goes back to following it."""
    assert settings.load(db).language == settings.FOLLOW_COMPUTER
    settings.save(db, settings.Settings(language="es"), SURVEYS)
    assert settings.load(db).language == "es"
    settings.save(db, settings.Settings(language=settings.FOLLOW_COMPUTER), SURVEYS)
    assert settings.load(db).language == settings.FOLLOW_COMPUTER


def test_the_last_folder_used_is_remembered_while_it_exists(db, tmp_path):
    """Ensure a file dialog can open where the organizer last chose a file, and falls back
    when that folder is gone (a USB stick pulled out)."""
    from sos_desktop.core import settings

    assert settings.last_folder(db) == ""
    stick = tmp_path / "stick"
    stick.mkdir()
    settings.remember_folder(db, stick / "signups.csv")  # a file to be written there
    assert settings.last_folder(db) == str(stick.resolve())
    settings.remember_folder(db, tmp_path)  # a folder chosen as such
    assert settings.last_folder(db) == str(tmp_path.resolve())
    settings.remember_folder(db, stick / "x.csv")
    stick.rmdir()
    assert settings.last_folder(db) == ""
