"""`sos-desktop scan --camera [--visit ID]`: the Scan window, reading sheets held up to the
camera. Without --visit it takes today's open visit whose class answers on paper."""

from __future__ import annotations

import argparse
from datetime import date

from sos_desktop.commands import open_db
from sos_desktop.core.db import Database
from sos_desktop.core.errors import SosError
from sos_desktop.i18n import tr


def todays_paper_visit(db: Database, today: date) -> str:
    """The one open visit today with a survey answered on paper (or paper and kiosk)."""
    from sos_desktop.core.visits import list_visits

    todays = [v for v in list_visits(db)
              if v.visit_date == today and not v.closed and v.survey_key]
    on_paper = [v for v in todays if v.answer_mode != "kiosk"] or todays
    if len(on_paper) == 1:
        return on_paper[0].id
    if not on_paper:
        raise SosError(tr("no open visit with a survey on {date}: choose one with --visit ID "
                          "(sos-desktop visit list)").format(date=today.isoformat()))
    names = "; ".join(f"{v.id} {v.school} / {v.group_name}" for v in on_paper)
    raise SosError(tr("%n visits today, choose one with --visit ID: {visits}", None,
                      len(on_paper)).format(visits=names))


def scan_camera(args: argparse.Namespace, today: date | None = None) -> int:
    if args.paths:
        raise SosError(tr("--camera reads the camera; to read scans or photos, leave out "
                          "--camera"))
    if args.dry_run or args.json:
        raise SosError(tr("--dry-run and --json are for scans and photos, not the camera"))
    db = open_db(args)
    visit_id = args.visit or todays_paper_visit(db, today or date.today())
    from sos_desktop.ui.app import make_app
    from sos_desktop.ui.scan.launch import open_scan

    app = make_app()
    window = open_scan(db, visit_id)  # raises SosError for a closed visit or one without survey
    window.show()
    return app.exec()
