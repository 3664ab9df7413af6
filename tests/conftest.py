import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sos_desktop.ui.refguard import protect_singletons

protect_singletons()  # PySide6 6.12 on Python 3.11 leaks None references: see refguard.py

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from sos_desktop.core.storage.db import Database  # noqa: E402
from sos_desktop.core.storage.store import open_database  # noqa: E402
from sos_desktop.core.visits.store import create_visit  # noqa: E402


def pytest_addoption(parser):
    parser.addoption("--long", action="store_true", default=False,
                     help="long runs: 200 kills in the kill harness (or SOS_DESKTOP_LONG_TESTS=1)")


@pytest.fixture
def long_tests(request) -> bool:
    """True for the long runs asked for by --long or SOS_DESKTOP_LONG_TESTS=1."""
    return bool(request.config.getoption("--long") or os.environ.get("SOS_DESKTOP_LONG_TESTS"))


class FakeClock:
    """A UTC clock tests move by hand."""

    def __init__(self, start: datetime = datetime(2026, 10, 14, 15, 30)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test ever touches the real user data or log folder. Keys use Argon2id's lowest cost
    (the tests check behaviour, not the KDF's strength) and commands find the test passphrase."""
    from sos_desktop.core.security import keys

    monkeypatch.setenv("SOS_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv("SOS_DESKTOP_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
    monkeypatch.setattr(keys, "DEFAULT_COST", keys.FAST_FOR_TESTS)
    monkeypatch.setenv("SOS_DESKTOP_PASSPHRASE", PASSPHRASE)
    # English unless a test chooses Spanish, whatever the machine's locale.
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that switches to Spanish (tests/ui/spanish.py) never leaks it to the next."""
    yield
    from sos_desktop import i18n

    if i18n.language() != i18n.SOURCE_LANGUAGE:
        from sos_desktop.ui.language import apply_language

        apply_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path) -> Database:
    """A migrated database with the organization's keys, unlocked (contacts can be read)."""
    from sos_desktop.core.security import keystore

    database = open_database(data_dir)
    keystore.create(database, PASSPHRASE)
    return database


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def visit_id(db: Database) -> str:
    return create_visit(
        db,
        {
            "school": "Wilbur Cross High School",
            "group_name": "Civics 3",
            "visit_date": "2026-10-14",
            "educator_name": "Ms. Alvarez",
        },
    )


TINY_SURVEY = {
    "key": "tiny",
    "version": 1,
    "title": {"en": "Tiny survey", "es": "Encuesta mínima"},
    "languages": ["en", "es"],
    "questions": [
        {"key": "safe", "type": "scale", "required": True,
         "label": {"en": "How safe do you feel at school?", "es": "¿Qué tan seguro/a te sientes?"},
         "scale": {"low": {"en": "Not at all", "es": "Nada"},
                   "high": {"en": "Very", "es": "Mucho"}}},
        {"key": "stopped", "type": "yes_no", "required": True,
         "label": {"en": "Has an SRO ever stopped you?", "es": "¿Un SRO te ha detenido?"}},
        {"key": "where", "type": "single_choice", "relevant": "${stopped} = 'yes'",
         "label": {"en": "Where?", "es": "¿Dónde?"},
         "choices": [{"key": "hall", "label": {"en": "Hallway", "es": "Pasillo"}},
                     {"key": "door", "label": {"en": "Entrance", "es": "Entrada"}}]},
        {"key": "support", "type": "multiple_choice",
         "label": {"en": "What support do you want?", "es": "¿Qué apoyo quieres?"},
         "choices": [{"key": "counselors", "label": {"en": "Counselors", "es": "Consejeros"}},
                     {"key": "social_workers",
                      "label": {"en": "Social workers", "es": "Trabajadores sociales"}},
                     {"key": "rj", "label": {"en": "Restorative justice",
                                             "es": "Justicia restaurativa"}}]},
        {"key": "comment", "type": "long_text",
         "label": {"en": "Anything else?", "es": "¿Algo más?"}},
    ],
}


@pytest.fixture
def tiny_survey():
    from sos_desktop.core.surveys.build import survey_from_json

    return survey_from_json(TINY_SURVEY)


@pytest.fixture
def stored_survey(db, tiny_survey):
    """(definition id, SurveyDef) of the tiny survey stored in the database."""
    from sos_desktop.core.surveys.store import store_definition

    definition_id, _ = store_definition(db, tiny_survey)
    return definition_id, tiny_survey


def store_legacy_signup(db: Database, visit_id: str | None, **fields) -> str:
    """A sign-up stored as an older version could, bypassing today's rules (e.g. with no
    consented channel), to check that exports and counts still handle such rows."""
    from dataclasses import replace

    from sos_desktop.core.clock import utc_now
    from sos_desktop.core.people import contacts
    from sos_desktop.core.people.consent import EMAIL_CONSENT, SMS_CONSENT
    from sos_desktop.core.people.signup_rules import validate_signup
    from sos_desktop.core.security.keystore import sealer

    base = validate_signup({"first_name": "Ana", "last_name": "Ruiz", "age_13_plus": True,
                            "email": "ana@example.org", "email_consent": True})
    signup = replace(base, **fields)
    with db.raw() as conn:
        record = contacts.signup_record(signup, sealer=sealer(conn), device_id=db.device_id,
                                        visit_id=visit_id, source="kiosk", now=utc_now(),
                                        email_wording=EMAIL_CONSENT,
                                        sms_wording=SMS_CONSENT)
        contacts.insert_signups(conn, [record])
        conn.commit()
    return record[0]


def same_org(db, folder):
    """Another laptop holding the same organization key, unlocked (as the organizer's is), each
    laptop's bundle key registered on the other (bundles go both ways)."""
    from sos_desktop.core.bundles.laptops import my_card, register
    from sos_desktop.core.security import keystore
    from sos_desktop.core.storage.store import open_database

    laptop = open_database(folder)
    with db.raw() as conn, laptop.raw() as copy:
        keystore.save_keys(copy, keystore.load_keys(conn))
    keystore.unlock(laptop, PASSPHRASE)
    register(db, my_card(laptop, "other laptop"))
    register(laptop, my_card(db, "first laptop"))
    return laptop


def database_at_revision(data_dir: Path, revision: str) -> Database:
    """A database as an older version of the app left it: migrated only up to `revision`."""
    from alembic import command
    from alembic.config import Config

    from sos_desktop.core.paths import database_path
    from sos_desktop.core.storage import schema

    data_dir.mkdir(parents=True)
    db = Database(database_path(data_dir))
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    db.dispose()
    return db


@pytest.fixture(scope="session")
def pseudo_catalog(tmp_path_factory) -> Path:
    """The pseudo-locale's .qm, built once from the Spanish catalog's source texts into a
    temporary folder (installer/pseudo.py), never into resources/translations."""
    from installer.pseudo import write

    return write(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(pseudo_catalog, monkeypatch):
    """The app speaks the pseudo-locale for this test (tests/pseudo.py)."""
    from tests.pseudo import speaking_pseudo

    with speaking_pseudo(pseudo_catalog, monkeypatch):
        yield
