"""The presenter console: current and next slide, notes, clocks, pace, screen controls.

It only lays out and draws from TalkState; keys and buttons go back to the controller.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.decks import AHEAD, BEHIND, ON_TIME, Deck, Pace
from sos_desktop.i18n import tr
from sos_desktop.ui.presentation.cache import RenderCache
from sos_desktop.ui.presentation.keys import TalkKeys, refuse_focus
from sos_desktop.ui.presentation.overview import OverviewGrid
from sos_desktop.ui.presentation.slide_view import SlideView
from sos_desktop.ui.presentation.state import WHITE, TalkState

PACE_COLOURS = {AHEAD: "#1F6FEB", BEHIND: "#D1242F"}  # on time: green below
ON_TIME_COLOUR = "#1A7F37"


def hints() -> str:
    """The help line under the console: every key of the talk, in the organizer's language."""
    return tr("→/Space next · ← back · B/. black · W white · F freeze · Esc cancel · "
              "G or number+Enter go to · Tab overview · T pause timer · S swap screens · "
              "A audience window · +/− notes size · Esc (console) end")


def pace_text(pace: Pace) -> str:
    """The pace chip's words (core's Pace.label, in the organizer's language)."""
    if pace.remaining_seconds < 0:
        return tr("over time")
    if pace.state == ON_TIME:
        return tr("on time")
    minutes = max(round(abs(pace.lead_seconds) / 60), 1)
    if pace.state == AHEAD:
        return tr("%n min ahead", None, minutes)
    return tr("%n min behind", None, minutes)


def clock_text(seconds: float) -> str:
    sign = "−" if seconds < 0 else ""
    seconds = abs(int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes:02d}:{secs:02d}"


