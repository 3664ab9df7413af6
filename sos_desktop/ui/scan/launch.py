"""Open the paper windows (Scan, Review, writing boxes) on the laptop's own screen, and the
main window's Paper menu that opens them."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from sos_desktop.core.errors import NotFound, SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits.store import get_visit
from sos_desktop.i18n import tr
from sos_desktop.ui.host import Host
from sos_desktop.ui.lazy_menu import menu_action, set_shortcut
from sos_desktop.words.errors import in_our_words

SCAN_KEYS, REVIEW_KEYS, TRANSCRIBE_KEYS = "Ctrl+Shift+S", "Ctrl+Shift+R", "Ctrl+Shift+T"


def visit_namer(db: Database):
    @lru_cache(maxsize=256)
    def name(visit_id: str) -> str:
        try:
            visit = get_visit(db, visit_id)
        except NotFound:
            return tr("a visit no longer on this laptop")
        return f"{visit.school} — {visit.group_name}, {visit.visit_date.isoformat()}"

    return name


def on_projector(window: QWidget) -> bool:
    from sos_desktop.ui.presentation.placement import projector_screen  # not needed at start

    projector = projector_screen()
    return projector is not None and window.screen() == projector


def _place(window: QWidget, parent: QWidget | None) -> None:
    from sos_desktop.ui.presentation.placement import move_to  # not needed at start

    if parent is not None:
        from PySide6.QtCore import Qt  # not at import: PySide builds its `Qt` enums (~30 ms)

        window.setParent(parent, Qt.WindowType.Window)
    move_to(window, QGuiApplication.primaryScreen(), full_screen=False)  # the laptop's screen
    window.activateWindow()


def open_scan(db: Database, visit_id: str, parent: QWidget | None = None):
    """The Scan window for a visit, shown; SosError for a visit that cannot take sheets."""
    from sos_desktop.ui.scan.reading import frame_reader
    from sos_desktop.ui.scan.window import ScanWindow

    visit = get_visit(db, visit_id)
    if not visit.survey_key:
        raise SosError(tr("The visit to {visit} has no survey: choose one with Edit visit, then "
                          "print its answer sheets.").format(
            visit=f"{visit.school} — {visit.group_name}"))
    process = frame_reader(db, visit_id)
    window = ScanWindow(f"{visit.school} — {visit.group_name}", process,
                        review_hint=tr("Sheets that need review wait in Paper ▸ Review "
                                       "sheets… ({keys}).").format(keys=REVIEW_KEYS),
                        on_projector=on_projector, waiting_review=process.waiting_review)
    _place(window, parent)
    return window


def open_review(db: Database, parent: QWidget | None = None):
    from sos_desktop.ui.review.window import ReviewWindow

    window = ReviewWindow(db, visit_namer(db))
    _place(window, parent)
    return window


def open_transcription(db: Database, parent: QWidget | None = None):
    from sos_desktop.ui.review.transcribe import TranscriptionWindow

    window = TranscriptionWindow(db, visit_namer(db), on_projector=on_projector)
    _place(window, parent)
    return window


def install_paper_menu(bar: QMenuBar, host: Host  # noqa: C901 -- TODO(19)
                       ) -> tuple[QMenu, dict[str, QWidget]]:
    """Add "Paper" to the main window's menu bar (`host.selected_visit()` gives the visit);
    gives it and the paper windows it opened, by kind. One window of each kind: opening it
    again brings it forward (a new one for another visit)."""
    window, db = host.window, host.db
    menu = bar.addMenu(tr("P&aper"))  # Alt+P is the window's "Present"
    opened: dict[str, QWidget] = {}

    def show(kind: str, make, changed) -> None:
        old = opened.get(kind)
        if old is not None and old.isVisible() and kind != "scan":
            old.raise_()
            old.activateWindow()
            return
        if old is not None:
            old.close()
            old.deleteLater()
        try:
            opened[kind] = make()
        except SosError as exc:
            host.show_error(in_our_words(exc))
            return
        changed(opened[kind]).connect(lambda *_: host.refresh())

    def scan() -> None:
        visit = host.selected_visit()
        if visit is None:
            host.show_error(tr("Select the visit whose sheets you are scanning."))
            return
        if visit.survey_key:  # one that can take sheets: if not today's, asked first
            visit = host.dated_visit()
            if visit is None:
                return
        show("scan", lambda: open_scan(db, visit.id, window), lambda w: w.announced)

    def review() -> None:
        old = opened.get("review")
        if old is not None and old.isVisible():
            old.reload()  # type: ignore[attr-defined]  # sheets just read join the list
        show("review", lambda: open_review(db, window), lambda w: w.stored)

    files: dict = {}

    def sheet_files():  # created on first use, so the window opens fast
        if "c" not in files:
            from sos_desktop.ui.scan.sheet_files import SheetFilesController
            from sos_desktop.ui.scan.sheet_files_view import WindowSheetFilesView

            files["c"] = SheetFilesController(db, WindowSheetFilesView(host, review))
        return files["c"]

    entries = (
        (tr("&Print answer sheets…"), None, lambda: sheet_files().print_answer_sheets()),
        (tr("&Scan sheets with the camera…"), SCAN_KEYS, scan),
        (tr("Rea&d scanned sheets (PDF or photos)…"), None,
         lambda: sheet_files().read_scanned_sheets()),
        (tr("&Review sheets…"), REVIEW_KEYS, review),
        (tr("&Type up writing boxes…"), TRANSCRIBE_KEYS,
         lambda: show("transcribe", lambda: open_transcription(db, window), lambda w: w.saved)),
    )
    for text, keys, slot in entries:
        action = menu_action(text, window)
        if keys:
            set_shortcut(action, keys)
        action.triggered.connect(lambda _c=False, s=slot: s())
        menu.addAction(action)
    return menu, opened
