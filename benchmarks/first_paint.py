"""Start-up to first paint, measured the same way for the app and for its floor.

A child runs FIRST_PAINT, then a script as `__main__` (the installed `sos-desktop` entry
point, or the bare-QLabel floor), compiled and run as the interpreter runs a script it is given:
not through runpy, whose run_path imports pkgutil (~2 ms) that neither a user's start nor the
floor pays. FIRST_PAINT wraps QWidget.show so that a window being shown
gets a watcher: its first paint queues a zero timer, which fires once that frame is painted
and flushed, prints the monotonic time and exits the loop. The parent subtracts its own
monotonic time at launch, so interpreter shutdown is not counted on either side.

The watcher sits on the window shown, not on the application: an application-wide Python event
filter is called for every event of every object, each one wrapped for Python (a table's
scroll bars, header and private helpers make PySide create some 150 enum types), work no user
pays that grows with the number of widgets, so it handicapped the app against a lone QLabel.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class _FirstPaint(QObject):
    seen = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not _FirstPaint.seen:
            _FirstPaint.seen = True
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self):
        print(f"FIRST_PAINT {time.monotonic()!r}", flush=True)
        QApplication.instance().exit(0)

_show = QWidget.show
def _show_watched(self):
    if self.isWindow() and not _FirstPaint.seen:
        self.installEventFilter(_FirstPaint(self))
    return _show(self)
QWidget.show = _show_watched
sys.argv = sys.argv[1:]
if sys.argv[0] == "-c":
    exec(compile(sys.argv[1], "<floor>", "exec"), {"__name__": "__main__"})
else:
    with open(sys.argv[0], "rb") as script:
        code = compile(script.read(), sys.argv[0], "exec")
    exec(code, {"__name__": "__main__", "__file__": sys.argv[0]})
"""


def entry_point() -> str:
    """The `sos-desktop` script installed next to this interpreter (what a user runs)."""
    folder = Path(sys.executable).parent
    for name in ("sos-desktop", "sos-desktop-script.py"):
        if (folder / name).is_file():
            return str(folder / name)
    raise FileNotFoundError(f"no sos-desktop entry point in {folder}; run `uv sync`")


def time_to_first_paint(script_args: list[str], env: dict | None = None) -> float:
    """Seconds from launching a child to its first window painted."""
    return time_to_marker([sys.executable, "-c", FIRST_PAINT, *script_args], env)


def time_to_marker(command: list[str], env: dict | None = None) -> float:
    """Seconds from launching `command` to the monotonic time it prints as `FIRST_PAINT t`."""
    start = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    for line in done.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{command[-1]} never painted a window (exit {done.returncode}): "
                       f"{done.stderr[-2000:]}")


def app_args(data_dir: Path) -> list[str]:
    return [entry_point(), "--data-dir", str(data_dir)]


# The floor: the smallest PySide6 program that shows a window, run until FIRST_PAINT quits it.
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("hello")
label.show()
sys.exit(app.exec())
"""
FLOOR_ARGS = ["-c", BARE_WINDOW]


def interleaved_medians(variants: dict[str, list[str]], repeat: int) -> dict[str, float]:
    """Median time to first paint per variant, the variants run in turn `repeat` times so
    load on the machine falls on all of them alike."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args in variants.values():  # warm the file cache once
        time_to_first_paint(args, env)
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(repeat):
        for name, args in variants.items():
            samples[name].append(time_to_first_paint(args, env))
    return {name: statistics.median(times) for name, times in samples.items()}
