"""What the visit list does, independent of widgets: the view is any object with the
methods of VisitsView below (tests pass a fake one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from sos_desktop import i18n
from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits import store as visits
from sos_desktop.core.visits.store import VisitSummary
from sos_desktop.i18n import tr
from sos_desktop.words.errors import in_our_words


class VisitsView(Protocol):
    def show_visits(
        self, rows: list[VisitSummary], select_id: str | None, survey_titles: dict[str, str]
    ) -> None: ...
    def selected_visit(self) -> VisitSummary | None: ...
    def ask_visit_details(
        self, title: str, initial: dict, validate: Callable[[dict], object]
    ) -> dict | None: ...
    def confirm(self, question: str) -> bool: ...
    def show_signup_totals(self, totals: visits.SignupTotals) -> None: ...
    def show_error(self, message: str) -> None: ...
    def show_status(self, message: str) -> None: ...


def visit_fields(visit: VisitSummary) -> dict:
    return {
        "school": visit.school,
        "group_name": visit.group_name,
        "visit_date": visit.visit_date,
        "educator_name": visit.educator_name,
        "educator_email": visit.educator_email,
        "presenters": visit.presenters,
        "survey_key": visit.survey_key,
        "notes": visit.notes,
        "deck": visit.deck,
        "planned_minutes": visit.planned_minutes,
        "answer_mode": visit.answer_mode,
        "virtual": visit.virtual,
        "online_form_url": visit.online_form_url,
    }


class VisitsController:
    def __init__(self, db: Database, view: VisitsView,
                 today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.view = view
        self.today = today

    def survey_choices(self) -> list[tuple[str, str]]:
        """(key, title) of every survey this laptop has, built-in ones stored on first use."""
        from sos_desktop.core.surveys.store import ensure_builtin_surveys

        try:
            ensure_builtin_surveys(self.db)
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
        return list(self._survey_titles().items())

    def _survey_titles(self) -> dict[str, str]:
        """Each survey's title in the organizer's language when the survey has it (English,
        stored with the list, is read without parsing any survey)."""
        from sos_desktop.core.surveys.store import list_surveys, stored_titles, title_in

        language = i18n.language()
        if language == "en":  # the stored titles are English: nothing to parse
            return stored_titles(self.db)
        return {s.key: title_in(self.db, s, language) for s in list_surveys(self.db)}

    def refresh(self, select_id: str | None = None) -> None:
        titles = self._survey_titles()
        rows = visits.list_visits(self.db)
        if select_id is None and self.view.selected_visit() is None:  # e.g. at start-up
            select_id = visits.visit_for_today(rows, self.today())
        self.view.show_visits(rows, select_id, titles)
        self.view.show_signup_totals(visits.signup_totals(self.db))

    def new_visit(self, today_fields: dict) -> str | None:
        from sos_desktop.core import settings

        stored = settings.load(self.db)  # Settings' defaults; the caller's fields win
        initial = {"default_survey": stored.default_survey, "deck": stored.default_deck,
                   **today_fields}
        data = self.view.ask_visit_details(tr("New visit"), initial, visits.validate_visit)
        if data is None:
            return None
        try:
            visit_id = visits.create_visit(self.db, data)
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return None
        self.refresh(visit_id)
        self.view.show_status(tr("Visit created: {school} — {group}").format(
            school=data["school"], group=data["group_name"]))
        return visit_id

    def edit_selected(self) -> None:
        visit = self.view.selected_visit()
        if visit is None:
            return
        data = self.view.ask_visit_details(tr("Edit visit"), visit_fields(visit),
                                             visits.validate_visit)
        if data is None:
            return
        try:
            visits.update_visit(self.db, visit.id, data)
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return
        self.refresh(visit.id)
        self.view.show_status(tr("Visit saved"))

    def toggle_closed_selected(self) -> None:
        visit = self.view.selected_visit()
        if visit is None:
            return
        if not visit.closed and not self.view.confirm(tr(
            "Close the visit to {school} — {group}?\n\n"
            "Its answers and sign-ups stay; you can reopen it later."
        ).format(school=visit.school, group=visit.group_name)):
            return
        try:
            warnings = visits.set_closed(self.db, visit.id, not visit.closed)
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return
        self.refresh(visit.id)
        if warnings:
            self.view.show_error(tr("The visit is closed, but {warning}").format(
                warning="; ".join(in_our_words(warning) for warning in warnings)))
        self.view.show_status(tr("Visit closed") if not visit.closed else tr("Visit reopened"))
