"""`sos-desktop check` and `sos-desktop backup`: the database file's health and a safe copy."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sos_desktop.commands import EXIT_ERROR, EXIT_OK, open_db
from sos_desktop.core.plural import plural


def build(command: str, parser: argparse.ArgumentParser) -> None:
    if command == "check":
        parser.set_defaults(handler=_check)
    else:  # backup
        parser.add_argument("--out", required=True, type=Path)
        parser.set_defaults(handler=_backup)


def _check(args: argparse.Namespace) -> int:
    from sos_desktop.core.maintenance import check_database

    report = check_database(open_db(args))
    print(f"database: {report.path}")
    print(f"schema:   {report.revision}")
    print(f"device:   {report.device_id}")
    for table, count in report.counts.items():
        print(f"{table + ':':<20}{count}")
    for problem in report.problems:
        print(f"sos-desktop: {report.path}: {problem}", file=sys.stderr)
    print("ok" if report.ok else plural(len(report.problems), "problem", "problems"))
    return EXIT_OK if report.ok else EXIT_ERROR


def _backup(args: argparse.Namespace) -> int:
    from sos_desktop.core.maintenance import backup_database

    out = backup_database(open_db(args), args.out)
    print(f"backup written to {out}")
    return EXIT_OK
