"""`report visit`: one visit on paper for the team meeting: who, where, counts, one chart per
question. Free text and contact data stay out unless asked for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import PageBreak, Spacer

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.exports.columns import load_versions
from sos_desktop.core.exports.receipts import save_receipt
from sos_desktop.core.people import contacts
from sos_desktop.core.reports.channels import (
    by_channel,
    channel_counts,
    channel_section,
    channels_text,
)
from sos_desktop.core.reports.layout import facts, p, render_pdf, styles, table, usable_width
from sos_desktop.core.reports.survey_section import survey_section
from sos_desktop.core.reports.words import Words
from sos_desktop.core.results.answer_counts import Scope, count_answers, free_texts
from sos_desktop.core.results.live import MIN_ANSWERS, TEXT_TYPES
from sos_desktop.core.security.keystore import contact_key
from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits.store import VisitSummary, get_visit


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    sha256: str
    receipt_id: str


def _facts(visit: VisitSummary, responses: int, languages: dict, signups: list[dict],
           channels: dict, w: Words) -> list[list[str]]:
    emails = sum(bool(s["email_consent"]) for s in signups)
    texts = sum(bool(s["sms_consent"]) for s in signups)
    by_language = ", ".join(f"{w.language_name(k)} {w.number(n)}"
                            for k, n in sorted(languages.items()))
    return [
        [w("school"), visit.school],
        [w("group"), visit.group_name],
        [w("date"), w.date(visit.visit_date, "full")],
        [w("educator"), visit.educator_name or "—"],
        [w("presenters"), visit.presenters or "—"],
        [w("responses_label"), w.number(responses) + (f" ({by_language})" if by_language else "")],
        *([[w("channels_label"), channels_text(channels, w)]] if channels else []),
        [w("signups_label"), w("signups_value", n=w.number(len(signups)),
                               emails=w.number(emails), texts=w.number(texts))],
    ]


def _signup_rows(signups: list[dict], w: Words) -> list[list[str]]:
    rows = []
    for s in sorted(signups, key=lambda s: (s["last_name"].casefold(), s["first_name"])):
        name = f"{s['first_name']} {s['last_name']}"
        if s["preferred_name"]:
            name += f" ({s['preferred_name']})"
        teams = ", ".join(w.code("team", t) for t in s["interests"].split(";") if t)
        rows.append([name, s["email"] if s["email_consent"] else "—",
                     s["phone"] if s["sms_consent"] else "—", w.code("grade", s["grade"]),
                     w.code("role", s["role"]), teams])
    return rows


def visit_report(db: Database, visit_id: str, out: Path, *, with_signups: bool = False,
                 with_free_text: bool = False, language: str = "en",
                 clock: UtcClock = utc_now) -> ReportResult:
    w = Words(language)  # an unknown language is refused before anything is read
    visit = get_visit(db, visit_id)  # NotFound names the id
    st, width = styles(), usable_width()
    with db.raw() as conn:
        keys = [r[0] for r in conn.execute(
            "SELECT DISTINCT d.key FROM survey_responses r JOIN survey_definitions d"
            " ON d.id = r.survey_definition_id WHERE r.visit_id = ? ORDER BY d.key",
            (visit_id,))]
        if with_signups:  # names and contacts: needs the unlocked organization key
            signups = contacts.select_signups(conn, contact_key(db), "WHERE visit_id = ?",
                                              (visit_id,))
        else:  # counts only: the clear consent flags are enough
            signups = [{"email_consent": e, "sms_consent": t} for e, t in conn.execute(
                "SELECT email_consent, sms_consent FROM signups WHERE visit_id = ?",
                (visit_id,))]
        sections, responses = [], 0
        languages: dict[str, int] = {}
        channels = channel_counts(conn, Scope.visit(visit_id))
        for key in keys:
            survey = load_versions(db, key)
            scope = Scope.visit(visit_id, key)
            counts = count_answers(conn, scope)
            texts = None
            if with_free_text:
                texts = free_texts(conn, scope, [q.key for q in survey.questions
                                                 if q.type in TEXT_TYPES])
            sections.append((survey, counts, texts,
                             by_channel(conn, scope, channel_counts(conn, scope))))
            responses += counts.responses
            for k, n in counts.languages.items():
                languages[k] = languages.get(k, 0) + n

    story: list = [p(w("visit_title"), st.title),
                   p(f"{visit.school} · {visit.group_name} · {w.date(visit.visit_date, 'long')}",
                     st.h2)]
    story.append(facts(_facts(visit, responses, languages, signups, channels, w), width, st))
    story.append(p(w("visit_anonymous"), st.small))
    story.append(p(w("threshold", n=MIN_ANSWERS), st.small))
    if not sections:
        story.append(p(w("no_responses"), st.body))
    for survey, counts, texts, per_channel in sections:
        story += [Spacer(1, 8), p(f"{survey.latest.title.get(language)} — "
                                  f"{w.plural('responses', counts.responses)}", st.h2)]
        story += survey_section(survey, counts, st, width, words=w, free_text=texts)
        story += channel_section(survey, per_channel, st, width, w)
    if with_signups:
        story += [PageBreak(), p(w("signups_title"), st.title)]
        story.append(p(w("consented_only"), st.small))
        story.append(table([w(k) for k in ("name", "email", "phone", "grade", "role", "teams")],
                           _signup_rows(signups, w),
                           [f * width for f in (0.2, 0.26, 0.16, 0.08, 0.14, 0.16)], st))
    digest, pages, data = render_pdf(story, title=w("visit_pdf_title", school=visit.school),
                                     footer=w("visit_footer", school=visit.school,
                                              date=w.date(visit.visit_date)),
                                     page=w("page", n="{n}"))
    receipt_id = save_receipt(
        db, kind="report-visit", profile="", now=clock(), row_count=responses, sha256=digest,
        path=out, data=data,
        details={"visit_id": visit_id, "pages": pages, "with_signups": with_signups,
                 "with_free_text": with_free_text, "language": language})
    return ReportResult(Path(out), pages, digest, receipt_id)
