"""The talk in real X windows: a laptop and a projector, a window manager, real key presses.

Offscreen, focus is never in question; on a real desktop a focusable console widget (the
notes) once swallowed the clicker's first presses. This starts Xorg's dummy driver with two
monitors and openbox, runs `sos-desktop present`, presses Right three times with xdotool and
reads the slide the talk reached. Opt-in (about 15 s, and it needs Debian's
xserver-xorg-video-dummy, openbox, xdotool and x11-xserver-utils): SOS_REAL_WINDOWS=1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

DUMMY_DRIVER = Path("/usr/lib/xorg/modules/drivers/dummy_drv.so")
TOOLS = ("Xorg", "openbox", "xdotool", "xrandr")
_missing = [t for t in TOOLS if shutil.which(t) is None] + (
    [] if DUMMY_DRIVER.exists() else ["xserver-xorg-video-dummy"])

pytestmark = [
    pytest.mark.skipif(os.environ.get("SOS_REAL_WINDOWS") != "1",
                       reason="real X windows: opt-in with SOS_REAL_WINDOWS=1 (about 15 s)"),
    pytest.mark.skipif(bool(_missing), reason=f"real X windows need {', '.join(_missing)}"),
]

from benchmarks.x_display import real_display  # noqa: E402  # the one Xorg dummy setup

# The talk, reporting every slide it reaches to a file the test reads.
CHILD = """
import sys
from sos_desktop.ui.app import make_app
from sos_desktop.ui.presentation import start_presentation
app = make_app()
out = open(sys.argv[1], "w", buffering=1)
controller = start_presentation(None, 45, on_exit=app.quit)
controller.state.changed.connect(lambda: print(controller.state.index, file=out))
print("started", file=out)
app.exec()
"""


def _wait_for(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)  # a separate process: there is no Qt event loop here to wait on
    return False


@pytest.fixture
def two_screen_display(tmp_path):
    """Xorg's dummy driver with a laptop and a projector, and openbox (benchmarks/x_display)."""
    with real_display(tmp_path) as env:
        assert env is not None, "Xorg did not start"
        yield env


def test_clicker_works_as_soon_as_the_talk_opens(two_screen_display, tmp_path):
    """Ensure Right x3, pressed right after the talk opens with no click, reaches slide 4."""
    report = tmp_path / "slides.txt"
    env = {**two_screen_display, "SOS_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    talk = subprocess.Popen([sys.executable, "-c", CHILD, str(report)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert _wait_for(lambda: report.exists() and "started" in report.read_text(), 20)
        time.sleep(2)  # let the window manager map and activate both windows, as a person waits
        for _ in range(3):
            subprocess.run(["xdotool", "key", "Right"], env=env, check=True)
        reached = _wait_for(lambda: report.read_text().split()[-1] == "3", 5)
        assert reached, f"the talk saw: {report.read_text().split()}"
    finally:
        talk.terminate()
        talk.wait(10)
