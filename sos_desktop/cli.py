"""The command line: the same core services as the window, for scripted sync and tests.

Every error is one line on stderr naming what is wrong, with a non-zero exit and nothing changed.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from pathlib import Path

from sos_desktop import __version__
from sos_desktop.commands import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    MODULES,
    CommandGroups,
    open_db,
)
from sos_desktop.core.errors import SosError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_USAGE, f"sos-desktop: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sos-desktop", description="Run a Students Over SROs classroom visit.")
    parser.add_argument("--version", action="version", version=f"sos-desktop {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: the user data folder)")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    visit = commands.add_parser("visit", help="create and list visits")
    visit_cmd = visit.add_subparsers(dest="visit_command", required=True, parser_class=_Parser)
    add = visit_cmd.add_parser("add", help="create a visit; prints its id")
    add.add_argument("--school", required=True)
    add.add_argument("--group", required=True, help="class or club")
    add.add_argument("--date", required=True, help="YYYY-MM-DD")
    add.add_argument("--educator", default="")
    add.add_argument("--educator-email", default="")
    add.add_argument("--presenters", default="")
    add.add_argument("--survey", default="", help="survey key")
    add.add_argument("--deck", default="", help="PDF or Markdown deck (default: built-in)")
    add.add_argument("--minutes", default="45", help="planned length of the visit")
    add.set_defaults(handler=_visit_add)
    lst = visit_cmd.add_parser("list", help="list visits with their counts")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_visit_list)

    imp = commands.add_parser("import", help="import typed-up paper sheets")
    imp_cmd = imp.add_subparsers(dest="import_command", required=True, parser_class=_Parser)
    isg = imp_cmd.add_parser("signups", help="a typed-up sign-in sheet (CSV)")
    isg.add_argument("file", type=Path)
    isg.add_argument("--visit", required=True)
    isg.add_argument("--skip-invalid", action="store_true")
    isg.set_defaults(handler=_import_signups)

    exp = commands.add_parser("export", help="export data as CSV")
    exp_cmd = exp.add_subparsers(dest="export_command", required=True, parser_class=_Parser)

    chk = commands.add_parser("check", help="integrity check, schema version, counts")
    chk.set_defaults(handler=_check)
    bak = commands.add_parser("backup", help="consistent copy of the database")
    bak.add_argument("--out", required=True, type=Path)
    bak.set_defaults(handler=_backup)

    groups = CommandGroups(commands, exp_cmd, imp_cmd, _Parser)
    for name in MODULES:
        if importlib.util.find_spec(f"sos_desktop.commands.{name}") is not None:
            importlib.import_module(f"sos_desktop.commands.{name}").register(groups)
    return parser


_db = open_db


def _visit_add(args: argparse.Namespace) -> int:
    from sos_desktop.core.visits import create_visit

    deck = ""
    if args.deck:
        deck_path = Path(args.deck).expanduser().resolve()
        if not deck_path.is_file():
            raise SosError(f"deck {deck_path} does not exist")
        deck = str(deck_path)
    if args.survey:
        from sos_desktop.core.survey_store import ensure_builtin_surveys, list_surveys

        db = _db(args)
        ensure_builtin_surveys(db)
        known = [s.key for s in list_surveys(db)]
        if args.survey not in known:
            raise SosError(f"unknown survey {args.survey!r}; known: {', '.join(known)}")
    visit_id = create_visit(
        _db(args),
        {
            "school": args.school,
            "group_name": args.group,
            "visit_date": args.date,
            "educator_name": args.educator,
            "educator_email": args.educator_email,
            "presenters": args.presenters,
            "survey_key": args.survey,
            "deck": deck,
            "planned_minutes": args.minutes,
        },
    )
    print(visit_id)
    return EXIT_OK


def _visit_list(args: argparse.Namespace) -> int:
    from sos_desktop.core.visits import list_visits

    visits = list_visits(_db(args))
    if args.json:
        rows = [
            {**vars(v), "visit_date": v.visit_date.isoformat()}
            for v in visits
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    for v in visits:
        state = "closed" if v.closed else "open"
        print(
            f"{v.id}  {v.visit_date}  {v.school} / {v.group_name}  [{state}]  "
            f"responses={v.responses} signups={v.signups} "
            f"not_exported={v.signups_not_exported}"
        )
    return EXIT_OK


def _import_signups(args: argparse.Namespace) -> int:
    from sos_desktop.commands.keys import with_public_key
    from sos_desktop.core.import_signups import import_signups

    result = import_signups(
        with_public_key(args), args.file, visit_id=args.visit, skip_invalid=args.skip_invalid
    )
    for error in result.errors:
        print(f"sos-desktop: {args.file}: {error} (skipped)", file=sys.stderr)
    print(f"imported {result.imported} sign-up(s)")
    if result.rejects_path:
        print(f"rejected {result.rejected} row(s), written to {result.rejects_path}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from sos_desktop.core.maintenance import check_database

    report = check_database(_db(args))
    print(f"database: {report.path}")
    print(f"schema:   {report.revision}")
    print(f"device:   {report.device_id}")
    for table, count in report.counts.items():
        print(f"{table + ':':<20}{count}")
    for problem in report.problems:
        print(f"sos-desktop: {report.path}: {problem}", file=sys.stderr)
    print("ok" if report.ok else f"{len(report.problems)} problem(s)")
    return EXIT_OK if report.ok else EXIT_ERROR


def _backup(args: argparse.Namespace) -> int:
    from sos_desktop.core.maintenance import backup_database

    out = backup_database(_db(args), args.out)
    print(f"backup written to {out}")
    return EXIT_OK


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from sos_desktop.ui.app import run_app

        return run_app(args.data_dir)
    try:
        return args.handler(args)
    except SosError as exc:
        # A rejected file lists each bad row (`line N, column C: reason`) before the summary.
        for error in getattr(exc, "errors", ()):
            print(f"sos-desktop: {exc.path}: {error}", file=sys.stderr)
        print(f"sos-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("sos-desktop: interrupted; nothing was changed", file=sys.stderr)
        return 130
