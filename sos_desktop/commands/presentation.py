"""`sos-desktop present [DECK] [--visit ID] [--minutes N]`: straight into presentation mode."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sos_desktop.commands import open_db
from sos_desktop.core.visits.length import DEFAULT_MINUTES
from sos_desktop.i18n import tr


def build(command: str, present: argparse.ArgumentParser) -> None:
    present.add_argument("deck", nargs="?", type=Path, metavar="DECK",
                         help=tr("a .pdf or .md deck"))
    present.add_argument("--visit", help=tr("run the visit: its deck, kiosk and live results"))
    present.add_argument("--minutes", type=int,
                         help=tr("planned length (default {minutes}, or the visit's)").format(
                             minutes=DEFAULT_MINUTES))
    present.set_defaults(handler=_present)


def _present(args: argparse.Namespace) -> int:
    from sos_desktop.ui.app import make_app

    app = make_app()
    if args.visit:
        from sos_desktop.core.visits.store import get_visit
        from sos_desktop.ui.visits.session import VisitSession
        from sos_desktop.ui.visits.today import dated_today

        db = open_db(args)
        visit = get_visit(db, args.visit)
        if not visit.closed:  # as in the window: not today's visit is asked about first
            checked = dated_today(db, visit, None)
            if checked is None:
                return 1
            visit = checked
        changes: dict[str, Any] = {}
        if args.deck:
            changes["deck"] = str(args.deck.expanduser().resolve())
        if args.minutes:
            changes["planned_minutes"] = args.minutes
        session = VisitSession(db, visit._replace(**changes), on_end=app.quit)
        if not session.start():
            return 1
    else:
        from sos_desktop.ui.presentation import start_presentation

        minutes = args.minutes or DEFAULT_MINUTES
        controller = start_presentation(args.deck, minutes, on_exit=app.quit)
        if controller is None:
            return 1
    return app.exec()
