"""`sos-desktop scan --camera [SOURCE] [--visit ID]`.

Without SOURCE, or with a camera number: the Scan window, reading sheets held up to the camera.
With a video file or a folder of frame images: a recorded class read again, here on the command
line, every frame through the camera's own path (held still, frames agreeing, each side once).
Without --visit it takes today's open visit whose class answers on paper.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from sos_desktop.commands import EXIT_OK, open_db
from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import tr
from sos_desktop.words.errors import in_our_words

TYPE_CHECKING = False  # as typing's, without loading typing
if TYPE_CHECKING:
    from sos_desktop.core.messages import Message


def todays_paper_visit(db: Database, today: date) -> str:
    """The one open visit today with a survey answered on paper (or paper and kiosk)."""
    from sos_desktop.core.visits.store import list_visits

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
        raise SosError(tr("--camera reads the camera or a recording (a video file or a folder "
                          "of frames); to read scans or photos, leave out --camera"))
    source = args.camera.strip()
    camera = int(source) if source.isdigit() else None
    if Path(source).suffix.lower() in (".pdf", ".png", ".jpg", ".jpeg"):
        raise SosError(tr("--camera reads the camera or a recording (a video file or a folder "
                          "of frames); to read scans or photos, leave out --camera"))
    if source and camera is None:
        db = open_db(args)
        return replay(args, db, Path(source), args.visit or todays_paper_visit(
            db, today or date.today()))
    if args.dry_run or args.json:
        raise SosError(tr("--dry-run and --json are for scans, photos and recordings, not the "
                          "live camera"))
    db = open_db(args)
    visit_id = args.visit or todays_paper_visit(db, today or date.today())
    from sos_desktop.ui.app import make_app
    from sos_desktop.ui.scan.launch import open_scan

    app = make_app()
    window = open_scan(db, visit_id)  # raises SosError for a closed visit or one without survey
    if camera is not None:
        window.use_camera(camera)
    window.show()
    return app.exec()


def replay(args: argparse.Namespace, db: Database, path: Path, visit_id: str) -> int:
    """Read a recorded class frame by frame as the camera would; print what was read."""
    from sos_desktop.commands.scan_report import outcome_record, summary_lines
    from sos_desktop.core.camera.sources import FileSequenceSource, FrameSourceError
    from sos_desktop.core.camera.steady import FrameScanner, Guide
    from sos_desktop.core.paper.scanner import Outcome, PaperScanner

    reader = FrameScanner(PaperScanner(db, visit_id, dry_run=args.dry_run))
    source = FileSequenceSource(path)
    source.open()  # FrameSourceError names a missing or unreadable recording
    records: list[dict] = []

    def failed(frame: int, reason: Message | str | None) -> None:
        print(tr("sos-desktop: {file} frame {frame}: not read: {reason}").format(
            file=path, frame=frame, reason=in_our_words(reason or "")), file=sys.stderr)
        records.append({"file": str(path), "frame": frame, "outcome": Outcome.FAILED.value,
                        "message": str(reason)})

    frame_number = 0
    try:
        while True:
            try:
                frame = source.read()
            except FrameSourceError as exc:  # one broken image in a folder: the rest is read
                reader.frames += 1
                reader.failed_frames += 1
                failed(reader.frames, in_our_words(exc))
                continue
            if frame is None:
                break
            view = reader.read_frame(frame)
            frame_number = reader.frames
            if view.guide is Guide.FAILED:
                failed(frame_number, view.reason)
            out = view.outcome
            if out is None or out.repeat or out.outcome in (Outcome.NO_SHEET, Outcome.NO_CODE):
                continue
            records.append({"file": str(path), "frame": frame_number} | outcome_record(out))
    finally:
        source.close()
    if args.json:
        print(json.dumps(records, indent=1, ensure_ascii=False))
    lines = summary_lines(reader.scanner.counts, args.dry_run, frames=reader.frames)
    if reader.failed_frames:
        lines.append(tr("frames not read because of an error (named above): {n}").format(
            n=reader.failed_frames))
    print("\n".join(lines), file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK
