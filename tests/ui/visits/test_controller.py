"""Controller logic with a fake view: no window opened (Mu's pattern)."""

from sos_desktop.ui.visits.controller import VisitsController


class FakeView:
    def __init__(self, answer=None, confirm=True):
        self.answer, self._confirm = answer, confirm
        self.rows, self.errors, self.selected = [], [], None

    def show_visits(self, rows, select_id, survey_titles):
        self.rows = rows
        self.selected = next((r for r in rows if r.id == select_id), rows[0] if rows else None)

    def selected_visit(self):
        return self.selected

    def show_signup_totals(self, totals):
        self.totals = totals

    def ask_visit_details(self, title, initial, validate):
        if self.answer is not None:
            validate(self.answer)
        return self.answer

    def confirm(self, question):
        return self._confirm

    def show_error(self, message):
        self.errors.append(message)

    def show_status(self, message):
        pass


def test_new_visit_selects_it(db):
    view = FakeView({"school": "S", "group_name": "G", "visit_date": "2026-01-05"})
    visit_id = VisitsController(db, view).new_visit({})
    assert view.selected.id == visit_id


def test_declined_close_keeps_visit_open(db, visit_id):
    view = FakeView(confirm=False)
    controller = VisitsController(db, view)
    controller.refresh()
    controller.toggle_closed_selected()
    controller.refresh()
    assert not view.rows[0].closed


def test_start_up_selects_todays_visit_not_tomorrows(db):
    """Ensure the first refresh selects the visit dated today although tomorrow's is listed
    first."""
    from datetime import date

    from sos_desktop.core.visits.store import create_visit

    create_visit(db, {"school": "S", "group_name": "Tomorrow", "visit_date": "2026-10-15"})
    today = create_visit(db, {"school": "S", "group_name": "Today", "visit_date": "2026-10-14"})
    view = FakeView()
    VisitsController(db, view, today=lambda: date(2026, 10, 14)).refresh()
    assert view.rows[0].group_name == "Tomorrow" and view.selected.id == today
