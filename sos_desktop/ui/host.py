"""What the main window lends the menus it installs (Export, Import, Paper, Surveys) and their
views: a parent for their dialogs and the few calls they make on it. Passed in, so no area
imports the window that imports it."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import QWidget

from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits.store import VisitSummary


class Host(NamedTuple):
    """What a menu's area may use of the main window. A NamedTuple, not a frozen dataclass:
    the window makes it before its first paint, and a dataclass compiles its methods (~0.7 ms)."""

    window: QWidget  # the parent of the menus' actions and dialogs
    db: Database
    selected_visit: Callable[[], VisitSummary | None]
    # The selected visit once asked what to do if it is not dated today; None if cancelled.
    dated_visit: Callable[[], VisitSummary | None]
    show_error: Callable[[str], None]
    refresh: Callable[[], None]  # the visit list, after something changed its counts
