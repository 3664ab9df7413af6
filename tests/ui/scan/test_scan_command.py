"""`sos-desktop scan --camera [--visit ID]` opens the Scan window for the right visit."""

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from sos_desktop.cli import run
from sos_desktop.core.visits.store import create_visit


@pytest.fixture
def opened(monkeypatch):
    """The window opened, instead of a blocking event loop."""
    windows = []

    def fake_open(db, visit_id, parent=None):
        windows.append(visit_id)

        class Shown:
            def show(self):
                pass

        return Shown()

    monkeypatch.setattr("sos_desktop.ui.scan.launch.open_scan", fake_open)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    return windows


def visit(db, answers, day=None, survey="hillhouse-cross"):
    return create_visit(db, {"school": "Cross", "group_name": answers, "survey_key": survey,
                             "visit_date": (day or date.today()).isoformat(),
                             "answer_mode": answers})


def test_camera_takes_todays_paper_visit(data_dir, db, opened, qapp):
    visit(db, "kiosk")
    paper = visit(db, "paper")
    visit(db, "paper", day=date(2020, 1, 6))
    assert run(["--data-dir", str(data_dir), "scan", "--camera"]) == 0
    assert opened == [paper]


def test_camera_with_visit_and_the_errors(data_dir, db, opened, qapp, capsys):
    """--visit wins; two candidates, files with --camera, or no visit: one-line errors."""
    first, second = visit(db, "paper"), visit(db, "both")
    assert run(["--data-dir", str(data_dir), "scan", "--camera", "--visit", second]) == 0
    assert opened == [second]
    assert run(["--data-dir", str(data_dir), "scan", "--camera"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2 visits today" in err and first in err
    assert run(["--data-dir", str(data_dir), "scan", "--camera", "sheet.pdf"]) == 1
    assert "leave out --camera" in capsys.readouterr().err
    assert run(["--data-dir", str(data_dir), "scan", "sheet.pdf"]) == 1
    assert "--visit ID" in capsys.readouterr().err
    assert opened == [second]
