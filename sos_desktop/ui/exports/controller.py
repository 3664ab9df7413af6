"""The Export menu's logic, behind a small view interface (types.SyncView: file pickers,
messages, progress), so tests drive it with a fake view and never open a dialog. One controller
for the menu, made of its concerns: CSV exports, PDF reports, bundles."""

from __future__ import annotations

from sos_desktop.ui.exports.bundles import Bundles
from sos_desktop.ui.exports.csv_exports import CsvExports
from sos_desktop.ui.exports.reports import Reports


class SyncController(CsvExports, Reports, Bundles):
    """Every Export menu entry (entries.py) is one of its methods."""
