import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from sos_desktop.core.db import Database  # noqa: E402
from sos_desktop.core.store import open_database  # noqa: E402
from sos_desktop.core.visits import create_visit  # noqa: E402


class FakeClock:
    """A UTC clock tests move by hand."""

    def __init__(self, start: datetime = datetime(2026, 10, 14, 15, 30)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test ever touches the real user data folder."""
    monkeypatch.setenv("SOS_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path) -> Database:
    return open_database(data_dir)


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
