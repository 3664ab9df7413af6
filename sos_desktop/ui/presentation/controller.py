"""Runs a talk: one TalkState, two windows that draw it, keys, prefetching, screens, hooks."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent

from sos_desktop.core.decks import Deck
from sos_desktop.core.visits.length import DEFAULT_MINUTES
from sos_desktop.i18n import tr
from sos_desktop.ui.presentation.audience import AudienceWindow
from sos_desktop.ui.presentation.cache import RenderCache
from sos_desktop.ui.presentation.console import PresenterConsole
from sos_desktop.ui.presentation.keys import action_for
from sos_desktop.ui.presentation.placement import Layout, ScreenPlacer
from sos_desktop.ui.presentation.state import BLACK, WHITE, TalkState

if TYPE_CHECKING:
    from sos_desktop.ui.results.pages import ResultsPager

SlideHook = Callable[[int], None]
# With the render thread's own hold (render_ahead.HOLD_MS), 120 ms: under the pause a person
# makes between the last digit and Enter.
JUMP_SETTLE_MS = 90


def deck_warnings(deck: Deck) -> list[str]:
    """What the console warns about the deck. A Markdown deck's only warnings are its missing
    images, said here from the slides' data in the organizer's language; a PDF's notes-file
    problems stay core's own (English) text."""
    if deck.kind != "markdown":
        return list(deck.warnings)
    return [tr("slide {number}: image {image} not found next to the deck").format(
                number=slide.index + 1, image=ref)
            for slide in deck.slides for ref in slide.missing_images]


