"""Screen placement: pure layout rules, and real windows on two virtual offscreen screens."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sos_desktop.ui.presentation.placement import ScreenInfo, choose_layout

LAPTOP = ScreenInfo("laptop", 1366, 768, primary=True)
PROJECTOR = ScreenInfo("projector", 1920, 1080)
TV = ScreenInfo("tv", 1280, 720)


def test_one_screen_is_rehearsal():
    """Ensure one screen keeps the console there and leaves the audience window optional."""
    assert choose_layout([LAPTOP]).audience is None


def test_audience_goes_to_the_non_primary_screen():
    """Ensure the audience window goes to the projector whatever order Qt lists screens in."""
    assert choose_layout([PROJECTOR, LAPTOP]) == choose_layout([LAPTOP, PROJECTOR])
    assert choose_layout([LAPTOP, PROJECTOR]).audience == "projector"
    assert choose_layout([LAPTOP, PROJECTOR]).console == "laptop"


def test_swap_and_picker():
    """Ensure swap exchanges the windows and the picker chooses among several screens."""
    assert choose_layout([LAPTOP, PROJECTOR], swapped=True).console == "projector"
    assert choose_layout([LAPTOP, TV, PROJECTOR]).audience == "projector"  # the biggest
    assert choose_layout([LAPTOP, TV, PROJECTOR], preferred="tv").audience == "tv"
    assert choose_layout([LAPTOP, PROJECTOR], preferred="gone").audience == "projector"


SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sos_desktop.ui.presentation import start_presentation
c = start_presentation(Path(sys.argv[1]), 45)
def settle():
    for _ in range(5):
        app.processEvents()
def where(label):
    settle()
    a, k = c.audience, c.console
    print(json.dumps({"step": label, "console": k.screen().name(), "audience": a.screen().name(),
                      "audience_visible": a.isVisible(), "full": a.isFullScreen(),
                      "console_full": k.isFullScreen(),
                      "console_geometry": list(k.geometry().getRect()),
                      "hints_inside": k.rect().contains(k.hints.geometry()),
                      "geometry": list(a.geometry().getRect()),
                      "picker": [k.screen_picker.itemText(i)
                                 for i in range(k.screen_picker.count())]}))
where("start")
c.do("swap"); where("swapped")
c.do("swap"); where("unswapped")
projector = [s for s in QGuiApplication.screens() if s.name() == "projector"][0]
c.placer._screen_removed(projector); where("unplugged")
c.do("next"); c.do("black"); where("still running")
c.placer._screen_added(projector); where("plugged again")
c.end()
"""


@pytest.fixture
def two_screens(tmp_path) -> dict:
    config = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]}
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={path}"}
    return env


def test_two_screens_place_swap_and_survive_unplugging(two_screens, md_deck):
    """Ensure the projector gets the full-screen audience window, swap works, and unplugging
    and replugging the projector mid-talk moves the windows without a crash."""
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(md_deck)], env=two_screens,
                          cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    steps = {s["step"]: s for s in map(json.loads, done.stdout.splitlines())}
    start = steps["start"]
    assert (start["console"], start["audience"]) == ("laptop", "projector")
    assert start["full"] and start["geometry"] == [1366, 0, 1920, 1080]
    assert start["picker"] == ["laptop", "projector"]
    assert (steps["swapped"]["console"], steps["swapped"]["audience"]) == ("projector", "laptop")
    for step in ("start", "swapped", "unswapped"):  # the console fills its screen, help line in
        assert steps[step]["console_full"] and steps[step]["hints_inside"], step
    assert steps["swapped"]["console_geometry"] == [1366, 0, 1920, 1080]
    assert steps["unswapped"]["audience"] == "projector"
    assert not steps["unplugged"]["audience_visible"]
    assert steps["unplugged"]["console"] == "laptop"
    assert steps["plugged again"]["audience"] == "projector"
    assert steps["plugged again"]["full"] and steps["plugged again"]["audience_visible"]
