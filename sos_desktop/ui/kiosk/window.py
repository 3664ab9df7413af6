"""The kiosk window: full screen on the laptop, locked, resets itself between students.

Keys that would leave (Esc, Alt+F4, Ctrl+Q, Ctrl+W, F11, …) are swallowed and closing is
refused; only the organizer PIN (corner button or Ctrl+Shift+L) unlocks it. Until then no
other window of the app takes input (lockdown.py) and a kiosk minimised or hidden from outside
comes back by itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sos_desktop import languages
from sos_desktop.core.kiosk.flow import FlowState, KioskFlow, Step
from sos_desktop.core.kiosk.idle import IdleState, IdleWatch
from sos_desktop.core.kiosk.pin import PinClock
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import kiosk
from sos_desktop.ui.kiosk.lockdown import Lockdown
from sos_desktop.ui.kiosk.pages import (
    JoinScreen,
    LanguageScreen,
    ThanksScreen,
    WelcomeScreen,
)
from sos_desktop.ui.kiosk.pin_dialog import CheckPinDialog
from sos_desktop.ui.kiosk.signup_form import SignupForm
from sos_desktop.ui.kiosk.style import KIOSK_QSS
from sos_desktop.ui.kiosk.survey_screen import SurveyScreen, saving_failed
from sos_desktop.ui.kiosk.widgets import button, label
from sos_desktop.ui.wheel_guard import install_wheel_guard

_BLOCKED_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_F4,
    Qt.Key.Key_F11,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Close,
}
_BLOCKED_CTRL = {Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_N, Qt.Key.Key_T, Qt.Key.Key_P}
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
             QEvent.Type.Wheel, QEvent.Type.TabletPress}
UNLOCK_KEYS = QKeySequence("Ctrl+Shift+L")
THANKS_SECONDS = 8  # the thank-you screen hands over to the next student by itself
SETTLE_MS = 50  # after a save, its next screen is painted before the saver settles


class IdleOverlay(QFrame):
    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle")
        self.title = label("", "idleTitle")
        self.body = label("", "idleBody")
        self.stay = button("", primary=True)
        self.stay.clicked.connect(self.still_here)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 120, 120, 120)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.stay, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.hide()

    def show_countdown(self, language: str | None, seconds: int) -> None:
        """In the student's language, or both before one is chosen."""
        langs = [language] if language else list(languages.codes())
        self.title.setText(" / ".join(kiosk.tr("Still there?", language=lang) for lang in langs))
        self.body.setText("\n".join(kiosk.tr(
            "This form will clear in %n second(s) to protect your privacy.", None, seconds,
            language=lang) for lang in langs))
        self.stay.setText(" / ".join(kiosk.tr("I'm still here", language=lang)
                                     for lang in langs))
        self.stay.setAccessibleName(self.stay.text())
        parent = self.parentWidget()
        assert parent is not None  # made as the kiosk window's child
        self.setGeometry(parent.rect())
        if not self.isVisible():
            self.show()
            self.raise_()
            self.stay.setFocus()


class _KeyGuard(QObject):
    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self._window.filter_event(event)


