"""The talk's windows in Spanish: the presenter console (notes, clocks, pace, kiosk banner, a
slide that cannot be drawn, go-to, overview), the audience window. The deck is the
organizer's own words, so it is written in Spanish here: any English left is the app's."""

from contextlib import nullcontext

from PySide6.QtCore import QSize

from sos_desktop.i18n import tr
from sos_desktop.ui.presentation.markdown_slides import MarkdownPages
from sos_desktop.ui.visits.session import KIOSK_RUNNING
from tests.ui.spanish import english_left, spanish

DECK = """# Escuelas sin policías

Una charla de Students Over SROs

Note:
Preséntate y pregunta cuántos conocen a su SRO.

---

## Lo que sabemos
- Consejeros, no policías
- Justicia restaurativa

Note:
Cuenta la historia de Wilbur Cross.

---

## Encuesta
<!-- sos:survey -->
Contesta en el quiosco

---

# Gracias
"""


def _deck(tmp_path):
    path = tmp_path / "charla.md"
    path.write_text(DECK, encoding="utf-8")
    return path


def _looked_at(qtbot, talk, window, name: str, size: tuple[int, int],
               drawn=lambda talk: talk.cache.idle) -> None:
    """Saved for a person to look at, once the slides in view are drawn."""
    window.showNormal()  # a maximized window would keep the offscreen screen's size
    window.resize(*size)
    talk.prefetch()
    qtbot.waitUntil(lambda: drawn(talk), timeout=10000)
    window.grab().save(f"/tmp/i18n-talk-{name}.png")


def test_console_speaks_spanish_with_notes_clocks_and_pace(present, tmp_path, clocks, qtbot):
    """Ensure the console's captions, buttons, help line, pace chip and audience status are
    Spanish while a talk runs: timers moving, the projector blanked, a slide number typed."""
    with spanish():
        c = present(_deck(tmp_path), planned_minutes=10)
        clocks.seconds += 90
        c.state.go(2)  # slide 3 of 4 after 90 s: ahead
        c.state.toggle_blank("black")
        c.state.toggle_freeze()
        c.state.type_digit("4")
        c.console.tick()
        assert c.console.pace.text().strip() == "4 min de adelanto"
        assert c.console.position.text() == "Diapositiva 3 / 4"
        assert "CONGELADO" in c.console.audience_status.text()
        _looked_at(qtbot, c, c.console, "console", (1366, 768))
        assert english_left(c.console, allowed=["Students Over SROs"]) == []
        c.state.cancel_overlays()
        c.state.go(1)
        clocks.seconds += 9 * 60  # past the planned ten minutes
        c.state.toggle_timer()  # paused: the elapsed clock says so with ⏸
        c.console.tick()
        assert c.console.elapsed.text() == "10:30 ⏸"
        assert c.console.pace.text().strip() == "tiempo excedido"
        assert english_left(c.console) == []


def test_console_kiosk_banner_and_slide_that_cannot_be_drawn(present, tmp_path, monkeypatch,
                                                             qtbot):
    """Ensure the locked console (kiosk running) and a slide that cannot be drawn say so in
    Spanish, and the help line still fits at 1366x768."""
    real = MarkdownPages.render

    def render(self, index, box: QSize):
        if index == 1:
            raise RuntimeError("pdfium")
        return real(self, index, box)

    monkeypatch.setattr(MarkdownPages, "render", render)
    with spanish():
        c = present(_deck(tmp_path))
        c.state.go(1)
        qtbot.waitUntil(lambda: not c.console.render_problem.isHidden(), timeout=10000)
        assert c.console.render_problem.text().startswith("⚠ La diapositiva 2 no se puede")
        # The banner's words are the visits area's (ui/visits/session.py), not this one's.
        c.lock(tr(KIOSK_RUNNING))
        _looked_at(qtbot, c, c.console, "console-locked", (1366, 768),
                   drawn=lambda talk: talk.console.next.shown_index == 2)
        hints = c.console.hints  # the whole help line, inside the window
        assert hints.height() >= hints.heightForWidth(hints.width())
        assert hints.geometry().bottom() < c.console.height()
        assert english_left(c.console, allowed=[KIOSK_RUNNING]) == []


def test_overview_and_audience_window_in_spanish(present, tmp_path, qtbot):
    """Ensure the overview grid and the audience window show no English."""
    with spanish():
        c = present(_deck(tmp_path))
        c.state.toggle_overview()
        _looked_at(qtbot, c, c.console, "overview", (1366, 768))
        assert english_left(c.console) == []
        c.do("audience")
        assert c.audience.windowTitle() == "Escuelas sin policías — público"
        _looked_at(qtbot, c, c.audience, "audience", (1920, 1080))
        assert english_left(c.audience) == []
        assert c.console.audience_button.text() == "Ocultar ventana del público (A)"


def test_passing_states_stay_on_one_line_while_the_row_has_room(present, tmp_path, qtbot):
    """Ensure the blanked screen and go-to labels wrap only when the top row is full: alone
    they keep one line, in English and in Spanish."""
    for language in ("en", "es"):
        with spanish() if language == "es" else nullcontext():
            c = present(_deck(tmp_path))
            c.console.showNormal()
            c.console.resize(1366, 768)
            c.state.toggle_blank("white")
            c.state.start_goto()
            qtbot.waitUntil(lambda c=c: c.console.goto.isVisible())
            c.console.layout().activate()
            for label in (c.console.audience_status, c.console.goto):
                margins = label.contentsMargins()
                text_height = label.heightForWidth(label.width()) - margins.top() - margins.bottom()
                assert text_height < 1.5 * label.fontMetrics().lineSpacing(), (language,
                                                                                label.text())
            c.end()


def test_console_mirroring_live_results_in_spanish(present, tmp_path, qtbot, db, visit_id,
                                                   stored_survey):
    """Ensure the console showing a Spanish survey's live results (the mirror and the
    free-text check box) has no English left and its bottom row fits at 1366x768."""
    from sos_desktop.core.surveys.responses import submit_response
    from sos_desktop.ui.results.pages import ResultsPager
    from sos_desktop.ui.results.projector import ProjectorResults

    definition_id, survey = stored_survey
    for _ in range(5):
        submit_response(db, visit_id, definition_id, "es", {"safe": 4, "stopped": "no"})
    with spanish():
        c = present(_deck(tmp_path))
        pager = ResultsPager(db, visit_id, survey, language="es")
        c.console.show_live(ProjectorResults(pager))
        _looked_at(qtbot, c, c.console, "console-results", (1366, 768))
        assert c.console.free_text.isVisible()
        assert c.console.minimumSizeHint().width() <= 1366
        assert english_left(c.console) == []
        pager.stop()


def test_missing_image_warning_in_the_organizers_language(present, tmp_path):
    """Ensure a Markdown deck's missing image is warned about on the console in Spanish, and
    in English with core's own words."""
    from sos_desktop.core.decks import load_markdown_deck
    from sos_desktop.ui.presentation.controller import deck_warnings

    path = tmp_path / "fotos.md"
    path.write_text("# Fotos\n\n---\n\n## Equipo\n![equipo](img/equipo.png)\n", encoding="utf-8")
    deck = load_markdown_deck(path)
    assert deck_warnings(deck) == list(deck.warnings)
    with spanish():
        c = present(path)
        assert c.console.hints.text() == ("⚠ diapositiva 2: no se encontró la imagen "
                                          "img/equipo.png junto a la presentación")
        assert english_left(c.console) == []
