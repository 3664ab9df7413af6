"""`sos-desktop kiosk --visit ID` and `sos-desktop results --visit ID`: open those windows."""

from __future__ import annotations

import argparse

from sos_desktop import languages
from sos_desktop.commands import open_db
from sos_desktop.i18n import language, tr


def build(command: str, parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--visit", required=True,
                        help=tr("the visit's id (sos-desktop visit list)"))
    if command == "kiosk":
        parser.set_defaults(handler=_kiosk)
    else:  # results
        parser.add_argument("--lang", choices=languages.codes(), default=None,
                            help=tr("language of the projected results (default: the "
                                    "terminal's)"))
        parser.set_defaults(handler=_results)


def _kiosk(args: argparse.Namespace) -> int:
    from sos_desktop.commands.keys import with_public_key
    from sos_desktop.ui.app import make_app
    from sos_desktop.ui.kiosk.launch import start_kiosk

    db = with_public_key(args)  # sign-ups are sealed with it; the private key stays locked
    app = make_app()
    if not _dated_today(db, args.visit):
        return 1
    window = start_kiosk(db, args.visit, on_exit=app.quit)
    if window is None:
        return 1  # the organizer cancelled setting a PIN
    return app.exec()


def _dated_today(db, visit_id: str) -> bool:
    """As in the window: a visit not dated today is asked about first (moved, kept, or
    cancelled); False when cancelled. An unknown or closed visit is said by the kiosk."""
    from sos_desktop.core.errors import NotFound
    from sos_desktop.core.visits.store import get_visit
    from sos_desktop.ui.visits.today import dated_today

    try:
        visit = get_visit(db, visit_id)
    except NotFound:
        return True
    return visit.closed or dated_today(db, visit, None) is not None


def _results(args: argparse.Namespace) -> int:
    from sos_desktop.ui.app import make_app
    from sos_desktop.ui.results.window import open_results

    db = open_db(args)
    app = make_app()
    window = open_results(db, args.visit, language=args.lang or language())
    window.show()
    return app.exec()
