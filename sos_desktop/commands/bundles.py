"""`sos-desktop bundle export|import|conflicts`: merge laptops without a server."""

from __future__ import annotations

import argparse
from pathlib import Path

from sos_desktop.commands import EXIT_OK, open_db
from sos_desktop.commands.tables import table_label
from sos_desktop.i18n import tr


def build(command: str, parser: argparse.ArgumentParser) -> None:
    bun = parser.add_subparsers(dest="bundle_command", required=True)
    be = bun.add_parser("export", help=tr("this laptop's records as one .sosbundle file"))
    be.add_argument("--out", required=True, type=Path, help=tr("the bundle file to write"))
    be.add_argument("--new", dest="new_only", action="store_true",
                    help=tr("only responses and sign-ups no earlier bundle carried"))
    be.set_defaults(handler=_bundle_export)
    bi = bun.add_parser("import", help=tr("merge another laptop's bundle"))
    bi.add_argument("file", type=Path, metavar="FILE", help=tr("a .sosbundle file"))
    bi.set_defaults(handler=_bundle_import)
    bc = bun.add_parser("conflicts", help=tr("records that came in different from ours"))
    bc.set_defaults(handler=_bundle_conflicts)
    bun.add_parser("history", help=tr("the bundles merged here: when, from which laptop, what "
                                      "they added")).set_defaults(handler=_bundle_history)


def _bundle_export(args: argparse.Namespace) -> int:
    from sos_desktop.commands.keys import with_public_key
    from sos_desktop.core.bundles.export import export_bundle

    r = export_bundle(with_public_key(args), args.out, new_only=args.new_only)
    counts = ", ".join(f"{table_label(t)} {n}" for t, n in r.counts.items())
    print(tr("wrote bundle {bundle} to {path} ({counts}; sha256 {sha256})").format(
        bundle=r.bundle_id[:8], path=r.path, counts=counts, sha256=r.sha256))
    return EXIT_OK


def _bundle_import(args: argparse.Namespace) -> int:
    from sos_desktop.commands.keys import unlocked
    from sos_desktop.core.bundles.merge import import_bundle

    r = import_bundle(unlocked(args), args.file)
    if r.already_imported and not r.changed:
        print(tr("bundle {bundle} was already imported; nothing changed").format(
            bundle=r.bundle_id[:8]))
        return EXIT_OK
    tables = sorted(set(r.added) | set(r.unchanged) | set(r.conflicts))
    print(tr("merged bundle {bundle} from laptop {name} (key {fingerprint}):").format(
        bundle=r.bundle_id[:8], name=repr(r.laptop_name), fingerprint=r.laptop_fingerprint))
    width = max([20, *(len(table_label(t)) for t in tables)])  # Spanish names are longer
    for t in tables:
        print(tr("  {table:<20} new {new:>6}  already here {unchanged:>6}  conflicts "
                 "{conflicts}").format(table=table_label(t).ljust(width), new=r.added[t],
                                       unchanged=r.unchanged[t], conflicts=r.conflicts[t]))
    for change in r.renumbered:
        print(tr("  survey version renumbered: {change}").format(change=change))
    if sum(r.conflicts.values()):
        print(tr("conflicting records were kept both ways; see `sos-desktop bundle "
                 "conflicts`"))
    return EXIT_OK


def _bundle_conflicts(args: argparse.Namespace) -> int:
    from sos_desktop.core.bundles.merge import unresolved_conflicts

    rows = unresolved_conflicts(open_db(args))
    for created, table, record, bundle in rows:
        print(tr("{time}  {table:<20} {record}  from bundle {bundle}").format(
            time=created[:16], table=table_label(table), record=record, bundle=bundle[:8]))
    print(tr("%n unresolved conflict(s)", None, len(rows)))
    return EXIT_OK


def _bundle_history(args: argparse.Namespace) -> int:
    from sos_desktop.core.bundles.merge import merged_bundles

    rows = merged_bundles(open_db(args))
    for r in rows:
        added = ", ".join(f"{table_label(t)} {n}" for t, n in r.added.items()) or tr("nothing new")
        sender = (tr("laptop {name} (key {fingerprint})").format(
            name=repr(r.laptop_name), fingerprint=r.laptop_fingerprint) if r.laptop_name
            else tr("a laptop before per-laptop keys"))
        print(tr("{time}  bundle {bundle}  from {sender}: {added}").format(
            time=r.merged_at[:16], bundle=r.bundle_id[:8], sender=sender, added=added))
    print(tr("%n bundle(s) merged", None, len(rows)))
    return EXIT_OK
