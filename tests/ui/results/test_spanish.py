"""The results in Spanish: the organizer's window chrome in the organizer's language, the
projected results (count, note, reasons, status line) in the survey's, through the
translations. The survey's own questions are data: it is asked in Spanish here."""

from PySide6.QtCore import Qt

from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.visits.store import create_visit
from sos_desktop.ui.results.pages import ResultsPager
from sos_desktop.ui.results.projector import ProjectorResults
from sos_desktop.ui.results.window import open_results
from tests.ui.spanish import english_left, spanish

SCHOOL = "Wilbur Cross High School"


def _visit_with_answers(db, definition_id, n=6) -> str:
    visit_id = create_visit(db, {"school": SCHOOL, "group_name": "Cívica 3",
                                 "visit_date": "2026-10-14", "survey_key": "tiny"})
    for i in range(n):
        stopped = "yes" if i < 2 else "no"  # "where" stays under the five-answer threshold
        submit_response(db, visit_id, definition_id, "es",
                        {"safe": 1 + i % 5, "stopped": stopped, "where": "hall",
                         "support": ["rj", "counselors"], "comment": "más consejeros"}
                        if stopped == "yes" else
                        {"safe": 1 + i % 5, "stopped": stopped, "support": ["counselors"],
                         "comment": "menos policías"})
    return visit_id


def test_results_window_and_projector_speak_spanish(qtbot, db, stored_survey):
    """Ensure the results window (title, count, note, bars, a question still hidden, page
    number, free-text status line) shows no English with a Spanish survey and organizer."""
    definition_id, _survey = stored_survey
    visit_id = _visit_with_answers(db, definition_id)
    with spanish():
        window = open_results(db, visit_id, language="es")
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        assert window.windowTitle() == f"Resultados — {SCHOOL}, Cívica 3"
        results = window.results
        assert results.count.text() == "6 respuestas"
        hidden = [q for page in window.pager.pages for q in page if q.hidden_reason]
        assert [(q.label, q.hidden_reason) for q in hidden] == [
            ("Las cifras se muestran desde 5 respuestas", "• ¿Dónde? — 2 respuestas por ahora")]
        for page in range(len(window.pager.pages)):
            window.pager.step(page - window.pager.page)
            # New charts are shown from the event loop (QLayout.addWidget).
            qtbot.waitUntil(lambda: all(c.isVisible() for c in window.results.charts))
            window.grab().save(f"/tmp/i18n-talk-results-{page + 1}.png")
            assert english_left(window, allowed=[SCHOOL]) == [], page
        qtbot.keyClick(window, Qt.Key.Key_T)
        assert window.status.text() == "Respuestas escritas visibles (T las oculta)"
        window.grab().save("/tmp/i18n-talk-results-text.png")
        assert english_left(window, allowed=[SCHOOL]) == []
        qtbot.keyClick(window, Qt.Key.Key_T)
        assert window.status.text() == "Respuestas escritas ocultas (T las muestra)"
        window.close()


def test_projected_results_follow_the_survey_language_not_the_organizers(qtbot, db,
                                                                          stored_survey):
    """Ensure an English survey's results stay English for the class under a Spanish
    organizer, and a Spanish survey's are Spanish under an English one."""
    definition_id, survey = stored_survey
    visit_id = _visit_with_answers(db, definition_id, n=5)
    with spanish():
        english = ProjectorResults(ResultsPager(db, visit_id, survey, language="en"))
        qtbot.addWidget(english)
        assert english.count.text() == "5 responses"
        folded = english.pager.pages[-1][0]
        assert folded.label == "Figures are shown from 5 answers"
        assert folded.hidden_reason.endswith(" — 2 answers so far")
        english.pager.stop()
    spanish_view = ProjectorResults(ResultsPager(db, visit_id, survey, language="es"))
    qtbot.addWidget(spanish_view)
    assert spanish_view.count.text() == "5 respuestas"
    assert spanish_view.note.text().startswith("Anónimo.")
    spanish_view.pager.stop()


def test_no_answers_yet_and_no_survey_pages_in_spanish(qtbot, db, stored_survey):
    """Ensure the empty results pages ("No answers yet", answers in but under 5, "This visit
    has no survey") as the projector shows them at 1920x1080 are Spanish."""
    definition_id, survey = stored_survey
    visit_id = _visit_with_answers(db, definition_id, n=0)
    waiting_id = _visit_with_answers(db, definition_id, n=2)
    with spanish():
        for name, pager in (("empty", ResultsPager(db, visit_id, survey, language="es")),
                            ("waiting", ResultsPager(db, waiting_id, survey, language="es")),
                            ("no-survey", ResultsPager(db, visit_id, None, language="es"))):
            view = ProjectorResults(pager)
            qtbot.addWidget(view)
            view.resize(1920, 1080)
            view.show()
            # The projector's type grows on resize: grab once the labels have their new size.
            qtbot.waitUntil(lambda v=view: v.title.height()
                            >= v.title.heightForWidth(v.title.width()))
            view.grab().save(f"/tmp/i18n-talk-results-{name}.png")
            assert english_left(view) == []
            assert view.empty.text() in ("Aún no hay respuestas", "Esta visita no tiene encuesta",
                                         "Los resultados aparecen cuando hayan contestado 5 "
                                         "personas")
            pager.stop()
