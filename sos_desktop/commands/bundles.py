"""`sos-desktop bundle export|import|conflicts`: merge laptops without a server."""

from __future__ import annotations

import argparse
from pathlib import Path

from sos_desktop.commands import EXIT_OK, open_db
from sos_desktop.core.plural import plural


def build(command: str, parser: argparse.ArgumentParser) -> None:
    bun = parser.add_subparsers(dest="bundle_command", required=True)
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


def _bundle_export(args: argparse.Namespace) -> int:
    from sos_desktop.commands.keys import with_public_key
    from sos_desktop.core.bundles.export import export_bundle

    r = export_bundle(with_public_key(args), args.out, new_only=args.new_only)
    counts = ", ".join(f"{t} {n}" for t, n in r.counts.items())
    print(f"wrote bundle {r.bundle_id[:8]} to {r.path} ({counts}; sha256 {r.sha256})")
    return EXIT_OK


def _bundle_import(args: argparse.Namespace) -> int:
    from sos_desktop.commands.keys import unlocked
    from sos_desktop.core.bundles.merge import import_bundle

    r = import_bundle(unlocked(args), args.file)
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
    from sos_desktop.core.bundles.merge import unresolved_conflicts

    rows = unresolved_conflicts(open_db(args))
    for created, table, record, bundle in rows:
        print(f"{created[:16]}  {table:<20} {record}  from bundle {bundle[:8]}")
    print(plural(len(rows), "unresolved conflict", "unresolved conflicts"))
    return EXIT_OK
