"""The bundle response checks remember decoded answers and visibility, never a wrong verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sos_desktop.core.bundles.checks import _Refuse, check_responses
from sos_desktop.core.bundles.format import BrokenBundle
from sos_desktop.core.messages import Code
from sos_desktop.core.surveys.answers import check_response
from sos_desktop.core.surveys.build import build_survey
from tests.core.surveys.helpers import survey_dict

_VALID = {"school": "cross", "contact": "no"}
# Same answer texts as valid responses before them, but a condition now shows a question
# that is missing or wrong: a remembered verdict must not carry over.
_CASES = [
    {**_VALID, "contact": "yes", "kinds": ["search"]},  # searched_feel now required
    {**_VALID, "contact": "yes", "kinds": ["talk", "search", "yell"]},  # over max_count
    {**_VALID, "age": 12},
    {**_VALID, "more": "far more than ten"},
]


def _record(i: int, answers: dict, language: str = "en") -> dict:
    return {"id": f"{i:036d}", "survey_definition_id": "def", "language": language,
            "created_at": "2026-10-14 15:00:00",
            "answers": {k: json.dumps(v) for k, v in answers.items()}}


@pytest.mark.parametrize("bad", _CASES)
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_bad_response_after_good_ones_is_refused_with_its_own_reasons(bad, language):
    """Ensure remembering answers and visibility across records never passes a bad one, and
    the message is exactly what check_response gives for that record."""
    survey = build_survey(survey_dict(), "demo")[0]
    good = [_VALID, {**_VALID, "contact": "yes", "kinds": ["talk"]},
            {**_VALID, "contact": "yes", "kinds": ["search"], "searched_feel": 3},
            {**_VALID, "age": 15, "more": "short"}]
    assert all(not check_response(survey, g) for g in good)
    records = [_record(i, g, language) for i, g in enumerate(good)] + [_record(9, bad, language)]
    expected = "; ".join(str(p) for p in check_response(survey, bad))
    assert expected
    with pytest.raises(BrokenBundle) as caught:
        check_responses(_Refuse(Path("b.sosbundle")), records, {"def": survey}, lambda _: None)
    assert caught.value.message.params["reason"] == Code.BUNDLE_RECORD(
        table="survey_responses", id=f"{9:036d}", reason=expected)


def test_an_answer_to_no_question_is_refused_by_its_key():
    """Ensure an answer keyed to a question the survey does not have refuses the bundle, named."""
    survey = build_survey(survey_dict(), "demo")[0]
    records = [_record(0, _VALID), _record(1, {**_VALID, "zzz": "x"})]
    with pytest.raises(BrokenBundle) as caught:
        check_responses(_Refuse(Path("b.sosbundle")), records, {"def": survey}, lambda _: None)
    assert caught.value.message.params["reason"] == Code.BUNDLE_RECORD(
        table="survey_responses", id=f"{1:036d}", reason="zzz: not a question in this survey")
