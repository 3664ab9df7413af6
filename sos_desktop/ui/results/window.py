"""Open a visit's results as a window, on the projector when one is connected.

It draws what the talk's results slide draws (a ResultsPager shown by ProjectorResults): a few
questions a page in large type, pages turned by the clicker's keys, no control the class would
see. Free-text answers stay hidden until the organizer presses T (a status line says so, in
type that scales with the window like the results: readable from the back of the room).
`seen` tells the laptop which page the class is looking at (the main window shows it while
this window is on the projector).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.core.surveys.store import current_definition
from sos_desktop.core.visits.store import get_visit
from sos_desktop.i18n import audience, tr
from sos_desktop.ui.presentation.placement import move_to, projector_screen
from sos_desktop.ui.results.pages import ResultsPager
from sos_desktop.ui.results.projector import ProjectorResults, scale_for

STATUS_MS = 4000  # how long the free-text status line stays up
STATUS_PX = 26  # the status line's type at DESIGN size (the results' notes are 18)
_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
_BACK = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace}


def seen_text(pager: ResultsPager) -> str:
    """For the organizer's laptop: which results page the class sees, and what is on it."""
    if not pager.pages:
        return tr("On the projector: results (no answers yet)")
    labels = [q.label if len(q.label) <= 48 else q.label[:47].rstrip() + "…"
              for q in pager.questions]
    text = tr("On the projector: results page {page} of {pages}: {questions}").format(
        page=pager.page + 1, pages=len(pager.pages), questions=" · ".join(labels))
    if pager.include_text:
        text += " " + tr("(free-text answers shown)")
    return text


class ResultsWindow(QWidget):
    """The visit's paged results; → ← PageUp PageDown Space turn pages, T toggles free text,
    R reads the results now instead of at the next refresh."""

    seen = Signal(str)  # seen_text() after each change of page or content
    closed = Signal()

    def __init__(self, pager: ResultsPager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pager = pager
        self.setObjectName("resultsWindow")
        self.setStyleSheet("QWidget#resultsWindow { background: #ffffff; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.results = ProjectorResults(pager)
        # Over the foot of the page for a few seconds, not in the layout: in full screen the
        # page cannot grow to make room, and the charts must not move for a notice.
        self.status = QLabel(self)
        self.status.setAccessibleName(audience.tr("Free-text answers", language=pager.language))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self._scale_status(1.0)
        self.status.hide()
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_MS)
        self._status_timer.timeout.connect(self.status.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.results, 1)
        for keys in ("Esc", "Ctrl+W"):
            QShortcut(QKeySequence(keys), self, self.close)
        pager.changed.connect(lambda: self.seen.emit(seen_text(self.pager)))

    def _scale_status(self, scale: float) -> None:
        px = max(14, round(STATUS_PX * scale))
        self.status.setStyleSheet(f"background: #5b1a7a; color: #ffffff; font-size: {px}px;"
                                  f" font-weight: 600; padding: {round(px * 0.45)}px;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._scale_status(scale_for(size.width(), size.height()))
        super().resizeEvent(event)
        self._place_status()

    def _place_status(self) -> None:
        height = self.status.heightForWidth(self.width())
        self.status.setGeometry(0, self.height() - height, self.width(), height)
        self.status.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _NEXT:
            self.pager.step(1)
        elif key in _BACK:
            self.pager.step(-1)
        elif key == Qt.Key.Key_Home:
            self.pager.step(-self.pager.page)
        elif key == Qt.Key.Key_End:
            self.pager.step(len(self.pager.pages) - 1 - self.pager.page)
        elif key == Qt.Key.Key_T:
            self.toggle_free_text()
        elif key == Qt.Key.Key_R:  # read now; the figures still move only in steps of 5
            self.pager.refresh()
        else:
            super().keyPressEvent(event)

    def toggle_free_text(self) -> None:
        on = not self.pager.include_text
        self.pager.set_include_text(on)
        # On the projector: in the survey's language, like the results themselves.
        language = self.pager.language
        self.status.setText(audience.tr("Free-text answers shown (T hides them)", language=language)
                            if on else
                            audience.tr("Free-text answers hidden (T shows them)",
                                        language=language))
        self._place_status()
        self.status.show()
        self._status_timer.start()
        self.seen.emit(seen_text(self.pager))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pager.stop()
        self.closed.emit()
        super().closeEvent(event)


def open_results(
    db: Database, visit_id: str, language: str = "en", parent: QWidget | None = None
) -> ResultsWindow:
    """A results window for the visit, full screen on the projector when there is one."""
    visit = get_visit(db, visit_id)
    if not visit.survey_key:
        raise SosError(tr("the visit to {school} — {group} has no survey").format(
            school=visit.school, group=visit.group_name))
    _definition_id, survey = current_definition(db, visit.survey_key)
    window = ResultsWindow(ResultsPager(db, visit_id, survey, language))
    if parent is not None:
        window.setParent(parent, Qt.WindowType.Window)
    window.setWindowTitle(tr("Results — {school}, {group}").format(school=visit.school,
                                                                   group=visit.group_name))
    projector = projector_screen()
    if projector is not None:
        move_to(window, projector, full_screen=True)
    else:
        window.resize(1200, 760)
    return window
