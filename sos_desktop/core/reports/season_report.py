"""`report season`: every visit in a period for the Board of Education or a team meeting:
totals, a per-school table, the visit list, then each survey's answers across all visits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import PageBreak, Spacer

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.errors import SosError
from sos_desktop.core.exports.columns import load_versions
from sos_desktop.core.exports.receipts import save_receipt
from sos_desktop.core.messages import Code
from sos_desktop.core.reports.channels import (
    by_channel,
    channel_counts,
    channel_section,
    channels_text,
)
from sos_desktop.core.reports.layout import facts, p, render_pdf, styles, table, usable_width
from sos_desktop.core.reports.survey_section import survey_section
from sos_desktop.core.reports.visit_report import ReportResult
from sos_desktop.core.reports.words import Words
from sos_desktop.core.results.answer_counts import Scope, count_answers
from sos_desktop.core.results.live import MIN_ANSWERS
from sos_desktop.core.storage.db import Database

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
        raise SosError(Code.NOT_A_DATE(option=what, value=repr(text))) from None


def season_report(db: Database, start: str, end: str, out: Path, *, language: str = "en",
                  clock: UtcClock = utc_now) -> ReportResult:
    w = Words(language)  # an unknown language is refused before anything is read
    start, end = _day(start, "--from"), _day(end, "--to")
    if start > end:
        raise SosError(Code.FROM_AFTER_TO(start=start, end=end))
    st, width = styles(), usable_width()
    with db.raw() as conn:
        visits = conn.execute(_VISITS, (start, end)).fetchall()
        keys = [r[0] for r in conn.execute(
            "SELECT DISTINCT d.key FROM survey_responses r JOIN visits v ON v.id = r.visit_id"
            " JOIN survey_definitions d ON d.id = r.survey_definition_id"
            " WHERE v.visit_date BETWEEN ? AND ? ORDER BY d.key", (start, end))]
        sections = []
        channels: dict[str, int] = {}
        for key in keys:
            survey = load_versions(db, key)
            scope = Scope.period(start, end, key)
            counted = channel_counts(conn, scope)
            for channel, count in counted.items():
                channels[channel] = channels.get(channel, 0) + count
            sections.append((survey, count_answers(conn, scope), by_channel(conn, scope, counted)))

    schools: dict[str, list[int]] = {}
    for *_, school, _group, responses, signups in visits:
        row = schools.setdefault(school, [0, 0, 0])
        row[0] += 1
        row[1] += responses
        row[2] += signups
    total_responses = sum(v[4] for v in visits)
    total_signups = sum(v[5] for v in visits)
    period = w.period(start, end)
    n = w.number

    story: list = [p(w("season_title"), st.title),
                   p(period, st.h2),
                   facts([[w("visits_label"), n(len(visits))],
                          [w("schools_label"), n(len(schools))],
                          [w("responses_label"), n(total_responses)],
                          *([[w("channels_label"), channels_text(channels, w)]]
                            if channels else []),
                          [w("signups_label"), n(total_signups)]], width, st),
                   p(w("season_anonymous"), st.small),
                   p(w("threshold", n=MIN_ANSWERS), st.small),
                   p(w("by_school"), st.h2),
                   table([w("school"), w("visits_label"), w("responses_head"),
                          w("signups_label")],
                         [[s, *map(n, row)] for s, row in sorted(schools.items())],
                         [width * 0.55, width * 0.15, width * 0.15, width * 0.15], st),
                   p(w("visits_label"), st.h2),
                   table([w("date"), w("school"), w("group"), w("responses_head"),
                          w("signups_label")],
                         [[w.date(v[1]), v[2], v[3], n(v[4]), n(v[5])] for v in visits],
                         [f * width for f in (0.14, 0.31, 0.25, 0.15, 0.15)], st)]
    if not visits:
        story.append(p(w("no_visits"), st.body))
    for survey, counts, per_channel in sections:
        story += [PageBreak(), p(survey.latest.title.get(language), st.title),
                  p(w("season_section", responses=w.plural("responses", counts.responses),
                      period=period), st.small), Spacer(1, 4)]
        story += survey_section(survey, counts, st, width, words=w)
        story += channel_section(survey, per_channel, st, width, w)
    digest, pages, data = render_pdf(story, title=w("season_pdf_title", period=period),
                                     footer=w("season_footer", period=period),
                                     page=w("page", n="{n}"))
    receipt_id = save_receipt(
        db, kind="report-season", profile="", now=clock(), row_count=total_responses,
        sha256=digest, path=out, data=data,
        details={"from": start, "to": end, "visits": len(visits), "pages": pages,
                 "language": language})
    return ReportResult(Path(out), pages, digest, receipt_id)
