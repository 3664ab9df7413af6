"""What the first-run guide does, independent of widgets (tests pass a fake view): four
skippable steps on a fresh data folder (the interface language, the PIN, the passphrase, a
first visit), then the list.

The language comes first so every later step reads in it: choosing one stores it in Settings
and switches the window at once (the view rebuilds itself), and the guide goes on with the next
step rather than starting over."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sos_desktop.core import settings
from sos_desktop.core.kiosk.pin import has_pin
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import QT_TR_NOOP


@dataclass(frozen=True)
class Step:
    """A step's texts in English; the view shows them through tr()."""

    key: str
    title: str
    body: str
    action: str  # the button that does the step ("" for the language: one button a language)
    done: str  # said once the step is done


STEPS = (
    Step("language", QT_TR_NOOP("Interface language"),
         QT_TR_NOOP("SOS Desktop speaks English and Spanish. Choose the language of this "
                    "window; at the kiosk each student chooses their own."),
         "", QT_TR_NOOP("You can change it later in Settings (Ctrl+,).")),
    Step("pin", QT_TR_NOOP("Organizer PIN"),
         QT_TR_NOOP("Students sign up at this laptop in kiosk mode. Leaving the kiosk needs a "
                    "PIN of 4 to 12 digits, so a student cannot close it or see other students' "
                    "entries. Choose one that only the presenters know."),
         QT_TR_NOOP("Set the PIN…"), QT_TR_NOOP("The PIN is set.")),
    Step("passphrase", QT_TR_NOOP("Passphrase for contact data"),
         QT_TR_NOOP("Sign-ups hold students' emails and phone numbers. They are sealed so that "
                    "a lost laptop reveals none of them. Choose the organizer passphrase: "
                    "exports of sign-ups and merges ask for it. You then see a recovery key "
                    "once: write it down."),
         QT_TR_NOOP("Set the passphrase…"),
         QT_TR_NOOP("The passphrase is set and contact data is sealed.")),
    Step("visit", QT_TR_NOOP("Your first visit"),
         QT_TR_NOOP("A visit is one class or club: the school, the date, the educator, the "
                    "presenters and the survey the class takes. You can present it, open the "
                    "kiosk and see the results from the list."),
         QT_TR_NOOP("Create a visit…"), QT_TR_NOOP("The visit is created.")),
)


class GuideView(Protocol):
    def show_step(self, number: int, count: int, step: Step, done: bool) -> None: ...
    def ask_new_pin(self) -> bool: ...
    def ask_passphrase(self) -> bool: ...
    def ask_first_visit(self) -> bool: ...
    def switch_language(self, code: str) -> None: ...
    def close_guide(self) -> None: ...


class GuideController:
    def __init__(self, db: Database, view: GuideView) -> None:
        self.db = db
        self.view = view
        self.index = 0

    @property
    def step(self) -> Step:
        return STEPS[self.index]

    def is_done(self, step: Step) -> bool:
        if step.key == "language":
            return True  # a language is always in use: the step only changes it
        if step.key == "pin":
            return has_pin(self.db)
        if step.key == "passphrase":
            return keystore.read_keys(self.db) is not None
        from sos_desktop.core.visits.store import list_visits

        return bool(list_visits(self.db))

    def start(self, index: int = 0) -> None:
        """From the first step, or from `index` in a window rebuilt in a new language."""
        self.index = max(0, min(index, len(STEPS) - 1))
        self._show()

    def _show(self) -> None:
        self.view.show_step(self.index + 1, len(STEPS), self.step, self.is_done(self.step))

    def act(self) -> None:
        """Does the current step; moves on once it is done (cancelled: stays)."""
        ask = {"language": lambda: True, "pin": self.view.ask_new_pin,
               "passphrase": self.view.ask_passphrase,
               "visit": self.view.ask_first_visit}[self.step.key]
        if not self.is_done(self.step):
            ask()
        if self.is_done(self.step):
            self.next()
        else:
            self._show()

    def choose_language(self, code: str) -> None:
        """Stores `code` (a code of sos_desktop/languages.py, or FOLLOW_COMPUTER) as in Settings,
        then moves on: the view switches the window's language and shows the next step in it."""
        from sos_desktop.core.surveys.store import list_surveys

        stored = settings.load(self.db)
        settings.save(self.db, stored._replace(language=code),
                      {survey.key for survey in list_surveys(self.db)})
        self.index = STEPS.index(self.step) + 1
        self.view.switch_language(code)
        self._show()

    def next(self) -> None:
        """Next step (done or skipped); after the last one the guide closes for good."""
        if self.index + 1 >= len(STEPS):
            self.finish()
            return
        self.index += 1
        self._show()

    def back(self) -> None:
        self.index = max(0, self.index - 1)
        self._show()

    def finish(self) -> None:
        settings.finish_first_run(self.db)
        self.view.close_guide()
