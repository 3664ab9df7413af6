"""Baseline scripts shared by the suites; imports nothing so child processes stay lean."""

BARE_QLABEL = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("hello")
label.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""
