"""Every command of `sos-desktop`, one module per concept.

COMMANDS lists each top-level command with its one-line help: all `sos-desktop --help` needs.
Only the command being run has its module imported (`load`) and its arguments built
(`module.build(command, parser)`), so the start-up cost does not grow with the number of
commands. Handlers import their services when they run and let SosError propagate to cli.run.
"""

from __future__ import annotations

from types import ModuleType  # already loaded by the interpreter; typing is not

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

COMMANDS = {
    "visit": "create and list visits",
    "import": "import typed-up paper sheets",
    "export": "export data as CSV",
    "check": "integrity check, schema version, counts",
    "backup": "consistent copy of the database",
    "restore": "put a backup back (the current state is backed up first)",
    "survey": "survey definitions (YAML or XLSForm)",
    "present": "present a PDF or Markdown deck (default: the built-in SOS talk)",
    "kiosk": "the locked survey kiosk for a visit",
    "results": "a visit's live, anonymous results",
    "report": "PDF reports",
    "print": "paper fallback forms (PDF)",
    "bundle": "merge laptops without a server",
    "scan": "read answer sheets from scans (PDF), photos or the camera",
    "keys": "the organization key that seals contact data",
}


def load(command: str) -> ModuleType:
    """The module that builds and runs `command`: its `build(command, parser)` adds the
    arguments and sub-commands, each with a `handler` default. Imported explicitly, so a module
    that fails to import fails loudly instead of its commands quietly disappearing."""
    module: ModuleType
    match command:
        case "visit":
            from sos_desktop.commands import visits as module
        case "import":
            from sos_desktop.commands import imports as module
        case "export":
            from sos_desktop.commands import exports as module
        case "check" | "backup" | "restore":
            from sos_desktop.commands import maintenance as module
        case "survey":
            from sos_desktop.commands import surveys as module
        case "present":
            from sos_desktop.commands import presentation as module
        case "kiosk" | "results":
            from sos_desktop.commands import kiosk as module
        case "report" | "print":
            from sos_desktop.commands import reports as module
        case "bundle":
            from sos_desktop.commands import bundles as module
        case "scan":
            from sos_desktop.commands import paper as module
        case "keys":
            from sos_desktop.commands import keys as module
        case _:
            raise KeyError(command)
    return module


def open_db(args):  # (argparse.Namespace) -> Database, both imported only when used
    from sos_desktop.core.store import open_database

    return open_database(args.data_dir, seal_keys=_seal_keys_from_terminal)


def _seal_keys_from_terminal(count):  # (int) -> OrgKeys; loads `keys` only for an old database
    from sos_desktop.commands.keys import seal_keys_from_terminal

    return seal_keys_from_terminal(count)
