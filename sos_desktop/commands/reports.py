"""`sos-desktop report visit|season` and `sos-desktop print survey|signin-sheet`: PDFs."""

from __future__ import annotations

import argparse
from pathlib import Path

from sos_desktop import languages
from sos_desktop.commands import EXIT_OK, open_db
from sos_desktop.i18n import tr


def build(command: str, parser: argparse.ArgumentParser) -> None:
    if command == "report":
        rep = parser.add_subparsers(dest="report_command", required=True)
        rv = rep.add_parser("visit", help=tr("one visit: counts and a chart per question"))
        rv.add_argument("visit_id", metavar="VISIT_ID", help=tr("the visit's id"))
        rv.add_argument("--out", required=True, type=Path, help=tr("the PDF file to write"))
        rv.add_argument("--with-signups", action="store_true",
                        help=tr("add contact data (private)"))
        rv.add_argument("--with-free-text", action="store_true", help=tr("add written answers"))
        rv.add_argument("--lang", default=languages.SOURCE, choices=languages.codes(),
                        help=tr("language of the report"))
        rv.set_defaults(handler=_report_visit)
        rs = rep.add_parser("season", help=tr("all visits in a period"))
        rs.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
        rs.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD")
        rs.add_argument("--out", required=True, type=Path, help=tr("the PDF file to write"))
        rs.add_argument("--lang", default=languages.SOURCE, choices=languages.codes(),
                        help=tr("language of the report"))
        rs.set_defaults(handler=_report_season)
    else:  # print
        prt = parser.add_subparsers(dest="print_command", required=True)
        ps = prt.add_parser("survey", help=tr("answer sheets the scanner and camera read "
                                              "back (--typed: the form to type up by hand)"))
        ps.add_argument("key", metavar="KEY", help=tr("survey key"))
        ps.add_argument("--lang", default=languages.SOURCE, choices=languages.codes(),
                        help=tr("language of the sheets"))
        ps.add_argument("--out", required=True, type=Path, help=tr("the PDF file to write"))
        ps.add_argument("--copies", type=int, default=1,
                        help=tr("answer sheets, each with its own id"))
        ps.add_argument("--visit",
                        help=tr("print the visit's school, class and date at the foot"))
        ps.add_argument("--layout", type=Path,
                        help=tr("also write where every bubble is (JSON)"))
        ps.add_argument("--typed", action="store_true",
                        help=tr("the typed-up fallback form (codes in grey, for import responses)"))
        ps.set_defaults(handler=_print_survey)
        pi = prt.add_parser("signin-sheet", help=tr("a sign-in sheet with the import's columns"))
        pi.add_argument("--visit",
                        help=tr("print the visit's school, class and date at the foot"))
        pi.add_argument("--rows", type=int, default=26, help=tr("rows on the sheet"))
        pi.add_argument("--out", required=True, type=Path, help=tr("the PDF file to write"))
        pi.set_defaults(handler=_print_signin)


def _done(kind: str, result) -> int:
    n = result.pages
    match kind:
        case "visit report":
            done = tr("wrote visit report to {path} (%n page(s), sha256 {sha256})", None, n)
        case "season report":
            done = tr("wrote season report to {path} (%n page(s), sha256 {sha256})", None, n)
        case "paper survey":
            done = tr("wrote paper survey to {path} (%n page(s), sha256 {sha256})", None, n)
        case _:  # sign-in sheet
            done = tr("wrote sign-in sheet to {path} (%n page(s), sha256 {sha256})", None, n)
    print(done.format(path=result.path, sha256=result.sha256))
    return EXIT_OK


def _report_visit(args: argparse.Namespace) -> int:
    from sos_desktop.commands.keys import unlocked
    from sos_desktop.core.reports.visit_report import visit_report

    return _done("visit report", visit_report(
        unlocked(args) if args.with_signups else open_db(args), args.visit_id, args.out,
        with_signups=args.with_signups,
        with_free_text=args.with_free_text, language=args.lang))


def _report_season(args: argparse.Namespace) -> int:
    from sos_desktop.core.reports.season_report import season_report

    return _done("season report", season_report(open_db(args), args.start, args.end, args.out,
                                                language=args.lang))


def _print_survey(args: argparse.Namespace) -> int:
    if not args.typed:
        from sos_desktop.commands.paper import print_answer_sheets

        return print_answer_sheets(args)
    from sos_desktop.core.reports.paper import print_survey

    return _done("paper survey", print_survey(open_db(args), args.key, args.out,
                                              language=args.lang))


def _print_signin(args: argparse.Namespace) -> int:
    from sos_desktop.core.reports.paper import signin_sheet

    return _done("sign-in sheet", signin_sheet(open_db(args), args.out, visit_id=args.visit,
                                               rows=args.rows))
