"""Fixtures for sync tests: the built-in survey stored, and answered responses."""

import random

import pytest

from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.surveys.store import ensure_builtin_surveys, latest_definition


@pytest.fixture
def survey(db):
    """(definition id, SurveyDef) of the built-in Hillhouse/Cross survey."""
    ensure_builtin_surveys(db)
    return latest_definition(db, "hillhouse-cross")


def sample_answers(rng: random.Random, free_text: str = "") -> dict:
    contact = rng.random() < 0.4
    answers = {
        "school": rng.choice(["hillhouse", "wilbur_cross"]),
        "grade": rng.choice(["grade_9", "grade_10", "grade_11", "grade_12"]),
        "safe_at_school": rng.randint(1, 5),
        "sro_effect": rng.choice(["safer", "no_difference", "less_safe"]),
        "where_noticed": rng.sample(["entrance", "hallways", "cafeteria"], rng.randint(0, 2)),
        "had_contact": "yes" if contact else "no",
        "support_wanted": rng.sample(["social_workers", "counselors", "nurses", "mentors"], 2),
    }
    if contact:
        answers["contact_kind"] = ["searched"]
    if free_text:
        answers["anything_else"] = free_text
    return answers


@pytest.fixture
def answered(db, visit_id, survey):
    """A function storing n responses to the built-in survey for a visit."""
    def add(n: int, visit: str | None = None, seed: int = 1, free_text: str = "",
            language: str = "en") -> list[str]:
        rng = random.Random(seed)
        return [submit_response(db, visit or visit_id, survey[0], language,
                                sample_answers(rng, free_text)) for _ in range(n)]
    return add
