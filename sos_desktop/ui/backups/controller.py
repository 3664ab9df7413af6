"""The File menu's backups: back up now, restore a backup; the daily backup at start-up; and
the offer to restore the newest good backup when the database is damaged.

BackupController talks to the window only through a small view (confirm, choose a file,
messages), so its logic is tested without dialogs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.core.storage.failures import BUSY, DAMAGED, DISK_FULL, READ_ONLY, cause, unwrap
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.ui.lazy_menu import menu_action

if TYPE_CHECKING:
    from sos_desktop.core.backups.contents import BackupContents
    from sos_desktop.core.backups.salvage import Salvage

# The backup code and the restore dialog load when a menu item is used (or, for the day's
# backup, in its thread): the File menu is in the first window, its work is not.

# core/failures.ADVICE for the window (it names the window's menus, not commands); each
# shown through tr().
ADVICE = {
    DISK_FULL: QT_TR_NOOP("the disk is full: free some space (empty the trash, remove large "
                          "files) and try again"),
    READ_ONLY: QT_TR_NOOP("the folder is read-only (a locked drive, a read-only mount or no "
                          "permission): start SOS Desktop with a writable data folder"),
    DAMAGED: QT_TR_NOOP("the database is damaged: restore a backup (File → Restore a "
                        "backup…)"),
    BUSY: QT_TR_NOOP("another program is using the database: close other SOS Desktop "
                     "windows and try again"),
}


def failure_text(problem: SosError, failed: str) -> str:
    """`failed` (a whole sentence in the window's language) and, when the cause is known, what
    to do about it; else core's message (worded from its code), which names the file and the
    detail."""
    from sos_desktop.words.errors import in_our_words

    inner = problem.__cause__
    found = cause(inner) if inner is not None else None
    if inner is None or found is None:
        return f"{failed}: {in_our_words(problem)}"
    detail = unwrap(inner)
    return f"{failed}: {tr(ADVICE[found])} ({detail})"


class BackupView(Protocol):
    def confirm(self, question: str) -> bool: ...
    def choose_backup(self, backups: list[BackupContents], folder: Path) -> Path | None: ...
    def choose_folder(self) -> Path | None: ...
    def show_error(self, message: str) -> None: ...
    def show_status(self, message: str) -> None: ...


class BackupController:
    def __init__(self, db: Database, view: BackupView, reload: Callable[[], None]) -> None:
        self.db, self.view, self.reload = db, view, reload

    def back_up_now(self) -> None:
        from sos_desktop.core.backups.automatic import take_backup

        try:
            path = take_backup(self.db, "by-hand")
        except SosError as exc:
            self.view.show_error(failure_text(exc, tr("The backup could not be written")))
            return
        self.view.show_status(tr("Backup written to {path}").format(path=path))

    def back_up_elsewhere(self) -> None:
        """A verified copy in a folder the organizer chooses (a USB stick)."""
        from sos_desktop.core.backups.contents import copy_backup_to

        folder = self.view.choose_folder()
        if folder is None:
            return
        if not folder.is_dir():
            self.view.show_error(tr("The folder {folder} is not there any more (was the USB "
                                    "stick taken out?). Nothing was written.").format(
                folder=folder))
            return
        try:
            path = copy_backup_to(self.db, folder)
        except SosError as exc:
            if not folder.is_dir():  # it went while the copy was written
                self.view.show_error(tr("The folder {folder} went away while the backup was "
                                        "written (was the USB stick taken out?).").format(
                    folder=folder))
                return
            self.view.show_error(failure_text(exc, tr(
                "The backup could not be written to {folder}").format(folder=folder)))
            return
        self.view.show_status(tr("Backup written to {path}").format(path=path))

    def restore(self) -> None:
        from sos_desktop.core.backups.automatic import backups_folder
        from sos_desktop.core.backups.contents import (
            describe_backups,
            read_contents,
            taken_from_name,
        )
        from sos_desktop.ui.backups.restore_dialog import holds_text, when_text

        backups = describe_backups(self.db.path.parent)
        chosen = self.view.choose_backup(backups, backups_folder(self.db))
        if chosen is None:
            return
        known = next((b for b in backups if b.path == chosen), None)
        if known is None:
            known = read_contents(chosen, taken_from_name(chosen))
        if self.view.confirm(tr(
            "Replace the current data with the backup {name}, taken {when} ({holds})?\n\n"
            "The current data is backed up first, so this can be undone."
        ).format(name=chosen.name, when=when_text(known.taken_at), holds=holds_text(known))):
            self._restore(chosen)

    def daily_done(self, problem: SosError | None) -> None:
        """The start-up backup's outcome (from its thread): a damaged database is reported
        with the newest good backup offered; other problems are shown."""
        if problem is None:
            return
        if cause(problem.__cause__ or problem) == DAMAGED:
            self.offer_newest(damaged_text(self.db.path, problem))
        else:
            self.view.show_error(failure_text(problem, tr("The daily backup failed")))

    def offer_newest(self, problem: str) -> bool:
        """Offer the newest good backup for a damaged database. True when restored."""
        from sos_desktop.core.backups.automatic import backups_folder
        from sos_desktop.core.backups.restore import newest_good_backup

        newest = newest_good_backup(self.db.path.parent)
        if newest is None:
            self.view.show_error(problem + "\n\n" + tr(
                "No good backup was found in {folder}. The file was not changed."
            ).format(folder=backups_folder(self.db)))
            return False
        when = newest.taken_at.strftime("%Y-%m-%d %H:%M UTC")
        if not self.view.confirm(problem + "\n\n" + tr(
            "The file has not been changed. Restore the newest good backup, from {when}? The "
            "damaged file is kept in {folder}."
        ).format(when=when, folder=backups_folder(self.db))):
            return False
        return self._restore(newest.path)

    def _restore(self, backup: Path) -> bool:
        from sos_desktop.core.backups.restore import restore_backup

        self.db.dispose()  # no pooled connection may stay on the file being replaced
        try:
            restored = restore_backup(self.db.path.parent, backup)
        except SosError as exc:
            self.view.show_error(failure_text(exc, tr("The backup could not be restored")))
            return False
        self.reload()
        kept = restored.kept
        self.view.show_status(
            tr("Restored {name}; the previous data is kept as {kept}").format(
                name=backup.name, kept=kept)
            if kept else tr("Restored {name}").format(name=backup.name))
        if restored.salvage is not None and (restored.salvage.lost
                                             or restored.salvage.unreadable):
            self.view.show_error(salvage_text(restored.salvage))
        return True


def salvage_text(salvage: Salvage) -> str:
    """What the restore could not save from the damaged file, by table and id."""
    from sos_desktop.commands.tables import table_label

    lines = [tr("Every record that could be read in the damaged file was saved. These could "
                "not be:")]
    for table, ids in salvage.lost.items():
        shown = ", ".join(ids[:10]) + (" …" if len(ids) > 10 else "")
        lines.append(tr("%n record(s) of {table}: {ids}", None, len(ids)).format(
            table=table_label(table), ids=shown))
    for table in salvage.unreadable:
        lines.append(tr("part of {table} could not be read at all: records that no index "
                        "names may be missing").format(table=table_label(table)))
    return "\n".join(lines)


def damaged_text(path: Path, problem: BaseException) -> str:
    """One short sentence for a damaged database, with SQLite's own words."""
    detail = unwrap(problem.__cause__ or problem)
    return tr("The database {path} is damaged ({detail}).").format(path=path, detail=detail)


class _Done(QObject):
    finished = Signal(object)  # SosError | None, delivered on the window's thread


class WindowBackupView:
    def __init__(self, window: QMainWindow, db: Database) -> None:
        self.window, self.db = window, db

    def confirm(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.window, "SOS Desktop", question)
        return answer == QMessageBox.StandardButton.Yes

    def choose_backup(self, backups: list[BackupContents], folder: Path) -> Path | None:
        from PySide6.QtWidgets import QDialog, QWidget

        from sos_desktop.ui.backups.restore_dialog import RestoreDialog
        from sos_desktop.ui.file_dialogs import open_path

        def other(parent: QWidget) -> Path | None:
            return open_path(parent, self.db, tr("Restore a backup"),
                             tr("SOS Desktop backups ({pattern})").format(pattern="*.sqlite3"))

        dialog = RestoreDialog(backups, folder, other, self.window)
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def choose_folder(self) -> Path | None:
        from sos_desktop.ui.file_dialogs import choose_folder

        return choose_folder(self.window, self.db,
                             tr("Back up to another place (a USB stick): choose a folder"))

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, "SOS Desktop", message)

    def show_status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)


