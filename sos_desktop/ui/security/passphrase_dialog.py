"""First run: the organizer sets the passphrase that guards contact data, then sees the recovery
key once. The logic (checks, creating keys) is core's; this dialog only lays out and reports."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.errors import SealingNeedsKeys, SosError
from sos_desktop.core.security import keystore
from sos_desktop.core.security.keys import PASSPHRASE_MIN, OrgKeys, create_keys
from sos_desktop.core.security.strength import weakness
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.words.errors import in_our_words
from sos_desktop.words.passphrases import weakness_text

# Shown through tr(), in the language of the moment.
INTRO = QT_TR_NOOP(
    "Sign-ups are sealed so that a lost laptop reveals no student's contact details. "
    "Choose the organizer passphrase: a few uncommon words (10 characters or more); common "
    "passwords and this campaign's own words are refused. Exports of sign-ups and merges "
    "will ask for it.")
WARNING = QT_TR_NOOP(
    "Write this recovery key down or print it, and keep it away from the laptop. It "
    "is shown only now. If the passphrase and this key are both lost, the contact "
    "details on this laptop are gone for good.")


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class SetPassphraseDialog(QDialog):
    """Passphrase twice → keys created → recovery key shown → Done."""

    def __init__(self, create: Callable[[str], str], parent: QWidget | None = None,
                 intro: str | None = None) -> None:
        """`create` makes the keys from the passphrase and returns the recovery key; `intro`
        replaces the usual explanation."""
        super().__init__(parent)
        self.make_keys = create
        self.recovery_key = ""
        self.setWindowTitle(tr("Protect contact data"))
        self.setModal(True)
        self.setMinimumWidth(520)
        self.intro = QLabel(tr(INTRO) if intro is None else intro)
        self.intro.setWordWrap(True)
        self.first, self.second = _secret(tr("Passphrase")), _secret(tr("Passphrase again"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4161a; font-weight: 600;")
        self.key_view = QPlainTextEdit()
        self.key_view.setReadOnly(True)
        self.key_view.setFont(QFont("monospace", 14))
        self.key_view.setFixedHeight(80)
        self.key_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.key_view.setAccessibleName(tr("Recovery key"))
        self.key_view.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        # Shown with the recovery key: keeping it must not depend on copying 60 characters
        # by hand.
        self.copy_button = QPushButton(tr("&Copy"))
        self.copy_button.setAccessibleName(tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self._copy)
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setAccessibleName(tr("Print the recovery key"))
        self.print_button.clicked.connect(self._print)
        self.key_actions = QWidget()
        actions = QHBoxLayout(self.key_actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        self.key_actions.hide()
        self.entry = (QLabel(tr("Passphrase")), self.first, QLabel(tr("Again")), self.second)
        layout = QVBoxLayout(self)
        for widget in (self.intro, *self.entry, self.message, self.key_view, self.key_actions,
                       self.buttons):
            layout.addWidget(widget)

    def _ok(self) -> None:
        if self.recovery_key:  # second press: the organizer has seen the key
            self.accept()
            return
        # The first real problem: a short passphrase typed twice differently is short. The
        # length is core's rule (keys.check_new_passphrase), said here in the window's words.
        if len(self.first.text()) < PASSPHRASE_MIN:
            self.message.setText(tr(
                "The passphrase needs at least {count} characters (a few words are easy to "
                "remember and hard to guess).").format(count=PASSPHRASE_MIN))
            return
        if (found := weakness(self.first.text())) is not None:  # core's rule, our words
            self.message.setText(weakness_text(found))
            self.adjustSize()  # two or three lines: the intro must not be pushed out of view
            return
        if self.first.text() != self.second.text():
            self.message.setText(tr("The two passphrases differ."))
            return
        try:
            self.recovery_key = self.make_keys(self.first.text())
        except SosError as exc:
            self.message.setText(in_our_words(exc))
            return
        self.first.clear()
        self.second.clear()
        for widget in self.entry:
            widget.hide()
        self.intro.setText(tr(WARNING))
        self.intro.setStyleSheet("font-weight: 600;")
        self.message.setText("")
        self.key_view.setPlainText(self.recovery_key)
        self.key_view.show()
        self.key_actions.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        done = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        done.setText(tr("I have kept it safe"))
        done.setMinimumWidth(done.sizeHint().width())
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.message.setStyleSheet("color: #1b5e20; font-weight: 600;")
        self.message.setText(tr("Copied. Paste it somewhere away from this laptop."))

    def _print(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        page = QTextDocument()
        page.setPlainText(tr("SOS Desktop — organizer recovery key") + "\n\n"
                          f"{self.recovery_key}\n\n{tr(WARNING)}")
        page.setDefaultFont(QFont("monospace", 12))
        page.print_(printer)


def ensure_keys(db: Database, parent: QWidget | None = None) -> bool:
    """True when the database has an organization key (asking to set one on first run)."""
    if keystore.read_keys(db) is not None:
        return True
    dialog = SetPassphraseDialog(lambda passphrase: keystore.create(db, passphrase), parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def seal_keys_from_dialog(count: int) -> OrgKeys:
    """For open_database at start-up: an older database has plain sign-ups to seal."""
    made: list[OrgKeys] = []

    def create(passphrase: str) -> str:
        keys, recovery = create_keys(passphrase)
        made.append(keys)
        return recovery

    intro = tr("This database holds %n sign-up(s) in plain text from an older version of SOS "
               "Desktop. They will be sealed now.", None, count) + " " + tr(INTRO)
    if SetPassphraseDialog(create, None, intro).exec() != QDialog.DialogCode.Accepted or not made:
        raise SealingNeedsKeys(count)
    return made[0]
