"""Answer sheets on the command line: `print survey` (its answer-sheet form) and `scan`.

`print survey` itself is declared with the other print commands (commands/reports.py) and hands
over here unless --typed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sos_desktop.commands import EXIT_ERROR, EXIT_OK, open_db
from sos_desktop.commands.scan_report import outcome_record, summary_lines
from sos_desktop.i18n import tr
from sos_desktop.words.errors import in_our_words

RENDER_DPI = 150  # the reader straightens pages to 144 dpi: a pencil tick keeps its shape


def build(command: str, scan: argparse.ArgumentParser) -> None:
    scan.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                      help=tr("PDF scans (any page size, order, way up) or PNG/JPEG photos"))
    scan.add_argument("--visit", help=tr("the visit the sheets were filled at"))
    scan.add_argument("--camera", nargs="?", const="", default=None, metavar="SOURCE",
                      help=tr("read sheets held up to the camera, in the Scan window (without "
                              "--visit: today's open visit answering on paper). SOURCE: a "
                              "camera number (0 = the first), or a recorded class to read "
                              "again: a video file or a folder of frame images"))
    scan.add_argument("--dry-run", action="store_true",
                      help=tr("read and report, store nothing"))
    scan.add_argument("--json", action="store_true", help=tr("one JSON record per input page"))
    scan.set_defaults(handler=_scan)


def print_answer_sheets(args: argparse.Namespace) -> int:
    from sos_desktop.core.paper.printing import print_answer_sheets as print_sheets

    r = print_sheets(open_db(args), args.key, args.out, language=args.lang, copies=args.copies,
                     visit_id=args.visit, layout_out=args.layout)
    pages = tr("%n page(s)", None, r.pages)
    if r.pages_per_sheet == 2:
        done = tr("wrote %n answer sheet(s), {pages} (2 a sheet: print both sides) to {path} "
                  "(sha256 {sha256})", None, r.copies)
    else:
        done = tr("wrote %n answer sheet(s), {pages} ({per_sheet} a sheet: print one side) to "
                  "{path} (sha256 {sha256})", None, r.copies)
    print(done.format(pages=pages, per_sheet=r.pages_per_sheet, path=r.path, sha256=r.sha256))
    if r.layout_path:
        print(tr("layout: {path}").format(path=r.layout_path))
    return EXIT_OK


def _record(item, out) -> dict:
    return {"file": str(item.path), "page": item.page} | outcome_record(out)


def _scan(args: argparse.Namespace) -> int:
    from sos_desktop.core.errors import SosError
    from sos_desktop.core.paper.inputs import PaperInputError, read_inputs
    from sos_desktop.core.paper.scanner import Outcome, PaperScanner

    if args.camera is not None:
        from sos_desktop.commands.scan_camera import scan_camera

        return scan_camera(args)
    if not args.visit:
        raise SosError(tr("give the visit the sheets were filled at: --visit ID "
                          "(sos-desktop visit list)"))
    if not args.paths:
        raise SosError(tr("give the PDF scans or photos to read (sos-desktop scan FILE... "
                          "--visit ID)"))
    from sos_desktop.pdf_pages import render_pdf_pages

    scanner = PaperScanner(open_db(args), args.visit, dry_run=args.dry_run)
    failed = 0
    records = []
    for item in read_inputs(args.paths, render_pdf_pages, RENDER_DPI):
        if isinstance(item, PaperInputError):
            failed += 1
            if args.json:
                records.append({"file": str(item.path), "error": str(item.reason)})
            print(f"sos-desktop: {in_our_words(item)}", file=sys.stderr)
            continue
        out = scanner.read_image(item.image)  # never raises: an error is this page's outcome
        if args.json:
            records.append(_record(item, out))
        if out.outcome is Outcome.FAILED:
            print(tr("sos-desktop: {file} page {page}: not read: {reason}").format(
                file=item.path, page=item.page, reason=in_our_words(out.message)), file=sys.stderr)
    if args.json:
        print(json.dumps(records, indent=1, ensure_ascii=False))
    lines = summary_lines(scanner.counts, args.dry_run)
    print("\n".join(lines), file=sys.stderr if args.json else sys.stdout)
    if failed:
        print(tr("sos-desktop: %n file(s) could not be read (named above) to the end; nothing "
                 "past the problem was stored", None, failed), file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_OK
