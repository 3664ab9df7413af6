"""The results of one visit, refreshed as answers arrive; sized for the laptop or projector."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.db import Database
from sos_desktop.core.results.live import MIN_ANSWERS, live_counts, visit_results
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.ui.results.chart import QuestionChart
from sos_desktop.ui.results.pages import with_scale_ends

REFRESH_MS = 2000

# The view's own words, in the language the results are shown in (the class reads them).
_WORDS = {
    "en": {
        "one": "{n} response",
        "many": "{n} responses",
        "free_text": "Show free-text answers",
        "note": "Anonymous. A question shows figures once {n} people have answered it.",
    },
    "es": {
        "one": "{n} respuesta",
        "many": "{n} respuestas",
        "free_text": "Mostrar respuestas escritas",
        "note": "Anónimo. Una pregunta muestra cifras cuando {n} personas la han contestado.",
    },
}


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


def _style(scale: float) -> str:
    px = lambda value: round(value * scale)  # noqa: E731
    return f"""
QWidget#results, QWidget#resultsInner {{ background: #ffffff; }}
QFrame#resultsRule {{ background: #e6e0ea; border: none; }}
QScrollBar:vertical {{ background: #f1edf3; width: {px(14)}px; margin: 0;
    border-radius: {px(7)}px; }}
QScrollBar::handle:vertical {{ background: #a58cb3; min-height: {px(40)}px;
    border-radius: {px(7)}px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
QCheckBox {{ font-size: {px(17)}px; color: #333333; spacing: {px(10)}px; }}
QCheckBox::indicator {{ width: {px(22)}px; height: {px(22)}px; border: 2px solid #5e5e5e;
    border-radius: {px(4)}px; background: #ffffff; }}
QCheckBox::indicator:checked {{ background: #5b1a7a; border-color: #5b1a7a; }}
"""


class ResultsView(QWidget):
    refreshed = Signal(float)  # seconds the last refresh took

    def __init__(
        self,
        db: Database,
        visit_id: str,
        survey: SurveyDef,
        language: str = "en",
        scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.visit_id, self.survey = db, visit_id, survey
        self.language, self.scale = language, scale
        self.setObjectName("results")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_style(scale))
        words = _words(language)
        self.title = QLabel(survey.title.get(language))
        self.title.setWordWrap(True)
        self.title.setStyleSheet(
            f"font-size: {round(36 * scale)}px; font-weight: 700; color: #5b1a7a;")
        self.count = QLabel()
        self.count.setStyleSheet(
            f"font-size: {round(24 * scale)}px; font-weight: 600; color: #333;")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.count.setAccessibleName("Number of responses")
        self.free_text = QCheckBox(words["free_text"])
        self.free_text.setAccessibleName(words["free_text"])
        self.free_text.setCursor(Qt.CursorShape.PointingHandCursor)
        self.free_text.toggled.connect(lambda _on: self.refresh())
        self.note = QLabel(words["note"].format(n=MIN_ANSWERS))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"font-size: {round(17 * scale)}px; color: #555;")

        self.inner = QWidget()
        self.inner.setObjectName("resultsInner")
        self.charts_layout = QVBoxLayout(self.inner)
        # Charts line up with the title; room on the right for the scroll bar.
        self.charts_layout.setContentsMargins(0, round(8 * scale), round(16 * scale), 0)
        self.charts_layout.setSpacing(round(22 * scale))
        self.charts: dict[str, QuestionChart] = {}
        scroll = QScrollArea()
        scroll.setWidget(self.inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        header = QHBoxLayout()
        header.setSpacing(round(24 * scale))
        header.addWidget(self.title, 1)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        rule = QFrame()
        rule.setObjectName("resultsRule")
        rule.setFixedHeight(max(1, round(2 * scale)))
        footer = QHBoxLayout()
        footer.setSpacing(round(24 * scale))
        footer.addWidget(self.note, 1)
        footer.addWidget(self.free_text)
        layout = QVBoxLayout(self)
        margin = round(32 * scale)
        layout.setContentsMargins(margin, round(24 * scale), margin, round(14 * scale))
        layout.setSpacing(round(10 * scale))
        layout.addLayout(header)
        layout.addWidget(rule)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

        self.live = live_counts(visit_id, survey)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        start = time.perf_counter()
        results = visit_results(self.db, self.visit_id, self.survey, self.language,
                                include_text=self.free_text.isChecked(), live=self.live)
        results.questions = [with_scale_ends(q, self.survey, self.language)
                              for q in results.questions]
        words = _words(self.language)
        self.count.setText(
            words["one" if results.responses == 1 else "many"].format(n=results.responses))
        keys = [q.key for q in results.questions]
        if keys != list(self.charts):
            for chart in self.charts.values():
                chart.hide()  # at once: deleteLater alone leaves it painted over the new ones
                chart.deleteLater()
            self.charts = {}
            while self.charts_layout.count():
                self.charts_layout.takeAt(0)
            for question in results.questions:
                chart = QuestionChart(question, self.scale)
                self.charts[question.key] = chart
                self.charts_layout.addWidget(chart)
            self.charts_layout.addStretch(1)
        else:
            for question in results.questions:
                self.charts[question.key].set_result(question)
        self.refreshed.emit(time.perf_counter() - start)
