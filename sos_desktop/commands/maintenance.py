"""`sos-desktop check`, `backup` and `restore`: the database file's health, a safe copy, and
putting a copy back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sos_desktop.commands import EXIT_ERROR, EXIT_OK, open_db
from sos_desktop.commands.tables import table_label
from sos_desktop.i18n import tr
from sos_desktop.words.errors import in_our_words


def _open_for_reading(args: argparse.Namespace):  # -> Database
    """The database as usual, or read-only when its folder cannot be written (a full disk, a
    read-only drive): `check` and `backup` are how data is rescued from there."""
    from sos_desktop.core.errors import DatabaseProblem
    from sos_desktop.core.paths import database_path, resolve_data_dir
    from sos_desktop.core.storage.failures import DISK_FULL, READ_ONLY, cause
    from sos_desktop.core.storage.store import open_read_only

    try:
        return open_db(args)
    except DatabaseProblem as exc:
        # SQLite's "unable to open database file" says why only through the folder itself.
        path = database_path(resolve_data_dir(args.data_dir))
        found = cause(exc.__cause__, path) if exc.__cause__ else None
        if found not in (DISK_FULL, READ_ONLY):
            raise
        print(tr("sos-desktop: the data folder is read-only; reading the database read-only")
              if found == READ_ONLY else
              tr("sos-desktop: the data folder is on a full disk; reading the database "
                 "read-only"), file=sys.stderr)
        return open_read_only(args.data_dir)


def build(command: str, parser: argparse.ArgumentParser) -> None:
    if command == "check":
        parser.set_defaults(handler=_check)
    elif command == "backup":
        parser.add_argument("--out", required=True, type=Path, help=tr("the copy to write"))
        parser.set_defaults(handler=_backup)
    else:  # restore
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("file", nargs="?", type=Path, metavar="FILE",
                           help=tr("a backup file"))
        group.add_argument("--list", action="store_true", help=tr("the backups, newest first"))
        parser.set_defaults(handler=_restore)


def _check(args: argparse.Namespace) -> int:
    from sos_desktop.core.storage.maintenance import check_database

    report = check_database(_open_for_reading(args))
    print(tr("database: {path}").format(path=report.path))
    print(tr("schema:   {revision}").format(revision=report.revision))
    print(tr("device:   {device}").format(device=report.device_id))
    labels = {table: table_label(table) + ":" for table in report.counts}
    width = max([19, *map(len, labels.values())])
    for table, count in report.counts.items():
        print(f"{labels[table]:<{width}} {count}")
    for problem in report.problems:
        print(f"sos-desktop: {report.path}: {in_our_words(problem)}", file=sys.stderr)
    print(tr("ok", "check") if report.ok
          else tr("%n problem(s)", None, len(report.problems)))
    return EXIT_OK if report.ok else EXIT_ERROR


def _backup(args: argparse.Namespace) -> int:
    from sos_desktop.core.storage.maintenance import backup_database

    out = backup_database(_open_for_reading(args), args.out)
    print(tr("backup written to {path}").format(path=out))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from sos_desktop.core.backups.automatic import list_backups
    from sos_desktop.core.backups.restore import restore_backup
    from sos_desktop.core.paths import backups_dir, resolve_data_dir
    from sos_desktop.core.storage.store import check_folder

    data_dir = resolve_data_dir(args.data_dir)
    check_folder(data_dir)
    if args.list:
        for backup in list_backups(backups_dir(data_dir)):
            when = backup.taken_at.strftime("%Y-%m-%d %H:%M UTC")
            print(f"{when}  {backup.reason:<18}{backup.path}")  # reason: a code, as in the name
        return EXIT_OK
    restored = restore_backup(data_dir, args.file)
    print(tr("restored {path}").format(path=args.file))
    if restored.kept is not None:
        print(tr("the previous state was kept as {path}").format(path=restored.kept))
    if restored.salvage is not None:
        _print_salvage(restored.salvage)
    return EXIT_OK


def _print_salvage(salvage) -> None:  # (core.backups.salvage.Salvage)
    """What was saved from the damaged file, and each record that could not be (by id)."""
    for table, count in salvage.saved.items():
        if count:
            print(tr("saved from the damaged file: {table} {count}").format(
                table=table_label(table), count=count))
    for table, count in salvage.from_backup.items():
        print(tr("%n record(s) of {table} could not be read in the damaged file; their "
                 "version from the backup is kept", None, count).format(
                     table=table_label(table)))
    for table, ids in salvage.lost.items():
        shown = ", ".join(ids[:20]) + (" …" if len(ids) > 20 else "")
        print(tr("sos-desktop: %n record(s) of {table} could not be saved: {ids}", None,
                 len(ids)).format(table=table_label(table), ids=shown), file=sys.stderr)
    for table in salvage.unreadable:
        print(tr("sos-desktop: part of {table} could not be read at all: records that no "
                 "index names may be missing").format(table=table_label(table)),
              file=sys.stderr)