class _WrapWhenTight(QLabel):
    """A label on one line while the row has room, wrapped when it has not: a word-wrapped
    QLabel alone asks for a narrow box and wraps even when the whole line would fit."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = (max(self.fontMetrics().horizontalAdvance(line)
                     for line in self.text().split("\n"))
                 + margins.left() + margins.right() + 2 * self.margin() + 2)
        return QSize(width, self.heightForWidth(width))


def _label(text: str = "", size: int = 16, bold: bool = False, wrap: bool = False) -> QLabel:
    label = _WrapWhenTight(text) if wrap else QLabel(text)
    label.setStyleSheet(f"font-size: {size}px; {'font-weight: bold;' if bold else ''}")
    return label


class _AspectBox(QWidget):
    """Holds a mirror of the audience window at the audience's shape, so it wraps alike."""

    def __init__(self, child: QWidget, aspect: Callable[[], float]) -> None:
        super().__init__()
        self.child, self._aspect = child, aspect
        child.setParent(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        aspect = self._aspect() or 16 / 9
        w, h = self.width(), self.height()
        w, h = min(w, round(h * aspect)), min(h, round(w / aspect))
        self.child.setGeometry((self.width() - w) // 2, (self.height() - h) // 2, w, h)


class PresenterConsole(TalkKeys, QWidget):
    from_console = True

    def __init__(self, deck: Deck, state: TalkState, cache: RenderCache,
                 on_key: Callable[[QKeyEvent, bool], bool], on_action: Callable[[str], None],
                 on_pick_screen: Callable[[str], None]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.deck, self.state = deck, state
        self._on_key, self._on_action = on_key, on_action
        self.allow_close = False
        self.notes_px = 22
        self.setWindowTitle(tr("{title} — presenter console").format(title=deck.title))
        self.setStyleSheet("QWidget { background: #14141A; color: #F2F2F2; }"
                           "QPushButton, QComboBox { background: #2A2A33; padding: 4px 10px; }"
                           "QCheckBox::indicator { width: 16px; height: 16px;"
                           " border: 2px solid #B8B8C0; background: #2A2A33; }"
                           "QCheckBox::indicator:checked { background: #F2B705; }"
                           "QPushButton:disabled, QComboBox:disabled { color: #6A6A72; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.position = _label(size=20, bold=True)
        self.audience_status = _label(size=18, bold=True, wrap=True)
        self.audience_status.setStyleSheet("font-size: 18px; font-weight: bold; color: white;"
                                           " background: #D1242F;")
        self.audience_status.setContentsMargins(8, 2, 8, 2)  # not CSS padding: sizeHint sees it
        self.wall = _label(size=20)
        self.elapsed = _label(size=20)
        self.remaining = _label(size=26, bold=True)
        self.pace = _label(size=20, bold=True)
        self.goto = _label(size=20, bold=True, wrap=True)
        self.kiosk_banner = _label(size=18, bold=True)
        self.kiosk_banner.setStyleSheet("font-size: 18px; font-weight: bold; color: #14141A;"
                                        " background: #F2B705; padding: 4px 10px;")
        self.kiosk_banner.setVisible(False)
        self.resumed = _label(size=16, bold=True)  # a talk picked up where it stopped
        self.resumed.setWordWrap(True)
        self.resumed.setStyleSheet("font-size: 16px; font-weight: bold; color: white;"
                                   " background: #1F6FEB; padding: 4px 10px;")
        self.resumed.setVisible(False)
        state.slide_entered.connect(lambda _index: self.resumed.setVisible(False))
        self.locked = False
        self.render_problem = _label(size=16, bold=True)
        self.render_problem.setWordWrap(True)
        self.render_problem.setStyleSheet("font-size: 16px; font-weight: bold; color: white;"
                                          " background: #D1242F; padding: 4px 10px;")
        self.render_problem.setVisible(False)
        # Passing states (blanked, frozen, typing a number) wrap rather than push the clocks
        # off a 1366 px screen when several are on at once in a longer language.
        top = QHBoxLayout()
        for widget in (self.position, self.audience_status, self.goto):
            top.addWidget(widget)
        top.addStretch(1)
        for caption, widget in ((tr("Time", "clock"), self.wall),
                                (tr("Elapsed", "timer"), self.elapsed),
                                (tr("Left", "time remaining"), self.remaining)):
            top.addWidget(_label(caption, 14))
            top.addWidget(widget)
            top.addSpacing(12)
        top.addWidget(self.pace, 0, Qt.AlignmentFlag.AlignVCenter)  # a chip, not a column

        self.current = SlideView(cache, "#000000")
        self.next = SlideView(cache, "#000000")
        self.next_caption = _label(tr("Next", "slide"), 16, bold=True)
        self.notes = QTextBrowser()
        self.notes.setOpenLinks(False)
        self.notes.setStyleSheet("QTextBrowser { background: #1E1E24; border: none; }")
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.next_caption)
        column.addWidget(self.next, 2)
        column.addWidget(_label(tr("Notes"), 16, bold=True))
        column.addWidget(self.notes, 3)
        # The current slide, or what the audience sees instead of it (live results).
        self.current_stack = QStackedWidget()
        self.current_stack.addWidget(self.current)
        self.live: _AspectBox | None = None
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.current_stack)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        self.overview = OverviewGrid(cache, lambda i: on_action(f"choose:{i}"))
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.overview)

        self.screen_picker = QComboBox()
        self.screen_picker.setToolTip(tr("Screen for the audience window"))
        self.screen_picker.activated.connect(
            lambda i: on_pick_screen(self.screen_picker.itemData(i) or ""))
        self.audience_button = QPushButton(tr("Show audience window (A)"))
        self.audience_button.clicked.connect(lambda: on_action("audience"))
        swap = QPushButton(tr("Swap screens (S)"))
        swap.clicked.connect(lambda: on_action("swap"))
        # The organizer's own control over live results: it stays here, never on the projector.
        self.free_text = QCheckBox(tr("Show free-text answers on the projector"))
        self.free_text.setVisible(False)
        end = QPushButton(tr("End presentation"))
        end.clicked.connect(lambda: on_action("end"))
        self.controls = [self.screen_picker, self.audience_button, self.free_text, swap, end,
                         self.overview]
        self.hints = _label(hints(), 13)
        self.hints.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for control in (self.free_text, _label(tr("Audience on:"), 13), self.screen_picker,
                        self.audience_button, swap, end):
            bottom.addWidget(control)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.kiosk_banner)
        layout.addWidget(self.resumed)
        layout.addWidget(self.render_problem)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.hints)
        self._notes_for: int | None = None
        self.set_notes_size(self.notes_px)
        refuse_focus(self)  # once every widget has its parent: every key reaches keyPressEvent

    # -- drawing from state
    def refresh(self) -> None:
        state = self.state
        count = state.count
        self.position.setText(tr("Slide {number} / {count}").format(number=state.index + 1,
                                                                    count=count))
        self.current.show_slide(state.index)
        has_next = state.index + 1 < count
        self.next.show_slide(state.index + 1 if has_next else None)
        self.next_caption.setText(tr("Next", "slide") if has_next else tr("Next: end of the deck"))
        if self._notes_for != state.index:
            self._notes_for = state.index
            notes = self.deck.slides[state.index].notes
            self.notes.setMarkdown(notes or "*" + tr("(no notes for this slide)") + "*")
        self.audience_status.setText(self._audience_text())
        self.audience_status.setVisible(bool(self.audience_status.text()))
        typing = state.goto_buffer
        self.goto.setText("" if typing is None else
                          tr("Go to slide: {number}▏ (Enter)").format(number=typing))
        self.goto.setVisible(typing is not None)
        self.stack.setCurrentIndex(1 if state.overview else 0)
        if self.live is not None:
            self.live.fit()  # the audience window may have changed shape
        if state.overview:
            self.overview.set_selection(state.overview_index, state.index)
        self.tick()

    def _audience_text(self) -> str:
        state = self.state
        parts = []
        if state.blank:
            parts.append(tr("AUDIENCE: WHITE SCREEN") if state.blank == WHITE
                         else tr("AUDIENCE: BLACK SCREEN"))
        if state.frozen is not None:
            parts.append(tr("FROZEN on slide {number}").format(number=state.frozen + 1))
        return "  ·  ".join(parts)

    def tick(self) -> None:
        state = self.state
        self.wall.setText(state.wall().strftime("%H:%M"))
        self.elapsed.setText(clock_text(state.elapsed()) + (" ⏸" if state.timer_paused else ""))
        pace = state.pace()
        self.remaining.setText(clock_text(pace.remaining_seconds))
        self.pace.setText(f" {pace_text(pace)} ")
        if self.pace.property("pace") != pace.state:  # restyling is costly: only on change
            colour = PACE_COLOURS.get(pace.state, ON_TIME_COLOUR)
            self.pace.setProperty("pace", pace.state)
            self.pace.setStyleSheet(f"font-size: 20px; font-weight: bold; color: white; "
                                    f"background: {colour}; border-radius: 6px; padding: 2px 8px;")

    def set_notes_size(self, px: int) -> None:
        self.notes_px = min(max(px, 12), 64)
        font = self.notes.font()
        font.setPixelSize(self.notes_px)
        self.notes.setFont(font)
        self.notes.document().setDefaultFont(font)

    def set_screens(self, names: list[str], audience: str | None, one_screen: bool,
                    rehearsal_audience: bool = False) -> None:
        self.screen_picker.clear()
        for number, name in enumerate(names, 1):
            self.screen_picker.addItem(name or tr("Screen {number}").format(number=number), name)
        if audience in names:
            self.screen_picker.setCurrentIndex(names.index(audience))
        self.screen_picker.setEnabled(len(names) > 1)
        self.audience_button.setVisible(one_screen)
        self.audience_button.setText(tr("Hide audience window (A)") if rehearsal_audience
                                     else tr("Show audience window (A)"))

    def show_live(self, widget: QWidget | None,
                  aspect: Callable[[], float] = lambda: 16 / 9) -> None:
        """Show `widget` (a mirror of the audience's live results) where the slide goes,
        at the audience window's shape (`aspect`)."""
        if self.live is not None:
            self.current_stack.removeWidget(self.live)
            self.live.deleteLater()
        self.live = None
        self.free_text.setVisible(widget is not None)
        if widget is not None:
            self.live = _AspectBox(widget, aspect)
            self.current_stack.addWidget(self.live)
            self.current_stack.setCurrentWidget(self.live)
            refuse_focus(self.live)
        else:
            self.free_text.setChecked(False)
            self.current_stack.setCurrentWidget(self.current)

    def slide_area(self) -> QRect:
        """Where the current slide is drawn, in screen coordinates (for the rehearsal window)."""
        if (layout := self.layout()) is not None:
            layout.activate()
        area = self.current_stack
        return QRect(area.mapToGlobal(QPoint(0, 0)), area.size())

    def show_render_problem(self, message: str) -> None:
        self.render_problem.setText("⚠ " + message)
        self.render_problem.setVisible(True)

    def show_resumed(self, index: int, elapsed: float) -> None:
        """Say that the talk went on where it stopped (until the next slide), and how to
        start over instead."""
        self.resumed.setText(tr(
            "Resumed where the talk stopped: slide {number}, {elapsed} elapsed. To start from "
            "the beginning, end the talk and press Shift+F5 in the visit list.").format(
                number=index + 1, elapsed=clock_text(elapsed)))
        self.resumed.setVisible(True)

    def set_locked(self, message: str | None) -> None:
        """While another window (the kiosk) owns the laptop, the talk's controls are shut."""
        self.locked = message is not None
        self.kiosk_banner.setText(message or "")
        self.kiosk_banner.setVisible(self.locked)
        for control in self.controls:
            control.setEnabled(not self.locked)

    # -- input
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and not self.allow_close:
            event.ignore()  # the talk cannot end behind the kiosk
            return
        if not self.allow_close:  # the close button (or quitting) ends the talk like Esc does
            self._on_action("end")
        event.accept()
