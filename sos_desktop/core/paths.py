"""Where the app keeps its data: one folder per installation."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "sos-desktop"
DATA_DIR_ENV = "SOS_DESKTOP_DATA_DIR"
DATABASE_FILENAME = "sos-desktop.sqlite3"
# Notes of exports still being written (core/outputs.py); here so that opening the database
# can look for them without loading the export machinery.
PENDING = "pending-outputs"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, then $SOS_DESKTOP_DATA_DIR, then the user data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    # Imported here: platformdirs is only needed when no override is given.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def resources_dir() -> Path:
    """Built-in deck and surveys: repo-root `resources/` in a checkout, packaged copy otherwise."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "resources", here.parents[1] / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the built-in resources folder is missing from this installation")
