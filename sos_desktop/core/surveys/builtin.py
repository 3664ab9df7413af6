"""The surveys that ship with the app (resources/surveys/*.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sos_desktop.core.paths import resources_dir
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.problems import InvalidSurvey
from sos_desktop.core.surveys.yaml_format import load_yaml


def surveys_dir() -> Path:
    return resources_dir() / "surveys"


def builtin_surveys() -> list[SurveyDef]:
    """Every built-in survey, sorted by key; a broken one is a bug, so it raises InvalidSurvey."""
    return list(_load_all())


@cache  # read once per run: the files ship with the app and do not change under it
def _load_all() -> tuple[SurveyDef, ...]:
    found = []
    for path in sorted(surveys_dir().glob("*.yaml")):
        survey, problems = load_yaml(path)
        if survey is None:
            raise InvalidSurvey(problems)
        found.append(survey)
    return tuple(sorted(found, key=lambda s: s.key))


def builtin_survey(key: str) -> SurveyDef | None:
    return next((s for s in builtin_surveys() if s.key == key), None)
