"""Which screen gets which window, and keeping it right when a projector comes or goes.

`choose_layout` is plain logic over screen descriptions so it is tested without windows;
`ScreenPlacer` applies it to the two windows and re-applies it on screenAdded/screenRemoved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    width: int
    height: int
    primary: bool = False


@dataclass(frozen=True)
class Layout:
    console: str
    audience: str | None  # None: one screen, rehearsal; the audience window is optional


def choose_layout(screens: list[ScreenInfo], swapped: bool = False,
                  preferred: str | None = None) -> Layout:
    """Console on the laptop (primary) screen, audience on the projector (another screen).

    `preferred` is the screen the presenter picked for the audience; `swapped` exchanges the two
    (for a laptop whose primary screen is the projector).
    """
    if not screens:
        raise ValueError("no screens")
    primary = next((s for s in screens if s.primary), screens[0])
    others = [s for s in screens if s is not primary]
    if not others:
        return Layout(primary.name, None)
    chosen = next((s for s in screens if s.name == preferred), None)
    if chosen is None or chosen is primary:
        # The biggest other screen is most likely the projector.
        chosen = max(others, key=lambda s: s.width * s.height)
    if swapped:
        return Layout(chosen.name, primary.name)
    return Layout(primary.name, chosen.name)


def describe(screen: QScreen) -> ScreenInfo:
    geometry = screen.geometry()
    return ScreenInfo(screen.name(), geometry.width(), geometry.height(),
                      screen is QGuiApplication.primaryScreen())


def projector_screen() -> QScreen | None:
    """The screen the audience window would take (None with one screen), by the same rule."""
    screens = QGuiApplication.screens()
    layout = choose_layout([describe(s) for s in screens])
    return next((s for s in screens if s.name() == layout.audience), None)


def move_to(window: QWidget, screen: QScreen, full_screen: bool) -> None:
    # A full-screen window must be made normal before it can change screens.
    if window.isFullScreen():
        window.showNormal()
    window.winId()  # make sure the native window exists
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    if full_screen:
        window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        # Maximized, not a geometry the size of the screen: the window manager's frame would
        # then push the bottom of the window (the console's help line) off the screen.
        window.setGeometry(screen.availableGeometry())
        window.showMaximized()


TITLE_BAR = 30  # px: a window manager's usual title bar, when its real height is not known yet


class ScreenPlacer(QObject):
    """Keeps the console and audience windows on the right screens."""

    def __init__(self, console: QWidget, audience: QWidget,
                 on_change: Callable[[Layout], None] | None = None,
                 parent: QObject | None = None,
                 rehearsal_area: Callable[[], QRect] | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.audience = audience
        self.swapped = False
        self.preferred: str | None = None
        self.rehearsal_audience = False  # one screen: the presenter may still show it
        self.layout: Layout | None = None
        self._on_change = on_change
        # Rehearsal: where on the console the audience window may sit (global coordinates).
        self._rehearsal_area = rehearsal_area
        self._gone: set[str] = set()
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        app.primaryScreenChanged.connect(lambda _s: self.apply())

    def screens(self) -> list[QScreen]:
        return [s for s in QGuiApplication.screens() if s.name() not in self._gone]

    def apply(self) -> Layout:
        screens = self.screens() or QGuiApplication.screens()
        by_name = {s.name(): s for s in screens}
        layout = choose_layout([describe(s) for s in screens], self.swapped, self.preferred)
        self.layout = layout
        # The projector first: the class sees the first slide before the console is drawn.
        if layout.audience is not None:
            move_to(self.audience, by_name[layout.audience], full_screen=True)
        elif not self.rehearsal_audience:
            self.audience.hide()
        # With a projector the console fills the laptop (or, swapped, the other) screen; alone it
        # stays a maximized window so a rehearsal audience window can sit on top of it.
        move_to(self.console, by_name[layout.console], full_screen=layout.audience is not None)
        if layout.audience is None and self.rehearsal_audience:
            self._show_rehearsal_window(by_name[layout.console])
        if self._on_change:
            self._on_change(layout)
        return layout

    def _show_rehearsal_window(self, screen: QScreen) -> None:
        if self.audience.isFullScreen():
            self.audience.showNormal()
        # Over the console's own current slide, which it duplicates: the clock, pace chip, notes,
        # next slide and buttons stay in view.
        area = self._rehearsal_area() if self._rehearsal_area else QRect()
        if area.width() < 160:
            whole = screen.availableGeometry()
            area = QRect(whole.left(), whole.top() + whole.height() // 4, whole.width() // 2,
                         whole.height() // 2)
        self.audience.show()
        # The window manager's frame goes around the window: keep it inside the area too.
        frame, inner = self.audience.frameGeometry(), self.audience.geometry()
        top = inner.top() - frame.top() or TITLE_BAR  # not known until the frame is mapped
        self.audience.setGeometry(area.adjusted(max(inner.left() - frame.left(), 0), top,
                                                -max(frame.right() - inner.right(), 0),
                                                -max(frame.bottom() - inner.bottom(), 0)))
        self.audience.raise_()

    def swap(self) -> Layout:
        self.swapped = not self.swapped
        return self.apply()

    def pick(self, screen_name: str) -> Layout:
        self.preferred = screen_name
        self.swapped = False
        return self.apply()

    def toggle_rehearsal_audience(self) -> Layout:
        self.rehearsal_audience = not self.rehearsal_audience
        return self.apply()

    def _screen_added(self, screen: QScreen) -> None:
        self._gone.discard(screen.name())
        self.apply()

    def _screen_removed(self, screen: QScreen) -> None:
        # Qt still lists the screen while this signal runs; leave it out, then recheck once
        # Qt has moved orphaned windows to the primary screen.
        self._gone.add(screen.name())
        self.apply()
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        names = {s.name() for s in QGuiApplication.screens()}
        self._gone &= names
        self.apply()
