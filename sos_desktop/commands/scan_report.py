"""What a `scan` run says: one JSON record a page (or a camera's sheet side) and the counts it
ends with; for scanned files and a replayed class alike."""

from __future__ import annotations

from sos_desktop.i18n import tr


def outcome_record(out) -> dict:
    """What `--json` says about one page read (a scanned page or a camera's sheet side)."""
    ident, reading = out.identity, out.reading
    return {
        "outcome": out.outcome.value,
        "message": str(out.message),  # core's English: data for scripts, never translated
        "sheet_id": ident.sheet_id if ident else None,
        "survey": ident.survey_key if ident else None,
        "version": ident.version if ident else None,
        "language": ident.language if ident else None,
        "sheet_page": ident.page if ident else None,
        "answers": reading.answers if reading else {},
        "review": [{"question": r.question, "reason": r.reason, "marked": list(r.marked),
                    "unclear": list(r.unclear)} for r in (reading.review if reading else ())],
        "writing": [w.question for w in (reading.writing if reading else ())],
        "dropped_by_skip_rules": out.dropped,
    }


def summary_lines(c, dry_run: bool, frames: int | None = None) -> list[str]:
    """The counts a `scan` run ends with (files or a recorded class)."""
    lines = [
        (tr("pages looked at: {n} (dry run: nothing stored)") if dry_run
         else tr("pages looked at: {n}")).format(n=c.pages),
        tr("sheets read: {n}").format(n=c.sheets_read),
        tr("responses stored: {n}").format(n=c.responses_stored),
        tr("already read (skipped): {n}").format(n=c.already_read),
        tr("waiting for review: {n}").format(n=c.waiting_review),
        tr("blank sheets (nothing stored): {n}").format(n=c.blank),
        tr("pages waiting for their other side: {n}").format(n=c.waiting_page),
        tr("pages that are no sheet of ours: {n}").format(n=c.not_ours),
        tr("sheets whose code could not be read (scan again or type up): {n}").format(
            n=c.no_code),
        tr("sheets of another survey or an unknown version: {n}").format(n=c.foreign),
        tr("answers dropped by skip rules: {n}").format(n=c.dropped_by_skip_rules),
    ]
    if c.failed:  # named above, each with its reason
        lines.append(tr("pages not read because of an error (named above): {n}").format(
            n=c.failed))
    if frames is not None:
        lines.insert(0, tr("frames looked at: {n}").format(n=frames))
    return lines
