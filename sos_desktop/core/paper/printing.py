"""`print survey`: answer sheets for a class, and the layout file beside them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.errors import SosError
from sos_desktop.core.exports.receipts import save_receipt
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.compose import sheet_layout
from sos_desktop.core.paper.definitions import stored_version
from sos_desktop.core.paper.sheet_pdf import render_sheets, write_sheets
from sos_desktop.core.storage.db import Database

MAX_COPIES = 500


@dataclass(frozen=True)
class PrintResult:
    path: Path
    pages: int
    copies: int
    pages_per_sheet: int
    sha256: str
    receipt_id: str
    layout_path: Path | None


def print_answer_sheets(db: Database, survey_key: str, out: Path, *, language: str = "en",
                        copies: int = 1, visit_id: str | None = None,
                        layout_out: Path | None = None,
                        clock: UtcClock = utc_now) -> PrintResult:
    """`copies` answer sheets of the newest version of `survey_key`, each with its own id."""
    from sos_desktop.core.storage.atomic import atomic_output
    from sos_desktop.core.surveys.store import current_definition

    if not 1 <= copies <= MAX_COPIES:
        raise SosError(Code.PRINT_COPIES(most=MAX_COPIES))
    definition_id, survey = current_definition(db, survey_key)
    if language not in survey.languages:
        raise SosError(Code.PRINT_NO_LANGUAGE(key=survey_key, language=language,
                                              languages=", ".join(survey.languages)))
    visit_line = ""
    if visit_id:
        from sos_desktop.core.visits.store import get_visit

        v = get_visit(db, visit_id)
        visit_line = f"{v.school} · {v.group_name} · {v.visit_date.isoformat()}"
    version = stored_version(db, definition_id)
    layout = sheet_layout(survey, version, language)
    printed = render_sheets(layout, copies, visit_line=visit_line)
    digest = write_sheets(out, printed)
    if layout_out is not None:
        with atomic_output(Path(layout_out)) as writer:
            writer.write(json.dumps(layout.to_json(), indent=1).encode("utf-8"))
    receipt_id = save_receipt(db, kind="print-answer-sheets", profile="", now=clock(),
                              row_count=printed.pages, sha256=digest, path=out,
                              details={"survey": survey_key, "definition_id": definition_id,
                                       "version": version, "language": language,
                                       "copies": copies, "visit_id": visit_id})
    return PrintResult(Path(out), printed.pages, copies, len(layout.pages), digest, receipt_id,
                       Path(layout_out) if layout_out else None)
