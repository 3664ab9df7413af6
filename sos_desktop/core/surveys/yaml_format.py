"""Read a survey from a YAML file (format documented in resources/surveys/FORMAT.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from sos_desktop.core.surveys.build import build_survey
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.problems import SurveyProblem

MAX_FILE_BYTES = 2_000_000  # a survey is a few KB; refuse anything absurd before parsing


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice (PyYAML would silently keep the last one)."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} appears twice in the same mapping", key_node.start_mark
            )
        seen[key] = 1
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def parse_yaml(text: str, source: str) -> tuple[SurveyDef | None, list[SurveyProblem]]:
    try:
        raw = yaml.load(text, Loader=_StrictLoader)  # a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = getattr(error, "problem", None) or str(error)
        return None, [SurveyProblem(source, where, f"not valid YAML: {reason}")]
    return build_survey(raw, source)


def load_yaml(path: Path) -> tuple[SurveyDef | None, list[SurveyProblem]]:
    """Load and check one YAML survey file; problems name the file, the question and why."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, [SurveyProblem(path.name, "", "the file is too large for a survey")]
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [SurveyProblem(path.name, "", f"cannot read the file: {error}")]
    return parse_yaml(text, path.name)
