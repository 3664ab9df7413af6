"""Organizer settings in the database's `settings` table: checked here, so the Settings dialog,
the first-run guide and any command store only what the kiosk and the visit dialog accept."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from sos_desktop import languages
from sos_desktop.core.errors import InvalidInput, Problem
from sos_desktop.core.storage.db import Database, write_transaction

FOLLOW_COMPUTER = ""  # the interface speaks the computer's language (English if not Spanish)
IDLE_MIN, IDLE_MAX, IDLE_DEFAULT = 30, 600, 90  # seconds before the kiosk's reset countdown
_KEYS = {
    "language": "interface_language",
    "kiosk_idle_seconds": "kiosk_idle_seconds",
    "default_survey": "default_survey_key",
    "default_deck": "default_deck",
    "online_form_url": "online_form_url",
}
FIRST_RUN_KEY = "first_run_done"
LAST_FOLDER_KEY = "last_folder"  # where the organizer last opened or saved a file


class Settings(NamedTuple):
    """The organizer's choices in Settings, with their defaults. A NamedTuple, not a frozen
    dataclass: the window's start defines it, and a dataclass compiles its methods then."""

    language: str = FOLLOW_COMPUTER  # or a code of sos_desktop/languages.py
    kiosk_idle_seconds: int = IDLE_DEFAULT
    default_survey: str = ""  # "" = the survey that fits the visit's school
    default_deck: str = ""  # "" = the built-in SOS classroom talk
    online_form_url: str = ""  # the team's online survey, for virtual visits' QR code


def _read(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _write(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def load(db: Database) -> Settings:
    """The stored settings; a value damaged by hand falls back to its default."""
    with db.raw() as conn:
        raw = {name: _read(conn, key) for name, key in _KEYS.items()}
    values: dict[str, object] = {}
    if languages.known(raw["language"] or ""):
        values["language"] = raw["language"]
    try:
        idle = int(raw["kiosk_idle_seconds"] or "")
    except ValueError:
        pass
    else:
        if IDLE_MIN <= idle <= IDLE_MAX:
            values["kiosk_idle_seconds"] = idle
    values["default_survey"] = raw["default_survey"] or ""
    values["default_deck"] = raw["default_deck"] or ""
    values["online_form_url"] = raw["online_form_url"] or ""
    return Settings(**values)  # type: ignore[arg-type]


def validate(data: Settings, survey_keys: set[str]) -> Settings:
    """Raises InvalidInput naming each bad field; `survey_keys` are the installed surveys."""
    from sos_desktop.core.visits.store import deck_problem, form_url_problem

    problems: list[Problem] = []
    if not languages.known(data.language) and data.language != FOLLOW_COMPUTER:
        problems.append(Problem("language", data.language,
                                "must be English, Español or the computer's language",
                                "bad_language"))
    idle = data.kiosk_idle_seconds
    if isinstance(idle, bool) or not isinstance(idle, int) or not IDLE_MIN <= idle <= IDLE_MAX:
        problems.append(Problem("kiosk_idle_seconds", str(idle),
                                f"must be {IDLE_MIN} to {IDLE_MAX} seconds", "bad_idle"))
    if data.default_survey and data.default_survey not in survey_keys:
        problems.append(Problem("default_survey", data.default_survey,
                                "is not a survey on this laptop", "unknown_survey"))
    if data.default_deck and (deck := deck_problem(data.default_deck)) is not None:
        problems.append(Problem("default_deck", data.default_deck, str(deck), "bad_deck",
                                {"message": deck}))
    if data.online_form_url and (why := form_url_problem(data.online_form_url)) is not None:
        problems.append(Problem("online_form_url", data.online_form_url, why, "bad_url"))
    if problems:
        raise InvalidInput(problems)
    return data


def save(db: Database, data: Settings, survey_keys: set[str]) -> None:
    """Validates, then stores every setting in one transaction (all or nothing)."""
    validate(data, survey_keys)
    with db.raw() as conn, write_transaction(conn, db.path):
        for name, key in _KEYS.items():
            _write(conn, key, str(getattr(data, name)))


def first_run_pending(db: Database) -> bool:
    """A fresh data folder: the guide was never finished or skipped, and nothing is set up yet
    (no visit, no keys, no PIN). An older database with any of these never sees the guide."""
    with db.raw() as conn:
        if _read(conn, FIRST_RUN_KEY) == "1":
            return False
        if conn.execute("SELECT 1 FROM visits LIMIT 1").fetchone() is not None:
            return False
    # Only here: the window's start reads settings, and the key code loads Argon2 (~40 ms).
    from sos_desktop.core.kiosk.pin import has_pin
    from sos_desktop.core.security import keystore

    return keystore.read_keys(db) is None and not has_pin(db)


def finish_first_run(db: Database) -> None:
    with db.raw() as conn, write_transaction(conn, db.path):
        _write(conn, FIRST_RUN_KEY, "1")


def last_folder(db: Database) -> str:
    """The folder a file dialog opens in: the last one used, if it still exists ("" = none)."""
    with db.raw() as conn:
        folder = _read(conn, LAST_FOLDER_KEY) or ""
    return folder if folder and Path(folder).is_dir() else ""


def remember_folder(db: Database, path: str | Path) -> None:
    """Note the folder of a file just chosen (or the folder itself) for the next dialog."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    with db.raw() as conn, write_transaction(conn, db.path):
        _write(conn, LAST_FOLDER_KEY, str(folder.resolve()))
