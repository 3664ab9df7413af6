"""The command line: the same core services as the window, for scripted sync and tests.

Every error is one line on stderr naming what is wrong, with a non-zero exit and nothing changed.
This module is only the entry: parse, dispatch, top-level errors; the commands are in
sos_desktop/commands/. Start-up stays cheap: `--version` answers before any parser exists, the
window start (no command) builds none, and only the command being run has its module imported
and its arguments built.
"""

from __future__ import annotations

import sys

from sos_desktop import __version__

TYPE_CHECKING = False  # as typing's; typing itself costs the command line ~2 ms to load
if TYPE_CHECKING:
    from typing import NoReturn


def run(argv: list[str]) -> int:
    from sos_desktop import i18n

    i18n.set_language(i18n.system_language())  # the terminal's locale (the window: Settings)
    data_dir, rest = _global_options(argv)
    if rest == ["--version"]:
        print(f"sos-desktop {__version__}")
        return 0
    if rest == []:
        return _window(data_dir)
    if rest in (["visit", "list"], ["visit", "list", "--json"]):
        return _dispatch(_visit_list_args(data_dir, json="--json" in rest))

    parser = _build_parser(rest[0])
    args = parser.parse_args(argv)
    if args.command is None:  # options only, in a form the shortcut above did not read
        return _window(args.data_dir)
    args.label = " ".join(word for word in rest[:2] if not word.startswith("-"))
    return _dispatch(args)


def _global_options(argv: list[str]) -> tuple[str | None, list[str]]:
    """The plain `--data-dir DIR` options in front, and what follows them. Anything unusual
    (abbreviations, a missing value) is left in `rest` for argparse to read or refuse."""
    data_dir, i = None, 0
    while i < len(argv):
        token = argv[i]
        if token == "--data-dir" and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            data_dir, i = argv[i + 1], i + 2
        elif token.startswith("--data-dir="):
            data_dir, i = token.partition("=")[2], i + 1
        else:
            break
    return data_dir, argv[i:]


def _window(data_dir: str | None) -> int:
    import gc

    # No cyclic garbage collection until the window has painted (ui/app.py turns it back on):
    # start-up makes tens of thousands of objects that live as long as the app, and some fifty
    # collections walking them were ~10 ms of the first paint.
    gc.disable()
    from sos_desktop.ui.app import run_app

    return run_app(data_dir)


def _visit_list_args(data_dir: str | None, json: bool):  # -> what argparse would make of them
    """`visit list` in its only two spellings, read without building a parser: the command
    scripts and the organizer run most, and argparse with its parser is half its start-up."""
    from types import SimpleNamespace

    from sos_desktop.commands.visits import _visit_list

    return SimpleNamespace(data_dir=data_dir, command="visit", visit_command="list", json=json,
                           handler=_visit_list, label="visit list")


def _build_parser(chosen: str):  # -> argparse.ArgumentParser, imported only here
    import argparse

    from sos_desktop.commands import COMMANDS, EXIT_USAGE, load
    from sos_desktop.i18n import tr

    _speak_argparse_in_our_language(argparse)

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:  # one line, exit 2
            self.exit(EXIT_USAGE,
                      tr("sos-desktop: {message} (see --help)").format(message=message) + "\n")

        def add_subparsers(self, **kwargs):  # -> argparse's action
            # A missing or mistyped command is named "COMMAND" in usage errors and help, not
            # by its dest ("visit_command"), which is the program's name for it.
            kwargs.setdefault("metavar", tr("COMMAND"))
            return super().add_subparsers(**kwargs)

    parser = Parser(prog="sos-desktop",
                    description=tr("Run a Students Over SROs classroom visit."))
    parser.add_argument("--version", action="version", version=f"sos-desktop {__version__}",
                        help=tr("show program's version number and exit"))
    parser.add_argument("--data-dir", help=tr("data folder (default: the user data folder)"))
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    if chosen in COMMANDS:  # only the command being run: its module and its arguments
        load(chosen).build(chosen, sub.add_parser(chosen, help=tr(COMMANDS[chosen])))
    else:  # --help or a mistake: every command, by its one-line help
        for name, help_text in COMMANDS.items():
            sub.add_parser(name, help=tr(help_text))
    return parser


