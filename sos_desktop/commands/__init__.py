"""Every command of `sos-desktop`, one module per concept.

COMMANDS lists each top-level command with its one-line help (translated where shown, cli.py):
all `sos-desktop --help` needs.
Only the command being run has its module imported (`load`) and its arguments built
(`module.build(command, parser)`), so the start-up cost does not grow with the number of
commands. Handlers import their services when they run and let SosError propagate to cli.run.
"""

from __future__ import annotations

from types import ModuleType  # already loaded by the interpreter; typing is not

from sos_desktop.i18n import QT_TR_NOOP

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

COMMANDS = {
    "visit": QT_TR_NOOP("create and list visits"),
    "import": QT_TR_NOOP("import typed-up paper sheets"),
    "export": QT_TR_NOOP("export data as CSV"),
    "check": QT_TR_NOOP("integrity check, schema version, counts"),
    "backup": QT_TR_NOOP("consistent copy of the database"),
    "restore": QT_TR_NOOP("put a backup back (the current state is backed up first)"),
    "survey": QT_TR_NOOP("survey definitions (YAML or XLSForm)"),
    "present": QT_TR_NOOP("present a PDF or Markdown deck (default: the built-in SOS talk)"),
    "kiosk": QT_TR_NOOP("the locked survey kiosk for a visit"),
    "results": QT_TR_NOOP("a visit's live, anonymous results"),
    "report": QT_TR_NOOP("PDF reports"),
    "print": QT_TR_NOOP("paper fallback forms (PDF)"),
    "bundle": QT_TR_NOOP("merge laptops without a server"),
    "scan": QT_TR_NOOP("read answer sheets from scans (PDF), photos or the camera"),
    "keys": QT_TR_NOOP("the organization key that seals contact data"),
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
    from sos_desktop.core.storage.store import open_database

    return open_database(args.data_dir, seal_keys=_seal_keys_from_terminal)


def _seal_keys_from_terminal(count):  # (int) -> OrgKeys; loads `keys` only for an old database
    from sos_desktop.commands.keys import seal_keys_from_terminal

    return seal_keys_from_terminal(count)
