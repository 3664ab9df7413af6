"""A progress dialog around a long task, shown only if it takes more than a moment: the
exports', imports' and paper files' views share it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

T = TypeVar("T")
Progress = Callable[[int, int], None]


def run_with_progress(parent, label: str, task: Callable[[Progress], T]) -> T:
    """Run `task` with a progress dialog that appears only if it takes more than a moment."""
    dialog = QProgressDialog(label, None, 0, 0, parent)  # type: ignore[call-overload]  # None: no Cancel
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()

    try:
        return task(progress)
    finally:
        dialog.reset()
        dialog.deleteLater()
