"""Where the app keeps its data: one folder per installation.

pathlib is imported by the functions that make Paths, not here: core/storage/quick_read.py reads
these names on the way to a command's answer without loading it (with re and urllib.parse, pathlib
is a third of a bare Python's start).
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # as typing's; typing itself costs the command line ~2 ms to load
if TYPE_CHECKING:
    from pathlib import Path

APP_NAME = "sos-desktop"
DATA_DIR_ENV = "SOS_DESKTOP_DATA_DIR"
DATABASE_FILENAME = "sos-desktop.sqlite3"
# Notes of exports still being written (core/storage/outputs.py); here so that opening the database
# can look for them without loading the export machinery.
PENDING = "pending-outputs"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, then $SOS_DESKTOP_DATA_DIR, then the user data folder."""
    from pathlib import Path

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
    from pathlib import Path

    return Path(resources_folder())


def resources_folder() -> str:
    """resources_dir() as a string, found with os.path alone."""
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # sos_desktop/
    for candidate in (os.path.join(os.path.dirname(package), "resources"),
                      os.path.join(package, "resources")):
        if os.path.isdir(candidate):
            return candidate
    raise FileNotFoundError("the built-in resources folder is missing from this installation")
