"""A visit in the room: the talk, the kiosk at the survey slide, live results at the results slide.

The presentation knows nothing about visits; this joins the three for one visit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from sos_desktop.core.db import Database
from sos_desktop.core.errors import SosError
from sos_desktop.core.visits import VisitSummary, get_visit


class VisitSession(QObject):
    def __init__(
        self,
        db: Database,
        visit: VisitSummary,
        parent_window: QWidget | None = None,
        on_end: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent_window)
        self.db = db
        self.visit = visit
        self.parent_window = parent_window
        self._on_end = on_end
        self.controller = None
        self.kiosk = None
        self.results = None
        self.paper = None  # "Scan paper sheets" on the survey slide (ui/scan/survey_slide.py)
        self.scan = None

    def start(self, **options: object) -> bool:
        from sos_desktop.ui.presentation import start_presentation

        deck = Path(self.visit.deck) if self.visit.deck else None
        self.controller = start_presentation(
            deck, self.visit.planned_minutes, parent=self.parent_window, on_exit=self._ended,
            on_survey_slide=self.open_kiosk, on_results_slide=self.show_results, **options,
        )
        if self.controller is None:
            return False
        self.controller.state.slide_entered.connect(self._slide_entered)
        if self.visit.survey_key and self.visit.answer_mode != "kiosk":
            from sos_desktop.ui.scan.survey_slide import PaperActions, add_to_console

            self.paper = PaperActions(self.open_scan, lambda: self.open_kiosk(-1, asked=True),
                                      paper_only=self.visit.answer_mode == "paper")
            add_to_console(self.controller.console, self.paper)
        return True

    # --- survey slide: the kiosk on the laptop ------------------------------------------------
    def open_kiosk(self, _index: int, asked: bool = False) -> None:
        if self.paper is not None:
            self.paper.show()
            if self.visit.answer_mode == "paper" and not asked:
                return  # the kiosk would lock the screen the sheets are scanned on
        if self.kiosk is not None and self.kiosk.isVisible():
            return
        visit = get_visit(self.db, self.visit.id)
        if visit.closed or not visit.survey_key:
            return  # nothing to collect: the slide stays a slide
        from sos_desktop.ui.kiosk.launch import start_kiosk

        try:
            self.kiosk = start_kiosk(self.db, visit.id, self.parent_window,
                                     on_exit=self._kiosk_left)
        except SosError as exc:
            self._warn(str(exc))

    def _kiosk_left(self) -> None:
        self.kiosk = None
        if self.controller is not None and self.controller.running:
            self.controller.console.activateWindow()

    # --- results slide: live results in place of the slide ----------------------------------
    def show_results(self, _index: int) -> None:
        if self.results is not None or not self.visit.survey_key:
            return
        from sos_desktop.core.survey_store import current_definition
        from sos_desktop.ui.results.view import ResultsView
        from sos_desktop.ui.results.window import open_results

        audience = self.controller.audience
        try:
            if audience.isVisible():
                _id, survey = current_definition(self.db, self.visit.survey_key)
                scale = max(1.0, audience.height() / 768)
                self.results = ResultsView(self.db, self.visit.id, survey, scale=scale)
                audience.layout().addWidget(self.results)
                audience.view.hide()
            else:  # rehearsal on one screen: a window of its own
                self.results = open_results(self.db, self.visit.id, parent=self.parent_window)
                self.results.show()
        except SosError as exc:
            self._warn(str(exc))

    def open_scan(self) -> None:
        from sos_desktop.ui.scan.launch import open_scan

        if self.scan is not None and self.scan.isVisible():
            self.scan.raise_()
            self.scan.activateWindow()
            return
        try:
            self.scan = open_scan(self.db, self.visit.id, self.parent_window)
        except SosError as exc:
            self._warn(str(exc))
            return
        self.scan.announced.connect(self._sheet_read)

    def _sheet_read(self, kind: str) -> None:
        if kind == "read" and self.results is not None:
            self.results.refresh()  # the projector's bars move at once, not at the next tick

    def _slide_entered(self, index: int) -> None:
        action = self.controller.deck.slides[index].action
        if self.paper is not None and action != "survey":
            self.paper.hide()
        if action != "results":
            self.hide_results()

    def hide_results(self) -> None:
        if self.results is None:
            return
        self.results.timer.stop()
        self.results.hide()
        self.results.deleteLater()
        self.results = None
        if self.controller is not None:
            self.controller.audience.view.show()

    # --- end --------------------------------------------------------------------------------
    def _ended(self) -> None:
        self.hide_results()
        if self._on_end:
            self._on_end()

    def _warn(self, message: str) -> None:
        parent = self.controller.console if self.controller else self.parent_window
        QMessageBox.warning(parent, "SOS Desktop", message)
