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
from sos_desktop.i18n import tr


def build(command: str, parser: argparse.ArgumentParser) -> None:
    exp = parser.add_subparsers(dest="export_command", required=True)
    _add_signups(exp)
    er = exp.add_parser("responses",
                        help=tr("survey answers as CSV, with a codebook beside it"))
    er.add_argument("--survey", required=True, help=tr("survey key"))
    er.add_argument("--visit", help=tr("only this visit"))
    er.add_argument("--out", required=True, type=Path, help=tr("the CSV file to write"))
    er.add_argument("--labels", action="store_true", help=tr("choice labels instead of codes"))
    er.add_argument("--lang", default="en", help=tr("language of the labels"))
    er.add_argument("--bom", action="store_true", help=tr("UTF-8 BOM, for Excel"))
    er.set_defaults(handler=_export_responses)
    mk = exp.add_parser("mark-imported", help=tr("record that an export reached the CRM"))
    mk.add_argument("receipt", nargs="?", default="last", metavar="RECEIPT",
                    help=tr("receipt id or its first characters (default: the last export)"))
    mk.add_argument("--note", default="", help=tr("a note kept with the mark"))
    mk.set_defaults(handler=_mark_imported)
    hist = exp.add_parser("history",
                          help=tr("sign-up exports and whether they reached the CRM"))
    hist.add_argument("--all-kinds", action="store_true", help=tr("reports and bundles too"))
    hist.set_defaults(handler=_history)


def _add_signups(exp: argparse._SubParsersAction) -> None:
    from sos_desktop.core.exports.profiles import PROFILES

    esg = exp.add_parser("signups", help=tr("sign-ups for the CRM"))
    esg.add_argument("--out", required=True, type=Path, help=tr("the CSV file to write"))
    esg.add_argument("--profile", default="generic", choices=list(PROFILES),
                     help=tr("CRM shape: {profiles}").format(profiles=", ".join(PROFILES)))
    which = esg.add_mutually_exclusive_group()
    which.add_argument("--new", dest="new_only", action="store_true", default=True,
                       help=tr("only what no earlier export of this profile carried (default)"))
    which.add_argument("--all", dest="new_only", action="store_false",
                       help=tr("every sign-up, exported before or not"))
    esg.add_argument("--bom", action="store_true", help=tr("UTF-8 BOM, for Excel"))
    esg.add_argument("--dedupe", action=argparse.BooleanOptionalAction, default=None,
                     help=tr("merge sign-ups of one person (default: on for CRM profiles)"))
    esg.set_defaults(handler=_export_signups)


def _export_signups(args: argparse.Namespace) -> int:
    from sos_desktop.commands.keys import unlocked
    from sos_desktop.core.exports.signups import export_signups

    result = export_signups(unlocked(args), args.out, profile=args.profile,
                            new_only=args.new_only, bom=args.bom, dedupe=args.dedupe)
    print(tr("wrote %n sign-up(s) to {path} (sha256 {sha256}; {left_out} left out without "
             "consent)", None, result.rows).format(
        path=result.path, sha256=result.sha256, left_out=result.skipped_no_consent))
    if result.merged:
        print(tr("merged %n repeat sign-up(s) of the same person", None, result.merged))
    if result.skipped_no_email == 1:  # "person"/"people": a plural "(s)" cannot write
        print(tr("left out 1 person without a consented email ({profile} needs one)").format(
            profile=args.profile))
    elif result.skipped_no_email:
        print(tr("left out %n people without a consented email ({profile} needs one)", None,
                 result.skipped_no_email).format(profile=args.profile))
    for dup in result.likely_duplicates:
        print(tr("check by hand: {name} appears %n times with different contacts", None,
                 len(dup.signup_ids)).format(name=repr(dup.name)), file=sys.stderr)
    print(tr("receipt {receipt}; after loading it into the CRM run "
             "`sos-desktop export mark-imported {receipt}`").format(
        receipt=result.receipt_id[:8]))
    return EXIT_OK


def _export_responses(args: argparse.Namespace) -> int:
    from sos_desktop.core.exports.responses import export_responses

    r = export_responses(open_db(args), args.survey, args.out, visit_id=args.visit,
                         labels=args.labels, language=args.lang, bom=args.bom)
    columns = tr("%n column(s)", None, r.columns)
    print(tr("wrote %n response(s), {columns} to {path} (sha256 {sha256})", None,
             r.rows).format(columns=columns, path=r.path, sha256=r.sha256))
    print(tr("codebook: {path}").format(path=r.codebook))
    return EXIT_OK


def _mark_imported(args: argparse.Namespace) -> int:
    from sos_desktop.core.exports.crm_marks import mark_imported

    receipt_id, new = mark_imported(open_db(args), args.receipt, note=args.note)
    done = (tr("export {receipt} marked as imported into the CRM") if new
            else tr("export {receipt} was already marked as imported"))
    print(done.format(receipt=receipt_id[:8]))
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    from sos_desktop.core.exports.crm_marks import export_history

    for e in export_history(open_db(args), kind=None if args.all_kinds else "signups"):
        # Local time, minutes: '2026-10-14 23:30' (the entry's ISO 8601 text, offset dropped).
        state = (tr("in CRM since {time}").format(time=e.imported_at[:16].replace("T", " "))
                 if e.imported_at else tr("not marked imported"))
        label = e.profile or e.kind
        # "%n row(s)" with the count right-aligned under the others: "     1 row ".
        count, _, rows = tr("%n row(s)", None, e.rows).partition(" ")
        print(f"{e.receipt_id[:8]}  {e.created_at[:16].replace('T', ' ')}  {label:<15} "
              f"{count:>6} {rows:<4}  {state}  {e.path}")
    return EXIT_OK
