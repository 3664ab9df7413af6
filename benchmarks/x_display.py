"""A real X server for the figures a person meets on a desktop: Xorg's dummy driver with a
1366x768 laptop monitor and a 1920x1080 projector monitor beside it (RandR, as a laptop with a
projector plugged in), and openbox as the window manager. Frames then go through the X server
(xcb, shared memory) as on a laptop, not into the offscreen platform's memory.

`with real_display(folder) as env:` gives an environment for child processes (DISPLAY set, no
QT_QPA_PLATFORM), or None when Xorg, its dummy driver, xrandr or openbox is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DUMMY_DRIVER = Path("/usr/lib/xorg/modules/drivers/dummy_drv.so")
XORG_CONF = """
Section "Device"
  Identifier "d0"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "m0"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
EndSection
Section "Screen"
  Identifier "s0"
  Device "d0"
  Monitor "m0"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 3286 1080
  EndSubSection
EndSection
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoAddGPU" "false"
EndSection
"""
MONITORS = (
    ["--newmode", "1366x768", "85.50", "1366", "1436", "1579", "1792", "768", "771", "774",
     "798", "+hsync", "+vsync"],
    ["--addmode", "DUMMY0", "1366x768"], ["--addmode", "DUMMY1", "1920x1080"],
    ["--output", "DUMMY0", "--mode", "1366x768", "--pos", "0x0", "--primary",
     "--output", "DUMMY1", "--mode", "1920x1080", "--pos", "1366x0"],
)


def available() -> bool:
    return DUMMY_DRIVER.exists() and all(shutil.which(t) for t in ("Xorg", "xrandr", "openbox"))


def _wait_for(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@contextmanager
def real_display(folder: Path) -> Iterator[dict | None]:
    if not available():
        yield None
        return
    display = f":{40 + os.getpid() % 30}"
    conf = folder / "xorg.conf"
    conf.write_text(XORG_CONF)
    procs = [subprocess.Popen(["Xorg", display, "-config", str(conf), "-noreset", "-nolisten",
                               "tcp", "-logfile", str(folder / "xorg.log")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    env = {**os.environ, "DISPLAY": display}
    env.pop("QT_QPA_PLATFORM", None)
    try:
        if not _wait_for(lambda: subprocess.run(["xrandr"], env=env, capture_output=True)
                         .returncode == 0, 15):
            yield None
            return
        for args in MONITORS:
            subprocess.run(["xrandr", *args], env=env, check=True, capture_output=True)
        procs.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))
        time.sleep(1)  # openbox takes over the screen
        yield env
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
