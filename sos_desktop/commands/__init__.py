"""Command groups beyond the skeleton's, one module per feature.

Each module defines `register(groups: CommandGroups) -> None` and adds its sub-commands; its
handlers import their services lazily so `sos-desktop` starts fast. cli.py loads the modules
named in MODULES that exist.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

MODULES = ("surveys", "presentation", "kiosk", "sync", "keys")
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


@dataclass
class CommandGroups:
    top: argparse._SubParsersAction  # sos-desktop <command>
    export: argparse._SubParsersAction  # sos-desktop export <what>
    import_: argparse._SubParsersAction  # sos-desktop import <what>
    parser_class: type[argparse.ArgumentParser]


def open_db(args: argparse.Namespace):  # noqa: ANN201 - avoids importing core at start
    from sos_desktop.commands.keys import seal_keys_from_terminal
    from sos_desktop.core.store import open_database

    return open_database(args.data_dir, seal_keys=seal_keys_from_terminal)
