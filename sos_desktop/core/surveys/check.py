"""The storage-free entry point the CLI and the window call: check any survey file."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.problems import SurveyProblem
from sos_desktop.core.surveys.xlsform import load_xlsform
from sos_desktop.core.surveys.yaml_format import load_yaml

SUFFIXES = (".yaml", ".yml", ".xlsx")


def check_survey_file(path: str | Path) -> tuple[SurveyDef | None, list[SurveyProblem]]:
    """Read a .yaml/.yml/.xlsx survey: (definition, warnings) if it can be used, (None, every
    problem) if not. A warning (problem.warning) names something filled in, e.g. a missing
    translation."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return None, [SurveyProblem(path.name, "", "a survey file must end in .yaml, .yml or "
                                    ".xlsx (XLSForm)")]
    if not path.is_file():
        return None, [SurveyProblem(path.name, "", "the file does not exist")]
    return load_xlsform(path) if suffix == ".xlsx" else load_yaml(path)