class PresentationController(QObject):
    action_slide = Signal(str, int)  # ('survey' | 'results', slide index) on entering it

    def __init__(self, deck: Deck, pages, planned_minutes: float = DEFAULT_MINUTES,
                 monotonic: Callable[[], float] = time.monotonic,
                 wall: Callable[[], datetime] = datetime.now,
                 on_exit: Callable[[], None] | None = None,
                 on_survey_slide: SlideHook | None = None,
                 on_results_slide: SlideHook | None = None,
                 resume_at: tuple[int, float] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.deck = deck
        self.cache = RenderCache(pages, parent=self)
        self.state = TalkState(len(deck), planned_minutes * 60, monotonic, wall, self)
        self._on_exit = on_exit
        self._resume_at = resume_at  # (slide, elapsed seconds) where an earlier run stopped
        self._hooks = {"survey": on_survey_slide, "results": on_results_slide}
        self.audience = AudienceWindow(self.cache, self.handle_key, deck.title)
        self.console = PresenterConsole(deck, self.state, self.cache, self.handle_key,
                                        self.do, self.pick_screen)
        warnings = deck_warnings(deck)
        if warnings:
            self.console.hints.setText("⚠ " + " · ".join(warnings))
            self.console.hints.setStyleSheet("font-size: 13px; color: #F2B705;")
        self.cache.failed.connect(self.console.show_render_problem)
        self.placer = ScreenPlacer(self.console, self.audience, self._layout_changed, self,
                                   rehearsal_area=self.console.slide_area)
        self.state.changed.connect(self._refresh)
        self.state.slide_entered.connect(self._entered)
        for view in (self.audience.view, self.console.current, self.console.next):
            view.resized.connect(self.prefetch)
        # A jump's landing slide is drawn ahead once the choice has rested JUMP_SETTLE_MS: a
        # number typed at once with Enter must not find the renderer busy with the page of its
        # first digit (pdfium draws one page at a time).
        self._jump_settle = QTimer(self)
        self._jump_settle.setSingleShot(True)
        self._jump_settle.setInterval(JUMP_SETTLE_MS)
        self._jump_settle.timeout.connect(self._jump_settled)
        self._pending_jumps: list[int] = []
        self._settled_jumps: list[int] = []
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self.console.tick)
        self.running = False
        # Live results in place of a slide: next/previous turn its pages first.
        self.results_pager: ResultsPager | None = None
        self.locked = False  # the kiosk runs: no key, click or button touches the talk
        # Quitting the app mid-talk must still stop the render thread cleanly.
        app = QGuiApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(self.end)

    # -- life cycle
    def start(self) -> PresentationController:
        self.placer.apply()
        self.running = True
        if self._resume_at is not None:
            index, elapsed = self._resume_at
            self.state.resume(index, elapsed)
            self.console.show_resumed(self.state.index, elapsed)
        first = self.state.index
        if self.audience.isVisible():  # first slide drawn right away, not after a round trip
            self.cache.render_now(first, self.audience.view.pixel_size())
        self._refresh()  # its prefetch now finds that page cached instead of drawing it again
        self._ticker.start()
        self.console.activateWindow()
        if first and self.deck.slides[first].action == "results":
            self._entered(first)  # the class sees the results it was shown
        return self

    def lock(self, message: str | None) -> None:
        """Ignore every key and click (`message` says why on the console); None to unlock."""
        self.locked = message is not None
        self.console.set_locked(message)

    def end(self) -> None:
        if not self.running:
            return
        self.running = False
        self._ticker.stop()
        self._jump_settle.stop()
        self.cache.close()
        self.console.allow_close = True
        for window in (self.audience, self.console):
            window.close()
        if self._on_exit:
            self._on_exit()

    # -- drawing
    def slide_aspect(self) -> float:
        """The shape console previews take: the PDF's page, or the projector's screen."""
        pages = self.cache.pages
        if pages.aspect(0):
            return pages.aspect(0)
        if self._visible(self.audience) and self.audience.height() > 0:
            return self.audience.width() / self.audience.height()
        return 16 / 9

    def _refresh(self) -> None:
        state = self.state
        aspect = self.slide_aspect()
        self.console.current.set_aspect(aspect)
        self.console.next.set_aspect(aspect)
        self.console.overview.aspect = aspect
        self._draw_audience_now()
        self.audience.view.show_slide(state.audience_index, state.blank)
        self.console.refresh()
        if (jumps := self._jump_targets_now()) != self._pending_jumps:
            self._pending_jumps = jumps
            self._jump_settle.start()
        self.prefetch()

    def _jump_settled(self) -> None:
        self._settled_jumps = self._pending_jumps
        if self.running:
            self.prefetch()

    def _draw_audience_now(self) -> None:
        """The projector's slide, if not rendered ahead, is drawn here and now on the GUI thread:
        quicker than a trip through the render thread, which would then wait for the console's
        repaint before its image could be shown."""
        state = self.state
        if self.running and state.blank is None and self._visible(self.audience):
            size = self.audience.view.pixel_size()
            if not self.cache.has(state.audience_index, size):
                self.cache.render_now(state.audience_index, size)

    def _visible(self, widget) -> bool:
        return widget.isVisible() and widget.width() > 1

    def prefetch(self) -> None:
        """Ask the cache for what the next key presses will need, most urgent first."""
        state, wants = self.state, []
        audience = self.audience.view.pixel_size() if self._visible(self.audience) else None
        current = self.console.current.pixel_size()
        upcoming = self.console.next.pixel_size()
        shown = state.audience_index
        if audience:
            wants.append((shown, audience))
        wants += [(state.index, current), (state.index + 1, upcoming)]
        # Where a jump is about to land: the number being typed, the slide picked in the
        # overview; drawn while the presenter is still choosing, so Enter finds it ready.
        jumps = self._settled_jumps if self._settled_jumps == self._jump_targets_now() else []
        for target in jumps:
            if audience:
                wants.append((target, audience))
            wants += [(target, current), (target + 1, upcoming)]
        if state.overview:
            thumb = self.console.overview.thumb_size()
            wants += [(i, thumb) for i in self.console.overview.visible_range()]
        for step in (1, 2, -1, 3):
            target = state.index + step
            if audience:
                wants.append((target, audience))
            wants += [(target, current), (target + 1, upcoming)]
        if audience:  # Home and End
            wants += [(0, audience), (state.count - 1, audience)]
        self.cache.want(wants)

    def _jump_targets_now(self) -> list[int]:
        state, targets = self.state, []
        if state.goto_buffer:
            targets.append(min(max(int(state.goto_buffer) - 1, 0), state.count - 1))
        if state.overview:
            targets.append(state.overview_index)
        return [t for t in targets if t != state.index]

    # -- actions from keys and buttons
    def handle_key(self, event: QKeyEvent, from_console: bool) -> bool:
        if self.locked:
            return True  # swallowed: nothing reaches the projector while the kiosk runs
        key = event.key()
        action = action_for(key, event.text())
        state = self.state
        if state.overview and self._overview_key(key, action):
            return True
        if state.goto_buffer is not None and key == Qt.Key.Key_Backspace:
            state.backspace()
            return True
        if action == "digit":
            state.type_digit(event.text())
            return True
        if action == "escape":
            if not state.cancel_overlays() and from_console:
                self.end()
            return True
        if action is None:
            return False
        self.do(action)
        return True

    def _overview_key(self, key: int, action: str | None) -> bool:
        columns, state = self.console.overview.columns, self.state
        moves: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -columns,
                 Qt.Key.Key_Down: columns, Qt.Key.Key_PageUp: -columns,
                 Qt.Key.Key_PageDown: columns, Qt.Key.Key_Space: 1}
        if key in moves:
            state.move_overview(moves[key])
        elif action == "enter" and state.goto_buffer is None:
            state.choose_overview()
        elif action == "first":
            state.move_overview(-state.count)
        elif action == "last":
            state.move_overview(state.count)
        else:
            return False
        return True

    def do(self, action: str) -> None:
        if self.locked:
            return
        state = self.state
        steps = {"next": 1, "previous": -1}
        pager = self.results_pager
        if action in steps and pager is not None and not state.overview and pager.step(
                steps[action]):
            return
        if action.startswith("choose:"):
            state.choose_overview(int(action.split(":", 1)[1]))
            return
        simple = {
            "next": state.next, "previous": state.previous, "first": lambda: state.go(0),
            "last": lambda: state.go(state.count - 1), "black": lambda: state.toggle_blank(BLACK),
            "white": lambda: state.toggle_blank(WHITE), "freeze": state.toggle_freeze,
            "goto": state.start_goto, "overview": state.toggle_overview,
            "timer": state.toggle_timer, "swap": self.placer.swap, "end": self.end,
            "enter": state.commit_goto,
            "audience": self.placer.toggle_rehearsal_audience,
            "notes_bigger": lambda: self.console.set_notes_size(self.console.notes_px + 2),
            "notes_smaller": lambda: self.console.set_notes_size(self.console.notes_px - 2),
            "resume": self._resume,
            "refresh_results": pager.refresh if pager is not None else lambda: None,
        }
        simple[action]()

    def _resume(self) -> None:
        # Clickers' play button: un-blank, un-freeze, and bring back a closed projector window.
        layout = self.placer.layout
        wanted = layout is not None and (layout.audience or self.placer.rehearsal_audience)
        if wanted and not self.audience.isVisible():
            self.placer.apply()
        self.state.show_audience()

    def pick_screen(self, name: str) -> None:
        if not self.locked:
            self.placer.pick(name)

    # -- screens and hooks
    def _layout_changed(self, layout: Layout) -> None:
        names = [s.name() for s in self.placer.screens()]
        self.console.set_screens(names, layout.audience, layout.audience is None,
                                 self.placer.rehearsal_audience)
        if self.running:
            self._refresh()

    def _entered(self, index: int) -> None:
        action = self.deck.slides[index].action
        if action:
            self.action_slide.emit(action, index)
            hook = self._hooks.get(action)
            if hook:
                hook(index)
