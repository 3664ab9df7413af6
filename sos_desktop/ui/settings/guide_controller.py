"""What the first-run guide does, independent of widgets (tests pass a fake view): three
skippable steps on a fresh data folder (the PIN, the passphrase, a first visit), then the list.

No language step: the window itself is English only until the Spanish interface lands, so a
first choice that changes nothing on screen would mislead; the choice is in Settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sos_desktop.core import settings
from sos_desktop.core.db import Database
from sos_desktop.core.kiosk.pin import has_pin
from sos_desktop.core.security import keystore


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    body: str
    action: str  # the button that does the step
    done: str  # said once the step is done


STEPS = (
    Step("pin", "Organizer PIN",
         "Students sign up at this laptop in kiosk mode. Leaving the kiosk needs a PIN of 4 to "
         "12 digits, so a student cannot close it or see other students' entries. Choose one "
         "that only the presenters know.",
         "Set the PIN…", "The PIN is set."),
    Step("passphrase", "Passphrase for contact data",
         "Sign-ups hold students' emails and phone numbers. They are sealed so that a lost "
         "laptop reveals none of them. Choose the organizer passphrase: exports of sign-ups and "
         "merges ask for it. You then see a recovery key once: write it down.",
         "Set the passphrase…", "The passphrase is set and contact data is sealed."),
    Step("visit", "Your first visit",
         "A visit is one class or club: the school, the date, the educator, the presenters "
         "and the survey the class takes. You can present it, open the kiosk and see the "
         "results from the list.",
         "Create a visit…", "The visit is created."),
)


class GuideView(Protocol):
    def show_step(self, number: int, count: int, step: Step, done: bool) -> None: ...
    def ask_new_pin(self) -> bool: ...
    def ask_passphrase(self) -> bool: ...
    def ask_first_visit(self) -> bool: ...
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
        if step.key == "pin":
            return has_pin(self.db)
        if step.key == "passphrase":
            return keystore.read_keys(self.db) is not None
        from sos_desktop.core.visits import list_visits

        return bool(list_visits(self.db))

    def start(self) -> None:
        self.index = 0
        self._show()

    def _show(self) -> None:
        self.view.show_step(self.index + 1, len(STEPS), self.step, self.is_done(self.step))

    def act(self) -> None:
        """Does the current step; moves on once it is done (cancelled: stays)."""
        ask = {"pin": self.view.ask_new_pin, "passphrase": self.view.ask_passphrase,
               "visit": self.view.ask_first_visit}[self.step.key]
        if not self.is_done(self.step):
            ask()
        if self.is_done(self.step):
            self.next()
        else:
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
