"""`sos-desktop survey list|check|import|export`: survey definitions as YAML or XLSForm files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sos_desktop.commands import open_db
from sos_desktop.i18n import tr


def build(command: str, parser: argparse.ArgumentParser) -> None:
    cmd = parser.add_subparsers(dest="survey_command", required=True)
    lst = cmd.add_parser("list", help=tr("surveys this laptop knows (built-in and imported)"))
    lst.set_defaults(handler=_list)
    check = cmd.add_parser("check", help=tr("report every problem in a survey file"))
    check.add_argument("file", type=Path, metavar="FILE", help=tr("a YAML or XLSForm file"))
    check.set_defaults(handler=_check)
    imp = cmd.add_parser("import", help=tr("store a survey file as a new version"))
    imp.add_argument("file", type=Path, metavar="FILE", help=tr("a YAML or XLSForm file"))
    imp.set_defaults(handler=_import)
    exp = cmd.add_parser("export", help=tr("write a survey as XLSForm (for KoboToolbox, ODK, "
                                           "SurveyCTO) or YAML"))
    exp.add_argument("key", metavar="KEY", help=tr("survey key (see survey list)"))
    exp.add_argument("--out", required=True, type=Path, metavar="FILE",
                     help=tr("FILE.xlsx (XLSForm) or FILE.yaml"))
    exp.set_defaults(handler=_export)


def _list(args: argparse.Namespace) -> int:
    from sos_desktop.core.surveys.store import ensure_builtin_surveys, list_surveys, title_in
    from sos_desktop.i18n import language

    db = open_db(args)
    ensure_builtin_surveys(db)
    for survey in list_surveys(db):
        print(f"{survey.key:<24} v{survey.version:<4} {'/'.join(survey.languages):<6} "
              f"{title_in(db, survey, language())}")
    return 0


def _checked(path: Path):
    from sos_desktop.core.surveys.check import check_survey_file
    from sos_desktop.words.survey_problems import survey_problem

    survey, problems = check_survey_file(path)
    for problem in problems:
        print(f"sos-desktop: {survey_problem(problem)}", file=sys.stderr)
    return survey, problems


def _check(args: argparse.Namespace) -> int:
    survey, problems = _checked(args.file)
    if survey is None:
        print(tr("sos-desktop: {file}: %n problem(s)", None, len(problems)).format(
            file=args.file), file=sys.stderr)
        return 1
    questions = sum(1 for q in survey.questions if q.answerable)
    print(tr("ok: {key} version {version}, %n question(s), languages {languages}", None,
             questions).format(key=survey.key, version=survey.version,
                               languages=", ".join(survey.languages)))
    return 0


def _import(args: argparse.Namespace) -> int:
    from sos_desktop.core.surveys.store import store_definition

    survey, problems = _checked(args.file)
    if survey is None:
        print(tr("sos-desktop: {file}: %n problem(s), nothing imported", None,
                 len(problems)).format(file=args.file), file=sys.stderr)
        return 1
    definition_id, created = store_definition(open_db(args), survey)
    done = (tr("stored: {key} version {version} ({id})") if created
            else tr("already stored: {key} version {version} ({id})"))
    print(done.format(key=survey.key, version=survey.version, id=definition_id))
    return 0


def _export(args: argparse.Namespace) -> int:
    from sos_desktop.core.surveys.export import export_survey
    from sos_desktop.core.surveys.store import current_definition

    _definition_id, survey = current_definition(open_db(args), args.key)
    out = export_survey(survey, args.out)
    print(tr("exported: {key} version {version} to {file}").format(
        key=survey.key, version=survey.version, file=out))
    return 0
