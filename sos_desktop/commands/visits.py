"""`sos-desktop visit add|list`: create a visit, list visits with their counts."""

from __future__ import annotations

from sos_desktop.commands import EXIT_OK, open_db
from sos_desktop.i18n import tr

TYPE_CHECKING = False  # as typing's: `visit list` runs without argparse (cli.py)
if TYPE_CHECKING:
    import argparse


def build(command: str, parser: argparse.ArgumentParser) -> None:
    visit_cmd = parser.add_subparsers(dest="visit_command", required=True)
    add = visit_cmd.add_parser("add", help=tr("create a visit; prints its id"))
    add.add_argument("--school", required=True, help=tr("the school's name"))
    add.add_argument("--group", required=True, help=tr("class or club"))
    add.add_argument("--date", required=True, help="YYYY-MM-DD")
    add.add_argument("--educator", default="", help=tr("the educator's name"))
    add.add_argument("--educator-email", default="", help=tr("the educator's email"))
    add.add_argument("--presenters", default="", help=tr("who presents (names)"))
    add.add_argument("--survey", default=None,
                     help=tr("survey key, or 'none' (default: the one for the school, as in "
                             "the visit window: Hillhouse and Wilbur Cross their own, others "
                             "Settings' default survey or nhps-other)"))
    add.add_argument("--deck", default="", help=tr("PDF or Markdown deck (default: built-in)"))
    add.add_argument("--minutes", default="45", help=tr("planned length of the visit"))
    add.add_argument("--answers", default="kiosk", choices=("kiosk", "paper", "both"),
                     help=tr("how the class answers the survey (paper: the kiosk only signs up)"))
    add.add_argument("--virtual", action="store_true",
                     help=tr("over video: the survey slide shows the online form's QR code"))
    add.add_argument("--form-url", default="", metavar="URL",
                     help=tr("the online form for this visit (default: the one in Settings)"))
    add.set_defaults(handler=_visit_add)
    lst = visit_cmd.add_parser("list", help=tr("list visits with their counts"))
    lst.add_argument("--json", action="store_true", help=tr("as JSON, for scripts"))
    lst.set_defaults(handler=_visit_list)


# The visit's fields as `visit add` spells them, so a refusal names the option to fix.
_OPTIONS = {
    "school": "--school", "group_name": "--group", "visit_date": "--date",
    "educator_name": "--educator", "educator_email": "--educator-email",
    "presenters": "--presenters", "survey_key": "--survey", "deck": "--deck",
    "planned_minutes": "--minutes", "answer_mode": "--answers",
    "online_form_url": "--form-url",
}


def _visit_add(args: argparse.Namespace) -> int:
    import dataclasses
    from pathlib import Path  # not at the top: `visit list` runs without it

    from sos_desktop.core import settings
    from sos_desktop.core.errors import InvalidInput, SosError
    from sos_desktop.core.visits.store import create_visit, default_survey_for

    deck = ""
    if args.deck:
        deck_path = Path(args.deck).expanduser().resolve()
        if not deck_path.is_file():
            raise SosError(tr("deck {path} does not exist").format(path=deck_path))
        deck = str(deck_path)
    survey = args.survey
    if survey is None:  # the window's default for this school
        survey = default_survey_for(args.school, settings.load(open_db(args)).default_survey)
    elif survey.strip().lower() == "none":
        survey = ""
    if survey:
        from sos_desktop.core.surveys.store import ensure_builtin_surveys, list_surveys

        db = open_db(args)
        ensure_builtin_surveys(db)
        known = [s.key for s in list_surveys(db)]
        if survey not in known:
            raise SosError(tr("unknown survey {key}; known: {keys}").format(
                key=repr(survey), keys=", ".join(known)))
    fields = {
        "school": args.school,
        "group_name": args.group,
        "visit_date": args.date,
        "educator_name": args.educator,
        "educator_email": args.educator_email,
        "presenters": args.presenters,
        "survey_key": survey,
        "deck": deck,
        "planned_minutes": args.minutes,
        "answer_mode": args.answers,
        "virtual": args.virtual,
        "online_form_url": args.form_url,
    }
    try:
        visit_id = create_visit(open_db(args), fields)
    except InvalidInput as exc:
        problems = [dataclasses.replace(p, field=_OPTIONS.get(p.field, p.field))
                    for p in exc.problems]
        raise SosError("; ".join(_problem_text(p) for p in problems)) from None
    print(visit_id)
    return EXIT_OK


def _visit_list(args: argparse.Namespace) -> int:
    if not args.json:
        rows = _rows_without_opening(args.data_dir)
        if rows is not None:
            _print_visits(rows)
            return EXIT_OK
    from sos_desktop.core.visits.store import list_visits

    visits = list_visits(open_db(args))
    if args.json:
        import json

        rows = [
            v._asdict() | {"visit_date": v.visit_date.isoformat()}
            for v in visits
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    _print_visits([(v.id, v.visit_date.isoformat(), v.school, v.group_name, v.closed,
                    v.responses, v.signups, v.signups_not_exported) for v in visits])
    return EXIT_OK


def _rows_without_opening(data_dir: str | None) -> list | None:
    """The rows read straight from a database that opening would not change (quick_read),
    or None: then it is opened the full way (migrated, settled, or refused with a reason)."""
    import sqlite3

    from sos_desktop.core.storage.quick_read import current_connection, visit_rows

    conn = current_connection(data_dir)
    if conn is None:
        return None
    try:
        return visit_rows(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _print_visits(rows: list) -> None:  # quick_read.visit_rows' tuples
    for visit_id, day, school, group, closed, responses, signups, not_exported in rows:
        state = tr("closed", "visit") if closed else tr("open", "visit")
        print(tr("{id}  {date}  {school} / {group}  [{state}]  responses={responses} "
                 "signups={signups} not_exported={not_exported}").format(
            id=visit_id, date=day, school=school, group=group, state=state,
            responses=responses, signups=signups, not_exported=not_exported))


def _problem_text(problem) -> str:  # (core.errors.Problem) -> as its str(), translated
    from sos_desktop.words.problems import reason

    shown = problem.value if len(problem.value) <= 40 else problem.value[:37] + "..."
    if not shown:
        return tr("{option}: {reason}").format(option=problem.field,
                                               reason=reason(problem))
    return tr("{option}: {reason} (got {value})").format(
        option=problem.field, reason=reason(problem), value=repr(shown))