def _speak_argparse_in_our_language(argparse) -> None:  # (the argparse module)
    """argparse's own words ("usage:", "the following arguments are required") come from
    gettext, which has no Spanish for them: the ones a person meets go through `tr`, the rest
    (mistakes in building the parser, rare argument counts) stay English."""
    from sos_desktop.i18n import QT_TR_NOOP, tr

    words = {
        QT_TR_NOOP("usage: "),
        QT_TR_NOOP("positional arguments"),
        QT_TR_NOOP("options"),
        QT_TR_NOOP("show this help message and exit"),
        QT_TR_NOOP("argument %(argument_name)s: %(message)s"),
        QT_TR_NOOP("the following arguments are required: %s"),
        QT_TR_NOOP("one of the arguments %s is required"),
        QT_TR_NOOP("unrecognized arguments: %s"),
        QT_TR_NOOP("not allowed with argument %s"),
        QT_TR_NOOP("ignored explicit argument %r"),
        QT_TR_NOOP("expected one argument"),
        QT_TR_NOOP("expected at most one argument"),
        QT_TR_NOOP("expected at least one argument"),
        QT_TR_NOOP("ambiguous option: %(option)s could match %(matches)s"),
        QT_TR_NOOP("invalid %(type)s value: %(value)r"),
        QT_TR_NOOP("invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TR_NOOP("can't open '%(filename)s': %(error)s"),
    }
    argparse._ = lambda text: tr(text) if text in words else text


def _dispatch(args) -> int:  # args: argparse.Namespace
    db = sys.modules.get("sos_desktop.core.storage.db")  # not loaded: nothing checked to forget yet
    if db is not None:
        db.forget_checks()  # each command checks the file before its first write, as its own
        # process would
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        from sos_desktop.i18n import tr

        print(tr("sos-desktop: interrupted; nothing was changed"), file=sys.stderr)
        return 130
    except Exception as exc:
        from sos_desktop.core.errors import SosError

        if not isinstance(exc, SosError):
            return _unexpected(exc, args)
        from sos_desktop.words.errors import in_our_words
        from sos_desktop.words.problems import row_problem

        # A rejected file lists each bad row (`line N, column C: reason`) before the summary.
        for error in getattr(exc, "errors", ()):
            print(f"sos-desktop: {getattr(exc, 'path', '')}: {row_problem(error)}",
                  file=sys.stderr)
        print(f"sos-desktop: {in_our_words(exc)}{_damaged_hint(exc.__cause__, args)}",
              file=sys.stderr)
        from sos_desktop.commands import EXIT_ERROR

        return EXIT_ERROR


def _unexpected(exc: Exception, args) -> int:  # args: argparse.Namespace
    """Anything no command planned for: a message naming the database and what to do, the
    traceback to the log (core/logs.py), never to the screen."""
    from sos_desktop.commands import EXIT_ERROR
    from sos_desktop.core.paths import database_path, resolve_data_dir
    from sos_desktop.words.failures import unexpected_message

    path = database_path(resolve_data_dir(args.data_dir))
    label = getattr(args, "label", args.command)
    message = unexpected_message(exc, label, path)
    print(f"sos-desktop: {message}{_damaged_hint(exc, args)}", file=sys.stderr)
    return EXIT_ERROR


def _damaged_hint(exc: BaseException | None, args) -> str:
    """For a damaged database: the restore command for the newest good backup."""
    if exc is None or args.command == "restore":
        return ""
    from sos_desktop.core.storage.failures import DAMAGED, cause

    if cause(exc) != DAMAGED:
        return ""
    from sos_desktop.core.paths import resolve_data_dir
    from sos_desktop.words.failures import damaged_hint

    return f"; {damaged_hint(resolve_data_dir(args.data_dir))}"
