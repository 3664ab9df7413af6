"""Sync commands: CRM export profiles, responses export/import, reports, paper forms, bundles.

Handlers import their services lazily (fast start) and let SosError propagate to cli.run, which
prints one line and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sos_desktop.commands import EXIT_OK, CommandGroups, open_db


def register(groups: CommandGroups) -> None:
    _extend_export_signups(groups)
    exp = groups.export
    er = exp.add_parser("responses", help="survey answers as CSV, with a codebook beside it")
    er.add_argument("--survey", required=True, help="survey key")
    er.add_argument("--visit", help="only this visit")
    er.add_argument("--out", required=True, type=Path)
    er.add_argument("--labels", action="store_true", help="choice labels instead of codes")
    er.add_argument("--lang", default="en", help="language of the labels")
    er.add_argument("--bom", action="store_true", help="UTF-8 BOM, for Excel")
    er.set_defaults(handler=_export_responses)
    mk = exp.add_parser("mark-imported", help="record that an export reached the CRM")
    mk.add_argument("receipt", nargs="?", default="last",
                    help="receipt id or its first characters (default: the last export)")
    mk.add_argument("--note", default="")
    mk.set_defaults(handler=_mark_imported)
    hist = exp.add_parser("history", help="sign-up exports and whether they reached the CRM")
    hist.add_argument("--all-kinds", action="store_true", help="reports and bundles too")
    hist.set_defaults(handler=_history)

    ir = groups.import_.add_parser("responses", help="typed-up paper surveys (CSV)")
    ir.add_argument("file", type=Path)
    ir.add_argument("--visit", required=True)
    ir.add_argument("--survey", help="survey key (default: the visit's survey)")
    ir.set_defaults(handler=_import_responses)

    report = groups.top.add_parser("report", help="PDF reports")
    rep = report.add_subparsers(dest="report_command", required=True,
                                parser_class=groups.parser_class)
    rv = rep.add_parser("visit", help="one visit: counts and a chart per question")
    rv.add_argument("visit_id")
    rv.add_argument("--out", required=True, type=Path)
    rv.add_argument("--with-signups", action="store_true", help="add contact data (private)")
    rv.add_argument("--with-free-text", action="store_true", help="add written answers")
    rv.add_argument("--lang", default="en")
    rv.set_defaults(handler=_report_visit)
    rs = rep.add_parser("season", help="all visits in a period")
    rs.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
    rs.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD")
    rs.add_argument("--out", required=True, type=Path)
    rs.add_argument("--lang", default="en")
    rs.set_defaults(handler=_report_season)

    printing = groups.top.add_parser("print", help="paper fallback forms (PDF)")
    prt = printing.add_subparsers(dest="print_command", required=True,
                                  parser_class=groups.parser_class)
    ps = prt.add_parser("survey", help="the survey on paper")
    ps.add_argument("key")
    ps.add_argument("--lang", default="en", choices=("en", "es"))
    ps.add_argument("--out", required=True, type=Path)
    ps.set_defaults(handler=_print_survey)
    pi = prt.add_parser("signin-sheet", help="a sign-in sheet with the import's columns")
    pi.add_argument("--visit")
    pi.add_argument("--rows", type=int, default=26)
    pi.add_argument("--out", required=True, type=Path)
    pi.set_defaults(handler=_print_signin)

    bundle = groups.top.add_parser("bundle", help="merge laptops without a server")
    bun = bundle.add_subparsers(dest="bundle_command", required=True,
                                parser_class=groups.parser_class)
    be = bun.add_parser("export", help="this laptop's records as one .sosbundle file")
    be.add_argument("--out", required=True, type=Path)
    be.add_argument("--new", dest="new_only", action="store_true",
                    help="only responses and sign-ups no earlier bundle carried")
    be.set_defaults(handler=_bundle_export)
    bi = bun.add_parser("import", help="merge another laptop's bundle")
    bi.add_argument("file", type=Path)
    bi.set_defaults(handler=_bundle_import)
    bc = bun.add_parser("conflicts", help="records that came in different from ours")
    bc.set_defaults(handler=_bundle_conflicts)


def _extend_export_signups(groups: CommandGroups) -> None:
    from sos_desktop.core.sync.profiles import PROFILES

    esg = groups.export.add_parser("signups", help="sign-ups for the CRM")
    esg.add_argument("--out", required=True, type=Path)
    esg.add_argument("--profile", default="generic", choices=list(PROFILES),
                     help="CRM shape: " + ", ".join(PROFILES))
    which = esg.add_mutually_exclusive_group()
    which.add_argument("--new", dest="new_only", action="store_true", default=True,
                       help="only what no earlier export of this profile carried (default)")
    which.add_argument("--all", dest="new_only", action="store_false")
    esg.add_argument("--bom", action="store_true", help="UTF-8 BOM, for Excel")
    esg.add_argument("--dedupe", action=argparse.BooleanOptionalAction, default=None,
                     help="merge sign-ups of one person (default: on for CRM profiles)")
    esg.set_defaults(handler=_export_signups)


def _export_signups(args: argparse.Namespace) -> int:
    from sos_desktop.core.export_signups import export_signups

    result = export_signups(open_db(args), args.out, profile=args.profile,
                            new_only=args.new_only, bom=args.bom, dedupe=args.dedupe)
    print(f"wrote {result.rows} sign-up(s) to {result.path} (sha256 {result.sha256}; "
          f"{result.skipped_no_consent} left out without consent)")
    if result.merged:
        print(f"merged {result.merged} repeat sign-up(s) of the same person")
    if result.skipped_no_email:
        print(f"left out {result.skipped_no_email} person(s) without a consented email "
              f"({args.profile} needs one)")
    for dup in result.likely_duplicates:
        print(f"check by hand: {dup.name!r} appears {len(dup.signup_ids)} times with different "
              "contacts", file=sys.stderr)
    print(f"receipt {result.receipt_id[:8]}; after loading it into the CRM run "
          f"`sos-desktop export mark-imported {result.receipt_id[:8]}`")
    return EXIT_OK


def _export_responses(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.responses_export import export_responses

    r = export_responses(open_db(args), args.survey, args.out, visit_id=args.visit,
                         labels=args.labels, language=args.lang, bom=args.bom)
    print(f"wrote {r.rows} response(s), {r.columns} column(s) to {r.path} (sha256 {r.sha256})")
    print(f"codebook: {r.codebook}")
    return EXIT_OK


def _mark_imported(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.crm_marks import mark_imported

    receipt_id, new = mark_imported(open_db(args), args.receipt, note=args.note)
    print(f"export {receipt_id[:8]} " + ("marked as imported into the CRM" if new
                                         else "was already marked as imported"))
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.crm_marks import export_history

    for e in export_history(open_db(args), kind=None if args.all_kinds else "signups"):
        # Local time, minutes: '2026-10-14 23:30' (the entry's ISO 8601 text, offset dropped).
        state = (f"in CRM since {e.imported_at[:16].replace('T', ' ')}" if e.imported_at
                 else "not marked imported")
        label = e.profile or e.kind
        print(f"{e.receipt_id[:8]}  {e.created_at[:16].replace('T', ' ')}  {label:<15} "
              f"{e.rows:>6} row(s)  "
              f"{state}  {e.path}")
    return EXIT_OK


def _import_responses(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.import_responses import import_responses

    result = import_responses(open_db(args), args.file, visit_id=args.visit,
                              survey_key=args.survey)
    print(f"imported {result.imported} paper response(s) to {result.survey_key}")
    return EXIT_OK


def _done(kind: str, result) -> int:  # noqa: ANN001 - ReportResult
    print(f"wrote {kind} to {result.path} ({result.pages} page(s), sha256 {result.sha256})")
    return EXIT_OK


def _report_visit(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.pdf.visit_report import visit_report

    return _done("visit report", visit_report(
        open_db(args), args.visit_id, args.out, with_signups=args.with_signups,
        with_free_text=args.with_free_text, language=args.lang))


def _report_season(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.pdf.season_report import season_report

    return _done("season report", season_report(open_db(args), args.start, args.end, args.out,
                                                language=args.lang))


def _print_survey(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.pdf.paper import print_survey

    return _done("paper survey", print_survey(open_db(args), args.key, args.out,
                                              language=args.lang))


def _print_signin(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.pdf.paper import signin_sheet

    return _done("sign-in sheet", signin_sheet(open_db(args), args.out, visit_id=args.visit,
                                               rows=args.rows))


def _bundle_export(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.bundle_export import export_bundle

    r = export_bundle(open_db(args), args.out, new_only=args.new_only)
    counts = ", ".join(f"{t} {n}" for t, n in r.counts.items())
    print(f"wrote bundle {r.bundle_id[:8]} to {r.path} ({counts}; sha256 {r.sha256})")
    return EXIT_OK


def _bundle_import(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.bundle_import import import_bundle

    r = import_bundle(open_db(args), args.file)
    if r.already_imported and not r.changed:
        print(f"bundle {r.bundle_id[:8]} was already imported; nothing changed")
        return EXIT_OK
    tables = sorted(set(r.added) | set(r.unchanged) | set(r.conflicts))
    print(f"merged bundle {r.bundle_id[:8]} from device {r.source_device_id[:8]}:")
    for t in tables:
        print(f"  {t:<20} new {r.added[t]:>6}  already here {r.unchanged[t]:>6}  "
              f"conflicts {r.conflicts[t]}")
    for change in r.renumbered:
        print(f"  survey version renumbered: {change}")
    if sum(r.conflicts.values()):
        print("conflicting records were kept both ways; see `sos-desktop bundle conflicts`")
    return EXIT_OK


def _bundle_conflicts(args: argparse.Namespace) -> int:
    from sos_desktop.core.sync.bundle_import import unresolved_conflicts

    rows = unresolved_conflicts(open_db(args))
    for created, table, record, bundle in rows:
        print(f"{created[:16]}  {table:<20} {record}  from bundle {bundle[:8]}")
    print(f"{len(rows)} unresolved conflict(s)")
    return EXIT_OK
