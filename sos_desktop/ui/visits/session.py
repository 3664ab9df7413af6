"""A visit in the room: the talk, the kiosk at the survey slide, live results at the results slide.

The presentation knows nothing about visits; this joins the three for one visit. A virtual
visit (over video) shows the online form's QR code at the survey slide instead of the kiosk;
its results slide shows the online answers once they are imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits.store import VisitSummary, get_visit
from sos_desktop.i18n import QT_TR_NOOP, language, tr
from sos_desktop.words.errors import in_our_words

if TYPE_CHECKING:
    from sos_desktop.ui.imports.online_bar import OnlineActions
    from sos_desktop.ui.kiosk.window import KioskWindow
    from sos_desktop.ui.presentation.controller import PresentationController
    from sos_desktop.ui.presentation.online_form import OnlineFormSlide
    from sos_desktop.ui.results.pages import ResultsPager
    from sos_desktop.ui.results.projector import ProjectorResults
    from sos_desktop.ui.scan.survey_slide import PaperActions
    from sos_desktop.ui.scan.window import ScanWindow

KIOSK_RUNNING = QT_TR_NOOP("KIOSK RUNNING — the talk ignores keys and clicks until an "
                           "organizer unlocks the kiosk with the PIN")  # shown through tr()


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
        self.controller: PresentationController | None = None
        self.kiosk: KioskWindow | None = None
        self.results: ProjectorResults | None = None  # the audience window's live results
        self.pager: ResultsPager | None = None
        self.paper: PaperActions | None = None  # "Scan paper sheets" on the survey slide
        self.scan: ScanWindow | None = None
        self.online: OnlineFormSlide | None = None  # a virtual visit's QR code, on the projector
        self.online_actions: OnlineActions | None = None  # "Import online answers…"
        self._deck_key = ""  # the deck shown ("" built-in): where the talk stopped is per deck

    def start(self, from_beginning: bool = False, **options: object) -> bool:
        """The talk, where it stopped last time (an Esc is often a clicker's slip) unless
        `from_beginning`."""
        from sos_desktop.ui.presentation import start_presentation
        from sos_desktop.ui.presentation.deck_check import deck_problem_shown
        from sos_desktop.ui.visits import places

        if self.visit.virtual and self.visit.survey_key and not self.form_url():
            self._warn(tr("This visit is over video but has no online form address (in the "
                          "visit or in Settings): its survey slide will show the slide only."))
        if self.visit.survey_key and not self.visit.closed and not self.visit.virtual:
            # The survey slide opens the kiosk: its passphrase (first run) and PIN are set now,
            # never in front of the class.
            from sos_desktop.ui.kiosk.launch import ensure_pin
            from sos_desktop.ui.security.passphrase_dialog import ensure_keys

            if not ensure_keys(self.db, self.parent_window) or not ensure_pin(
                    self.db, self.parent_window, before_talk=True):
                return False
        deck = Path(self.visit.deck) if self.visit.deck else None
        why = deck_problem_shown(str(deck)) if deck is not None else None
        if why is not None:
            if not self._builtin_instead(why):
                return False
            deck = None  # the built-in talk
        self._deck_key = str(deck or "")
        place = None if from_beginning else places.place_for(self.visit.id, self._deck_key)
        self.controller = start_presentation(
            deck, self.visit.planned_minutes, parent=self.parent_window, on_exit=self._ended,
            on_survey_slide=self.open_kiosk, on_results_slide=self.show_results,
            resume_at=(place.index, place.elapsed) if place else None, **options,
        )
        if self.controller is None:
            return False
        self.controller.state.slide_entered.connect(self._slide_entered)
        self.controller.state.changed.connect(self._sync_audience)
        self.controller.state.changed.connect(self._sync_online)
        if self.visit.survey_key and self.visit.answer_mode != "kiosk":
            from sos_desktop.ui.scan.survey_slide import PaperActions, add_to_console

            self.paper = PaperActions(self.open_scan, lambda: self.open_kiosk(-1, asked=True),
                                      paper_only=self.visit.answer_mode == "paper")
            add_to_console(self.controller.console, self.paper)
            state = self.controller.state
            if place is not None and self.controller.deck.slides[state.index].action == "survey":
                self.paper.show()  # resumed on the survey slide: its buttons, no kiosk by itself
        if self.visit.survey_key and self.visit.virtual:
            from sos_desktop.ui.imports import online_bar

            self.online_actions = online_bar.OnlineActions(self.import_online)
            online_bar.add_to_console(self.controller.console, self.online_actions)
        return True

    def _builtin_instead(self, why: str) -> bool:
        """A deck moved or damaged since the visit was saved: offer the built-in talk rather
        than stop in front of the class."""
        answer = QMessageBox.question(
            self.parent_window, tr("This deck cannot be shown"),
            tr("{why}.\n\nPresent the built-in SOS classroom talk instead?").format(why=why))
        return answer == QMessageBox.StandardButton.Yes

    # --- survey slide: the kiosk on the laptop ------------------------------------------------
    def open_kiosk(self, _index: int, asked: bool = False) -> None:
        if self.visit.virtual:
            self.show_online_form()
            return
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
            self._warn(in_our_words(exc))
            return
        if self.kiosk is not None and self.controller is not None:
            self.controller.lock(tr(KIOSK_RUNNING))

    # --- survey slide over video: the online form's QR code --------------------------------
    def form_url(self) -> str:
        from sos_desktop.core import settings

        return self.visit.online_form_url or settings.load(self.db).online_form_url

    def show_online_form(self) -> None:
        url = self.form_url()
        if self.online is not None or not url or self.controller is None:
            return
        from sos_desktop.ui.presentation.online_form import OnlineFormSlide

        self.online = OnlineFormSlide(url)
        audience_layout = self.controller.audience.layout()
        assert audience_layout is not None
        audience_layout.addWidget(self.online)
        self._sync_online()

    def import_online(self) -> None:
        """Import → Online answers from the console; the results slide counts them at once."""
        from sos_desktop.ui.imports.controller import ImportController
        from sos_desktop.ui.imports.online_bar import ConsoleImportView

        assert self.controller is not None  # the console's button called this
        view = ConsoleImportView(self.controller.console, self.visit.id, self._answers_in)
        ImportController(self.db, view).online_answers()  # type: ignore[arg-type]

    def _answers_in(self) -> None:
        if self.pager is not None:
            self.pager.refresh()

    def _sync_online(self) -> None:
        """The code shows on the projector unless it is blanked or frozen on another slide."""
        if self.online is None or self.controller is None:
            return
        state = self.controller.state
        showing = (state.blank is None
                   and self.controller.deck.slides[state.audience_index].action == "survey")
        self.controller.audience.view.setVisible(not showing)
        self.online.setVisible(showing)

    def hide_online(self) -> None:
        if self.online is None:
            return
        self.online.hide()
        self.online.deleteLater()
        self.online = None
        if self.controller is not None:
            self.controller.audience.view.show()

    def _kiosk_left(self) -> None:
        self.kiosk = None
        if self.controller is not None and self.controller.running:
            self.controller.lock(None)
            self.controller.console.activateWindow()

    # --- survey slide on paper: the Scan window -------------------------------------------
    def open_scan(self) -> None:
        from sos_desktop.ui.scan.launch import open_scan

        if self.scan is not None and self.scan.isVisible():
            self.scan.raise_()
            self.scan.activateWindow()
            return
        try:
            self.scan = open_scan(self.db, self.visit.id, self.parent_window)
        except SosError as exc:
            self._warn(in_our_words(exc))
            return
        self.scan.announced.connect(self._sheet_read)

    def _sheet_read(self, kind: str) -> None:
        if kind == "read" and self.pager is not None:
            self.pager.refresh()  # the projector's bars move at once, not at the next tick

    # --- results slide: live results in place of the slide ----------------------------------
    def show_results(self, _index: int) -> None:
        """Live results on the audience window, a page at a time; the console mirrors them."""
        if self.results is not None:
            return
        from sos_desktop.core.surveys.store import current_definition
        from sos_desktop.ui.results.pages import ResultsPager
        from sos_desktop.ui.results.projector import ProjectorResults

        survey = None  # no survey: the results say so on a page of their own
        if self.visit.survey_key:
            try:
                _id, survey = current_definition(self.db, self.visit.survey_key)
            except SosError as exc:
                self._warn(in_our_words(exc))
                return
        controller = self.controller
        assert controller is not None  # the talk's results slide called this
        self.pager = ResultsPager(self.db, self.visit.id, survey, language(), parent=self)
        self.results = ProjectorResults(self.pager)
        audience_layout = controller.audience.layout()
        assert audience_layout is not None
        audience_layout.addWidget(self.results)
        controller.console.show_live(ProjectorResults(self.pager), self._audience_aspect)
        controller.console.free_text.toggled.connect(self.pager.set_include_text)
        controller.results_pager = self.pager
        self.pager.changed.connect(self._sync_audience)
        self._sync_audience()

    def _audience_aspect(self) -> float:
        assert self.controller is not None  # asked while the talk shows live results
        audience = self.controller.audience
        if audience.isVisible() and audience.height() > 0:
            return audience.width() / audience.height()
        return 16 / 9  # a projector's usual shape

    def _sync_audience(self) -> None:
        """The results show on the projector unless it is blanked or frozen on another slide."""
        if self.results is None or self.pager is None or self.controller is None:
            return
        state = self.controller.state
        showing = (state.blank is None
                   and self.controller.deck.slides[state.audience_index].action == "results")
        self.controller.audience.view.setVisible(not showing)
        self.results.setVisible(showing)
        left = len(self.pager.pages) - 1 - self.pager.page
        if left > 0:  # the next slide comes only after the remaining pages
            self.controller.console.next_caption.setText(
                tr("Next, after %n more results page(s)", None, left))
        else:
            self.controller.console.refresh()  # its own caption for the next slide

    def _slide_entered(self, index: int) -> None:
        if self.controller is None:
            return
        action = self.controller.deck.slides[index].action
        if self.paper is not None and action != "survey":
            self.paper.hide()
        if action != "survey":
            self.hide_online()
        if self.online_actions is not None:
            self.online_actions.setVisible(action in ("survey", "results"))
        if action != "results":
            self.hide_results()

    def hide_results(self) -> None:
        if self.results is None or self.pager is None:
            return
        self.pager.stop()
        self.results.hide()
        self.results.deleteLater()
        self.results = None
        if self.controller is not None:
            self.controller.results_pager = None
            self.controller.console.free_text.toggled.disconnect(self.pager.set_include_text)
            self.controller.console.show_live(None)
            self.controller.audience.view.show()
        self.pager.deleteLater()
        self.pager = None

    # --- end --------------------------------------------------------------------------------
    def _ended(self) -> None:
        from sos_desktop.ui.visits import places

        if self.controller is not None:
            state = self.controller.state
            places.remember(self.visit.id, places.TalkPlace(self._deck_key, state.index,
                                                            state.elapsed()))
        self.hide_results()
        self.hide_online()
        if self._on_end:
            self._on_end()

    def _warn(self, message: str) -> None:
        parent = self.controller.console if self.controller else self.parent_window
        QMessageBox.warning(parent, "SOS Desktop", message)
