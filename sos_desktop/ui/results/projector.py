"""One page of live results, drawn for the back of the room: the audience window and its mirror.

Dark ink on white whatever window it sits in (the talk's windows are dark, and a style sheet
is inherited), no control of any kind, sizes that follow the widget so the console's small
mirror wraps its lines where the projector does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sos_desktop.core.results.live import MIN_ANSWERS
from sos_desktop.i18n import audience
from sos_desktop.ui.results.chart import QuestionChart
from sos_desktop.ui.results.pages import ResultsPager

DESIGN = (1366, 768)  # the size at which `scale` is 1 (before the projector's boost)
BOOST = 1.25  # few questions a page: draw them bigger than the laptop's results window
GROW = 1.5  # a page with room to spare draws its charts up to this much bigger still
SHRINK = 0.6  # and one too full (many questions under 5 answers on one page) smaller


def scale_for(width: int, height: int) -> float:
    """How much bigger than at DESIGN size to draw in a window this large."""
    return BOOST * min(width / DESIGN[0], height / DESIGN[1])


def _style(scale: float) -> str:
    px = lambda value: max(1, round(value * scale))  # noqa: E731
    return f"""
QWidget {{ background: #ffffff; color: #1b1b1b; }}
QLabel#resultsTitle {{ font-size: {px(36)}px; font-weight: 700; color: #5b1a7a; }}
QLabel#resultsCount {{ font-size: {px(26)}px; font-weight: 700; color: #1b1b1b; }}
QLabel#resultsEmpty {{ font-size: {px(44)}px; font-weight: 700; color: #5b1a7a; }}
QLabel#resultsNote, QLabel#resultsPage {{ font-size: {px(18)}px; color: #333333; }}
QFrame#resultsRule {{ background: #e6e0ea; border: none; }}
"""


class ProjectorResults(QWidget):
    def __init__(self, pager: ResultsPager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pager = pager
        self.scale = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("projectorResults")
        # The results' own words are in the survey's language (the class's), not the organizer's.
        language = pager.language
        survey = pager.survey
        self.title = QLabel(survey.title.get(language) if survey
                            else audience.tr("Results", language=language))
        self.title.setObjectName("resultsTitle")
        self.title.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("resultsCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.rule = QFrame()
        self.rule.setObjectName("resultsRule")
        self.body = QVBoxLayout()
        self.empty = QLabel()  # "No answers yet" / "This visit has no survey", else hidden
        self.empty.setObjectName("resultsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.note = QLabel(audience.tr(
            "Anonymous. A question shows figures once {n} people have answered it.",
            language=language).format(n=MIN_ANSWERS))
        self.note.setObjectName("resultsNote")
        self.note.setWordWrap(True)
        self.page_label = QLabel()
        self.page_label.setObjectName("resultsPage")
        self.page_label.setAccessibleName(audience.tr("Results page", language=language))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        footer = QHBoxLayout()
        footer.addWidget(self.note, 1)
        footer.addWidget(self.page_label, 0, Qt.AlignmentFlag.AlignBottom)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.rule)
        self.layout_.addLayout(self.body)
        self.layout_.addWidget(self.empty, 1)
        self.layout_.addStretch(1)
        self.layout_.addLayout(footer)
        self.charts: list[QuestionChart] = []
        self._set_scale(1.0)
        pager.changed.connect(self.redraw)
        self.redraw()

    def _set_scale(self, scale: float) -> None:
        if abs(scale - self.scale) < 0.01:
            return
        self.scale = scale
        self.setStyleSheet(_style(scale))
        margin = round(40 * scale)
        self.layout_.setContentsMargins(margin, round(28 * scale), margin, round(20 * scale))
        self.layout_.setSpacing(round(12 * scale))
        self.body.setSpacing(round(28 * scale))
        self.rule.setFixedHeight(max(1, round(2 * scale)))
        for chart in self.charts:
            chart.scale = scale
            chart.setFixedHeight(chart.heightForWidth(chart.width()))
            chart.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._set_scale(scale_for(size.width(), size.height()))
        super().resizeEvent(event)
        self._fit_charts()

    def _fit_charts(self) -> None:
        """The page's charts as large as the room between the rule and the footer allows."""
        if not self.charts or self.height() <= 0:
            return
        self.layout_.activate()
        margins = self.layout_.contentsMargins()
        spacing = self.layout_.spacing()
        width = self.width() - margins.left() - margins.right()
        footer = max(self.note.heightForWidth(self.note.width()),
                     self.page_label.sizeHint().height())
        room = (self.height() - margins.bottom() - footer - spacing
                - self.rule.geometry().bottom() - spacing)
        gaps = self.body.spacing() * (len(self.charts) - 1)
        steps = [self.scale * (GROW - 0.05 * i) for i in range(round((GROW - SHRINK) / 0.05) + 1)]
        for scale in steps:  # largest first; below the page's own scale only when it overflows
            for chart in self.charts:
                chart.scale = scale
            if sum(c.heightForWidth(width) for c in self.charts) + gaps <= room:
                break
        for chart in self.charts:
            chart.setFixedHeight(chart.heightForWidth(width))
            chart.update()

    def redraw(self) -> None:
        pager, language = self.pager, self.pager.language
        responses = pager.results.responses if pager.results else 0
        self.count.setText(audience.tr("%n response(s)", None, responses, language=language))
        self.page_label.setText(f"{pager.page + 1} / {len(pager.pages)}" if pager.pages else "")
        # "0 responses" beside "Results appear once 5 people have answered" would read wrong.
        self.count.setVisible(pager.survey is not None and not (pager.waiting and not responses))
        self.note.setVisible(pager.survey is not None)
        self.empty.setText(audience.tr("This visit has no survey", language=language)
                           if pager.survey is None
                           else audience.tr("Results appear once {n} people have answered",
                                            language=language).format(n=MIN_ANSWERS)
                           if pager.waiting
                           else audience.tr("No answers yet", language=language))
        self.empty.setVisible(not pager.pages)
        questions = pager.questions
        if [c.result.key for c in self.charts] == [q.key for q in questions]:
            for chart, result in zip(self.charts, questions, strict=True):
                chart.set_result(result)
            self._fit_charts()  # a question's figures may have just appeared
            return
        for chart in self.charts:
            chart.hide()  # at once: deleteLater alone leaves it painted under the new ones
            chart.deleteLater()
        self.charts = [QuestionChart(result, self.scale) for result in questions]
        for chart in self.charts:
            chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.body.addWidget(chart)
        self._fit_charts()
