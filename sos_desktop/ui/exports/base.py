"""What the Export menu's concerns share (csv_exports.py, reports.py, bundles.py): the
database, the SyncView, a task run with progress then told, and the organizer's key unlocked
once per session."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import tr
from sos_desktop.ui.exports.types import Progress, SyncView
from sos_desktop.words.errors import in_our_words

T = TypeVar("T")


class SyncBase:
    def __init__(self, db: Database, view: SyncView) -> None:
        self.db, self.view = db, view

    def _run(self, label: str, task: Callable[[Progress], T],
             done: Callable[[T], str]) -> T | None:
        try:
            result = self.view.run_with_progress(label, task)
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return None
        self.view.show_message(done(result))
        self.view.refresh()
        return result

    def unlocked(self) -> bool:
        """The private key, asked for once per session (forgotten when the kiosk starts or the
        app quits): sign-up exports and bundle merges open sealed contacts."""
        from sos_desktop.core.messages import Code
        from sos_desktop.core.security import keystore
        from sos_desktop.core.security.keys import KeyProblem

        if self.db.contact_key is not None:
            return True
        keys = keystore.read_keys(self.db)
        if keys is None:
            return self.view.set_up_keys(self.db)
        if not keys.has_private_key:
            self.view.show_error(tr("This laptop joined {organization} with the public key "
                                    "only: sign-ups are opened on the organizer's "
                                    "laptop.").format(organization=keys.org_name))
            return False
        while (passphrase := self.view.ask_passphrase()) is not None:
            try:
                keystore.unlock(self.db, passphrase)
                return True
            except KeyProblem as exc:
                wrong = exc.message is not None and exc.message.code is Code.WRONG_PASSPHRASE
                problem = tr("Wrong passphrase") if wrong else in_our_words(exc).capitalize()
                self.view.show_error(tr("{problem}. Try again, or cancel.").format(
                    problem=problem))
        return False
