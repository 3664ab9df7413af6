import random

import pytest

from benchmarks.kiosk import random_answers
from benchmarks.paper_synth import fill_page, marks_for, render_pdf
from sos_desktop.core.paper.compose import sheet_layout
from sos_desktop.core.paper.sheet_pdf import render_sheets
from sos_desktop.core.surveys.builtin import builtin_surveys
from sos_desktop.core.surveys.store import current_definition
from sos_desktop.core.visits.store import create_visit

DPI = 150


@pytest.fixture(scope="session")
def surveys():
    return {s.key: s for s in builtin_surveys()}


@pytest.fixture(scope="session")
def hillhouse(surveys):
    return surveys["hillhouse-cross"]


@pytest.fixture(scope="session")
def layout(hillhouse):
    return sheet_layout(hillhouse, 1, "en")


@pytest.fixture(scope="session")
def blank_pages(layout):
    """One printed copy's two pages, rendered once for the session (150 dpi)."""
    return render_pdf(render_sheets(layout, 1).pdf, DPI)


@pytest.fixture
def paper_visit(db):
    """A visit using hillhouse-cross, with the built-in definitions stored."""
    current_definition(db, "hillhouse-cross")
    return create_visit(db, {"school": "Hillhouse", "group_name": "Civics",
                             "visit_date": "2026-10-14", "survey_key": "hillhouse-cross"})


def filled(pages, layout, survey, answers, rng, styles=("full",), writing=None):
    """The pages of one sheet filled with `answers` (images, in page order)."""
    marks = marks_for(survey, answers)
    return [fill_page(img, layout, i, marks, DPI, rng, styles, writing)
            for i, img in enumerate(pages)]


def some_answers(survey, seed):
    return random_answers(survey, random.Random(seed))
