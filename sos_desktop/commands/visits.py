"""`sos-desktop visit add|list`: create a visit, list visits with their counts."""

from __future__ import annotations

import argparse
from pathlib import Path

from sos_desktop.commands import EXIT_OK, open_db


def build(command: str, parser: argparse.ArgumentParser) -> None:
    visit_cmd = parser.add_subparsers(dest="visit_command", required=True)
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
    add.add_argument("--answers", default="kiosk", choices=("kiosk", "paper", "both"),
                     help="how the class answers the survey (paper: the kiosk only signs up)")
    add.set_defaults(handler=_visit_add)
    lst = visit_cmd.add_parser("list", help="list visits with their counts")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_visit_list)


def _visit_add(args: argparse.Namespace) -> int:
    from sos_desktop.core.errors import SosError
    from sos_desktop.core.visits import create_visit

    deck = ""
    if args.deck:
        deck_path = Path(args.deck).expanduser().resolve()
        if not deck_path.is_file():
            raise SosError(f"deck {deck_path} does not exist")
        deck = str(deck_path)
    if args.survey:
        from sos_desktop.core.surveys.store import ensure_builtin_surveys, list_surveys

        db = open_db(args)
        ensure_builtin_surveys(db)
        known = [s.key for s in list_surveys(db)]
        if args.survey not in known:
            raise SosError(f"unknown survey {args.survey!r}; known: {', '.join(known)}")
    visit_id = create_visit(
        open_db(args),
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
            "answer_mode": args.answers,
        },
    )
    print(visit_id)
    return EXIT_OK


def _visit_list(args: argparse.Namespace) -> int:
    from sos_desktop.core.visits import list_visits

    visits = list_visits(open_db(args))
    if args.json:
        import json

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
