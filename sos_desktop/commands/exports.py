"""`sos-desktop export signups|responses|mark-imported|history`: files for the CRM and the
researchers, and the record of what reached the CRM.

Handlers import their services when they run (fast start) and let SosError propagate to cli.run,
which prints one line and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sos_desktop.commands import EXIT_OK, open_db
from sos_desktop.core.plural import plural


def build(command: str, parser: argparse.ArgumentParser) -> None:
    exp = parser.add_subparsers(dest="export_command", required=True)
    _add_signups(exp)
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


def _add_signups(exp: argparse._SubParsersAction) -> None:
    from sos_desktop.core.exports.profiles import PROFILES

    esg = exp.add_parser("signups", help="sign-ups for the CRM")
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
    from sos_desktop.commands.keys import unlocked
    from sos_desktop.core.exports.signups import export_signups

    result = export_signups(unlocked(args), args.out, profile=args.profile,
                            new_only=args.new_only, bom=args.bom, dedupe=args.dedupe)
    print(f"wrote {plural(result.rows, 'sign-up', 'sign-ups')} to {result.path} "
          f"(sha256 {result.sha256}; "
          f"{result.skipped_no_consent} left out without consent)")
    if result.merged:
        print(f"merged {plural(result.merged, 'repeat sign-up', 'repeat sign-ups')} of the "
              "same person")
    if result.skipped_no_email:
        print(f"left out {plural(result.skipped_no_email, 'person', 'people')} without a "
              "consented email "
              f"({args.profile} needs one)")
    for dup in result.likely_duplicates:
        print(f"check by hand: {dup.name!r} appears {len(dup.signup_ids)} times with different "
              "contacts", file=sys.stderr)
    print(f"receipt {result.receipt_id[:8]}; after loading it into the CRM run "
          f"`sos-desktop export mark-imported {result.receipt_id[:8]}`")
    return EXIT_OK


def _export_responses(args: argparse.Namespace) -> int:
    from sos_desktop.core.exports.responses import export_responses

    r = export_responses(open_db(args), args.survey, args.out, visit_id=args.visit,
                         labels=args.labels, language=args.lang, bom=args.bom)
    print(f"wrote {plural(r.rows, 'response', 'responses')}, "
          f"{plural(r.columns, 'column', 'columns')} to {r.path} (sha256 {r.sha256})")
    print(f"codebook: {r.codebook}")
    return EXIT_OK


def _mark_imported(args: argparse.Namespace) -> int:
    from sos_desktop.core.exports.crm_marks import mark_imported

    receipt_id, new = mark_imported(open_db(args), args.receipt, note=args.note)
    print(f"export {receipt_id[:8]} " + ("marked as imported into the CRM" if new
                                         else "was already marked as imported"))
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    from sos_desktop.core.exports.crm_marks import export_history

    for e in export_history(open_db(args), kind=None if args.all_kinds else "signups"):
        # Local time, minutes: '2026-10-14 23:30' (the entry's ISO 8601 text, offset dropped).
        state = (f"in CRM since {e.imported_at[:16].replace('T', ' ')}" if e.imported_at
                 else "not marked imported")
        label = e.profile or e.kind
        print(f"{e.receipt_id[:8]}  {e.created_at[:16].replace('T', ' ')}  {label:<15} "
              f"{e.rows:>6} "
              f"{'row' if e.rows == 1 else 'rows':<4}  "
              f"{state}  {e.path}")
    return EXIT_OK
