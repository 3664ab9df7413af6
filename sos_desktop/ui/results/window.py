"""Open a visit's results as a window, on the projector when one is connected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from sos_desktop.core.db import Database
from sos_desktop.core.errors import SosError
from sos_desktop.core.surveys.store import current_definition
from sos_desktop.core.visits import get_visit
from sos_desktop.ui.presentation.placement import move_to, projector_screen
from sos_desktop.ui.results.view import ResultsView


def open_results(
    db: Database, visit_id: str, language: str = "en", parent: QWidget | None = None
) -> ResultsView:
    """A results window for the visit, full screen on the projector when there is one."""
    visit = get_visit(db, visit_id)
    if not visit.survey_key:
        raise SosError(f"the visit to {visit.school} — {visit.group_name} has no survey")
    _definition_id, survey = current_definition(db, visit.survey_key)
    projector = projector_screen()
    view = ResultsView(db, visit_id, survey, language, scale=1.4 if projector else 1.0)
    if parent is not None:
        view.setParent(parent, Qt.WindowType.Window)
    view.setWindowTitle(f"Results — {visit.school}, {visit.group_name}")
    for keys in ("Esc", "Ctrl+W"):
        QShortcut(QKeySequence(keys), view, view.close)
    if projector is not None:
        move_to(view, projector, full_screen=True)
    else:
        view.resize(1200, 760)
    return view
