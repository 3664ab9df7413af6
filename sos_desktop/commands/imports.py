"""`sos-desktop import signups|responses`: typed-up paper sign-in sheets and surveys (CSV), and
online answers exported from KoboToolbox, ODK or Google Forms (CSV)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sos_desktop.commands import EXIT_OK, open_db
from sos_desktop.i18n import QT_TR_NOOP, tr

_AGAIN = QT_TR_NOOP("import a file whose content was imported before")
T = TypeVar("T")


def build(command: str, parser: argparse.ArgumentParser) -> None:
    imp = parser.add_subparsers(dest="import_command", required=True)
    isg = imp.add_parser("signups", help=tr("a typed-up sign-in sheet (CSV)"))
    isg.add_argument("file", type=Path, metavar="FILE", help=tr("the sheet (CSV)"))
    isg.add_argument("--visit", required=True, help=tr("the visit the sheet was filled at"))
    isg.add_argument("--skip-invalid", action="store_true",
                     help=tr("import the good rows, write the others to a rejects file"))
    isg.add_argument("--again", action="store_true", help=tr(_AGAIN))
    isg.set_defaults(handler=_import_signups)
    ir = imp.add_parser("responses", help=tr("typed-up paper surveys, or a KoboToolbox, ODK or "
                                             "Google Forms export (CSV)"))
    ir.add_argument("file", type=Path, metavar="FILE", help=tr("the surveys (CSV)"))
    ir.add_argument("--visit", required=True, help=tr("the visit the surveys were filled at"))
    ir.add_argument("--survey", help=tr("survey key (default: the visit's survey)"))
    ir.add_argument("--again", action="store_true", help=tr(_AGAIN))
    ir.add_argument("--dry-run", action="store_true",
                    help=tr("online export: show which question each column answers and what "
                            "would be stored, store nothing"))
    ir.set_defaults(handler=_import_responses)


def _unless_imported_before(run: Callable[[], T]) -> T:
    """A file whose content was imported before is refused, naming the way round it."""
    from sos_desktop.core.errors import SosError
    from sos_desktop.core.imports.receipts import AlreadyImported
    from sos_desktop.words.errors import in_our_words

    try:
        return run()
    except AlreadyImported as exc:
        raise SosError(tr("{reason}; to import it anyway, add --again").format(
            reason=in_our_words(exc))) from None


def _import_signups(args: argparse.Namespace) -> int:
    from sos_desktop.commands.keys import with_public_key
    from sos_desktop.core.imports.signups import import_signups
    from sos_desktop.words.problems import row_problem

    result = _unless_imported_before(lambda: import_signups(
        with_public_key(args), args.file, visit_id=args.visit,
        skip_invalid=args.skip_invalid, again=args.again))
    for error in result.errors:
        print(tr("sos-desktop: {file}: {error} (skipped)").format(
            file=args.file, error=row_problem(error)), file=sys.stderr)
    print(tr("imported %n sign-up(s)", None, result.imported))
    if result.rejects_path:
        print(tr("rejected %n row(s), written to {path}", None, result.rejected).format(
            path=result.rejects_path))
    return EXIT_OK


def _import_responses(args: argparse.Namespace) -> int:
    from sos_desktop.core.imports.online.reading import export_rows, source_of
    from sos_desktop.core.imports.responses import import_responses

    with export_rows(args.file) as rows:
        first = next(rows, (1, []))
    if source_of(first[1]) is not None:
        from sos_desktop.commands.online_import import import_online

        return import_online(args)
    if args.dry_run:
        from sos_desktop.core.errors import SosError

        raise SosError(tr("{file}: --dry-run reads a KoboToolbox, ODK or Google Forms export; "
                          "this file is a typed-up paper sheet").format(file=args.file))

    result = _unless_imported_before(lambda: import_responses(
        open_db(args), args.file, visit_id=args.visit, survey_key=args.survey,
        again=args.again))
    print(tr("imported %n paper response(s) to {survey}", None, result.imported).format(
        survey=result.survey_key))
    return EXIT_OK
