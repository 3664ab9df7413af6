"""Main window: the visits with their counts; create, edit, close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sos_desktop import i18n
from sos_desktop.core import settings
from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits.store import SignupTotals, VisitSummary
from sos_desktop.i18n import tr
from sos_desktop.ui.host import Host
from sos_desktop.ui.language import apply_language, language_for
from sos_desktop.ui.lazy_menu import set_shortcut
from sos_desktop.ui.visits.controller import VisitsController
from sos_desktop.ui.visits.describe import describe_totals, describe_visit
from sos_desktop.ui.visits.table import ColumnFit, VisitTableModel
from sos_desktop.words.errors import in_our_words

if TYPE_CHECKING:
    from sos_desktop.ui.settings.guide import FirstRunGuide
    from sos_desktop.ui.visits.session import VisitSession

SurveyChoices = Callable[[], list[tuple[str, str]]]


class MainWindow(QMainWindow):
    def __init__(self, db: Database, survey_choices: SurveyChoices | None = None,
                 daily_backup: bool = False, rebuild: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.rebuild = rebuild  # a new window in the new language, after Settings changes it
        self.setWindowTitle(tr("SOS Desktop — Students Over SROs"))
        self.db = db
        self.model = VisitTableModel(self)
        self.controller = VisitsController(db, self)
        self._survey_choices = survey_choices or self.controller.survey_choices
        self._open_windows: list[QWidget] = []
        self.session: VisitSession | None = None  # the visit being presented, if any

        title = QLabel(tr("Classroom visits"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 20px; font-weight: 600;")

        self.new_button = self._button(tr("&New visit…"), "Ctrl+N", self._new_visit)
        self.edit_button = self._button(tr("&Edit…"), "Ctrl+E", self.controller.edit_selected)
        self.close_button = self._button(
            tr("C&lose visit"), "Ctrl+L", self.controller.toggle_closed_selected
        )
        self.present_button = self._button(tr("&Present"), "F5", self._present)
        # F5 picks the talk up where an Esc ended it; Shift+F5 starts it from slide 1.
        self.present_button.setToolTip(tr("Present (F5: where the talk stopped; Shift+F5: "
                                          "from the beginning)"))
        restart = QAction(self)
        set_shortcut(restart, "Shift+F5")
        restart.triggered.connect(lambda _checked=False: self._present(from_beginning=True))
        self.addAction(restart)
        self.kiosk_button = self._button(tr("Start &kiosk"), "Ctrl+K", self._start_kiosk)
        self.results_button = self._button(tr("&Results"), "Ctrl+R", self._show_results)
        self.visit_buttons = [self.edit_button, self.close_button, self.present_button,
                              self.kiosk_button, self.results_button]
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        for button in (self.new_button, *self.visit_buttons):
            bar.addWidget(button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Visits"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.column_fit = ColumnFit(self.table, stretch=(1, 2))  # school, class
        self.table.doubleClicked.connect(lambda _i: self.controller.edit_selected())
        self.table.activated.connect(lambda _i: self.controller.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty: QLabel | None = None  # the text in place of an empty list (_empty_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(tr("Selected visit"))
        self.details.setStyleSheet(
            "color: #333; padding: 6px 2px; qproperty-textFormat: PlainText;")

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(tr("Sign-ups stored"))
        self.totals.setStyleSheet("color: #333; padding: 0 2px 4px 2px;")

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.totals)
        self.setCentralWidget(central)
        self.statusBar().showMessage(tr("Data: {path}").format(path=db.path))
        self.results_seen = QLabel()  # which results page the projector shows (issue 17)
        self.results_seen.setAccessibleName(tr("Results on the projector"))
        self.results_seen.setStyleSheet("font-weight: 600; color: #5b1a7a; padding: 0 6px;")
        self.results_seen.hide()
        self.statusBar().addPermanentWidget(self.results_seen)

        app_menu = self.menuBar().addMenu(tr("&SOS Desktop"))
        self.settings_action = app_menu.addAction(tr("&Settings…"))
        set_shortcut(self.settings_action, "Ctrl+,")
        self.settings_action.triggered.connect(lambda _checked=False: self.open_settings())
        app_menu.addSeparator()
        quit_action = app_menu.addAction(tr("&Quit"))
        set_shortcut(quit_action, "Ctrl+Q")  # StandardKey.Quit has no binding on Windows
        quit_action.triggered.connect(self.close)

        from sos_desktop.ui.backups.controller import install_file_menu

        self.backups = install_file_menu(self, db, lambda: self.controller.refresh(),
                                         daily=daily_backup)
        # Each area installs its own menu with what it needs of this window, passed in.
        self.host = Host(self, db, self.selected_visit, self.dated_visit, self.show_error,
                         lambda: self.controller.refresh())
        from sos_desktop.ui.exports.menu import install_export_menu  # issue 5: Export menu
        from sos_desktop.ui.imports.menu import install_import_menu

        self.sync_menu = install_export_menu(self.menuBar(), self.host)
        self.import_menu = install_import_menu(self.menuBar(), self.host)
        from sos_desktop.ui.scan.launch import install_paper_menu  # issue 11: Paper menu

        self.paper_menu, self.paper_windows = install_paper_menu(self.menuBar(), self.host)
        from sos_desktop.ui.surveys.menu import install_surveys_menu  # issue 20: Surveys menu

        self.surveys_menu = install_surveys_menu(self.menuBar(), self.host)

        self.guide: FirstRunGuide | None = None
        if settings.first_run_pending(db):  # a fresh data folder: the guide, not an empty list
            from sos_desktop.ui.settings.guide import FirstRunGuide

            self.guide = FirstRunGuide(db, self._first_visit, self._guide_closed,
                                       self._language_changed)
            self.stack.addWidget(self.guide)
            self.stack.setCurrentWidget(self.guide)
            self.guide.start()
        self.controller.refresh()

    def _first_visit(self) -> bool:
        return self.controller.new_visit({"visit_date": date.today()}) is not None

    def _guide_closed(self) -> None:
        if self.guide is not None:
            self.stack.removeWidget(self.guide)
            self.guide.deleteLater()
            self.guide = None
        self.controller.refresh()

    def resume_from(self, old: QWidget) -> None:
        """Rebuilt in a new language (ui/app.show_main_window): the guide goes on at the step
        the old window's was on."""
        old_guide = getattr(old, "guide", None)
        if self.guide is not None and old_guide is not None:
            self.guide.start(old_guide.controller.index)

    def open_settings(self) -> bool:
        """The Settings dialog; True when the organizer saved."""
        from sos_desktop.ui.settings.dialog import SettingsDialog  # not needed to show the list

        dialog = SettingsDialog(self.db, self._survey_choices, self)
        saved = dialog.exec() == SettingsDialog.DialogCode.Accepted
        if saved:
            self._language_changed()
        return saved

    def _language_changed(self) -> None:
        """Settings may name another language: this window is rebuilt in it."""
        if (chosen := language_for(self.db)) != i18n.language():
            apply_language(chosen)
            if self.rebuild is not None:  # after this slot returns: it deletes this window
                QTimer.singleShot(0, self.rebuild)

    def _button(self, text: str, shortcut: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        action = QAction(self)
        set_shortcut(action, shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return button

    def _new_visit(self) -> None:
        self.controller.new_visit({"visit_date": date.today()})

    def _present(self, from_beginning: bool = False) -> None:
        from sos_desktop.ui.visits.session import VisitSession

        visit = self.dated_visit()
        if visit is None:
            return
        session = VisitSession(self.db, visit, self, on_end=self._session_ended)
        try:
            started = session.start(from_beginning=from_beginning)
        except SosError as exc:
            self.show_error(in_our_words(exc))
            return
        if started:
            self.session = session
            self.hide()

    def dated_visit(self) -> VisitSummary | None:
        """The selected visit, once the organizer said what to do if it is not dated today
        (moved to today, or kept); None if there is none or they cancelled."""
        from sos_desktop.ui.visits.today import dated_today

        visit = self.selected_visit()
        if visit is None or visit.closed:  # a closed visit collects nothing: no question
            return visit
        checked = dated_today(self.db, visit, self, self.controller.today())
        if checked is not None and checked.visit_date != visit.visit_date:
            self.controller.refresh(checked.id)
        return checked

    def _session_ended(self) -> None:
        self.session = None
        self.show()
        self.controller.refresh()
        self.activateWindow()

    def _start_kiosk(self) -> None:
        from sos_desktop.ui.kiosk.launch import start_kiosk

        visit = self.dated_visit()
        if visit is None:
            return
        try:
            window = start_kiosk(self.db, visit.id, self, on_exit=self._kiosk_closed)
        except SosError as exc:
            self.show_error(in_our_words(exc))
            return
        if window is not None:
            self._open_windows.append(window)
            self.hide()  # nothing of the visit list is left behind the kiosk

    def _kiosk_closed(self) -> None:
        self._open_windows = [w for w in self._open_windows if w.isVisible()]
        self.show()
        self.controller.refresh()
        self.raise_()
        self.activateWindow()

    def _show_results(self) -> None:
        from sos_desktop.ui.results.window import open_results

        visit = self.selected_visit()
        if visit is None:
            return
        try:
            view = open_results(self.db, visit.id, i18n.language(), parent=self)
        except SosError as exc:
            self.show_error(in_our_words(exc))
            return
        # The class's page, told on the laptop while the results are on the projector.
        from sos_desktop.ui.results.window import seen_text

        self.results_seen.setText(seen_text(view.pager))
        self.results_seen.show()
        view.seen.connect(self.results_seen.setText)
        view.closed.connect(self.results_seen.hide)
        view.show()

    # --- view methods used by VisitsController -------------------------------------------
    def show_visits(
        self, rows: list[VisitSummary], select_id: str | None, survey_titles: dict[str, str]
    ) -> None:
        previous = self.selected_visit()
        self.model.set_visits(rows, survey_titles)
        if self.guide is None:
            self.stack.setCurrentWidget(self.table if rows else self._empty_list())
        target = select_id or (previous.id if previous else None)
        row = self.model.row_of(target) if target else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _empty_list(self) -> QLabel:
        """The text shown instead of an empty list, made the first time there is none: in the
        stack from the start, sizing it loaded its 15px font before every first paint."""
        if self.empty is None:
            self.empty = QLabel(tr(
                "No visits yet.\n\nCreate one with “New visit…” (Ctrl+N): school, class or "
                "club, date, educator and the survey the class will take."
            ))
            self.empty.setWordWrap(True)
            # Alignment and text format by property name: touching PySide's `Qt` namespace
            # before the first paint costs tens of milliseconds (see visit_table.py).
            self.empty.setStyleSheet(
                "color: #444; font-size: 15px; qproperty-alignment: AlignCenter;")
            self.stack.addWidget(self.empty)
        return self.empty

    def show_signup_totals(self, totals: SignupTotals) -> None:
        self.totals.setText(describe_totals(totals))
        self.totals.setVisible(totals.stored > 0)

    def selected_visit(self) -> VisitSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.visit_at(rows[0].row()) if rows else None

    def ask_visit_details(self, title: str, initial: dict, validate) -> dict | None:
        from sos_desktop.ui.visits.dialog import (
            VisitDialog,  # not needed to show the list
            pick_deck_file,
        )

        dialog = VisitDialog(title, initial, validate, self._survey_choices(), self,
                             pick_deck=lambda parent: pick_deck_file(parent, self.db))
        return dialog.result_data if dialog.exec() else None

    def confirm(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # PySide makes its type on first use: ~2 ms

        answer = QMessageBox.question(self, "SOS Desktop", question)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, "SOS Desktop", message)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def _update_buttons(self) -> None:
        visit = self.selected_visit()
        self.details.setText(describe_visit(visit) if visit else "")
        for button in self.visit_buttons:
            button.setEnabled(visit is not None)
        if visit is not None:
            self.kiosk_button.setEnabled(not visit.closed)
            self.results_button.setEnabled(bool(visit.survey_key))
        self.close_button.setText(tr("Re&open visit") if visit and visit.closed
                                  else tr("C&lose visit"))
