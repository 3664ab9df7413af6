"""Export → Team laptops: which laptops may send bundles here (register, revoke), and this
laptop's own key card to carry to the organizer. Logic only: the dialog is laptops_view.py,
file pickers and questions go through the SyncView, so tests need no window."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.bundles.laptops import Laptop, OtherOrganization, StaysRevoked
from sos_desktop.core.errors import SosError
from sos_desktop.i18n import tr
from sos_desktop.ui.exports.types import Sync
from sos_desktop.words.errors import in_our_words

CARD_SUFFIX = ".soslaptop"


def _cards() -> str:
    return tr("SOS laptop key ({pattern})").format(pattern=f"*{CARD_SUFFIX}")


class TeamLaptops:
    def __init__(self, sync: Sync) -> None:
        self.sync, self.db, self.view = sync, sync.db, sync.view

    def is_organizer(self) -> bool:
        """True where bundles are merged: the laptop that holds the private key."""
        from sos_desktop.core.security.keystore import read_keys

        keys = read_keys(self.db)
        return keys is not None and keys.has_private_key

    def my_fingerprint(self) -> str | None:
        """This laptop's bundle key (made on first need); None before it joins."""
        from sos_desktop.core.security import laptop_key
        from sos_desktop.core.security.keystore import read_keys

        if read_keys(self.db) is None:
            return None
        return laptop_key.fingerprint(laptop_key.public_key(Path(self.db.path).parent))

    def laptops(self) -> list[Laptop]:
        from sos_desktop.core.bundles.laptops import list_laptops

        return list_laptops(self.db)

    def _fail(self, exc: SosError) -> bool:
        self.view.show_error(in_our_words(exc))
        return False

    def register(self) -> bool:
        from sos_desktop.core.bundles.laptops import register
        from sos_desktop.core.security.laptop_key import read_card

        path = self.view.ask_open_path(tr("Register a team laptop"), _cards())
        if path is None or not self.sync.unlocked():
            return False
        try:
            with open(path, "rb") as f:
                data = f.read(65536)
        except OSError as exc:
            self.view.show_error(tr("{file}: cannot read ({reason})").format(
                file=path, reason=exc.strerror))
            return False
        try:
            card = read_card(data, str(path))
            laptop, new = register(self.db, card)
        except StaysRevoked:
            self.view.show_error(tr("The key of {name} was revoked and stays revoked. On that "
                                    "laptop, save a card with a new key, then register that "
                                    "card.").format(name=card.name))
            return False
        except OtherOrganization:
            self.view.show_error(tr("{name} has not joined this organization: it cannot send "
                                    "bundles here.").format(name=card.name))
            return False
        except SosError as exc:
            return self._fail(exc)
        text = (tr("Registered {name}: its bundles are accepted from now on. Check that the "
                   "laptop's own window shows the same key: {fingerprint}") if new
                else tr("{name} was already registered (key {fingerprint})."))
        self.view.show_message(text.format(name=laptop.name, fingerprint=laptop.fingerprint))
        return True

    def revoke(self, laptop: Laptop) -> bool:
        from sos_desktop.core.bundles.laptops import revoke

        question = tr("Refuse every bundle signed by {name} (key {fingerprint}) from now on? "
                      "What it sent before stays. A revoked key cannot be registered again: "
                      "the laptop would need a new one.").format(
            name=laptop.name, fingerprint=laptop.fingerprint)
        if not self.view.confirm_again(question) or not self.sync.unlocked():
            return False
        try:
            revoke(self.db, laptop.fingerprint)
        except SosError as exc:
            return self._fail(exc)
        self.view.show_message(tr("Revoked {name}: bundles it signs are refused.").format(
            name=laptop.name))
        return True

    def save_card_with_new_key(self) -> bool:
        """After a revocation: a new key for this laptop, and its card."""
        if not self.view.confirm_again(tr(
                "Make this laptop a new bundle key? Bundles signed with the old key are no "
                "longer accepted anywhere, and the organizer must register the new card.")):
            return False
        return self.save_card(new_key=True)

    def save_card(self, new_key: bool = False) -> bool:
        """Write this laptop's key card for the organizer to register (with a new key only
        once the file is chosen: a cancelled dialog changes nothing)."""
        from sos_desktop.core.bundles.laptops import my_card
        from sos_desktop.core.security.laptop_key import card_file, default_name
        from sos_desktop.core.storage.atomic import atomic_output

        try:
            card = my_card(self.db)
        except SosError as exc:
            return self._fail(exc)
        name = "".join(c if c.isalnum() or c in "-_" else "-" for c in default_name())
        path = self.view.ask_save_path(tr("This laptop's key card"),
                                       f"{name or card.device_id[:8]}{CARD_SUFFIX}", _cards())
        if path is None:
            return False
        try:
            if new_key:
                card = my_card(self.db, new_key=True)
            with atomic_output(path) as out:
                out.write(card_file(card))
        except SosError as exc:
            return self._fail(exc)
        self.view.show_message(tr("Wrote {path}. Carry it to the organizer, who registers it "
                                  "and should see the same key: {fingerprint}").format(
            path=path, fingerprint=card.fingerprint))
        return True
