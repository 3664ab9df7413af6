"""First-run passphrase dialog: keys created, recovery key shown once, kiosk forgets the key."""

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from sos_desktop.ui.security.passphrase_dialog import SetPassphraseDialog


def test_first_run_sets_passphrase_and_shows_recovery_key(qtbot, data_dir):
    """Ensure mismatched or short passphrases are refused with a message, then the keys are
    created and the recovery key is shown before the dialog can close."""
    db = open_database(data_dir)
    dialog = SetPassphraseDialog(lambda passphrase: keystore.create(db, passphrase))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.show()
    dialog.grab().save("/tmp/seal-passphrase-entry.png")
    qtbot.keyClicks(dialog.first, "short")
    qtbot.keyClicks(dialog.second, "short")
    ok.click()
    assert "at least 10" in dialog.message.text() and keystore.read_keys(db) is None
    dialog.second.setText("a long passphrase x")
    dialog.first.setText("a long passphrase y")
    ok.click()
    assert "differ" in dialog.message.text()
    dialog.first.setText("a long passphrase x")
    ok.click()
    assert keystore.read_keys(db) is not None
    assert dialog.key_view.toPlainText().count("-") == 12 and not dialog.key_view.isHidden()
    assert "gone for good" in dialog.intro.text()
    QApplication.processEvents()  # let the layout settle before the picture
    dialog.grab().save("/tmp/seal-passphrase.png")
    ok.click()
    assert dialog.result() == SetPassphraseDialog.DialogCode.Accepted


def test_kiosk_start_forgets_the_private_key(qtbot, db, visit_id, monkeypatch):
    """Ensure the kiosk runs with the public key only."""
    from sos_desktop.core.kiosk import pin
    from sos_desktop.ui.kiosk import launch

    pin.set_pin(db, "2468")
    assert db.contact_key is not None
    window = launch.start_kiosk(db, visit_id)
    qtbot.addWidget(window)
    assert db.contact_key is None
    window._ask_pin = lambda parent: True
    window.request_exit()  # the organizer leaves: the app-wide key filter goes with it


def test_older_database_is_sealed_after_the_start_up_dialog(data_dir, monkeypatch):
    """Ensure the window's start-up seals an older database once the organizer has set the
    passphrase and seen the recovery key; cancelling leaves the file as it was."""
    from sos_desktop.core.errors import SealingNeedsKeys
    from sos_desktop.ui.security import passphrase_dialog as pd
    from tests.conftest import PASSPHRASE
    from tests.core.security.test_at_rest import _leaks, _plain_0003_database

    _plain_0003_database(data_dir)
    monkeypatch.setattr(pd.SetPassphraseDialog, "exec",
                        lambda self: SetPassphraseDialog.DialogCode.Rejected)
    with pytest.raises(SealingNeedsKeys):
        open_database(data_dir, seal_keys=pd.seal_keys_from_dialog)
    seen = []

    def fill_in(self):
        assert "1 sign-up in plain text" in self.intro.text()
        self.first.setText(PASSPHRASE)
        self.second.setText(PASSPHRASE)
        self._ok()
        seen.append(self.key_view.toPlainText())
        self._ok()
        return self.result()

    monkeypatch.setattr(pd.SetPassphraseDialog, "exec", fill_in)
    db = open_database(data_dir, seal_keys=pd.seal_keys_from_dialog)
    assert seen and seen[0].count("-") == 12
    assert _leaks(data_dir) == []
    keystore.unlock(db, PASSPHRASE)


def test_short_passphrase_is_reported_before_differ(qtbot, data_dir):
    """Ensure a too-short passphrase is named as the problem even when the two entries differ."""
    db = open_database(data_dir)
    dialog = SetPassphraseDialog(lambda passphrase: keystore.create(db, passphrase))
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("shorter")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "at least 10" in dialog.message.text() and "differ" not in dialog.message.text()
    assert keystore.read_keys(db) is None


def _to_recovery_key(qtbot, data_dir):
    db = open_database(data_dir)
    dialog = SetPassphraseDialog(lambda passphrase: keystore.create(db, passphrase))
    qtbot.addWidget(dialog)
    dialog.first.setText("a long passphrase x")
    dialog.second.setText("a long passphrase x")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.recovery_key
    return dialog


def test_recovery_key_can_be_copied(qtbot, data_dir):
    """Ensure "Copy" puts exactly the recovery key on the clipboard (the dialog says to keep
    it; typing 60 characters by hand invites a mistake)."""
    dialog = _to_recovery_key(qtbot, data_dir)
    assert dialog.copy_button.isVisibleTo(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.recovery_key


def test_recovery_key_can_be_printed(qtbot, data_dir, tmp_path, monkeypatch):
    """Ensure "Print…" asks for a printer (QPrintDialog, the edge) and prints the key."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from sos_desktop.ui.security import passphrase_dialog
    from tests.pdf_text import pdf_text

    out = tmp_path / "key.pdf"

    class ChosenPrinter:
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def exec(self):
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(passphrase_dialog, "QPrintDialog", ChosenPrinter)
    dialog = _to_recovery_key(qtbot, data_dir)
    assert dialog.print_button.isVisibleTo(dialog)
    dialog.print_button.click()
    assert dialog.recovery_key in pdf_text(out).replace("\n", "")


def test_guessable_passphrase_is_refused_with_why(qtbot, data_dir):
    """Ensure the window refuses `password12` typed twice, says why and what would do, and
    creates no key."""
    db = open_database(data_dir)
    dialog = SetPassphraseDialog(lambda passphrase: keystore.create(db, passphrase))
    qtbot.addWidget(dialog)
    dialog.first.setText("password12")
    dialog.second.setText("password12")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    text = dialog.message.text()
    assert "too easy to guess" in text and "common password" in text and "word" in text
    assert keystore.read_keys(db) is None and not dialog.recovery_key