def install_file_menu(window: QMainWindow, db: Database, reload: Callable[[], None],
                      daily: bool = True) -> BackupController:
    """The File menu (first in the bar) and, unless `daily` is off, the day's backup in a
    background thread started once the window has painted (ui/after_paint.py: a large file,
    or only the thread holding the GIL, must not hold up the first paint)."""
    controller = BackupController(db, WindowBackupView(window, db), reload)
    menu = window.menuBar().addMenu(tr("&File"))
    for text, slot in ((tr("&Back up now"), controller.back_up_now),
                       (tr("Back up to &another place…"), controller.back_up_elsewhere),
                       (tr("&Restore a backup…"), controller.restore)):
        action = menu_action(text, window)
        action.triggered.connect(lambda _c=False, s=slot: s())
        menu.addAction(action)
    window.file_menu = menu  # type: ignore[attr-defined]  # for tests
    if daily:
        done = _Done(window)
        done.finished.connect(controller.daily_done)

        def run() -> None:
            from sos_desktop.core.backups.automatic import backup_if_due

            try:
                backup_if_due(db)
            except SosError as exc:
                done.finished.emit(exc)

        from sos_desktop.ui.after_paint import after_first_paint

        after_first_paint(window, threading.Thread(target=run, name="daily-backup",
                                                   daemon=True).start)
    return controller
