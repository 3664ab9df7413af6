"""`report season`: every visit in a period for the Board of Education or a team meeting:
totals, a per-school table, the visit list, then each survey's answers across all visits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import PageBreak, Spacer

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.db import Database
from sos_desktop.core.errors import SosError
from sos_desktop.core.receipts import save_receipt
from sos_desktop.core.sync.columns import load_versions
from sos_desktop.core.sync.pdf.layout import facts, p, render_pdf, styles, table, usable_width
from sos_desktop.core.sync.pdf.survey_section import survey_section
from sos_desktop.core.sync.pdf.visit_report import ReportResult
from sos_desktop.core.sync.tallies import Scope, tally

_VISITS = """
SELECT v.id, v.visit_date, v.school, v.group_name,
       (SELECT count(*) FROM survey_responses r WHERE r.visit_id = v.id),
       (SELECT count(*) FROM signups s WHERE s.visit_id = v.id)
FROM visits v WHERE v.visit_date BETWEEN ? AND ? ORDER BY v.visit_date, v.school, v.group_name
"""


def _day(text: str, what: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except (TypeError, ValueError):
        raise SosError(f"{what} {text!r} is not a date (YYYY-MM-DD)") from None


def season_report(db: Database, start: str, end: str, out: Path, *, language: str = "en",
                  clock: UtcClock = utc_now) -> ReportResult:
    start, end = _day(start, "--from"), _day(end, "--to")
    if start > end:
        raise SosError(f"--from {start} is after --to {end}")
    st, width = styles(), usable_width()
    with db.raw() as conn:
        visits = conn.execute(_VISITS, (start, end)).fetchall()
        keys = [r[0] for r in conn.execute(
            "SELECT DISTINCT d.key FROM survey_responses r JOIN visits v ON v.id = r.visit_id"
            " JOIN survey_definitions d ON d.id = r.survey_definition_id"
            " WHERE v.visit_date BETWEEN ? AND ? ORDER BY d.key", (start, end))]
        sections = []
        for key in keys:
            survey = load_versions(db, key)
            sections.append((survey, tally(conn, Scope.period(start, end,
                                                              list(survey.versions)))))

    schools: dict[str, list[int]] = {}
    for *_, school, _group, responses, signups in visits:
        row = schools.setdefault(school, [0, 0, 0])
        row[0] += 1
        row[1] += responses
        row[2] += signups
    total_responses = sum(v[4] for v in visits)
    total_signups = sum(v[5] for v in visits)

    story: list = [p("Season report — Students Over SROs", st.title),
                   p(f"{start} to {end}", st.h2),
                   facts([["Visits", len(visits)], ["Schools", len(schools)],
                          ["Survey responses", total_responses], ["Sign-ups", total_signups]],
                         width, st),
                   p("Survey answers are anonymous; this report holds counts only, no contact "
                     "data.", st.small),
                   p("By school", st.h2),
                   table(["School", "Visits", "Responses", "Sign-ups"],
                         [[s, *row] for s, row in sorted(schools.items())],
                         [width * 0.55, width * 0.15, width * 0.15, width * 0.15], st),
                   p("Visits", st.h2),
                   table(["Date", "School", "Class or club", "Responses", "Sign-ups"],
                         [[v[1], v[2], v[3], v[4], v[5]] for v in visits],
                         [w * width for w in (0.14, 0.33, 0.29, 0.12, 0.12)], st)]
    if not visits:
        story.append(p("No visits in this period.", st.body))
    for survey, counts in sections:
        story += [PageBreak(), p(survey.latest.title.get(language), st.title),
                  p(f"{counts.responses} response(s) from {start} to {end}, all visits"
                    " together", st.small), Spacer(1, 4)]
        story += survey_section(survey, counts, st, width, language=language)
    digest, pages, data = render_pdf(story, title=f"Season report {start} to {end}",
                                     footer=f"SOS Desktop · season report · {start} to {end}")
    receipt_id = save_receipt(
        db, kind="report-season", profile="", now=clock(), row_count=total_responses,
        sha256=digest, path=out, data=data,
        details={"from": start, "to": end, "visits": len(visits), "pages": pages})
    return ReportResult(Path(out), pages, digest, receipt_id)
