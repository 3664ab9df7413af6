"""Ensure a long session does not abort: PySide6 6.12 on Python 3.11 drops None references."""

import subprocess
import sys

LONG_SESSION = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from sos_desktop.ui.app import make_app
from PySide6.QtWidgets import QLabel
app = make_app()
label = QLabel()
for i in range(200_000):  # a 45-minute talk with clocks ticking, many times over
    label.setText(str(i))
    label.setVisible(i % 2 == 0)
print("survived")
"""


def test_many_qt_calls_do_not_exhaust_none():
    result = subprocess.run([sys.executable, "-c", LONG_SESSION], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
