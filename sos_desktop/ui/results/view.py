"""The results of one visit, refreshed as answers arrive; sized for the laptop or projector."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sos_desktop.core.answer_counts import LiveCounts
from sos_desktop.core.db import Database
from sos_desktop.core.results import visit_results
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.ui.results.chart import QuestionChart

REFRESH_MS = 2000


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
        self.setStyleSheet("QWidget#results, QWidget#resultsInner { background: #ffffff; }")
        self.title = QLabel(survey.title.get(language))
        self.title.setWordWrap(True)
        self.title.setStyleSheet(
            f"font-size: {round(36 * scale)}px; font-weight: 700; color: #5b1a7a;")
        self.count = QLabel()
        self.count.setStyleSheet(f"font-size: {round(22 * scale)}px; color: #333;")
        self.count.setAccessibleName("Number of responses")
        self.free_text = QCheckBox("Show free-text answers")
        self.free_text.setAccessibleName("Show free-text answers")
        self.free_text.setStyleSheet(f"font-size: {round(16 * scale)}px;")
        self.free_text.toggled.connect(lambda _on: self.refresh())
        self.note = QLabel("Anonymous. A question shows figures once 5 people have answered it.")
        self.note.setStyleSheet(f"font-size: {round(16 * scale)}px; color: #555;")

        self.inner = QWidget()
        self.inner.setObjectName("resultsInner")
        self.charts_layout = QVBoxLayout(self.inner)
        self.charts_layout.setSpacing(round(18 * scale))
        self.charts: dict[str, QuestionChart] = {}
        scroll = QScrollArea()
        scroll.setWidget(self.inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.count)
        footer = QHBoxLayout()
        footer.addWidget(self.note, 1)
        footer.addWidget(self.free_text)
        layout = QVBoxLayout(self)
        margin = round(32 * scale)
        layout.setContentsMargins(margin, margin, margin, round(12 * scale))
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

        self.live = LiveCounts(visit_id)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        start = time.perf_counter()
        results = visit_results(self.db, self.visit_id, self.survey, self.language,
                                include_text=self.free_text.isChecked(), live=self.live)
        self.count.setText(f"{results.responses} response{'s' if results.responses != 1 else ''}")
        keys = [q.key for q in results.questions]
        if keys != list(self.charts):
            for chart in self.charts.values():
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
