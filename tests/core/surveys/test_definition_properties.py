"""Property tests: any survey definition is built or refused with its problems listed, never
a crash; a built one survives its own JSON round trip."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from sos_desktop.core.surveys.build import build_survey, survey_from_json
from tests.conftest import TINY_SURVEY

JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=20,
)


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from paths(inner, (*prefix, index))


ALL_PATHS = list(paths(TINY_SURVEY))[1:]


def check(raw) -> None:
    survey, problems = build_survey(raw, source="test")
    if survey is None:
        assert problems and all(str(p) for p in problems)
    else:
        assert problems == []
        assert survey_from_json(survey.to_json()) == survey


@settings(max_examples=200, deadline=None)
@given(JSON)
def test_any_json_is_built_or_refused_with_problems(raw):
    check(raw)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ALL_PATHS), JSON)
def test_a_valid_survey_with_one_part_replaced_is_built_or_refused(path, value):
    """Ensure replacing any one part of a valid definition by any JSON never crashes."""
    raw = copy.deepcopy(TINY_SURVEY)
    target = raw
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    check(raw)
