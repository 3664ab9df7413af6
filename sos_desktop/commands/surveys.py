"""`sos-desktop survey list|check|import`: survey definitions from YAML or XLSForm files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sos_desktop.commands import open_db
from sos_desktop.core.plural import plural


def build(command: str, parser: argparse.ArgumentParser) -> None:
    cmd = parser.add_subparsers(dest="survey_command", required=True)
    lst = cmd.add_parser("list", help="surveys this laptop knows (built-in and imported)")
    lst.set_defaults(handler=_list)
    check = cmd.add_parser("check", help="report every problem in a survey file")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=_check)
    imp = cmd.add_parser("import", help="store a survey file as a new version")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_import)


def _list(args: argparse.Namespace) -> int:
    from sos_desktop.core.surveys.store import ensure_builtin_surveys, list_surveys

    db = open_db(args)
    ensure_builtin_surveys(db)
    for survey in list_surveys(db):
        print(f"{survey.key:<24} v{survey.version:<4} {'/'.join(survey.languages):<6} "
              f"{survey.title}")
    return 0


def _checked(path: Path):
    from sos_desktop.core.surveys.check import check_survey_file

    survey, problems = check_survey_file(path)
    for problem in problems:
        print(f"sos-desktop: {problem}", file=sys.stderr)
    return survey, problems


def _check(args: argparse.Namespace) -> int:
    survey, problems = _checked(args.file)
    if survey is None:
        print(f"sos-desktop: {args.file}: {plural(len(problems), 'problem', 'problems')}",
              file=sys.stderr)
        return 1
    questions = sum(1 for q in survey.questions if q.answerable)
    print(f"ok: {survey.key} version {survey.version}, {questions} questions, "
          f"languages {', '.join(survey.languages)}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from sos_desktop.core.surveys.store import store_definition

    survey, problems = _checked(args.file)
    if survey is None:
        print(f"sos-desktop: {args.file}: {plural(len(problems), 'problem', 'problems')}, "
              "nothing imported",
              file=sys.stderr)
        return 1
    definition_id, created = store_definition(open_db(args), survey)
    state = "stored" if created else "already stored"
    print(f"{state}: {survey.key} version {survey.version} ({definition_id})")
    return 0