class KioskWindow(QWidget):
    left = Signal()

    def __init__(
        self,
        flow: KioskFlow,
        db: Database,
        *,
        survey_title: str = "",
        idle: IdleWatch | None = None,
        pin_clock: PinClock = time,
        ask_pin: Callable[[QWidget], bool] | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("kiosk")
        install_wheel_guard()
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(KIOSK_QSS)
        self.flow = flow
        self.idle = idle or IdleWatch()
        self._ask_pin = ask_pin or (lambda parent: CheckPinDialog(db, parent, pin_clock).exec()
                                    == CheckPinDialog.DialogCode.Accepted)
        self._unlocked = False
        self._full_screen = False  # shown full screen: comes back full screen
        self.lockdown = Lockdown(self, self.come_back)

        signup_only = flow.runner is None  # the class answers on paper
        self.welcome = WelcomeScreen(survey_title, signup_only=signup_only)
        self.language = LanguageScreen()
        self.survey = SurveyScreen()
        self.join = JoinScreen()
        self.signup = SignupForm()
        self.thanks = ThanksScreen(signup_only=signup_only)
        self.stack = QStackedWidget()
        for screen in (self.welcome, self.language, self.survey, self.join, self.signup,
                       self.thanks):
            self.stack.addWidget(screen)

        self.organizer = QPushButton()
        self.organizer.setObjectName("organizer")
        self.organizer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.organizer.clicked.connect(self.request_exit)
        top = QHBoxLayout()
        top.setContentsMargins(8, 4, 8, 0)
        top.addStretch(1)
        top.addWidget(self.organizer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.overlay = IdleOverlay(self)
        self.overlay.still_here.connect(self._still_here)

        self.welcome.start.connect(lambda: self._show(self.flow.begin()))
        self.language.chosen.connect(lambda code: self._show(self.flow.choose_language(code)))
        self.survey.answer_changed.connect(self._answer_changed)
        self.survey.next_requested.connect(lambda: self._show(self.flow.next_page()))
        self.survey.back_requested.connect(lambda: self._show(self.flow.previous_page()))
        self.join.answered.connect(lambda yes: self._show(self.flow.join(yes)))
        self.signup.submitted.connect(lambda data: self._show(self.flow.submit_signup(data)))
        self.signup.skipped.connect(lambda: self._show(self.flow.skip_signup()))
        self.thanks.done.connect(self.reset)

        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        # The app-wide key filter is a child object: it goes away with the window even if the
        # window is destroyed without being unlocked (Qt drops deleted filters).
        self._guard = _KeyGuard(self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self._guard)
        self.reset()

    # --- flow -> screens -------------------------------------------------------------------
    def reset(self) -> None:
        """Back to welcome with every field emptied: the next student sees nothing earlier."""
        self.signup.clear()
        self.survey.clear()
        self.overlay.hide()
        self._show(self.flow.reset())

    def _window_words(self, lang: str | None) -> None:
        """The title and the Organizer button in the student's language (they are on the
        student's screen); both before one is chosen. The PIN dialog behind the button is in
        the organizer's."""
        langs = [lang] if lang else list(languages.codes())
        self.setWindowTitle(" / ".join(kiosk.tr("SOS survey", language=code) for code in langs))
        caption = " / ".join(kiosk.tr("Organizer", language=code) for code in langs)
        tip = " / ".join(kiosk.tr("Organizer: leave the kiosk (PIN)", language=code)
                         for code in langs)
        self.organizer.setText(caption)
        self.organizer.setToolTip(tip)
        self.organizer.setAccessibleName(tip)

    def _show(self, state: FlowState) -> None:
        lang = state.language
        self.idle.touch()
        if state.step in (Step.JOIN, Step.THANKS):  # a save may have left work for after
            QTimer.singleShot(SETTLE_MS, self.flow.after_saved)
        self._window_words(None if state.step in (Step.WELCOME, Step.LANGUAGE) else lang)
        if state.step is Step.WELCOME:
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.go.setFocus()
        elif state.step is Step.LANGUAGE:
            self.stack.setCurrentWidget(self.language)
            self.language.buttons["en"].setFocus()
        elif state.step is Step.SURVEY:
            self.survey.show_page(
                self.flow.current_page(), state.answers, lang, state.page_index,
                self.flow.page_count(), state.page_problems, state.error,
            )
            self.stack.setCurrentWidget(self.survey)
        elif state.step is Step.JOIN:
            self.survey.clear()
            self.join.set_language(lang)
            self.stack.setCurrentWidget(self.join)
            self.join.yes.setFocus()
        elif state.step is Step.SIGNUP:
            if self.stack.currentWidget() is not self.signup:
                self.signup.set_language(lang)
                self.stack.setCurrentWidget(self.signup)
                self.signup.age.setFocus()
            if state.signup_problems:
                self.signup.show_problems(state.signup_problems)
            elif state.error:
                self.signup.problems.setText(saving_failed(lang, state.error))
                self.signup.problems.show()
        elif state.step is Step.THANKS:
            self.signup.clear()
            self.thanks.show_for(lang, state.signed_up)
            self.stack.setCurrentWidget(self.thanks)
            self.thanks.next.setFocus()

    def _answer_changed(self, key: str, value: object) -> None:
        self.flow.set_answer(key, value)
        # Relevance may show or hide questions on this page.
        self.survey.refresh_visibility(self.flow.current_page(), self.flow.state.answers)

    # --- idle --------------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.flow.state.step is Step.WELCOME:
            self.overlay.hide()
            return
        if self.flow.state.step is Step.THANKS and self.idle.quiet_for() >= THANKS_SECONDS:
            self.reset()
            return
        status = self.idle.status()
        if status.state is IdleState.ACTIVE:
            self.overlay.hide()
        elif status.state is IdleState.WARNING:
            chosen = self.flow.state.step is not Step.LANGUAGE
            self.overlay.show_countdown(self.flow.state.language if chosen else None,
                                        status.seconds_left)
        else:
            self.reset()

    def _still_here(self) -> None:
        self.idle.touch()
        self.overlay.hide()

    # --- lock --------------------------------------------------------------------------------
    def filter_event(self, event: QEvent) -> bool:
        if not self.lockdown.active:  # not shown yet, or unlocked
            return False
        kind = event.type()
        if kind in _ACTIVITY and not self.overlay.isVisible():
            self.idle.touch()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and not self._unlocked:
            assert isinstance(event, QKeyEvent)
            if kind == QEvent.Type.KeyPress and event.keyCombination().toCombined() == \
                    UNLOCK_KEYS[0].toCombined():  # type: ignore[index]  # stubs lack seq[i]
                QTimer.singleShot(0, self.request_exit)
                return True
            if self._is_escape(event):
                event.accept()
                return True
        return False

    @staticmethod
    def _is_escape(event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        mods = event.modifiers()
        if key in _BLOCKED_KEYS:
            return True
        if mods & Qt.KeyboardModifier.ControlModifier and key in _BLOCKED_CTRL:
            return True
        return bool(mods & Qt.KeyboardModifier.AltModifier and key == Qt.Key.Key_Tab)

    def request_exit(self) -> bool:
        if self._unlocked:
            return True
        if not self._ask_pin(self):
            return False
        self._unlocked = True
        self.ticker.stop()
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self._guard)
        self.lockdown.release()
        self.close()
        self.left.emit()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._unlocked:
            self.lockdown.engage()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            if self.isMinimized():
                if self.lockdown.active:  # minimised from outside (a key, the taskbar)
                    QTimer.singleShot(0, self.come_back)
            else:
                self._full_screen = self.isFullScreen()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.lockdown.active and not self._unlocked:  # hidden by the window manager
            QTimer.singleShot(0, self.come_back)

    def come_back(self) -> None:
        """The kiosk to the front again, as it was shown: only the PIN takes it away."""
        if self._unlocked or not self.lockdown.active:
            return
        if self.isMinimized() or not self.isVisible():
            if self._full_screen:
                self.showFullScreen()
            else:
                self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked:
            event.accept()
        else:
            event.ignore()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.overlay.setGeometry(self.rect())
