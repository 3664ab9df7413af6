"""`import responses FILE --visit ID` for an online export: the column mapping, then the counts
(what was added, already in, empty, refused) and the columns dropped for anonymity."""

from __future__ import annotations

import argparse
import sys

from sos_desktop.commands import EXIT_ERROR, EXIT_OK, open_db
from sos_desktop.i18n import tr
from sos_desktop.words.online_import import SOURCES, role_text


def _print_columns(result) -> None:
    print(tr("{source} export for survey {survey}, answers in {language}:").format(
        source=SOURCES[result.source], survey=result.survey_key, language=result.language))
    width = min(48, max((len(p.header) for p in result.columns), default=0))
    for plan in result.columns:
        header = plan.header if len(plan.header) <= width else plan.header[:width - 1] + "…"
        print(f"  {header:<{width}}  {role_text(plan)}")


def import_online(args: argparse.Namespace) -> int:
    from sos_desktop.core.errors import SosError
    from sos_desktop.core.imports.online.importer import ColumnsRejected, import_online_responses
    from sos_desktop.words.problems import row_problem

    if args.again or args.survey:
        raise SosError(tr("{file}: --again and --survey are for typed-up paper sheets; an "
                          "online export goes into the visit's survey and skips submissions "
                          "already in").format(file=args.file))
    try:
        result = import_online_responses(open_db(args), args.file, visit_id=args.visit,
                                         dry_run=args.dry_run)
    except ColumnsRejected as exc:
        _print_columns(exc.plan)
        for error in exc.errors:
            print(tr("sos-desktop: {file}: {error}").format(file=args.file,
                                                           error=row_problem(error)),
                  file=sys.stderr)
        if exc.other_survey:
            print(tr("sos-desktop: {file}: these columns are survey {other}'s, not the visit's "
                     "survey {survey}; nothing imported").format(
                file=args.file, other=exc.other_survey, survey=exc.plan.survey_key),
                  file=sys.stderr)
        else:
            print(tr("sos-desktop: {file}: %n column(s) to fix, nothing imported", None,
                     len(exc.errors)).format(file=args.file), file=sys.stderr)
        return EXIT_ERROR
    if args.dry_run:
        _print_columns(result)
    for error in result.errors:
        print(tr("sos-desktop: {file}: {error} (not imported)").format(
            file=args.file, error=row_problem(error)), file=sys.stderr)
    if result.refused > len(result.errors):
        print(tr("sos-desktop: {file}: and %n more row(s) not imported", None,
                 result.refused - len(result.errors)).format(file=args.file), file=sys.stderr)
    dropped = result.columns_with("identifying", "time")
    if dropped:
        print(tr("dropped for anonymity, never stored: {columns}").format(
            columns=", ".join(dropped)))
    if args.dry_run:
        counts = tr("would import %n online response(s)", None, result.added)
    else:
        counts = tr("imported %n online response(s)", None, result.added)
    print(tr("{counts}; already in: {already}; empty: {empty}; not imported: {refused}").format(
        counts=counts, already=result.already_in, empty=result.empty, refused=result.refused))
    return EXIT_OK
